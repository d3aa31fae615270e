/**
 * The workout both exports write, read from an occurrence: a list of steps and one-level repeat blocks, numbered as
 * FIT numbers them (a repeat step after its block), with what could not be said collected as warnings.
 */
import type { PathSegment } from "../model/errors.js";
import type { WorkoutWarning } from "./types.js";

/** How a step ends. Distances keep the unit the plan wrote, for the text formats. */
export type StepLength =
  | { readonly kind: "time"; readonly seconds: number }
  | { readonly kind: "distance"; readonly meters: number; readonly unit: "km" | "mi"; readonly amount: number }
  | { readonly kind: "reps"; readonly reps: number }
  | { readonly kind: "open" };

/** A pace target: one pace (FIT widens it by a tolerance) or a range, slow first. */
export interface PaceTarget {
  /** The pace as written (`4:05/km`), or the range as intervals.icu writes it (`4:05-3:55/km`). */
  readonly text: string;
  /** Seconds per km of the slower end (of the pace itself when single). */
  readonly slowSecPerKm: number;
  /** Seconds per km of the faster end (of the pace itself when single). */
  readonly fastSecPerKm: number;
  /** True when the plan gave a range: no tolerance is added. */
  readonly isRange: boolean;
}

/** The intents a written step may have: the plan's, and the FIT intensity each becomes. */
export type WorkoutIntent = "warmup" | "work" | "recovery" | "rest" | "cooldown" | "steady" | "walk";

/** A FIT exercise on a strength step. */
export interface StepExercise {
  /** `exercise_category`, when FIT has one. */
  readonly category?: number;
  /** Index in the category's exercise names, when FIT has the exercise. */
  readonly name?: number;
  /** Load in kg. */
  readonly weightKg?: number;
}

/** One step as both exports write it. */
export interface PlannedStep {
  /** Its index among the steps written (FIT `message_index`). */
  readonly index: number;
  /** What it is for. */
  readonly intent: WorkoutIntent;
  /** How it ends. */
  readonly length: StepLength;
  /** Its pace target, when it has one. */
  readonly pace?: PaceTarget;
  /** Its name (an exercise's). */
  readonly name?: string;
  /** Notes for the athlete: the plan's notes, and what has no field (RPE, sets). */
  readonly notes?: string;
  /** Its FIT exercise, for strength. */
  readonly exercise?: StepExercise;
}

/** A block of steps repeated `times` times: FIT writes a repeat step at `index`, after the steps. */
export interface PlannedRepeat {
  /** Index of the repeat step, after its steps. */
  readonly index: number;
  /** How many times the block runs. */
  readonly times: number;
  /** The steps of the block, nested repeats unrolled. */
  readonly steps: readonly PlannedStep[];
}

/** A step or a repeat block of a planned workout. */
export type PlannedEntry = { readonly step: PlannedStep } | { readonly repeat: PlannedRepeat };

/** What both exports start from. */
export interface PlannedWorkout {
  /** The workout's name: the session's `name`, else a label of its kind. */
  readonly name: string;
  /** True when the name is the plan's own (cutting it is then worth a warning). */
  readonly namedByPlan: boolean;
  /** The steps and repeat blocks, in order. */
  readonly entries: readonly PlannedEntry[];
  /** Steps written, repeat steps included. */
  readonly stepCount: number;
  /** What the plan said that the steps cannot, so far. */
  readonly warnings: readonly WorkoutWarning[];
  /** Where the steps are in the occurrence, for errors. */
  readonly path: readonly PathSegment[];
}
