/** The strength exercise catalogue: known exercises, the movement pattern each trains, and the exercise schema. */
import * as z from "zod/mini";
import type { Limits } from "./limits.js";
import { addIssue, text } from "./primitives.js";
import { EQUIPMENT, MOVEMENT_PATTERNS, type MovementPattern } from "./vocabulary.js";

/** A known exercise name; anything else is written as `other` with a `pattern`. */
export type ExerciseName =
  | "squat"
  | "goblet-squat"
  | "split-squat"
  | "lunge"
  | "step-up"
  | "deadlift"
  | "romanian-deadlift"
  | "hip-thrust"
  | "glute-bridge"
  | "single-leg-deadlift"
  | "calf-raise"
  | "single-leg-calf-raise"
  | "toe-walk"
  | "plank"
  | "side-plank"
  | "leg-lift"
  | "dead-bug"
  | "bird-dog"
  | "pogo-jump"
  | "skipping"
  | "bounding"
  | "box-jump"
  | "push-up"
  | "row"
  | "overhead-press";

/**
 * The known strength exercises and the movement pattern each trains. An exercise not in this list is written with
 * `name: "other"` and an explicit `pattern`.
 */
export const EXERCISE_PATTERNS: Readonly<Record<ExerciseName, MovementPattern>> = Object.freeze({
  squat: "knee-dominant",
  "goblet-squat": "knee-dominant",
  "split-squat": "knee-dominant",
  lunge: "knee-dominant",
  "step-up": "knee-dominant",
  deadlift: "hip-hinge",
  "romanian-deadlift": "hip-hinge",
  "hip-thrust": "hip-hinge",
  "glute-bridge": "hip-hinge",
  "single-leg-deadlift": "hip-hinge",
  "calf-raise": "calf-foot",
  "single-leg-calf-raise": "calf-foot",
  "toe-walk": "calf-foot",
  plank: "trunk",
  "side-plank": "trunk",
  "leg-lift": "trunk",
  "dead-bug": "trunk",
  "bird-dog": "trunk",
  "pogo-jump": "plyometric",
  skipping: "plyometric",
  bounding: "plyometric",
  "box-jump": "plyometric",
  "push-up": "upper",
  row: "upper",
  "overhead-press": "upper",
} satisfies Record<ExerciseName, MovementPattern>);

const EXERCISE_NAMES = [...(Object.keys(EXERCISE_PATTERNS) as ExerciseName[]), "other"] as const;

/** The schema of one exercise of a strength session. */
export function exerciseSchema(limits: Limits) {
  return z
    .strictObject({
      /** The exercise, from the known list, or `other` with a `pattern`. */
      name: z.enum(EXERCISE_NAMES),
      /** The movement pattern; required for `other`, else implied by the name. */
      pattern: z.optional(z.enum(MOVEMENT_PATTERNS)),
      /** A display name, e.g. for an `other` exercise. */
      label: z.optional(text(limits.maxStringLength)),
      /** Sets, 1 to 20. */
      sets: z.int().check(z.gte(1), z.lte(20)),
      /** Repetitions per set, 1 to 100 (or give `seconds`). */
      reps: z.optional(z.int().check(z.gte(1), z.lte(100))),
      /** Seconds per set for holds such as planks, 1 to 600 (or give `reps`). */
      seconds: z.optional(z.int().check(z.gte(1), z.lte(600))),
      /** Bodyweight, free weights, resistance band or machine. */
      equipment: z.optional(z.enum(EQUIPMENT)),
      /** External load in kg. */
      loadKg: z.optional(z.number().check(z.gt(0), z.lte(500))),
    })
    .check(
      z.superRefine((exercise, context) => {
        if ((exercise.reps === undefined) === (exercise.seconds === undefined)) {
          addIssue(context, exercise, [], "exercise.repsOrSeconds", "conflict");
        }
        if (exercise.name === "other") {
          if (exercise.pattern === undefined) {
            addIssue(context, exercise, ["pattern"], "exercise.otherPattern", "conflict");
          }
        } else if (exercise.pattern !== undefined && exercise.pattern !== EXERCISE_PATTERNS[exercise.name]) {
          addIssue(context, exercise, ["pattern"], "exercise.pattern", "conflict", {
            name: exercise.name,
            pattern: EXERCISE_PATTERNS[exercise.name],
          });
        }
      }),
    );
}
