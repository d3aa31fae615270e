/**
 * What a plan may leave out, and what occurrences carry instead (docs/domain.md, "Defaults for what a plan leaves
 * out"): the RPE of an effort word, of a run type or of a kind, and the minutes of a kind. Occurrences mark what came
 * from here in `estimated`.
 */
import type { Effort, RUN_TYPES } from "./vocabulary.js";

/** The RPE of an effort word. */
export const EFFORT_RPE: Readonly<Record<Effort, number>> = {
  recovery: 2,
  easy: 3,
  steady: 4,
  moderate: 5,
  threshold: 6,
  hard: 7,
  "very-hard": 8,
  max: 9,
};

/** The RPE of a run type, for a run given neither `rpe` nor `effort`. */
export const RUN_TYPE_RPE: Readonly<Record<(typeof RUN_TYPES)[number], number>> = {
  recovery: 2,
  easy: 3,
  strides: 3,
  long: 4,
  tempo: 6,
  fartlek: 6,
  hills: 7,
  intervals: 8,
  "time-trial": 9,
  race: 9,
};

/** The RPE of a cross-training or strength session given neither `rpe` nor `effort`. */
export const KIND_RPE = { cross: 3, strength: 5 } as const;

/** The RPE of a walk step without its own. */
export const WALK_STEP_RPE = 2;

/** The minutes of a strength, cross-training, mobility or mental session given no length. */
export const DEFAULT_MINUTES = { strength: 30, cross: 30, mobility: 10, mental: 10 } as const;

/**
 * The RPE a session or step without its own reads: its effort word's, else the fallback (the run type's or kind's).
 *
 * @param effort - The effort word, when given.
 * @param fallback - The RPE without one.
 * @returns The RPE.
 */
export function effortRpe(effort: Effort | undefined, fallback: number): number {
  return effort === undefined ? fallback : EFFORT_RPE[effort];
}
