/** What the plan's words are called in a runner's words: the label tables that titles, details and rules read. */
import type { NUTRITION_FOCUSES } from "./habit.js";
import type { SessionOf } from "./session.js";
import type { Step } from "./steps.js";

/**
 * What each run type is called in a runner's words, as session titles use it.
 *
 * @example
 * ```ts
 * import { RUN_TYPE_LABELS } from "offseason";
 * RUN_TYPE_LABELS.hills; //=> "Hill repeats"
 * ```
 */
export const RUN_TYPE_LABELS: Readonly<Record<SessionOf<"run">["runType"], string>> = Object.freeze({
  easy: "Easy run",
  recovery: "Recovery run",
  long: "Long run",
  tempo: "Tempo run",
  intervals: "Interval session",
  hills: "Hill repeats",
  fartlek: "Fartlek",
  strides: "Easy run with strides",
  race: "Race",
  "time-trial": "Time trial",
});

/**
 * A one- or two-letter code per run type, for week overviews where a title does not fit (`E40` is a 40-minute easy run).
 *
 * @example
 * ```ts
 * import { RUN_TYPE_SHORT_LABELS } from "offseason";
 * RUN_TYPE_SHORT_LABELS.long; //=> "L"
 * ```
 */
export const RUN_TYPE_SHORT_LABELS: Readonly<Record<SessionOf<"run">["runType"], string>> = Object.freeze({
  easy: "E",
  recovery: "R",
  long: "L",
  tempo: "T",
  intervals: "I",
  hills: "H",
  fartlek: "F",
  strides: "St",
  race: "Race",
  "time-trial": "TT",
});

/**
 * What each cross-training modality is called, as session titles use it.
 *
 * @example
 * ```ts
 * import { CROSS_MODALITY_LABELS } from "offseason";
 * CROSS_MODALITY_LABELS.bike; //=> "Bike ride"
 * ```
 */
export const CROSS_MODALITY_LABELS: Readonly<Record<SessionOf<"cross">["modality"], string>> = Object.freeze({
  swim: "Swim",
  bike: "Bike ride",
  elliptical: "Elliptical",
  row: "Rowing",
  ski: "Cross-country ski",
  walk: "Walk",
  hike: "Hike",
  other: "Cross-training",
});

/**
 * What each mobility and mental practice is called, as session titles use it.
 *
 * @example
 * ```ts
 * import { PRACTICE_LABELS } from "offseason";
 * PRACTICE_LABELS["foam-rolling"]; //=> "Foam rolling"
 * ```
 */
export const PRACTICE_LABELS: Readonly<Record<SessionOf<"mobility" | "mental">["practice"], string>> = Object.freeze({
  stretching: "Stretching",
  "foam-rolling": "Foam rolling",
  yoga: "Yoga",
  visualization: "Visualization",
  mindfulness: "Mindfulness",
  "goal-setting": "Goal setting",
  "support-check-in": "Support check-in",
});

/**
 * What each nutrition focus is called, as habit titles (and, in lower case, the balanced-diet rule) use it.
 *
 * @example
 * ```ts
 * import { NUTRITION_FOCUS_LABELS } from "offseason";
 * NUTRITION_FOCUS_LABELS["complex-carbs"]; //=> "Complex carbohydrates"
 * ```
 */
export const NUTRITION_FOCUS_LABELS: Readonly<Record<(typeof NUTRITION_FOCUSES)[number], string>> = Object.freeze({
  "lean-protein": "Lean protein",
  "complex-carbs": "Complex carbohydrates",
  "fruit-vegetables": "Fruit and vegetables",
  "mindful-eating": "Mindful eating",
});

/** Strength by focus, as a title says it. */
export const STRENGTH_FOCUS_LABELS: Readonly<Record<NonNullable<SessionOf<"strength">["focus"]>, string>> = {
  "full-body": "Full-body strength",
  "lower-body": "Lower-body strength",
  "upper-body": "Upper-body strength",
  core: "Core strength",
};

/** What a step of each intent adds to its amount in a workout's text ("10 min warm-up"). */
export const STEP_WORDS: Readonly<Record<Step["intent"], string>> = {
  warmup: " warm-up",
  work: "",
  recovery: " easy",
  rest: " rest",
  cooldown: " cool-down",
  steady: " steady",
  walk: " walk",
};
