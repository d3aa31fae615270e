import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan, type SessionOccurrence } from "../../src/index.js";
import { spreadDays } from "../../src/schedule/expansion/flexibleDays.js";

type Json = Record<string, unknown>;

const planOf = (sessions: readonly Json[], weeks = 2, startDate = "2026-11-02") =>
  parsePlan({ version: 1, id: "p", timezone: "UTC", startDate, phases: [{ id: "base", weeks, sessions }] });
const sessions = (plan: ReturnType<typeof planOf>) =>
  expandPlan(plan).filter((item): item is SessionOccurrence => item.kind !== "habit");
const crossTraining = (fields: Json = {}): Json => ({
  id: "xt",
  kind: "cross",
  modality: "other",
  minutes: 40,
  rpe: 4,
  on: ["MO", "TU", "WE", "TH", "FR"],
  ...fields,
});

describe("flexible days (timesPerWeek)", () => {
  it("spreads the days as evenly as the week allows, ties to the earliest", () => {
    const weekdays = [0, 1, 2, 3, 4];
    expect(spreadDays(weekdays, 1)).toEqual([0]);
    expect(spreadDays(weekdays, 2)).toEqual([0, 3]);
    expect(spreadDays(weekdays, 3)).toEqual([0, 2, 4]);
    expect(spreadDays(weekdays, 5)).toEqual(weekdays);
    expect(spreadDays([0, 1, 2, 3, 4, 5, 6], 2)).toEqual([0, 3]);
    expect(spreadDays([0, 1, 2, 3, 4, 5, 6], 3)).toEqual([0, 2, 4]);
    expect(spreadDays([1, 5], 1)).toEqual([1]);
  });

  it("places 1-2 times a week, Monday to Friday, on Monday and Thursday, the second optional", () => {
    const occurrences = sessions(planOf([crossTraining({ timesPerWeek: { min: 1, max: 2 } })]));
    expect(occurrences.map((item) => [item.date, item.session.optional ?? false, item.flexible])).toEqual([
      ["2026-11-02", false, true],
      ["2026-11-05", true, true],
      ["2026-11-09", false, true],
      ["2026-11-12", true, true],
    ]);
    expect(occurrences[0]?.session).toMatchObject({ timesPerWeek: { min: 1, max: 2 } });
  });

  it("counts the days from the phase's first day, whatever weekday it is", () => {
    // A plan that starts on a Wednesday: its weeks run Wednesday to Tuesday; Thursday and Monday are 3 and 4 days apart.
    const occurrences = sessions(planOf([crossTraining({ timesPerWeek: 2 })], 1, "2026-11-04"));
    expect(occurrences.map((item) => item.date)).toEqual(["2026-11-05", "2026-11-09"]);
    expect(occurrences.every((item) => item.session.optional === undefined)).toBe(true);
  });

  it("is deterministic", () => {
    const plan = planOf([crossTraining({ timesPerWeek: { min: 2, max: 3 } })], 4);
    expect(JSON.stringify(expandPlan(plan))).toBe(JSON.stringify(expandPlan(plan)));
  });

  it("leaves the session out of a week whose entry is null, and takes each week's entry", () => {
    const occurrences = sessions(planOf([crossTraining({ timesPerWeek: [null, 3, { min: 1, max: 1 }] })], 3));
    expect(occurrences.map((item) => [item.week, item.date, item.session.timesPerWeek])).toEqual([
      [2, "2026-11-09", 3],
      [2, "2026-11-11", 3],
      [2, "2026-11-13", 3],
      [3, "2026-11-16", 1],
    ]);
  });

  it("makes every occurrence optional when the session is", () => {
    const occurrences = sessions(planOf([crossTraining({ timesPerWeek: { min: 1, max: 2 }, optional: true })], 1));
    expect(occurrences.map((item) => item.session.optional)).toEqual([true, true]);
  });

  it("leaves a session without timesPerWeek as it was", () => {
    const occurrences = sessions(planOf([crossTraining()], 1));
    expect(occurrences).toHaveLength(5);
    expect(occurrences.every((item) => !("flexible" in item))).toBe(true);
  });
});

describe("alternatives (either/or)", () => {
  const easy = {
    id: "easy",
    kind: "run",
    runType: "easy",
    minutes: { min: 30, max: 45 },
    rpe: 3,
    on: ["TU"],
    alternatives: [
      { kind: "cross", modality: "bike", minutes: 45 },
      { minutes: null, distanceKm: 5, pace: "6:00/km" },
      { kind: "mobility", practice: "yoga", minutes: 30 },
    ],
  };

  it("lists them resolved for the week, in the shape of occurrence.session", () => {
    const [first] = sessions(planOf([easy], 1));
    expect(first?.session.minutes).toBe(37.5);
    expect(first?.alternatives).toEqual([
      { id: "easy", kind: "cross", minutes: 45, on: ["TU"], rpe: 3, modality: "bike" },
      {
        id: "easy",
        kind: "run",
        runType: "easy",
        rpe: 3,
        on: ["TU"],
        pace: "6:00/km",
        minutes: 30,
        distanceKm: 5,
        estimated: ["minutes"],
      },
      { id: "easy", kind: "mobility", minutes: 30, on: ["TU"], practice: "yoga" },
    ]);
  });

  it("carries the ranges of an alternative and its intensity, like an occurrence", () => {
    const plan = planOf([{ ...easy, minutes: 40, alternatives: [{ minutes: { min: 50, max: 70 }, rpe: 7 }] }], 1);
    const alternative = sessions(plan)[0]?.alternatives?.[0];
    expect(alternative).toMatchObject({ minutes: 60, rpe: 7, ranges: { minutes: { min: 50, max: 70 } } });
    expect(Object.getOwnPropertyDescriptor(alternative, "intensity")?.enumerable).toBe(false);
  });

  it("takes each week's entry, an alternative that is null that week left out", () => {
    const plan = planOf([{ ...easy, minutes: 40, alternatives: [{ minutes: [50, null] }] }]);
    expect(sessions(plan).map((item) => item.alternatives?.map((choice) => choice.minutes))).toEqual([[50], []]);
  });

  it("scales an alternative run by the week's progression, like the main run", () => {
    const plan = parsePlan({
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        {
          id: "base",
          weeks: 2,
          progression: [1, 1.1],
          sessions: [{ ...easy, minutes: 40, alternatives: [{ minutes: 50 }, { kind: "cross", modality: "swim" }] }],
        },
      ],
    });
    expect(
      sessions(plan).map((item) => [item.session.minutes, ...(item.alternatives ?? []).map((c) => c.minutes)]),
    ).toEqual([
      [40, 50, 40],
      [44, 55, 40],
    ]);
  });
});
