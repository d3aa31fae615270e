/**
 * offseason's strength exercises as FIT exercise categories (profile `exercise_category`) and, where FIT has the very
 * exercise, its name within the category (the per-category `*_exercise_name` enums). Numbers from the FIT profile
 * (SDK 21.217).
 */
import type { ExerciseName } from "../model/exercises.js";

/** A FIT exercise: its category and, when FIT has the same exercise, its index in the category's names. */
export interface FitExercise {
  /** `exercise_category`, e.g. 28 squat. */
  readonly category: number;
  /** The `*_exercise_name` index, e.g. 37 `gobletSquat` among the squats. */
  readonly name?: number;
}

const SQUAT = 28;
const LUNGE = 17;
const DEADLIFT = 8;
const HIP_RAISE = 10;
const HIP_STABILITY = 11;
const CALF_RAISE = 1;
const PLANK = 19;
const LEG_RAISE = 16;
const PLYO = 20;
const PUSH_UP = 22;
const ROW = 23;
const SHOULDER_PRESS = 24;

/** Toe walks have no FIT category: they are written without one, with a warning. */
export const FIT_EXERCISES: Readonly<Partial<Record<ExerciseName, FitExercise>>> = Object.freeze({
  squat: { category: SQUAT, name: 61 },
  "goblet-squat": { category: SQUAT, name: 37 },
  "split-squat": { category: LUNGE },
  lunge: { category: LUNGE, name: 32 },
  "step-up": { category: SQUAT, name: 66 },
  deadlift: { category: DEADLIFT },
  "romanian-deadlift": { category: DEADLIFT, name: 23 },
  "hip-thrust": { category: HIP_RAISE },
  "glute-bridge": { category: HIP_RAISE },
  "single-leg-deadlift": { category: DEADLIFT },
  "calf-raise": { category: CALF_RAISE },
  "single-leg-calf-raise": { category: CALF_RAISE },
  plank: { category: PLANK, name: 43 },
  "side-plank": { category: PLANK, name: 66 },
  "leg-lift": { category: LEG_RAISE },
  "dead-bug": { category: HIP_STABILITY, name: 1 },
  "bird-dog": { category: HIP_STABILITY },
  "pogo-jump": { category: PLYO },
  skipping: { category: PLYO },
  bounding: { category: PLYO },
  "box-jump": { category: PLYO, name: 33 },
  "push-up": { category: PUSH_UP, name: 77 },
  row: { category: ROW, name: 36 },
  "overhead-press": { category: SHOULDER_PRESS },
});

/**
 * The FIT exercise of an exercise name, if FIT has a category for it.
 *
 * @param name - An exercise name of a strength session (`other` has none).
 * @returns Its category and name indices, or undefined.
 */
export function fitExerciseOf(name: string): FitExercise | undefined {
  return Object.hasOwn(FIT_EXERCISES, name) ? FIT_EXERCISES[name as ExerciseName] : undefined;
}
