import { parseDateTime } from "../calendar/civilDate.js";
import { errorOf, issueOf } from "../model/errors.js";
import { WORKOUT_MESSAGES } from "../model/issueMessages.js";
import type { Occurrence } from "../schedule/types.js";
import { FitWriter, type FieldValue } from "./fitEncoder.js";
import {
  DURATION,
  FILE_ID,
  FILE_WORKOUT,
  FIT_EPOCH_SECONDS,
  intentMapping,
  MANUFACTURER_DEVELOPMENT,
  MODALITY_SPORTS,
  NAME_BYTES,
  NOTES_BYTES,
  PROFILE_VERSION,
  RUNNING,
  STRENGTH_TRAINING,
  TARGET,
  TRAINING,
  WORKOUT,
  WORKOUT_STEP,
  type FitSport,
} from "./fitProfile.js";
import { fitString } from "./fitString.js";
import type { PaceTarget, PlannedStep } from "./plannedStep.js";
import { asWorkoutOccurrence, planWorkout, type WorkoutOccurrence } from "./planWorkout.js";
import type { FitWorkout, ToFitWorkoutOptions, WorkoutWarning } from "./types.js";

const DEFAULT_PACE_TOLERANCE_SEC = 5;

/** FNV-1a of the occurrence id: a serial number unique per workout on a device (0 is FIT's invalid value). */
function serialOf(id: string): number {
  let hash = 0x811c9dc5;
  for (const character of id) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
}

function createdAt(occurrence: WorkoutOccurrence, now: Date | string | undefined): number {
  const ms =
    now instanceof Date
      ? now.getTime()
      : now !== undefined
        ? parseDateTime(now)
        : occurrence.start !== undefined
          ? parseDateTime(occurrence.start)
          : Date.parse(`${occurrence.date}T00:00:00Z`);
  const seconds = Math.floor(ms / 1000) - FIT_EPOCH_SECONDS;
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 0xfffffffe)
    throw errorOf("config", "summary.invalidOptions", [issueOf(["now"], "config", WORKOUT_MESSAGES, "workout.now")]);
  return seconds;
}

function checkTolerance(tolerance: number): number {
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0)
    throw errorOf("config", "summary.invalidOptions", [
      issueOf(["paceToleranceSec"], "config", WORKOUT_MESSAGES, "workout.tolerance"),
    ]);
  return tolerance;
}

function sportOf(occurrence: WorkoutOccurrence): FitSport {
  if (occurrence.kind === "run") return RUNNING;
  if (occurrence.kind === "strength") return STRENGTH_TRAINING;
  const { modality } = occurrence.session;
  return (Object.hasOwn(MODALITY_SPORTS, modality) ? MODALITY_SPORTS[modality] : undefined) ?? TRAINING;
}

/** A pace as FIT's speed range in mm/s: low is the slower end; a single pace widened by the tolerance. */
function speedRange(pace: PaceTarget, tolerance: number): [low: number, high: number] {
  const slow = pace.isRange ? pace.slowSecPerKm : pace.slowSecPerKm + tolerance;
  // A pace faster than the tolerance allows keeps its own speed as the high end.
  const fast = pace.isRange ? pace.fastSecPerKm : Math.max(pace.fastSecPerKm - tolerance, pace.fastSecPerKm / 2);
  return [Math.round(1e6 / slow), Math.round(1e6 / fast)];
}

function durationOf(step: PlannedStep): [type: number, value: FieldValue] {
  const { length } = step;
  if (length.kind === "time") return [DURATION.time, Math.round(length.seconds * 1000)];
  if (length.kind === "distance") return [DURATION.distance, Math.round(length.meters * 100)];
  if (length.kind === "reps") return [DURATION.reps, length.reps];
  return [DURATION.open, undefined];
}

/** A string field, with a `name` warning when text the plan wrote had to be cut. */
function stringField(
  text: string | undefined,
  size: number,
  what: string,
  warn: boolean,
  warnings: WorkoutWarning[],
  stepIndex?: number,
): Uint8Array | undefined {
  if (text === undefined) return undefined;
  const encoded = fitString(text, size);
  if (encoded.cut && warn)
    warnings.push({
      code: "name",
      message: `${what} cut to ${String(size - 1)} bytes: "${encoded.text}"`,
      ...(stepIndex === undefined ? {} : { stepIndex }),
    });
  return encoded.bytes;
}

function stepValues(step: PlannedStep, tolerance: number, warnings: WorkoutWarning[]): FieldValue[] {
  const mapping = intentMapping(step.intent);
  const [durationType, durationValue] = durationOf(step);
  const [low, high] = step.pace === undefined ? [undefined, undefined] : speedRange(step.pace, tolerance);
  const exercise = step.exercise ?? mapping.exercise;
  const weight = step.exercise?.weightKg;
  return [
    step.index,
    stringField(step.name ?? mapping.name, NAME_BYTES, "step name", step.name !== undefined, warnings, step.index),
    durationType,
    durationValue,
    step.pace === undefined ? TARGET.open : TARGET.speed,
    step.pace === undefined ? undefined : 0,
    low,
    high,
    mapping.intensity,
    stringField(step.notes, NOTES_BYTES, "step notes", true, warnings, step.index),
    exercise?.category,
    exercise?.name,
    weight === undefined ? undefined : Math.round(weight * 100),
  ];
}

function repeatValues(index: number, firstIndex: number, times: number): FieldValue[] {
  return [index, undefined, DURATION.repeatUntilStepsCmplt, firstIndex, undefined, times];
}

/**
 * A FIT workout file for a run, cross-training or strength occurrence: file_id (type workout), workout (sport by
 * kind and modality, the name, the number of steps), then one workout_step per step. Steps come from `steps` (a
 * repeat is a repeat step after its block; a repeat inside a repeat is unrolled into the outer one), or one step for a
 * session without steps, or one step per exercise for strength. A pace becomes a speed range (a range as given, a
 * single pace +- `paceToleranceSec` per km); RPE, which FIT cannot carry, goes into the step's notes. What the file
 * could not say is in `warnings`. The same occurrence and options always give the same bytes.
 *
 * @param occurrence - A run, cross-training or strength occurrence of {@link offseason!expandPlan}.
 * @param options - `now` (the file's time_created; default the occurrence's start) and `paceToleranceSec` (default 5).
 * @returns The file's bytes and its warnings.
 * @throws {@link offseason!OffseasonError} with code `limit` at `session.steps` when the steps, nested repeats unrolled, are more
 * than {@link MAX_WORKOUT_STEPS}; code `config` for a bad option; code `invalid` at `kind` for a mobility or mental
 * occurrence or a habit.
 * @example
 * ```ts
 * import { expandPlan, parsePlan } from "offseason";
 * import { toFitWorkout } from "offseason/workouts";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "tempo", kind: "run", runType: "tempo", rpe: 7, on: ["TU"], time: "07:00",
 *       steps: [{ intent: "warmup", minutes: 10 }, { repeat: 3, steps: [{ intent: "work", distanceKm: 1, pace: "4:00/km" }] }] },
 *   ] }],
 * });
 * const files = expandPlan(plan).map((occurrence) => toFitWorkout(occurrence));
 * files.map(({ data, warnings }) => [String.fromCharCode(...data.subarray(8, 12)), warnings.length]); //=> [[".FIT", 0]]
 * ```
 */
export function toFitWorkout(occurrence: Occurrence, options: ToFitWorkoutOptions = {}): FitWorkout {
  const workoutOccurrence = asWorkoutOccurrence(occurrence);
  const tolerance = checkTolerance(options.paceToleranceSec ?? DEFAULT_PACE_TOLERANCE_SEC);
  const created = createdAt(workoutOccurrence, options.now);
  const planned = planWorkout(workoutOccurrence);
  const warnings = [...planned.warnings];
  const sport = sportOf(workoutOccurrence);
  const writer = new FitWriter();
  writer.message(0, FILE_ID, [FILE_WORKOUT, MANUFACTURER_DEVELOPMENT, 0, serialOf(workoutOccurrence.id), created]);
  const name = stringField(workoutName(planned.name, planned.namedByPlan), NAME_BYTES, "workout name", true, warnings);
  writer.message(1, WORKOUT, [name, sport.sport, sport.subSport, planned.stepCount]);
  for (const entry of planned.entries) {
    if ("step" in entry) writer.message(2, WORKOUT_STEP, stepValues(entry.step, tolerance, warnings));
    else {
      for (const step of entry.repeat.steps) writer.message(2, WORKOUT_STEP, stepValues(step, tolerance, warnings));
      const first = entry.repeat.steps[0]?.index ?? entry.repeat.index;
      writer.message(2, WORKOUT_STEP, repeatValues(entry.repeat.index, first, entry.repeat.times));
    }
  }
  const byStep = (warning: WorkoutWarning) => warning.stepIndex ?? -1;
  return { data: writer.finish(PROFILE_VERSION), warnings: warnings.sort((a, b) => byStep(a) - byStep(b)) };
}

/** The plan's name as written (cut with a warning); a label of ours too long is cut at a word, without one. */
function workoutName(name: string, namedByPlan: boolean): string {
  const fitted = fitString(name, NAME_BYTES);
  if (namedByPlan || !fitted.cut) return name;
  const space = fitted.text.lastIndexOf(" ");
  return space > 0 ? fitted.text.slice(0, space) : fitted.text;
}
