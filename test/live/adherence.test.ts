import { describe, expect, it } from "vitest";
import {
  adherence,
  parseActivities,
  parsePlan,
  type AdherenceOptions,
  type OccurrenceAdherence,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

type Json = Record<string, unknown>;

// Week 1 starts Monday 2026-11-02: easy runs TU (40 min) and SA (70 min), strength TH, mobility SU.
const planJson = (extra: Json = {}) => ({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 2,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
        { id: "long", kind: "run", runType: "long", minutes: 70, rpe: 4, on: ["SA"] },
        { id: "gym", kind: "strength", minutes: 30, rpe: 5, on: ["TH"], focus: "full-body" },
        { id: "yoga", kind: "mobility", practice: "yoga", minutes: 20, on: ["SU"] },
      ],
    },
  ],
  ...extra,
});
const plan = parsePlan(planJson());

const activity = (id: string, date: string, minutes: number, extra: Json = {}): Json => ({
  id,
  date,
  kind: "run",
  minutes,
  ...extra,
});

const statusOf = (occurrences: readonly OccurrenceAdherence[], id: string) =>
  occurrences.find((occurrence) => occurrence.occurrenceId === id);

interface Case {
  readonly name: string;
  readonly activities: readonly Json[];
  readonly options?: Partial<AdherenceOptions>;
  readonly planJson?: Json;
  readonly expected: Readonly<Record<string, Partial<OccurrenceAdherence>>>;
  readonly unplanned?: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: "same day, on time",
    activities: [activity("a", "2026-11-03", 42, { rpe: 3 })],
    expected: {
      "easy@2026-11-03": { status: "done", activityId: "a", linkedBy: "auto", compliance: 42 / 40, band: "green" },
    },
  },
  {
    name: "moved a day early",
    activities: [activity("a", "2026-11-02", 40)],
    expected: { "easy@2026-11-03": { status: "shifted", activityId: "a", shiftDays: -1, band: "green" } },
  },
  {
    name: "moved a day late",
    activities: [activity("a", "2026-11-04", 40)],
    expected: { "easy@2026-11-03": { status: "shifted", activityId: "a", shiftDays: 1 } },
  },
  {
    name: "outside the window: unplanned, and the occurrence missed",
    activities: [activity("a", "2026-11-02", 40)],
    options: { windowDays: 0 },
    expected: {
      "easy@2026-11-03": { status: "missed" },
      "long@2026-11-07": { status: "upcoming" },
    },
    unplanned: ["a"],
  },
  {
    name: "two activities one day: the closest duration completes the session, the other is unplanned",
    activities: [activity("short", "2026-11-07", 38), activity("long-one", "2026-11-07", 72)],
    expected: { "long@2026-11-07": { status: "done", activityId: "long-one" } },
    unplanned: ["short"],
    options: { asOf: "2026-11-08" },
  },
  {
    name: "the nearest day wins over a closer duration",
    activities: [activity("a", "2026-11-07", 40)],
    options: { windowDays: 4, asOf: "2026-11-08" },
    expected: {
      "long@2026-11-07": { status: "partial", activityId: "a" },
      "easy@2026-11-03": { status: "missed" },
    },
  },
  {
    name: "one long activity for two planned sessions: it completes one, the other is missed",
    planJson: planJson({
      phases: [
        {
          id: "base",
          weeks: 1,
          sessions: [
            { id: "am", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] },
            { id: "pm", kind: "run", runType: "easy", minutes: 50, rpe: 3, on: ["TU"] },
          ],
        },
      ],
    }),
    activities: [activity("a", "2026-11-03", 80)],
    expected: {
      "pm@2026-11-03": { status: "partial", activityId: "a", compliance: 1.6, band: "red" },
      "am@2026-11-03": { status: "missed" },
    },
  },
  {
    name: "a user link overrides the automatic choice",
    activities: [activity("a", "2026-11-07", 40, { occurrenceId: "easy@2026-11-03" })],
    expected: {
      "easy@2026-11-03": { status: "shifted", activityId: "a", linkedBy: "user", shiftDays: 4 },
      "long@2026-11-07": { status: "missed" },
    },
    options: { asOf: "2026-11-08" },
  },
  {
    name: "two activities linked to the same occurrence: the first by date takes it, the other is matched",
    activities: [
      activity("late", "2026-11-07", 70, { occurrenceId: "easy@2026-11-03" }),
      activity("early", "2026-11-03", 40, { occurrenceId: "easy@2026-11-03" }),
    ],
    options: { asOf: "2026-11-08" },
    expected: {
      "easy@2026-11-03": { status: "done", activityId: "early", linkedBy: "user" },
      "long@2026-11-07": { status: "done", activityId: "late", linkedBy: "auto" },
    },
  },
  {
    name: "a user link to an occurrence that does not exist falls back to matching",
    activities: [activity("a", "2026-11-03", 40, { occurrenceId: "easy@2026-11-04" })],
    expected: { "easy@2026-11-03": { status: "done", linkedBy: "auto" } },
  },
  {
    name: "activities out of order",
    activities: [activity("b", "2026-11-07", 70), activity("a", "2026-11-03", 40)],
    expected: {
      "easy@2026-11-03": { status: "done", activityId: "a" },
      "long@2026-11-07": { status: "done", activityId: "b" },
    },
    options: { asOf: "2026-11-08" },
  },
  {
    name: "a different kind does not match",
    activities: [activity("swim", "2026-11-03", 40, { kind: "cross", modality: "swim" })],
    expected: { "easy@2026-11-03": { status: "missed" } },
    unplanned: ["swim"],
  },
  {
    name: "yellow band: partial",
    activities: [activity("a", "2026-11-03", 25)],
    expected: { "easy@2026-11-03": { status: "partial", band: "yellow", compliance: 25 / 40 } },
  },
  {
    name: "custom bands",
    activities: [activity("a", "2026-11-03", 25)],
    options: { bands: { green: { min: 0.6, max: 1.4 }, yellow: { min: 0.3, max: 2 } } },
    expected: { "easy@2026-11-03": { status: "done", band: "green" } },
  },
  {
    name: "load compliance when the activity has an RPE",
    activities: [activity("a", "2026-11-03", 40, { rpe: 6 })],
    expected: { "easy@2026-11-03": { status: "done", loadCompliance: 2 } },
  },
  {
    name: "a skipped occurrence is skipped, and takes no activity",
    planJson: planJson({ exceptions: [{ action: "skip", date: "2026-11-03", sessionId: "easy" }] }),
    activities: [activity("a", "2026-11-03", 40)],
    expected: { "easy@2026-11-03": { status: "skipped" } },
    unplanned: ["a"],
  },
  {
    name: "a skip of a whole day skips every session of it",
    planJson: planJson({ exceptions: [{ action: "skip", date: "2026-11-07" }] }),
    activities: [],
    expected: { "long@2026-11-07": { status: "skipped", date: "2026-11-07", week: 1 } },
  },
  {
    name: "a skipped session that other exceptions move elsewhere keeps its moves",
    planJson: planJson({
      exceptions: [
        { action: "move", sessionId: "easy", date: "2026-11-10", to: "2026-11-11" },
        { action: "skip", date: "2026-11-03", sessionId: "easy" },
        { action: "move", sessionId: "gym", date: "2026-11-05", to: "2026-11-06" },
      ],
    }),
    activities: [activity("a", "2026-11-11", 40)],
    options: { asOf: "2026-11-12" },
    expected: {
      "easy@2026-11-03": { status: "skipped" },
      "easy@2026-11-10": { status: "done", date: "2026-11-11" },
      "gym@2026-11-05": { status: "missed", date: "2026-11-06" },
    },
  },
];

describe("adherence: matching", () => {
  it.each(cases)("$name", (testCase) => {
    const target = testCase.planJson ? parsePlan(testCase.planJson) : plan;
    const result = adherence(target, parseActivities(testCase.activities), {
      asOf: "2026-11-05",
      ...testCase.options,
    });
    for (const [id, expected] of Object.entries(testCase.expected))
      expect(statusOf(result.occurrences, id), id).toMatchObject(expected);
    if (testCase.unplanned) expect(result.unplanned).toEqual(testCase.unplanned);
    const linked = result.occurrences.flatMap((occurrence) => occurrence.activityId ?? []);
    expect(new Set(linked).size).toBe(linked.length);
    expect([...linked, ...result.unplanned].sort()).toEqual(testCase.activities.map((a) => String(a.id)).sort());
  });

  it("a shifted occurrence carries its original id; a done one has no shiftDays", () => {
    const result = adherence(plan, parseActivities([activity("a", "2026-11-03", 40)]), { asOf: "2026-11-05" });
    const done = statusOf(result.occurrences, "easy@2026-11-03");
    expect(done).not.toHaveProperty("shiftDays");
    expect(result.occurrences.map((occurrence) => occurrence.date)).toEqual(
      [...result.occurrences.map((occurrence) => occurrence.date)].sort(),
    );
  });
});

describe("adherence: weeks and totals", () => {
  const activities = parseActivities([
    activity("tue", "2026-11-03", 40, { rpe: 3 }),
    activity("gym", "2026-11-06", 30, { kind: "strength", rpe: 5 }),
    activity("sat", "2026-11-07", 35, { rpe: 4 }),
    activity("extra", "2026-11-04", 20, { kind: "cross", modality: "bike", rpe: 3 }),
    activity("mon2", "2026-11-09", 40, { rpe: 3 }),
  ]);
  const result = adherence(plan, activities, { asOf: "2026-11-12" });

  it("counts week 1", () => {
    expect(result.weeks[0]).toEqual({
      week: 1,
      startDate: "2026-11-02",
      endDate: "2026-11-08",
      planned: 4,
      done: 1,
      shifted: 1,
      partial: 1,
      missed: 1,
      skipped: 0,
      upcoming: 0,
      unplanned: 1,
      averageShiftDays: 1,
      // planned 120 + 150 + 280 = 550; actual 120 + 150 + 140 (the long run cut to 35 minutes) = 410
      loadCompliance: 410 / 550,
      fundamentals: {
        strength: { planned: 1, done: 1, missed: 0 },
        mobility: { planned: 1, done: 0, missed: 1 },
        mental: { planned: 0, done: 0, missed: 0 },
      },
    });
  });

  it("counts week 2 and the totals", () => {
    // asOf is Thursday of week 2: its strength session is still upcoming.
    expect(result.weeks[1]).toMatchObject({ planned: 4, shifted: 1, missed: 0, upcoming: 3, averageShiftDays: 1 });
    expect(result.totals).toMatchObject({ planned: 8, done: 1, shifted: 2, partial: 1, missed: 1, upcoming: 3 });
    expect(result.totals.unplanned).toBe(1);
    expect(result.unplanned).toEqual(["extra"]);
  });
});

describe("adherence: options", () => {
  it.each([
    [{ asOf: "2026-02-30" }, "asOf"],
    [{ asOf: "2026-11-05", windowDays: -1 }, "windowDays"],
    [{ asOf: "2026-11-05", windowDays: 1.5 }, "windowDays"],
    [{ asOf: "2026-11-05", bands: { green: { min: 0.8, max: 1.2 }, yellow: { min: 0.9, max: 1.5 } } }, "bands"],
  ] as const)("refuses %j", (options, path) => {
    const error = offseasonErrorOf(() => adherence(plan, [], options));
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
