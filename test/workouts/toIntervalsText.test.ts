import { describe, expect, it } from "vitest";
import { toIntervalsText } from "../../src/workouts.js";
import { intervals, occurrenceOf, withSession } from "./fixtures.js";

const run = (steps: unknown[]) => occurrenceOf({ kind: "run", runType: "intervals", rpe: 8, steps });

describe("toIntervalsText", () => {
  it("writes one line per step and a repeat as Nx with a blank line before and after", () => {
    expect(toIntervalsText(occurrenceOf(intervals))).toEqual({
      text: "- 10m\n\n6x\n- 400mtr 4:00/km Pace\n- 1m30s\n\n- 10m\n",
      warnings: [],
    });
  });

  it.each([
    [{ intent: "work", minutes: 10, pace: "5:30/km" }, "- 10m 5:30/km Pace"],
    [{ intent: "work", minutes: 2.5 }, "- 2m30s"],
    [{ intent: "work", minutes: 75 }, "- 1h15m"],
    [{ intent: "work", seconds: 45 }, "- 45s"],
    [{ intent: "work", distanceKm: 1.6, pace: "4:05/km" }, "- 1.6km 4:05/km Pace"],
    [{ intent: "work", distanceMi: 1, pace: "8:15/mi" }, "- 1mi 8:15/mi Pace"],
    [{ intent: "work", distanceKm: 0.2, pace: "3:30/km" }, "- 200mtr 3:30/km Pace"],
    [{ intent: "recovery", minutes: 3, notes: "jog easy" }, "- jog easy 3m"],
  ])("writes %j as %s", (step, line) => {
    expect(toIntervalsText(run([step])).text).toBe(`${line}\n`);
  });

  it("writes a pace range slow-fast, as intervals.icu reads it", () => {
    const occurrence = withSession(run([{ intent: "work", minutes: 1 }]), {
      steps: [{ intent: "work", distanceKm: 0.4, pace: { min: "3:55/km", max: "4:05/km" } }],
    });
    expect(toIntervalsText(occurrence).text).toBe("- 400mtr 4:05-3:55/km Pace\n");
  });

  it("puts RPE into the cue text with a warning (no RPE target), and notes on one line", () => {
    const { text, warnings } = toIntervalsText(run([{ intent: "work", minutes: 20, rpe: 7, notes: "- steady\nnow" }]));
    expect(text).toBe("- RPE 7. - steady now 20m\n");
    expect(warnings).toEqual([{ code: "rpe", message: expect.any(String) as string, stepIndex: 0 }]);
  });

  it("unrolls a repeat inside a repeat, with a warning (intervals.icu has no nested repeats)", () => {
    const { text, warnings } = toIntervalsText(
      run([
        { intent: "warmup", minutes: 10 },
        {
          repeat: 2,
          steps: [
            { repeat: 2, steps: [{ intent: "work", seconds: 30 }] },
            { intent: "rest", minutes: 2 },
          ],
        },
      ]),
    );
    expect(text).toBe("- 10m\n\n2x\n- 30s\n- 30s\n- 2m\n");
    expect(warnings).toEqual([{ code: "nested-repeat", message: expect.any(String) as string, stepIndex: 1 }]);
  });

  it("writes a session without steps as one line, a distance-only session by its distance", () => {
    expect(toIntervalsText(occurrenceOf({ kind: "cross", modality: "bike", minutes: 45, rpe: 3 })).text).toBe(
      "- RPE 3 45m\n",
    );
    const long = occurrenceOf({ kind: "run", runType: "long", distanceMi: 8, pace: "10:30/mi", rpe: 4 });
    expect(toIntervalsText(long).text).toBe("- RPE 4 8mi 10:30/mi Pace\n");
  });

  it("writes strength as one line per exercise; repetitions end on the lap button, with a warning", () => {
    const occurrence = occurrenceOf({
      kind: "strength",
      minutes: 20,
      rpe: 6,
      exercises: [
        { name: "squat", sets: 2, reps: 8 },
        { name: "plank", sets: 1, seconds: 40 },
      ],
    });
    const { text, warnings } = toIntervalsText(occurrence);
    expect(text).toBe("- Squat 2 sets 8 reps press lap\n- Plank 40s\n");
    expect(warnings.map((warning) => [warning.code, warning.stepIndex])).toEqual([
      ["sets", 0],
      ["reps", 0],
    ]);
  });

  it("refuses what has no workout", () => {
    expect(() => toIntervalsText(occurrenceOf({ kind: "mental", practice: "mindfulness", minutes: 10 }))).toThrow(
      /has no workout/,
    );
  });
});
