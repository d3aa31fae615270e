/** The closed lists of words the plan format uses: run types, step intents, modalities, practices, equipment. */

/** Run types. Tempo, intervals, hills, fartlek, race and time-trial runs are hard whatever their RPE. */
export const RUN_TYPES = [
  "easy",
  "recovery",
  "long",
  "tempo",
  "intervals",
  "hills",
  "strides",
  "race",
  "fartlek",
  "time-trial",
] as const;
/**
 * What a step of a structured workout is for.
 *
 * @example
 * ```ts
 * import { STEP_INTENTS } from "offseason";
 * STEP_INTENTS.includes("warmup"); //=> true
 * ```
 */
export const STEP_INTENTS = ["warmup", "work", "recovery", "rest", "cooldown", "steady", "walk"] as const;
/**
 * Effort in words, instead of an RPE: each reads as the RPE of docs/domain.md's table (recovery 2, easy 3, steady 4, moderate 5, threshold 6, hard 7, very-hard 8, max 9).
 *
 * @example
 * ```ts
 * import { EFFORTS } from "offseason";
 * EFFORTS.includes("steady"); //=> true
 * ```
 */
export const EFFORTS = ["recovery", "easy", "steady", "moderate", "threshold", "hard", "very-hard", "max"] as const;
/** An effort word: recovery, easy, steady, moderate, threshold, hard, very-hard or max. */
export type Effort = (typeof EFFORTS)[number];
/**
 * The race paces a plan's `paces` may hold besides the run types', and a `pace` may name.
 *
 * @example
 * ```ts
 * import { RACE_PACES } from "offseason";
 * RACE_PACES.includes("5k"); //=> true
 * ```
 */
export const RACE_PACES = ["mile", "5k", "10k", "half", "marathon"] as const;
/**
 * Race priorities: A (the goal race) to C (a tune-up, the default).
 *
 * @example
 * ```ts
 * import { RACE_PRIORITIES } from "offseason";
 * RACE_PRIORITIES.length; //=> 3
 * ```
 */
export const RACE_PRIORITIES = ["A", "B", "C"] as const;
/**
 * What a strength session given without exercises trains.
 *
 * @example
 * ```ts
 * import { STRENGTH_FOCUSES } from "offseason";
 * STRENGTH_FOCUSES[0]; //=> "full-body"
 * ```
 */
export const STRENGTH_FOCUSES = ["full-body", "lower-body", "upper-body", "core"] as const;
/** Cross-training modalities. */
export const CROSS_MODALITIES = ["swim", "bike", "elliptical", "row", "ski", "walk", "hike", "other"] as const;
/** Mobility practices. */
export const MOBILITY_PRACTICES = ["stretching", "foam-rolling", "yoga"] as const;
/** Mental practices. */
export const MENTAL_PRACTICES = ["visualization", "mindfulness", "goal-setting", "support-check-in"] as const;
/** Strength equipment. */
export const EQUIPMENT = ["bodyweight", "free-weights", "resistance-band", "machine"] as const;
/** Movement patterns that strength exercises train. */
export const MOVEMENT_PATTERNS = ["knee-dominant", "hip-hinge", "calf-foot", "trunk", "plyometric", "upper"] as const;

/** A movement pattern: knee-dominant, hip-hinge, calf-foot, trunk, plyometric or upper. */
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];
