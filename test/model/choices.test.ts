import { describe, expect, it } from "vitest";
import { safeParsePlan, SessionSchema } from "../../src/index.js";

type Json = Record<string, unknown>;

const planWith = (sessions: readonly Json[], weeks = 2) => ({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [{ id: "base", weeks, sessions }],
});
const easy = (fields: Json = {}): Json => ({
  id: "easy",
  kind: "run",
  runType: "easy",
  minutes: { min: 30, max: 45 },
  rpe: 3,
  on: ["TU"],
  ...fields,
});
const crossTraining = (fields: Json = {}): Json => ({
  id: "xt",
  kind: "cross",
  modality: "other",
  minutes: 40,
  rpe: 4,
  on: ["MO", "TU", "WE", "TH", "FR"],
  ...fields,
});
const issuesOf = (sessions: readonly Json[], weeks = 2) => {
  const result = safeParsePlan(planWith(sessions, weeks));
  return result.success ? [] : result.error.issues.map(({ path, code }) => ({ path, code }));
};
const at = (path: string) => `phases[0].sessions[0].${path}`;

describe("alternatives (either/or)", () => {
  it.each([
    ["another kind: 'easy run or bike 45 min'", [{ kind: "cross", modality: "bike", minutes: 45 }]],
    ["a race of another distance: '5-K or 10-K'", [{ runType: "race", distanceKm: 10, pace: "5:00/km" }]],
    ["a field dropped with null: '40 min or 5 km'", [{ minutes: null, distanceKm: 5, pace: "6:00/km" }]],
    ["five of them", Array.from({ length: 5 }, () => ({ rpe: 4 }))],
    ["per-week values of their own", [{ minutes: [20, 25] }]],
    [
      "strength and mobility instead of a run",
      [
        { kind: "strength", focus: "full-body", minutes: 30, rpe: 5 },
        { kind: "mobility", practice: "yoga", minutes: 30 },
        { kind: "mental", practice: "visualization", minutes: 15 },
      ],
    ],
  ])("accepts %s", (_name, alternatives) => {
    expect(issuesOf([easy({ minutes: 40, alternatives })])).toEqual([]);
  });

  it.each([
    [
      "where and how often it takes place",
      [{ on: ["WE"] }],
      [{ path: at("alternatives[0].on"), code: "unrecognized_keys" }],
    ],
    ["an id", [{ id: "other" }], [{ path: at("alternatives[0].id"), code: "unrecognized_keys" }]],
    ["more than five", Array.from({ length: 6 }, () => ({ rpe: 4 })), [{ path: at("alternatives"), code: "limit" }]],
    [
      "a session without a length once minutes are dropped",
      [{ minutes: null }],
      [{ path: at("alternatives[0].minutes"), code: "required" }],
    ],
    [
      "a field of another kind",
      [{ kind: "cross", modality: "bike", runType: "long" }],
      [{ path: at("alternatives[0].runType"), code: "unrecognized_keys" }],
    ],
    [
      "an unknown modality",
      [{ kind: "cross", modality: "kayak" }],
      [{ path: at("alternatives[0].modality"), code: "invalid_value" }],
    ],
    [
      "a distance without a pace to time it",
      [{ minutes: null, distanceKm: 5 }],
      [{ path: at("alternatives[0]"), code: "missing_pace" }],
    ],
    [
      "a per-week array of the wrong length",
      [{ minutes: [20, 25, 30] }],
      [{ path: at("alternatives[0].minutes"), code: "weeks" }],
    ],
  ])("rejects %s, located", (_name, alternatives, issues) => {
    expect(issuesOf([easy({ minutes: 40, alternatives })])).toEqual(issues);
  });

  it("is checked by SessionSchema alone too", () => {
    expect(SessionSchema.safeParse(easy({ alternatives: [{ kind: "cross", modality: "bike" }] })).success).toBe(true);
    expect(SessionSchema.safeParse(easy({ alternatives: [{ minutes: null }] })).success).toBe(false);
  });
});

describe("timesPerWeek (flexible days)", () => {
  it.each([
    ["a whole number", 2],
    ["a closed range", { min: 1, max: 2 }],
    ["as many as the candidate days", 5],
    ["per week, null for a week without", [{ min: 1, max: 2 }, null]],
  ])("accepts %s", (_name, timesPerWeek) => {
    expect(issuesOf([crossTraining({ timesPerWeek })])).toEqual([]);
  });

  it.each([
    [
      "more times than candidate days",
      crossTraining({ on: ["MO", "WE"], timesPerWeek: 3 }),
      [{ path: at("timesPerWeek"), code: "out_of_range" }],
    ],
    [
      "a range's max above the candidate days, in one week",
      crossTraining({ on: ["MO", "WE"], timesPerWeek: [1, { min: 1, max: 3 }] }),
      [{ path: at("timesPerWeek[1]"), code: "out_of_range" }],
    ],
    [
      "min above max",
      crossTraining({ timesPerWeek: { min: 3, max: 2 } }),
      [{ path: at("timesPerWeek.max"), code: "range" }],
    ],
    [
      "timesPerWeek without on",
      crossTraining({ on: undefined, repeat: "FREQ=WEEKLY;BYDAY=MO,WE", timesPerWeek: 1 }),
      [{ path: at("timesPerWeek"), code: "conflict" }],
    ],
    ["zero times", crossTraining({ timesPerWeek: 0 }), [{ path: at("timesPerWeek"), code: "too_small" }]],
    ["not a whole number", crossTraining({ timesPerWeek: 1.5 }), [{ path: at("timesPerWeek"), code: "invalid_type" }]],
    [
      "an open range",
      crossTraining({ timesPerWeek: { min: 1 } }),
      [{ path: at("timesPerWeek.max"), code: "invalid_type" }],
    ],
    [
      "a per-week array of the wrong length",
      crossTraining({ timesPerWeek: [1, 1, 1] }),
      [{ path: at("timesPerWeek"), code: "weeks" }],
    ],
  ])("rejects %s, located", (_name, session, issues) => {
    expect(issuesOf([session])).toEqual(issues);
  });
});
