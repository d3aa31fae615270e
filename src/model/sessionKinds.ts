import { EASY_MAX_RPE, HARD_RPE, HARD_RUN_TYPES, type IntensityContext, intensityOf } from "./intensity.js";
import { EXERCISE_PATTERNS } from "./exercises.js";
import type { Exercise, OccurrenceSession, Session, SessionOf } from "./session.js";
import type { MovementPattern } from "./vocabulary.js";

export { EASY_MAX_RPE, HARD_RPE } from "./intensity.js";

const LOWER_BODY_PATTERNS: ReadonlySet<MovementPattern> = new Set([
  "knee-dominant",
  "hip-hinge",
  "calf-foot",
  "plyometric",
]);

/**
 * Hard minutes from which a session with steps is a hard session: the definition of a hard session in
 * docs/domain.md (Easy share), a coaching convention rather than a measured threshold. An easy run with strides
 * (a few times 20 s) stays below it; a short workout such as 2 x 4 min hard reaches it.
 */
export const HARD_SESSION_MIN_HARD_MINUTES = 8;
/** Highest RPE of an active-recovery session. */
export const ACTIVE_RECOVERY_MAX_RPE = 3;

/**
 * Whether a session is a run.
 *
 * @param session - A session of a plan.
 * @returns True for `kind: "run"`.
 * @example
 * ```ts
 * import { isRunSession } from "offseason";
 * isRunSession({ id: "swim", kind: "cross", modality: "swim", minutes: 30, rpe: 3, on: ["WE"] }); //=> false
 * ```
 */
export function isRunSession(session: Session): session is SessionOf<"run"> {
  return session.kind === "run";
}

/**
 * Whether a session is aerobic work: a run or cross-training.
 *
 * @param session - A session of a plan.
 * @returns True for runs and cross-training.
 * @example
 * ```ts
 * import { isAerobicSession } from "offseason";
 * isAerobicSession({ id: "bike", kind: "cross", modality: "bike", minutes: 45, rpe: 4, on: ["SA"] }); //=> true
 * ```
 */
export function isAerobicSession(session: Session): session is SessionOf<"run"> | SessionOf<"cross"> {
  return session.kind === "run" || session.kind === "cross";
}

/**
 * Session load in Foster's session-RPE method: RPE x minutes for runs, cross-training and strength; 0 for mobility
 * and mental practice, which carry no RPE.
 *
 * @param session - A session (with its progression applied, for an occurrence).
 * @returns The load in arbitrary units.
 * @example
 * ```ts
 * import { sessionLoad } from "offseason";
 * sessionLoad({ id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] }); //=> 120
 * ```
 */
export function sessionLoad(session: OccurrenceSession): number {
  return session.kind === "run" || session.kind === "cross" || session.kind === "strength"
    ? session.rpe * session.minutes
    : 0;
}

/** Options of {@link isHardSession}. */
export interface IsHardSessionOptions extends IntensityContext {}

/**
 * Whether a session is hard (docs/domain.md). Without steps: a run or cross-training session at RPE 6 or more, or a
 * tempo, intervals, hills, fartlek or race run whatever its RPE. With steps: at least
 * {@link HARD_SESSION_MIN_HARD_MINUTES} hard minutes by {@link intensityOf}, so an easy run with strides stays easy.
 * A race is always hard. Strength, mobility and mental sessions are never hard.
 *
 * @param session - A session (as it takes place that day, for an occurrence).
 * @param options - The plan's paces by run type, to time steps given by distance.
 * @returns True for a hard aerobic session.
 * @example
 * ```ts
 * import { isHardSession } from "offseason";
 * isHardSession({ id: "t", kind: "run", runType: "tempo", minutes: 30, rpe: 5, on: ["TH"] }); //=> true
 * ```
 */
export function isHardSession(session: OccurrenceSession, options: IsHardSessionOptions = {}): boolean {
  if (session.kind !== "run" && session.kind !== "cross") return false;
  if (session.kind === "run" && session.runType === "race") return true;
  if (session.steps === undefined || session.steps.length === 0)
    return session.rpe >= HARD_RPE || (session.kind === "run" && HARD_RUN_TYPES.has(session.runType));
  return intensityOf(session, options).hardMin >= HARD_SESSION_MIN_HARD_MINUTES;
}

/**
 * Whether a session is easy, low-intensity aerobic work: a run or cross-training at RPE 4 or less that is not a
 * tempo, intervals, hills, fartlek or race run.
 *
 * @param session - A session of a plan.
 * @returns True for an easy aerobic session.
 * @example
 * ```ts
 * import { isEasySession } from "offseason";
 * isEasySession({ id: "long", kind: "run", runType: "long", minutes: 80, rpe: 4, on: ["SU"] }); //=> true
 * ```
 */
export function isEasySession(session: OccurrenceSession): boolean {
  if (session.kind !== "run" && session.kind !== "cross") return false;
  return session.rpe <= EASY_MAX_RPE && !(session.kind === "run" && HARD_RUN_TYPES.has(session.runType));
}

/**
 * Whether a session is active recovery: non-running aerobic work (walk, swim, bike, ...) at RPE 3 or less.
 *
 * @param session - A session of a plan.
 * @returns True for cross-training at RPE 3 or less.
 * @example
 * ```ts
 * import { isActiveRecovery } from "offseason";
 * isActiveRecovery({ id: "walk", kind: "cross", modality: "walk", minutes: 30, rpe: 2, on: ["MO"] }); //=> true
 * ```
 */
export function isActiveRecovery(session: OccurrenceSession): boolean {
  return session.kind === "cross" && session.rpe <= ACTIVE_RECOVERY_MAX_RPE;
}

/**
 * The movement pattern an exercise trains: from the known list, or the explicit `pattern` of an `other` exercise.
 *
 * @param exercise - One exercise of a strength session.
 * @returns Its movement pattern.
 * @example
 * ```ts
 * import { exercisePattern } from "offseason";
 * exercisePattern({ name: "lunge", sets: 3, reps: 10 }); //=> "knee-dominant"
 * ```
 */
export function exercisePattern(exercise: Exercise): MovementPattern {
  return exercise.name === "other" ? (exercise.pattern ?? "upper") : EXERCISE_PATTERNS[exercise.name];
}

/**
 * Whether a session loads the legs: a strength session with a knee-dominant, hip-hinge, calf-foot or plyometric
 * exercise, or one whose focus is full-body or lower-body.
 *
 * @param session - A session of a plan.
 * @returns True for lower-body strength work.
 * @example
 * ```ts
 * import { isLowerBodyStrength } from "offseason";
 * isLowerBodyStrength({ id: "gym", kind: "strength", minutes: 30, rpe: 6, on: ["MO"],
 *   exercises: [{ name: "squat", sets: 3, reps: 8 }] }); //=> true
 * ```
 */
export function isLowerBodyStrength(session: Session): boolean {
  if (session.kind !== "strength") return false;
  if (session.focus === "full-body" || session.focus === "lower-body") return true;
  return (session.exercises ?? []).some((exercise) => LOWER_BODY_PATTERNS.has(exercisePattern(exercise)));
}
