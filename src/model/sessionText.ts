/** The texts of sessions and habits a runner reads: titles, details, and a workout's structure in one line. */
import type { Habit } from "./habit.js";
import {
  CROSS_MODALITY_LABELS,
  NUTRITION_FOCUS_LABELS,
  PRACTICE_LABELS,
  RUN_TYPE_LABELS,
  STRENGTH_FOCUS_LABELS,
} from "./labels.js";
import { KM_PER_MILE } from "./pace.js";
import type { Exercise, OccurrenceSession, Session, SessionOf } from "./session.js";
import { exercisePattern } from "./sessionKinds.js";
import type { Step, StepRepeat } from "./steps.js";
import { timesText } from "./timesPerWeek.js";
import { decimal, rangeText, sessionStructure, walks } from "./stepText.js";
import type { OpenRange, Range } from "./weekly.js";

/** What the texts read of a session, whatever its kind: the fields only some kinds have, as optional ones. */
interface SessionTextFields {
  readonly kind: Session["kind"];
  readonly runType?: SessionOf<"run">["runType"];
  readonly distanceKm?: number;
  readonly distanceMi?: number;
  readonly pace?: string;
  readonly steps?: readonly (Step | StepRepeat)[];
  readonly optional?: boolean;
  readonly priority?: SessionOf<"run">["priority"];
  readonly focus?: SessionOf<"strength">["focus"];
  readonly exercises?: readonly Exercise[];
}

/** What kind of session this is in a runner's words, without its length: "Easy run", "Swim", "Strength training". */
function sessionKindLabel(session: OccurrenceSession): string {
  switch (session.kind) {
    case "run":
      return RUN_TYPE_LABELS[session.runType];
    case "cross":
      return CROSS_MODALITY_LABELS[session.modality];
    case "strength": {
      return session.focus === undefined ? "Strength training" : STRENGTH_FOCUS_LABELS[session.focus];
    }
    case "mobility":
    case "mental":
      return PRACTICE_LABELS[session.practice];
  }
}

/** Options of {@link sessionTitle} and {@link sessionDetails}: what an occurrence carries besides its session. */
export interface SessionTextOptions {
  /** The bounds of the values the plan gave as ranges (distance in km), shown instead of the midpoint. */
  readonly ranges?: {
    /** The bounds of the minutes ("120+ min" when open). */
    readonly minutes?: OpenRange;
    /** The bounds of the distance, in km (shown in miles when the plan wrote miles). */
    readonly distanceKm?: OpenRange;
    /** The bounds of the RPE. */
    readonly rpe?: Range;
  };
  /** The values estimated from a pace: estimated minutes read "about", a distance-only session leads with its distance. */
  readonly estimated?: readonly string[];
  /** The alternatives of an occurrence, each with its own `ranges` and `estimated`: the title joins them with "or". */
  readonly alternatives?: readonly (OccurrenceSession & Omit<SessionTextOptions, "alternatives">)[];
}

function minutesText(session: OccurrenceSession, options: SessionTextOptions): string {
  if (options.ranges?.minutes) return `${rangeText(options.ranges.minutes)} min`;
  return options.estimated?.includes("minutes") === true
    ? `${String(Math.round(session.minutes))} min`
    : `${String(session.minutes)} min`;
}

/**
 * The distance in the unit the plan used ("5 mi", "12.5 km", "8-10 km"), or undefined without one. Plain km stay
 * exact in the details (as today's text has them) and are rounded to 2 decimals in a title.
 */
function distanceText(session: SessionTextFields, options: SessionTextOptions, round = false): string | undefined {
  const range = options.ranges?.distanceKm;
  if (session.distanceMi !== undefined)
    return `${range ? rangeText(range, KM_PER_MILE) : decimal(session.distanceMi)} mi`;
  if (range) return `${rangeText(range)} km`;
  if (session.distanceKm === undefined) return undefined;
  return `${round ? decimal(session.distanceKm) : String(session.distanceKm)} km`;
}

/** The title of one choice, without "(optional)". */
function choiceTitle(session: OccurrenceSession, options: SessionTextOptions): string {
  const extra: SessionTextFields = session;
  const priority = extra.runType === "race" && extra.priority !== undefined ? ` (${extra.priority})` : "";
  if (session.name !== undefined) return `${session.name}${priority}`;
  if (extra.steps !== undefined && walks(extra.steps)) return sessionStructure(extra) ?? "";
  const distance = distanceText(extra, options, true);
  const byDistance = distance !== undefined && (options.estimated?.includes("minutes") === true || priority !== "");
  const title = !byDistance
    ? `${sessionKindLabel(session)} ${minutesText(session, options)}`
    : extra.runType === "race"
      ? `${distance} race`
      : `${sessionKindLabel(session)} ${distance}`;
  return `${title}${priority}`;
}

/** The titles of the alternatives, to follow "or": "bike 45 min" (a name they share with the main session left out). */
function alternativeTitles(session: OccurrenceSession, options: SessionTextOptions): string[] {
  return (options.alternatives ?? []).map((alternative) => {
    const own = alternative as SessionTextOptions; // its ranges and estimated
    if (alternative.name !== undefined && alternative.name !== session.name) return choiceTitle(alternative, own);
    const title = choiceTitle({ ...alternative, name: undefined }, own);
    return `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  });
}

/**
 * A short title for a session that a runner understands: its `name` when it has one, else its kind and length, a
 * range as the plan gave it ("Tempo run 30-45 min"), a distance-only session by its distance in the plan's unit
 * ("Long run 8 mi"), a race with a priority by its distance ("5 km race (B)"), strength by its focus, and
 * "(optional)" after an optional session. Alternatives follow with "or" ("Easy run 30-45 min or bike 45 min"), and
 * a session of `timesPerWeek` says the week's times instead of its length ("Cross-training 1-2 times this week").
 *
 * @param session - A session (with progression applied, for an occurrence).
 * @param options - The occurrence's `ranges` and `estimated`, when the session comes from one.
 * @returns E.g. "Easy run 40 min", "Hill repeats 45 min", "Foam rolling 10 min".
 * @example
 * ```ts
 * import { sessionTitle } from "offseason";
 * sessionTitle({ id: "e", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] }); //=> "Easy run 40 min"
 * ```
 */
export function sessionTitle(session: OccurrenceSession, options: SessionTextOptions = {}): string {
  const optional = session.optional === true ? " (optional)" : "";
  const times = timesText(session);
  const main =
    times === undefined
      ? choiceTitle(session, options)
      : session.name === undefined
        ? `${sessionKindLabel(session)} ${times}`
        : `${session.name} (${times})`;
  return [main, ...alternativeTitles(session, options)].join(" or ") + optional;
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
  const name =
    exercise.label ??
    (exercise.name === "other" ? `Other (${exercisePattern(exercise)})` : exercise.name.replaceAll("-", " "));
  const volume =
    exercise.reps === undefined
      ? `${String(exercise.sets)} x ${String(exercise.seconds ?? 0)} s`
      : `${String(exercise.sets)} x ${String(exercise.reps)}`;
  const extras = [
    exercise.equipment?.replaceAll("-", " "),
    exercise.loadKg === undefined ? undefined : `${String(exercise.loadKg)} kg`,
  ].filter(Boolean);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${volume}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
}

/**
 * The details of a session in plain lines: length and effort (ranges as the plan gave them, "about" for minutes
 * estimated from a pace), distance in the plan's unit with its pace, the steps as a runner reads them, exercises with
 * sets and reps, notes.
 *
 * @param session - A session (with progression applied, for an occurrence).
 * @param options - The occurrence's `ranges` and `estimated`, when the session comes from one.
 * @returns One line per detail.
 * @example
 * ```ts
 * import { sessionDetails } from "offseason";
 * sessionDetails({ id: "g", kind: "strength", minutes: 30, rpe: 6, on: ["MO"],
 *   exercises: [{ name: "squat", sets: 3, reps: 8, equipment: "free-weights" }] });
 * //=> ["30 min at RPE 6 of 10", "Squat 3 x 8 (free weights)"]
 * ```
 */
export function sessionDetails(session: OccurrenceSession, options: SessionTextOptions = {}): readonly string[] {
  const lines: string[] = [];
  const extra: SessionTextFields = session;
  const rpe = options.ranges?.rpe
    ? rangeText(options.ranges.rpe)
    : session.kind === "run" || session.kind === "cross" || session.kind === "strength"
      ? String(session.rpe)
      : undefined;
  const effort = rpe === undefined ? "" : ` at RPE ${rpe} of 10`;
  lines.push(
    `${options.estimated?.includes("minutes") === true && !options.ranges?.minutes ? "About " : ""}${minutesText(session, options)}${effort}`,
  );
  if (session.kind === "run" || session.kind === "cross") {
    const distance = distanceText(extra, options);
    const pace = extra.pace === undefined ? undefined : `at ${extra.pace}`;
    if (distance !== undefined) lines.push(pace === undefined ? distance : `${distance} ${pace}`);
    else if (pace !== undefined) lines.push(`Pace ${extra.pace ?? ""}`);
    const structure = sessionStructure(extra);
    if (structure !== undefined) lines.push(structure);
  }
  if (session.kind === "strength") lines.push(...(extra.exercises ?? []).map(exerciseLine));
  if (session.notes !== undefined) lines.push(session.notes);
  lines.push(...alternativeTitles(session, options).map((title) => `Or ${title}`));
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
    const amount =
      habit.mlPerKg === undefined ? "Drink enough fluid" : `Drink ${String(habit.mlPerKg)} mL per kg of body mass`;
    const when =
      habit.hoursBefore === undefined ? "before the run" : `at least ${String(habit.hoursBefore)} h before the run`;
    lines.push(`${amount} ${when}`);
  } else if (habit.category === "nutrition" && habit.gPerKg !== undefined) {
    lines.push(`${String(habit.gPerKg)} g per kg of body mass a day`);
  } else if (habit.category === "sleep") {
    lines.push(`Sleep ${String(habit.hours)} hours`);
  }
  if (habit.notes !== undefined) lines.push(habit.notes);
  return lines;
}
