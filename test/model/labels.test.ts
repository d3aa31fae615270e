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
  sessionTitle,
  validatePlan,
  type Habit,
  type OccurrenceSession,
} from "../../src/index.js";

const session = (value: Record<string, unknown>) => ({ id: "s", minutes: 30, on: ["MO"], ...value }) as unknown as OccurrenceSession;
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
    expect(sessionDetails(session({ kind: "run", runType: "long", rpe: 4, distanceKm: 12.5, notes: "Flat route" }))).toEqual(["30 min at RPE 4 of 10", "12.5 km", "Flat route"]);
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
    ).toEqual(["30 min at RPE 6 of 10", "Other (trunk) 2 x 30 s", "Deadlift 3 x 5 (free weights, 60 kg)", "Pull-up 3 x 6"]);
    expect(sessionDetails(session({ kind: "mental", practice: "mindfulness" }))).toEqual(["30 min"]);
  });

  it("titles and details habits", () => {
    expect(habitTitle(habit({ category: "hydration", repeat: "FREQ=DAILY" }))).toBe("Fluids");
    expect(habitTitle(habit({ category: "nutrition", focus: "complex-carbs" }))).toBe("Complex carbohydrates");
    expect(habitTitle(habit({ category: "sleep", hours: 8, name: "Lights out" }))).toBe("Lights out");
    expect(habitDetails(habit({ category: "hydration", when: "before-each-run", repeat: undefined }))).toEqual(["Drink enough fluid before the run"]);
    expect(habitDetails(habit({ category: "nutrition", focus: "lean-protein", gPerKg: 1.6, notes: "Eggs, fish" }))).toEqual(["1.6 g per kg of body mass a day", "Eggs, fish"]);
    expect(habitDetails(habit({ category: "nutrition", focus: "fruit-vegetables" }))).toEqual([]);
    expect(habitDetails(habit({ category: "sleep", hours: 8 }))).toEqual(["Sleep 8 hours"]);
  });

  it("keeps one label map per value list, each covering every value", () => {
    expect(Object.keys(RUN_TYPE_LABELS)).toEqual([...RUN_TYPES]);
    expect(Object.keys(RUN_TYPE_SHORT_LABELS)).toEqual([...RUN_TYPES]);
    expect(Object.keys(CROSS_MODALITY_LABELS)).toEqual([...CROSS_MODALITIES]);
    expect(Object.keys(PRACTICE_LABELS)).toEqual([...MOBILITY_PRACTICES, ...MENTAL_PRACTICES]);
    expect(Object.keys(NUTRITION_FOCUS_LABELS)).toEqual([...NUTRITION_FOCUSES]);
    for (const map of [RUN_TYPE_LABELS, RUN_TYPE_SHORT_LABELS, CROSS_MODALITY_LABELS, PRACTICE_LABELS, NUTRITION_FOCUS_LABELS]) expect(Object.isFrozen(map)).toBe(true);
  });

  it("titles and the balanced-diet rule read the same labels", () => {
    for (const focus of NUTRITION_FOCUSES) expect(habitTitle(habit({ category: "nutrition", focus }))).toBe(NUTRITION_FOCUS_LABELS[focus]);
    for (const runType of RUN_TYPES) expect(sessionTitle(session({ kind: "run", runType, rpe: 3 }))).toBe(`${RUN_TYPE_LABELS[runType]} 30 min`);
    const plan = parsePlan({
      version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02", phases: [{ id: "base", weeks: 1, sessions: [] }],
      habits: [{ id: "protein", category: "nutrition", focus: "lean-protein", repeat: "FREQ=DAILY" }],
    });
    const finding = validatePlan(plan).findings.find((item) => item.ruleId === "balanced-diet");
    expect(finding?.data.missing).toBe(`${NUTRITION_FOCUS_LABELS["complex-carbs"].toLowerCase()}, ${NUTRITION_FOCUS_LABELS["fruit-vegetables"].toLowerCase()}`);
  });
});
