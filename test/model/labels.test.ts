import { describe, expect, it } from "vitest";
import { habitDetails, habitTitle, sessionDetails, sessionTitle, type Habit, type Session } from "../../src/index.js";

const session = (value: Record<string, unknown>) => ({ id: "s", minutes: 30, on: ["MO"], ...value }) as unknown as Session;
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
});
