/**
 * Reads one step of a plan as the exports need it: its length, pace, intent and notes. Lenient by design: the plan
 * format grows (ranges inside steps, `walk` steps, named paces), and an export says what it could not read as a
 * warning rather than failing on a step the schema accepted.
 */
import { KM_PER_MILE, parsePace, secondsPerKm } from "../model/pace.js";
import type { PaceTarget, StepLength, WorkoutIntent } from "./plannedStep.js";
import type { WorkoutWarning } from "./types.js";

/** A step as written, read field by field. */
export type LooseStepFields = Readonly<Record<string, unknown>>;

/** A number, or the midpoint of a `{ min, max }` range (the value an occurrence uses), else undefined. */
export function amountOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const { min, max } = value as { readonly min?: unknown; readonly max?: unknown };
  if (typeof min === "number" && typeof max === "number") return (min + max) / 2;
  return typeof min === "number" ? min : undefined;
}

/** The length of a step from whichever of minutes, seconds, distanceKm and distanceMi it gives. */
export function lengthOf(step: LooseStepFields): StepLength {
  const minutes = amountOf(step.minutes);
  if (minutes !== undefined) return { kind: "time", seconds: minutes * 60 };
  const seconds = amountOf(step.seconds);
  if (seconds !== undefined) return { kind: "time", seconds };
  const km = amountOf(step.distanceKm);
  if (km !== undefined) return { kind: "distance", meters: km * 1000, unit: "km", amount: km };
  const miles = amountOf(step.distanceMi);
  if (miles !== undefined) return { kind: "distance", meters: miles * KM_PER_MILE * 1000, unit: "mi", amount: miles };
  return { kind: "open" };
}

const KNOWN_INTENTS: readonly string[] = ["warmup", "work", "recovery", "rest", "cooldown", "steady", "walk"];

/** The step's intent; one this version does not know becomes `work`, with a warning. */
export function intentOf(value: unknown, index: number, warnings: WorkoutWarning[]): WorkoutIntent {
  if (typeof value === "string" && KNOWN_INTENTS.includes(value)) return value as WorkoutIntent;
  warnings.push({
    code: "intent",
    message: `step intent ${JSON.stringify(value)} is not one this version knows: written as an active step`,
    stepIndex: index,
  });
  return "work";
}

/** A pace text as a target; a `{ min, max }` of paces is a range (slower first whichever way it is written). */
export function paceOf(value: unknown, index: number, warnings: WorkoutWarning[]): PaceTarget | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && parsePace(value) !== undefined) {
    const seconds = secondsPerKm(value);
    return { text: value, slowSecPerKm: seconds, fastSecPerKm: seconds, isRange: false };
  }
  const { min, max } = (typeof value === "object" && value !== null ? value : {}) as Readonly<Record<string, unknown>>;
  const ends = [min, max].map((end) => (typeof end === "string" ? parsePace(end) : undefined));
  const [first, second] = ends;
  if (first !== undefined && second?.unit === first.unit) {
    const [slow, fast] = [first, second].sort((a, b) => b.secondsPerUnit - a.secondsPerUnit) as [
      NonNullable<typeof first>,
      NonNullable<typeof first>,
    ];
    const perKm = (pace: typeof slow) => (pace.unit === "mi" ? pace.secondsPerUnit / KM_PER_MILE : pace.secondsPerUnit);
    const clock = (seconds: number) => `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, "0")}`;
    return {
      text: `${clock(slow.secondsPerUnit)}-${clock(fast.secondsPerUnit)}/${slow.unit}`,
      slowSecPerKm: perKm(slow),
      fastSecPerKm: perKm(fast),
      isRange: true,
    };
  }
  warnings.push({
    code: "pace",
    message: `pace ${JSON.stringify(value)} is not m:ss/km or m:ss/mi: the step has no pace target`,
    stepIndex: index,
  });
  return undefined;
}

/** Notes of a step: "RPE 7" when it has an RPE (with a warning), then its own notes. */
export function notesOf(
  step: LooseStepFields,
  index: number,
  warnings: WorkoutWarning[],
  extra: readonly string[] = [],
): string | undefined {
  const parts: string[] = [...extra];
  const rpe = amountOf(step.rpe);
  if (rpe !== undefined) {
    parts.unshift(`RPE ${String(rpe)}`);
    warnings.push({
      code: "rpe",
      message: `RPE ${String(rpe)} has no target in this format: written as text`,
      stepIndex: index,
    });
  }
  if (typeof step.notes === "string" && step.notes !== "") parts.push(step.notes);
  return parts.length === 0 ? undefined : parts.join(". ");
}
