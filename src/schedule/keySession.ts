/** Key sessions and races: what a coach plans a week around, and how far a race goes. */
import { KM_PER_MILE } from "../model/intensity.js";
import { isHardSession } from "../model/sessionKinds.js";
import type { Step, StepRepeat } from "../model/steps.js";
import { aerobicFields } from "./aerobicFields.js";
import type { CalendarWeek, Occurrence, SessionOccurrence } from "./types.js";

/** A run that lasts this long at the lower bound of its range can be its week's long run (DOMAIN.md, Key sessions). */
export const LONG_RUN_MIN_MINUTES = 75;

/** Options of {@link isKeySession}. */
export interface KeySessionOptions {
  /**
   * The occurrence's week (or its occurrences): without a run of type `long`, its longest run is its long run when
   * it lasts {@link LONG_RUN_MIN_MINUTES} minutes or more at the lower bound of a range. Without it only a run of
   * type `long` is a long run.
   */
  readonly week?: CalendarWeek | readonly Occurrence[];
  /** The plan's paces by run type, to time steps given by distance. */
  readonly paces?: Readonly<Record<string, string>> | undefined;
}

/** Whether an occurrence is a race. */
export function isRace(occurrence: Occurrence): boolean {
  return occurrence.kind === "run" && occurrence.session.runType === "race";
}

/** The minutes of a run at the lower bound of its range (its minutes when it has none). */
function lowerMinutes(occurrence: SessionOccurrence<"run">): number {
  return aerobicFields(occurrence).ranges?.minutes?.min ?? occurrence.session.minutes;
}

/** The occurrences of a week, whichever form it was given in. */
function occurrencesOf(week: CalendarWeek | readonly Occurrence[]): readonly Occurrence[] {
  return "days" in week ? week.days.flatMap((day) => day.occurrences) : week;
}

/**
 * The long run of a week: its first run of type `long`, else its longest run (the first of equal ones) when that
 * lasts {@link LONG_RUN_MIN_MINUTES} minutes or more at the lower bound of its range; undefined when it has neither.
 * Races and hard runs are key already and are not long runs.
 *
 * @param week - The week, or its occurrences.
 * @param paces - The plan's paces.
 * @returns The occurrence of the week's long run, if any.
 */
export function longRunOfWeek(
  week: CalendarWeek | readonly Occurrence[],
  paces?: Readonly<Record<string, string>>,
): SessionOccurrence<"run"> | undefined {
  const runs = occurrencesOf(week).filter(
    (occurrence): occurrence is SessionOccurrence<"run"> =>
      occurrence.kind === "run" && !isRace(occurrence) && !isHardSession(occurrence.session, { paces }),
  );
  const typed = runs.find((run) => run.session.runType === "long");
  if (typed) return typed;
  const longest = runs.reduce<SessionOccurrence<"run"> | undefined>(
    (best, run) => (best === undefined || run.session.minutes > best.session.minutes ? run : best),
    undefined,
  );
  return longest !== undefined && lowerMinutes(longest) >= LONG_RUN_MIN_MINUTES ? longest : undefined;
}

/**
 * Whether an occurrence is a key session, one a coach plans the week around (DOMAIN.md, Key sessions): a hard session,
 * a race, or a long run: a run of type `long`, or, given its week, the longest run of the week when it lasts 75
 * minutes or more at the lower bound of a range (one a week, so an elite's 90-minute easy runs are not key).
 *
 * @param occurrence - A session occurrence of a calendar.
 * @param options - Its week (to find the long run of a week without a run of type `long`) and the plan's paces.
 * @returns True for a key session.
 * @example
 * ```ts
 * import { buildCalendar, isKeySession, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *     { id: "sunday", kind: "run", runType: "easy", minutes: 80, rpe: 3, on: ["SU"] },
 *   ] }],
 * });
 * const week = buildCalendar(plan).weeks[0];
 * week?.days.flatMap((day) => day.occurrences).map((o) => isKeySession(o, { week })); //=> [false, true]
 * ```
 */
export function isKeySession(occurrence: Occurrence, options: KeySessionOptions = {}): boolean {
  if (occurrence.kind === "habit") return false;
  if (isRace(occurrence) || isHardSession(occurrence.session, { paces: options.paces })) return true;
  if (occurrence.kind !== "run") return false;
  if (occurrence.session.runType === "long") return true;
  return options.week !== undefined && longRunOfWeek(options.week, options.paces)?.id === occurrence.id;
}

/** The km of work steps, repeats multiplied out (steps given by time add nothing). */
function workKm(steps: readonly (Step | StepRepeat)[]): number {
  return steps.reduce((sum, step) => {
    if ("repeat" in step) return sum + step.repeat * workKm(step.steps);
    if (step.intent !== "work") return sum;
    return sum + (step.distanceKm ?? (step.distanceMi ?? 0) * KM_PER_MILE);
  }, 0);
}

/**
 * The distance of a race in km: its `distanceKm` / `distanceMi` (an occurrence carries miles as km), else the total
 * of its work steps; undefined when neither tells it.
 *
 * @param race - The race's occurrence.
 * @returns Its distance in km, or undefined.
 */
export function raceDistanceKm(race: SessionOccurrence<"run">): number | undefined {
  if (race.session.distanceKm !== undefined) return race.session.distanceKm;
  const km = workKm(race.session.steps ?? []);
  return km > 0 ? km : undefined;
}

/** The priority of a race occurrence: A, B or C (the default). */
export function racePriority(race: SessionOccurrence<"run">): "A" | "B" | "C" {
  return race.session.priority ?? "C";
}
