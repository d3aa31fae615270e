import type { Habit, NUTRITION_FOCUSES } from "./habit.js";
import type { Exercise, OccurrenceSession, Session, SessionOf } from "./session.js";
import { exercisePattern } from "./sessionKinds.js";

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
  strides: "Easy run with strides",
  race: "Race",
  fartlek: "Fartlek",
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
  strides: "St",
  race: "Race",
  fartlek: "F",
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

/** What kind of session this is in a runner's words, without its length: "Easy run", "Swim", "Strength training". */
function sessionKindLabel(session: Session): string {
  switch (session.kind) {
    case "run":
      return RUN_TYPE_LABELS[session.runType];
    case "cross":
      return CROSS_MODALITY_LABELS[session.modality];
    case "strength":
      return "Strength training";
    case "mobility":
    case "mental":
      return PRACTICE_LABELS[session.practice];
  }
}

/**
 * A short title for a session that a runner understands: its `name` when it has one, else its kind and length.
 *
 * @param session - A session (with progression applied, for an occurrence).
 * @returns E.g. "Easy run 40 min", "Hill repeats 45 min", "Foam rolling 10 min".
 * @example
 * ```ts
 * import { sessionTitle } from "offseason";
 * sessionTitle({ id: "e", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] }); //=> "Easy run 40 min"
 * ```
 */
export function sessionTitle(session: OccurrenceSession): string {
  return session.name ?? `${sessionKindLabel(session)} ${String(session.minutes)} min`;
}

/**
 * A short title for a habit: its `name` when it has one, else what it asks for.
 *
 * @param habit - A habit of a plan.
 * @returns E.g. "Pre-run fluids", "Lean protein", "Sleep 8 h".
 * @example
 * ```ts
 * import { habitTitle } from "offseason";
 * habitTitle({ id: "s", category: "sleep", hours: 8, repeat: "FREQ=DAILY" }); //=> "Sleep 8 h"
 * ```
 */
export function habitTitle(habit: Habit): string {
  if (habit.name !== undefined) return habit.name;
  switch (habit.category) {
    case "hydration":
      return habit.when === "before-each-run" ? "Pre-run fluids" : "Fluids";
    case "nutrition":
      return NUTRITION_FOCUS_LABELS[habit.focus];
    case "sleep":
      return `Sleep ${String(habit.hours)} h`;
  }
}

function exerciseLine(exercise: Exercise): string {
  const name = exercise.label ?? (exercise.name === "other" ? `Other (${exercisePattern(exercise)})` : exercise.name.replaceAll("-", " "));
  const volume = exercise.reps === undefined ? `${String(exercise.sets)} x ${String(exercise.seconds ?? 0)} s` : `${String(exercise.sets)} x ${String(exercise.reps)}`;
  const extras = [exercise.equipment?.replaceAll("-", " "), exercise.loadKg === undefined ? undefined : `${String(exercise.loadKg)} kg`].filter(Boolean);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${volume}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
}

/**
 * The details of a session in plain lines: effort, distance, exercises with sets and reps, notes.
 *
 * @param session - A session (with progression applied, for an occurrence).
 * @returns One line per detail.
 * @example
 * ```ts
 * import { sessionDetails } from "offseason";
 * sessionDetails({ id: "g", kind: "strength", minutes: 30, rpe: 6, on: ["MO"],
 *   exercises: [{ name: "squat", sets: 3, reps: 8, equipment: "free-weights" }] });
 * //=> ["30 min at RPE 6 of 10", "Squat 3 x 8 (free weights)"]
 * ```
 */
export function sessionDetails(session: OccurrenceSession): readonly string[] {
  const lines: string[] = [];
  const effort = session.kind === "run" || session.kind === "cross" || session.kind === "strength" ? ` at RPE ${String(session.rpe)} of 10` : "";
  lines.push(`${String(session.minutes)} min${effort}`);
  if ((session.kind === "run" || session.kind === "cross") && session.distanceKm !== undefined) lines.push(`${String(session.distanceKm)} km`);
  if (session.kind === "strength") lines.push(...(session.exercises ?? []).map(exerciseLine));
  if (session.notes !== undefined) lines.push(session.notes);
  return lines;
}

/**
 * The details of a habit in plain lines: targets and notes.
 *
 * @param habit - A habit of a plan.
 * @returns One line per detail.
 * @example
 * ```ts
 * import { habitDetails } from "offseason";
 * habitDetails({ id: "f", category: "hydration", when: "before-each-run", mlPerKg: 6, hoursBefore: 4 });
 * //=> ["Drink 6 mL per kg of body mass at least 4 h before the run"]
 * ```
 */
export function habitDetails(habit: Habit): readonly string[] {
  const lines: string[] = [];
  if (habit.category === "hydration") {
    const amount = habit.mlPerKg === undefined ? "Drink enough fluid" : `Drink ${String(habit.mlPerKg)} mL per kg of body mass`;
    const when = habit.hoursBefore === undefined ? "before the run" : `at least ${String(habit.hoursBefore)} h before the run`;
    lines.push(`${amount} ${when}`);
  } else if (habit.category === "nutrition" && habit.gPerKg !== undefined) {
    lines.push(`${String(habit.gPerKg)} g per kg of body mass a day`);
  } else if (habit.category === "sleep") {
    lines.push(`Sleep ${String(habit.hours)} hours`);
  }
  if (habit.notes !== undefined) lines.push(habit.notes);
  return lines;
}
