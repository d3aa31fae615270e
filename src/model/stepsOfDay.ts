/**
 * The steps of one occurrence: what a session's steps as written (ranges, per-week values, effort words, pace names)
 * are on one day, and how many of their minutes are walking (run/walk).
 */
import { effortRpe, WALK_STEP_RPE } from "./defaults.js";
import { paceText } from "./pace.js";
import {
  STEP_SIZES,
  stepMinutes,
  type Step,
  type StepRepeat,
  type StepValue,
  type WrittenStep,
  type WrittenStepRepeat,
} from "./steps.js";
import type { Range } from "./weekly.js";

const STEP_FIELDS = [...STEP_SIZES, "rpe"] as const;

/**
 * The steps of one week as an occurrence carries them: the week's entry of per-week values, ranges to their
 * midpoints (`pick: "mid"`, bounds in `ranges`; a repeat count rounded) or their maxima (`"max"`: what caps read),
 * an effort word's RPE where no RPE is given, pace names to the plan's paces. Steps written as plain numbers come
 * back as written.
 *
 * @param steps - A session's steps, as parsed.
 * @param weekIndex - The 0-based week of the phase.
 * @param paces - The plan's paces.
 * @param pick - Midpoints (occurrences) or maxima (caps).
 * @returns The steps with plain numbers.
 * Internal (not exported from the package), so no runnable `@example`: e.g.
 * `resolveSteps([{ repeat: [3, 4], steps: [{ intent: "work", minutes: { min: 3, max: 5 } }] }], 1, undefined);`
 * `//=> [{ repeat: 4, steps: [{ intent: "work", minutes: 4, ranges: { minutes: { min: 3, max: 5 } } }] }]`
 */
export function resolveSteps(
  steps: readonly (WrittenStep | WrittenStepRepeat)[],
  weekIndex: number,
  paces: Readonly<Record<string, string | undefined>> | undefined,
  pick: "mid" | "max" = "mid",
): (Step | StepRepeat)[] {
  const read = (value: StepValue, ranges: Record<string, Range>, field: string): number => {
    const entry = Array.isArray(value)
      ? ((value as readonly (number | Range)[])[weekIndex] ?? (value as readonly (number | Range)[]).at(-1) ?? 0)
      : (value as number | Range);
    if (typeof entry === "number") return entry;
    if (pick === "max") return entry.max;
    ranges[field] = entry;
    return (entry.min + entry.max) / 2;
  };
  return steps.map((item) => {
    const ranges: Record<string, Range> = {};
    if ("repeat" in item) {
      const count = read(item.repeat, ranges, "repeat");
      return {
        ...item,
        repeat: Math.round(count),
        steps: resolveSteps(item.steps, weekIndex, paces, pick),
        ...(ranges.repeat === undefined ? {} : { ranges }),
      };
    }
    const step: Record<string, unknown> = { ...item };
    for (const field of STEP_FIELDS) {
      const value = item[field];
      if (value !== undefined) step[field] = read(value, ranges, field);
    }
    // An effort word's RPE, else a walk step's default; marked, as a session's are.
    if (item.rpe === undefined && (item.effort !== undefined || item.intent === "walk")) {
      step.rpe = effortRpe(item.effort, WALK_STEP_RPE);
      step.estimated = ["rpe"];
    }
    if (item.pace !== undefined) step.pace = paceText(item.pace, paces) ?? item.pace;
    if (Object.keys(ranges).length > 0) step.ranges = ranges;
    return step as unknown as Step;
  });
}

/**
 * The minutes of a session's walk steps (run/walk): they count in the session's minutes and load, not in its
 * running minutes.
 *
 * @param steps - The steps of an occurrence.
 * @param pace - The pace of a step given by distance without its own.
 * @returns The walk steps' minutes, repeats multiplied; 0 without walk steps.
 * Internal (not exported from the package), so no runnable `@example`: e.g.
 * `walkMinutes([{ repeat: 10, steps: [{ intent: "work", minutes: 1 }, { intent: "walk", minutes: 2 }] }], undefined); //=> 20`
 */
export function walkMinutes(steps: readonly (Step | StepRepeat)[] | undefined, pace: string | undefined): number {
  let minutes = 0;
  for (const item of steps ?? []) {
    if ("repeat" in item) minutes += walkMinutes(item.steps, pace) * item.repeat;
    else if (item.intent === "walk") minutes += stepMinutes([item], pace).minutes;
  }
  return minutes;
}

/**
 * A run's running minutes that day: its minutes without its walk steps' (run/walk). Weekly running minutes add these;
 * the session's minutes and load keep the walk.
 *
 * @param session - A run as its occurrence carries it.
 * @returns Its minutes less its walk minutes, at least 0.
 * Internal (not exported from the package), so no runnable `@example`: e.g.
 * `runningMinutes({ minutes: 30, steps: [{ repeat: 10, steps: [{ intent: "work", minutes: 1 }, { intent: "walk", minutes: 2 }] }] }); //=> 10`
 */
export function runningMinutes(session: {
  readonly minutes: number;
  readonly pace?: string;
  readonly steps?: readonly (Step | StepRepeat)[];
}): number {
  if (session.steps === undefined) return session.minutes;
  return Math.max(0, session.minutes - walkMinutes(session.steps, session.pace));
}
