/** A workout's steps in one line, as a runner reads them: "10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy)". */
import { STEP_WORDS } from "./labels.js";
import type { Step, StepRepeat } from "./steps.js";
import type { OpenRange } from "./weekly.js";

// New text only: today's sessions keep String() of their numbers, byte for byte.
export function decimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function rangeText(range: OpenRange, scale = 1): string {
  if (range.max === undefined) return `${decimal(range.min / scale)}+`;
  return range.min === range.max
    ? decimal(range.min / scale)
    : `${decimal(range.min / scale)}-${decimal(range.max / scale)}`;
}

function stepText(step: Step, runWalk: boolean): string {
  // A step written as a range reads as the range ("3-5 min"), as the plan gave it.
  const value = (field: "minutes" | "seconds" | "distanceKm" | "distanceMi", unit: string) => {
    const range = step.ranges?.[field];
    return `${range ? rangeText(range) : decimal(step[field] ?? 0)} ${unit}`;
  };
  const amount =
    step.minutes === undefined
      ? step.seconds === undefined
        ? step.distanceKm === undefined
          ? value("distanceMi", "mi")
          : value("distanceKm", "km")
        : value("seconds", "s")
      : value("minutes", "min");
  const pace = step.pace === undefined ? "" : ` at ${step.pace}`;
  // A walk step's default RPE goes unsaid ("2 min walk"); an effort word's is said.
  const unsaid = step.rpe === undefined || (step.estimated !== undefined && step.effort === undefined);
  const rpe = unsaid ? "" : `${pace === "" ? " at" : ""} RPE ${String(step.rpe)}`;
  // In a run/walk, the running steps say so: "1 min run, 2 min walk".
  const word = runWalk && (step.intent === "work" || step.intent === "steady") ? " run" : STEP_WORDS[step.intent];
  return `${amount}${word}${pace}${rpe}${step.notes === undefined ? "" : ` (${step.notes})`}`;
}

function stepsText(items: readonly (Step | StepRepeat)[], runWalk: boolean): string {
  return items
    .map((item) => {
      if (!("repeat" in item)) return stepText(item, runWalk);
      const inner = stepsText(item.steps, runWalk);
      const single = item.steps.length === 1 && !("repeat" in (item.steps[0] ?? {}));
      const count = item.ranges?.repeat ? rangeText(item.ranges.repeat) : String(item.repeat);
      return `${count} x ${single ? inner : `(${inner})`}`;
    })
    .join(", ");
}

/** Whether steps walk (run/walk), at any depth. */
export function walks(items: readonly (Step | StepRepeat)[]): boolean {
  return items.some((item) => ("repeat" in item ? walks(item.steps) : item.intent === "walk"));
}

/**
 * The workout of a session with steps, as a runner reads it: "10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy),
 * 10 min cool-down". Recovery steps read "easy", rest steps "rest", work steps only their amount, pace and RPE; steps
 * that walk make it a run/walk: "Run/walk: 10 x (1 min run, 2 min walk)".
 *
 * @param session - A session (as it takes place that day, for an occurrence).
 * @returns The steps in one line, or undefined for a session without steps.
 * @example
 * ```ts
 * import { sessionStructure } from "offseason";
 * sessionStructure({ steps: [{ intent: "warmup", minutes: 10 }, { repeat: 6, steps: [{ intent: "work", seconds: 20 }] }] });
 * //=> "10 min warm-up, 6 x 20 s"
 * ```
 */
export function sessionStructure(session: { readonly steps?: readonly (Step | StepRepeat)[] }): string | undefined {
  if (session.steps === undefined || session.steps.length === 0) return undefined;
  const runWalk = walks(session.steps);
  return `${runWalk ? "Run/walk: " : ""}${stepsText(session.steps, runWalk)}`;
}
