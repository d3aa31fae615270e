/** The shapes `offseason/workouts` returns: a FIT file or intervals.icu text, each with what it could not say. */

/**
 * What an export could not say, or said differently from the plan.
 * - `nested-repeat`: a repeat inside a repeat, unrolled into the outer one (FIT devices and intervals.icu handle
 *   nested repeats badly or not at all).
 * - `rpe`: an RPE, which neither FIT nor intervals.icu takes as a target: written into the step's notes (FIT) or cue
 *   text (intervals.icu).
 * - `pace`: a pace that is not `m:ss/km` or `m:ss/mi` (a named pace the occurrence did not resolve): the step has an
 *   open target.
 * - `intent`: a step intent this version does not know: written as an active (work) step.
 * - `name`: a name or notes longer than FIT's string field, cut (at a character boundary).
 * - `exercise`: a strength exercise with no FIT exercise category: written without one.
 * - `sets`: an exercise of several sets, written as one step (one step per exercise); the sets are in its notes.
 * - `reps`: an exercise given by repetitions, which intervals.icu cannot count: the step ends on the lap button.
 */
export type WorkoutWarningCode = "nested-repeat" | "rpe" | "pace" | "intent" | "name" | "exercise" | "sets" | "reps";

/** One thing an export could not say, with the step it concerns. */
export interface WorkoutWarning {
  /** What kind of loss it is. */
  readonly code: WorkoutWarningCode;
  /** What was lost or changed, in plain words. */
  readonly message: string;
  /**
   * The step it concerns: its index among the steps written, repeat steps included, as FIT numbers them
   * (`message_index`); the same numbering for intervals.icu text. Absent for a warning about the whole workout.
   */
  readonly stepIndex?: number;
}

/** A FIT workout file and what it could not say. */
export interface FitWorkout {
  /** The bytes of the `.fit` file: header, definitions, messages and CRC. */
  readonly data: Uint8Array;
  /** What the file could not say, in step order. */
  readonly warnings: readonly WorkoutWarning[];
}

/** A workout in intervals.icu's workout-builder text and what the text could not say. */
export interface IntervalsWorkout {
  /** The workout text, one line per step, ending with a newline. */
  readonly text: string;
  /** What the text could not say, in step order. */
  readonly warnings: readonly WorkoutWarning[];
}

/** Options of {@link toFitWorkout}. */
export interface ToFitWorkoutOptions {
  /**
   * The file's `time_created`: a `Date` or an ISO-8601 date-time with `Z` or an offset. Default: the occurrence's
   * start, or midnight UTC of its date when it is all day, so that one occurrence always gives the same bytes.
   */
  readonly now?: Date | string;
  /**
   * Seconds per km either side of a single pace, for the speed range FIT needs; default 5 (4:00/km becomes
   * 4:05-3:55/km). A number of 0 or more, below the pace itself.
   */
  readonly paceToleranceSec?: number;
}

/**
 * The most steps one workout may have once nested repeats are unrolled, repeat steps included. Devices store a
 * bounded number of steps per workout (the figure varies by model and is not part of the FIT protocol); offseason
 * refuses more with a `limit` error rather than write a file a device would cut or reject.
 *
 * @example
 * ```ts
 * import { MAX_WORKOUT_STEPS } from "offseason/workouts";
 * MAX_WORKOUT_STEPS; //=> 100
 * ```
 */
export const MAX_WORKOUT_STEPS = 100;
