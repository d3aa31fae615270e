// Every run, cross-training and strength occurrence of the example plan and of generated plans gives a FIT file that
// both decoders read, whose planned time (steps given by time, repeats counted) is the occurrence's minutes.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, generatePlan, parsePlan, type Occurrence, type Plan } from "../../src/index.js";
import { toFitWorkout, toIntervalsText } from "../../src/workouts.js";
import { athleteArb } from "../arbitraries/athlete.js";
import { localDateArb } from "../arbitraries/plan.js";
import { decodeWithParser, decodeWithSdk } from "./decoders.js";

type Fields = Readonly<Record<string, unknown>>;

/** Milliseconds of the decoded steps, repeats counted; undefined when a step is not given by time. */
function plannedMs(steps: readonly Fields[]): number | undefined {
  const ms: number[] = [];
  for (const step of steps) {
    if (step.durationType === "repeatUntilStepsCmplt") {
      const first = step.durationStep as number;
      const block = ms.slice(first).reduce((sum, value) => sum + value, 0);
      ms.push(block * ((step.repeatSteps as number) - 1));
    } else if (step.durationType === "time") ms.push(step.durationValue as number);
    else return undefined;
  }
  return ms.reduce((sum, value) => sum + value, 0);
}

/** Whether the plan gave the session its own minutes beside its steps (the steps then need not add up to them). */
function minutesBesideSteps(plan: Plan, sessionId: string): boolean {
  const session = plan.phases.flatMap((phase) => phase.sessions).find((candidate) => candidate.id === sessionId);
  return session !== undefined && "steps" in session && session.steps !== undefined && session.minutes !== undefined;
}

async function checkAll(plan: Plan, occurrences: readonly Occurrence[]): Promise<{ files: number; timed: number }> {
  let checked = 0;
  let timed = 0;
  for (const occurrence of occurrences) {
    if (occurrence.kind !== "run" && occurrence.kind !== "cross" && occurrence.kind !== "strength") continue;
    const { data } = toFitWorkout(occurrence);
    const { workout, steps } = decodeWithSdk(data);
    expect(workout.numValidSteps).toBe(steps.length);
    expect((await decodeWithParser(data)).steps).toHaveLength(steps.length);
    expect(toIntervalsText(occurrence).text.endsWith("\n")).toBe(true);
    checked += 1;
    if (occurrence.kind === "strength" || minutesBesideSteps(plan, occurrence.sessionId)) continue;
    const ms = plannedMs(steps);
    if (ms === undefined) continue;
    expect(Math.abs(ms - occurrence.session.minutes * 60_000)).toBeLessThanOrEqual(1000);
    timed += 1;
  }
  return { files: checked, timed };
}

describe("every occurrence gives a file both decoders read, of the occurrence's planned time", () => {
  it("of the example plan", async () => {
    const plan = parsePlan(JSON.parse(readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8")));
    const { files, timed } = await checkAll(plan, expandPlan(plan, { includeHabits: false }));
    expect(files).toBeGreaterThan(50);
    expect(timed).toBeGreaterThan(40);
  });

  it("of generated plans", async () => {
    let structured = 0;
    await fc.assert(
      fc.asyncProperty(
        athleteArb(4),
        localDateArb,
        fc.integer({ min: 4, max: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        async (athlete, startDate, weeks, seed) => {
          const plan = generatePlan(athlete, { startDate, weeks, seed });
          const { files, timed } = await checkAll(plan, expandPlan(plan, { includeHabits: false }));
          expect(files).toBeGreaterThan(0);
          expect(timed).toBeGreaterThan(0);
          structured += 1;
        },
      ),
      { numRuns: 6, seed: 26 },
    );
    expect(structured).toBeGreaterThan(0);
  }, 120_000);
});
