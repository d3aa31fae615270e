/**
 * Workouts on devices and platforms, from the `offseason/workouts` subpath so that apps that do not export workouts
 * do not bundle it: FIT workout files for Garmin and other devices, and intervals.icu's workout-builder text.
 *
 * @module offseason/workouts
 */
export { toFitWorkout } from "./workouts/toFitWorkout.js";
export { toIntervalsText } from "./workouts/toIntervalsText.js";
export { MAX_WORKOUT_STEPS } from "./workouts/types.js";
export type {
  FitWorkout,
  IntervalsWorkout,
  ToFitWorkoutOptions,
  WorkoutWarning,
  WorkoutWarningCode,
} from "./workouts/types.js";
export type { WorkoutOccurrence } from "./workouts/planWorkout.js";
