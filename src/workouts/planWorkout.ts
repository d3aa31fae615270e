/**
 * An occurrence as the workout both exports write: its steps numbered as FIT numbers them, nested repeats unrolled
 * into the outer one, a session without steps as one step, strength as one step per exercise; refused past
 * {@link MAX_WORKOUT_STEPS} before anything is built.
 */
import { errorOf, issueOf, type PathSegment } from "../model/errors.js";
import { WORKOUT_MESSAGES } from "../model/issueMessages.js";
import { CROSS_MODALITY_LABELS, RUN_TYPE_LABELS, STRENGTH_FOCUS_LABELS } from "../model/labels.js";
import type { Occurrence, SessionOccurrence } from "../schedule/types.js";
import { fitExerciseOf } from "./exerciseCategories.js";
import type { PlannedEntry, PlannedStep, PlannedWorkout } from "./plannedStep.js";
import { amountOf, intentOf, lengthOf, notesOf, paceOf, type LooseStepFields } from "./readStep.js";
import { MAX_WORKOUT_STEPS, type WorkoutWarning } from "./types.js";

/** The occurrences that make a workout: runs, cross-training and strength. */
export type WorkoutOccurrence = SessionOccurrence<"run" | "cross" | "strength">;

type Tree = readonly unknown[];

const isRepeat = (item: unknown): item is { readonly repeat: unknown; readonly steps: Tree } =>
  typeof item === "object" && item !== null && Array.isArray((item as { steps?: unknown }).steps);

const timesOf = (item: { readonly repeat: unknown }) => Math.max(1, Math.round(amountOf(item.repeat) ?? 1));

/** Steps of a list once every repeat in it is unrolled. */
function unrolledCount(steps: Tree): number {
  return steps.reduce<number>((sum, item) => sum + (isRepeat(item) ? timesOf(item) * unrolledCount(item.steps) : 1), 0);
}

/** Steps written for a top-level list: each step, each block's unrolled steps and its repeat step. */
function writtenCount(steps: Tree): number {
  return steps.reduce<number>((sum, item) => sum + (isRepeat(item) ? unrolledCount(item.steps) + 1 : 1), 0);
}

/** Builds steps with running indices and shared warnings. */
class StepWriter {
  next = 0;
  readonly warnings: WorkoutWarning[] = [];

  step(fields: LooseStepFields): PlannedStep {
    const index = this.next++;
    const intent = intentOf(fields.intent, index, this.warnings);
    const pace = paceOf(fields.pace, index, this.warnings);
    const notes = notesOf(fields, index, this.warnings);
    return {
      index,
      intent,
      length: lengthOf(fields),
      ...(pace === undefined ? {} : { pace }),
      ...(notes === undefined ? {} : { notes }),
    };
  }

  /** The steps of a repeat block, any repeat inside unrolled (with a warning at its first step). */
  unrolled(steps: Tree): PlannedStep[] {
    return steps.flatMap((item) => {
      if (!isRepeat(item)) return [this.step(item as LooseStepFields)];
      const times = timesOf(item);
      this.warnings.push({
        code: "nested-repeat",
        message: `a repeat of ${String(times)} inside a repeat: unrolled into the outer one`,
        stepIndex: this.next,
      });
      return Array.from({ length: times }, () => this.unrolled(item.steps)).flat();
    });
  }

  entries(steps: Tree): PlannedEntry[] {
    return steps.map((item) => {
      if (!isRepeat(item)) return { step: this.step(item as LooseStepFields) };
      const block = this.unrolled(item.steps);
      return { repeat: { index: this.next++, times: timesOf(item), steps: block } };
    });
  }
}

function refuse(path: readonly PathSegment[], count: number): never {
  throw errorOf("limit", "summary.workoutTooLong", [
    issueOf(path, "limit", WORKOUT_MESSAGES, "limit.workoutSteps", { count, limit: MAX_WORKOUT_STEPS }),
  ]);
}

const label = (table: Readonly<Record<string, string>>, key: string | undefined, fallback: string) =>
  (key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined) ?? fallback;

/** Words of an exercise name: "goblet-squat" reads "Goblet squat". */
const exerciseWords = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1).replaceAll("-", " ")}`;

function strengthEntries(occurrence: SessionOccurrence<"strength">, writer: StepWriter): PlannedEntry[] {
  const { exercises } = occurrence.session;
  if (exercises === undefined) return [{ step: writer.step({ intent: "work", minutes: occurrence.session.minutes }) }];
  return exercises.map((exercise) => {
    const index = writer.next++;
    const fit = fitExerciseOf(exercise.name);
    const name = exercise.label ?? exerciseWords(exercise.name === "other" ? "exercise" : exercise.name);
    if (fit === undefined)
      writer.warnings.push({ code: "exercise", message: `${name} has no FIT exercise category`, stepIndex: index });
    const sets = exercise.sets > 1 ? [`${String(exercise.sets)} sets`] : [];
    if (sets.length > 0)
      writer.warnings.push({
        code: "sets",
        message: `${name}: ${String(exercise.sets)} sets written as one step (sets are in its notes)`,
        stepIndex: index,
      });
    const notes = notesOf({}, index, writer.warnings, sets);
    const step: PlannedStep = {
      index,
      intent: "work",
      length: exercise.reps !== undefined ? { kind: "reps", reps: exercise.reps } : lengthOf(exercise),
      name,
      ...(notes === undefined ? {} : { notes }),
      exercise: {
        ...(fit ?? {}),
        ...(exercise.loadKg === undefined ? {} : { weightKg: exercise.loadKg }),
      },
    };
    return { step };
  });
}

/** The one step of a run or cross-training session without steps: by distance when its minutes were estimated. */
function wholeSession(occurrence: SessionOccurrence<"run" | "cross">): LooseStepFields {
  const { session } = occurrence;
  const byDistance = occurrence.estimated?.includes("minutes") === true && session.distanceKm !== undefined;
  const length = !byDistance
    ? { minutes: session.minutes }
    : session.distanceMi !== undefined
      ? { distanceMi: session.distanceMi }
      : { distanceKm: session.distanceKm };
  return { intent: "work", ...length, rpe: session.rpe, pace: session.pace, notes: session.notes };
}

/**
 * Reads an occurrence as a workout.
 *
 * @param occurrence - A run, cross-training or strength occurrence.
 * @returns Its steps and repeat blocks, numbered as FIT numbers them, and the warnings so far.
 * @throws {@link OffseasonError} with code `limit` at `session.steps` when the steps, once unrolled, are more than
 * {@link MAX_WORKOUT_STEPS}.
 */
export function planWorkout(occurrence: WorkoutOccurrence): PlannedWorkout {
  const writer = new StepWriter();
  const { session } = occurrence;
  const path: PathSegment[] = ["session", occurrence.kind === "strength" ? "exercises" : "steps"];
  let entries: PlannedEntry[];
  if (occurrence.kind === "strength") {
    const count = occurrence.session.exercises?.length ?? 1;
    if (count > MAX_WORKOUT_STEPS) refuse(path, count);
    entries = strengthEntries(occurrence, writer);
  } else if (occurrence.session.steps === undefined) entries = [{ step: writer.step(wholeSession(occurrence)) }];
  else {
    const count = writtenCount(occurrence.session.steps);
    if (count > MAX_WORKOUT_STEPS) refuse(path, count);
    entries = writer.entries(occurrence.session.steps);
  }
  const fallback =
    occurrence.kind === "run"
      ? label(RUN_TYPE_LABELS, occurrence.session.runType, "Run")
      : occurrence.kind === "cross"
        ? label(CROSS_MODALITY_LABELS, occurrence.session.modality, "Cross-training")
        : label(STRENGTH_FOCUS_LABELS, occurrence.session.focus, "Strength");
  return {
    name: session.name ?? fallback,
    namedByPlan: session.name !== undefined,
    entries,
    stepCount: writer.next,
    warnings: writer.warnings,
    path,
  };
}

/** The occurrence, if its kind makes a workout. */
export function asWorkoutOccurrence(occurrence: Occurrence): WorkoutOccurrence {
  const { kind } = occurrence;
  if (occurrence.kind === "run" || occurrence.kind === "cross" || occurrence.kind === "strength") return occurrence;
  throw errorOf("invalid", "summary.notAWorkout", [
    issueOf(["kind"], "invalid", WORKOUT_MESSAGES, "workout.kind", { kind }),
  ]);
}
