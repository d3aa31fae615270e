import { describe, expect, it } from "vitest";
import {
  CROSS_MODALITIES,
  CROSS_MODALITY_LABELS,
  MENTAL_PRACTICES,
  MOBILITY_PRACTICES,
  NUTRITION_FOCUS_LABELS,
  NUTRITION_FOCUSES,
  parsePlan,
  PRACTICE_LABELS,
  RUN_TYPE_LABELS,
  RUN_TYPE_SHORT_LABELS,
  RUN_TYPES,
  habitDetails,
  habitTitle,
  sessionDetails,
  sessionStructure,
  sessionTitle,
  validatePlan,
  type Habit,
  type OccurrenceSession,
} from "../../src/index.js";

const session = (value: Record<string, unknown>) =>
  ({ id: "s", minutes: 30, on: ["MO"], ...value }) as unknown as OccurrenceSession;
const habit = (value: Record<string, unknown>) => ({ id: "h", repeat: "FREQ=DAILY", ...value }) as unknown as Habit;

describe("labels", () => {
  it.each([
    [{ kind: "run", runType: "intervals", rpe: 8 }, "Interval session 30 min"],
    [{ kind: "run", runType: "strides", rpe: 4 }, "Easy run with strides 30 min"],
    [{ kind: "cross", modality: "ski", rpe: 3 }, "Cross-country ski 30 min"],
    [{ kind: "mobility", practice: "yoga" }, "Yoga 30 min"],
    [{ kind: "mental", practice: "support-check-in" }, "Support check-in 30 min"],
    [{ kind: "run", runType: "easy", rpe: 3, name: "Club run" }, "Club run"],
  ])("titles %j as %s", (value, title) => {
    expect(sessionTitle(session(value))).toBe(title);
  });

  it("details runs with distance, strength with exercises and equipment, and notes", () => {
    expect(
      sessionDetails(session({ kind: "run", runType: "long", rpe: 4, distanceKm: 12.5, notes: "Flat route" })),
    ).toEqual(["30 min at RPE 4 of 10", "12.5 km", "Flat route"]);
    expect(
      sessionDetails(
        session({
          kind: "strength",
          rpe: 6,
          exercises: [
            { name: "other", pattern: "trunk", sets: 2, seconds: 30 },
            { name: "deadlift", sets: 3, reps: 5, equipment: "free-weights", loadKg: 60 },
            { name: "other", pattern: "upper", label: "pull-up", sets: 3, reps: 6 },
          ],
        }),
      ),
    ).toEqual([
      "30 min at RPE 6 of 10",
      "Other (trunk) 2 x 30 s",
      "Deadlift 3 x 5 (free weights, 60 kg)",
      "Pull-up 3 x 6",
    ]);
    expect(sessionDetails(session({ kind: "mental", practice: "mindfulness" }))).toEqual(["30 min"]);
  });

  it("titles and details habits", () => {
    expect(habitTitle(habit({ category: "hydration", repeat: "FREQ=DAILY" }))).toBe("Fluids");
    expect(habitTitle(habit({ category: "nutrition", focus: "complex-carbs" }))).toBe("Complex carbohydrates");
    expect(habitTitle(habit({ category: "sleep", hours: 8, name: "Lights out" }))).toBe("Lights out");
    expect(habitDetails(habit({ category: "hydration", when: "before-each-run", repeat: undefined }))).toEqual([
      "Drink enough fluid before the run",
    ]);
    expect(
      habitDetails(habit({ category: "nutrition", focus: "lean-protein", gPerKg: 1.6, notes: "Eggs, fish" })),
    ).toEqual(["1.6 g per kg of body mass a day", "Eggs, fish"]);
    expect(habitDetails(habit({ category: "nutrition", focus: "fruit-vegetables" }))).toEqual([]);
    expect(habitDetails(habit({ category: "sleep", hours: 8 }))).toEqual(["Sleep 8 hours"]);
  });

  it("keeps one label map per value list, each covering every value", () => {
    // fartlek joins RUN_TYPES with the format additions; a set, whichever branch lands first.
    expect(new Set(Object.keys(RUN_TYPE_LABELS))).toEqual(new Set([...RUN_TYPES, "fartlek"]));
    expect(new Set(Object.keys(RUN_TYPE_SHORT_LABELS))).toEqual(new Set([...RUN_TYPES, "fartlek"]));
    expect(Object.keys(CROSS_MODALITY_LABELS)).toEqual([...CROSS_MODALITIES]);
    expect(Object.keys(PRACTICE_LABELS)).toEqual([...MOBILITY_PRACTICES, ...MENTAL_PRACTICES]);
    expect(Object.keys(NUTRITION_FOCUS_LABELS)).toEqual([...NUTRITION_FOCUSES]);
    for (const map of [
      RUN_TYPE_LABELS,
      RUN_TYPE_SHORT_LABELS,
      CROSS_MODALITY_LABELS,
      PRACTICE_LABELS,
      NUTRITION_FOCUS_LABELS,
    ])
      expect(Object.isFrozen(map)).toBe(true);
  });

  it("titles and the balanced-diet rule read the same labels", () => {
    for (const focus of NUTRITION_FOCUSES)
      expect(habitTitle(habit({ category: "nutrition", focus }))).toBe(NUTRITION_FOCUS_LABELS[focus]);
    for (const runType of RUN_TYPES)
      expect(sessionTitle(session({ kind: "run", runType, rpe: 3 }))).toBe(`${RUN_TYPE_LABELS[runType]} 30 min`);
    const plan = parsePlan({
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [{ id: "base", weeks: 1, sessions: [] }],
      habits: [{ id: "protein", category: "nutrition", focus: "lean-protein", repeat: "FREQ=DAILY" }],
    });
    const finding = validatePlan(plan).findings.find((item) => item.ruleId === "balanced-diet");
    // The data names the focuses by their ids; the English message words them as the labels do.
    expect(finding?.data.missing).toEqual(["complex-carbs", "fruit-vegetables"]);
    expect(finding?.message).toContain(
      `${NUTRITION_FOCUS_LABELS["complex-carbs"].toLowerCase()} and ${NUTRITION_FOCUS_LABELS["fruit-vegetables"].toLowerCase()}`,
    );
  });

  describe("the format additions", () => {
    const tempoSteps = [
      { intent: "warmup", minutes: 10 },
      {
        repeat: 3,
        steps: [
          { intent: "work", distanceMi: 1, pace: "8:15/mi" },
          { intent: "recovery", seconds: 90 },
        ],
      },
      { intent: "cooldown", minutes: 10 },
    ];

    it.each([
      [
        "the structure as a runner reads it",
        tempoSteps,
        "10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy), 10 min cool-down",
      ],
      [
        "RPE where given, after the pace or on its own",
        [
          { intent: "work", distanceKm: 1.6, pace: "4:50/km", rpe: 7 },
          { intent: "work", minutes: 20, rpe: 7 },
        ],
        "1.6 km at 4:50/km RPE 7, 20 min at RPE 7",
      ],
      [
        "rest and steady steps, notes",
        [
          { intent: "steady", minutes: 1.5 },
          { intent: "rest", seconds: 60, notes: "walk back" },
        ],
        "1.5 min steady, 60 s rest (walk back)",
      ],
      [
        "a single step repeated without brackets",
        [{ repeat: 6, steps: [{ intent: "work", seconds: 20 }] }],
        "6 x 20 s",
      ],
      [
        "nested repeats",
        [
          {
            repeat: 2,
            steps: [
              {
                repeat: 4,
                steps: [
                  { intent: "work", distanceKm: 0.4, rpe: 8 },
                  { intent: "recovery", seconds: 60 },
                ],
              },
              { intent: "rest", minutes: 3 },
            ],
          },
        ],
        "2 x (4 x (0.4 km at RPE 8, 60 s easy), 3 min rest)",
      ],
    ])("writes %s", (_name, steps, text) => {
      expect(sessionStructure({ steps } as never)).toBe(text);
    });

    it("has no structure without steps", () => {
      expect(sessionStructure({})).toBeUndefined();
      expect(sessionStructure({ steps: [] })).toBeUndefined();
    });

    it.each([
      [
        "a range of minutes",
        { kind: "run", runType: "tempo", rpe: 7, minutes: 37.5 },
        { ranges: { minutes: { min: 30, max: 45 } } },
        "Tempo run 30-45 min",
      ],
      [
        "a range whose bounds met",
        { kind: "run", runType: "easy", rpe: 3, minutes: 40 },
        { ranges: { minutes: { min: 40, max: 40 } } },
        "Easy run 40 min",
      ],
      [
        "a distance-only run in miles",
        { kind: "run", runType: "long", rpe: 4, minutes: 80, distanceKm: 12.874752, distanceMi: 8 },
        { estimated: ["minutes"] },
        "Long run 8 mi",
      ],
      [
        "a distance-only run in km",
        { kind: "run", runType: "easy", rpe: 3, minutes: 31.25, distanceKm: 6.25 },
        { estimated: ["minutes"] },
        "Easy run 6.25 km",
      ],
      [
        "a distance-only run after progression, rounded",
        { kind: "run", runType: "easy", rpe: 3, minutes: 32.8125, distanceKm: 6.5625 },
        { estimated: ["minutes"] },
        "Easy run 6.56 km",
      ],
      [
        "minutes estimated from steps, rounded",
        { kind: "run", runType: "intervals", rpe: 7, minutes: 49.25 },
        { estimated: ["minutes"] },
        "Interval session 49 min",
      ],
      [
        "a race with a priority by its distance",
        { kind: "run", runType: "race", rpe: 9, minutes: 25, distanceKm: 5, priority: "B" },
        {},
        "5 km race (B)",
      ],
      [
        "a race with a priority and no distance",
        { kind: "run", runType: "race", rpe: 9, minutes: 25, priority: "A" },
        {},
        "Race 25 min (A)",
      ],
      [
        "a race without priority as today",
        { kind: "run", runType: "race", rpe: 9, minutes: 25, distanceKm: 5 },
        {},
        "Race 25 min",
      ],
      [
        "an optional session",
        { kind: "cross", modality: "bike", rpe: 3, optional: true },
        {},
        "Bike ride 30 min (optional)",
      ],
      [
        "an optional named session",
        { kind: "run", runType: "easy", rpe: 3, name: "Club run", optional: true },
        {},
        "Club run (optional)",
      ],
      [
        "strength by focus",
        { kind: "strength", rpe: 5, minutes: 20, focus: "full-body" },
        {},
        "Full-body strength 20 min",
      ],
      ["fartlek", { kind: "run", runType: "fartlek", rpe: 7 }, {}, "Fartlek 30 min"],
    ])("titles %s", (_name, value, options, title) => {
      expect(sessionTitle(session(value), options as never)).toBe(title);
    });

    it.each([
      [
        "ranges of minutes, RPE and distance",
        { kind: "run", runType: "long", rpe: 4.5, minutes: 52.5, distanceKm: 10 },
        { ranges: { minutes: { min: 45, max: 60 }, rpe: { min: 4, max: 5 }, distanceKm: { min: 8, max: 12 } } },
        ["45-60 min at RPE 4-5 of 10", "8-12 km"],
      ],
      [
        "miles with the plan's pace, minutes estimated",
        { kind: "run", runType: "long", rpe: 4, minutes: 80, distanceKm: 12.874752, distanceMi: 8, pace: "10:00/mi" },
        { estimated: ["minutes"] },
        ["About 80 min at RPE 4 of 10", "8 mi at 10:00/mi"],
      ],
      [
        "a range of miles, shown in miles",
        { kind: "run", runType: "long", rpe: 4, minutes: 70, distanceKm: 11.265408, distanceMi: 7 },
        { ranges: { distanceKm: { min: 6 * 1.609344, max: 8 * 1.609344 } } },
        ["70 min at RPE 4 of 10", "6-8 mi"],
      ],
      [
        "a pace without a distance",
        { kind: "run", runType: "tempo", rpe: 7, minutes: 20, pace: "4:50/km" },
        {},
        ["20 min at RPE 7 of 10", "Pace 4:50/km"],
      ],
      [
        "the steps",
        { kind: "run", runType: "intervals", rpe: 7, minutes: 45, steps: tempoSteps, notes: "Track" },
        {},
        ["45 min at RPE 7 of 10", "10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy), 10 min cool-down", "Track"],
      ],
      ["strength by focus", { kind: "strength", rpe: 5, minutes: 20, focus: "core" }, {}, ["20 min at RPE 5 of 10"]],
    ])("details %s", (_name, value, options, lines) => {
      expect(sessionDetails(session(value), options as never)).toEqual(lines);
    });
  });
});
