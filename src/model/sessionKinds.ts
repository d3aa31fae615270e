import { EXERCISE_PATTERNS, type Exercise, type MovementPattern, type OccurrenceSession, type Session, type SessionOf } from "./session.js";

const HARD_RUN_TYPES: ReadonlySet<string> = new Set(["tempo", "intervals", "hills", "fartlek", "race"]);
const LOWER_BODY_PATTERNS: ReadonlySet<MovementPattern> = new Set(["knee-dominant", "hip-hinge", "calf-foot", "plyometric"]);

/** RPE from which an aerobic session is hard (CR-10). */
export const HARD_RPE = 6;
/** Highest RPE of an easy (zone 1) aerobic session. */
export const EASY_MAX_RPE = 4;
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
  return session.kind === "run" || session.kind === "cross" || session.kind === "strength" ? session.rpe * session.minutes : 0;
}

/**
 * Whether a session is hard: a run or cross-training session at RPE 6 or more, or a tempo, intervals, hills or race
 * run whatever its RPE. Strength, mobility and mental sessions are never hard.
 *
 * @param session - A session of a plan.
 * @returns True for a hard aerobic session.
 * @example
 * ```ts
 * import { isHardSession } from "offseason";
 * isHardSession({ id: "t", kind: "run", runType: "tempo", minutes: 30, rpe: 5, on: ["TH"] }); //=> true
 * ```
 */
export function isHardSession(session: OccurrenceSession): boolean {
  if (session.kind !== "run" && session.kind !== "cross") return false;
  return session.rpe >= HARD_RPE || (session.kind === "run" && HARD_RUN_TYPES.has(session.runType));
}

/**
 * Whether a session is easy, low-intensity aerobic work: a run or cross-training at RPE 4 or less that is not a
 * tempo, intervals, hills or race run.
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
 * exercise.
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
  return session.kind === "strength" && (session.exercises ?? []).some((exercise) => LOWER_BODY_PATTERNS.has(exercisePattern(exercise)));
}
