/** Key sessions and races: what a coach plans a week around, and how far a race goes. */
import { HARD_RPE } from "../model/intensity.js";
import { KM_PER_MILE } from "../model/pace.js";
import { isHardSession } from "../model/sessionKinds.js";
import type { Step, StepRepeat } from "../model/steps.js";
import { aerobicFields } from "./aerobicFields.js";
import { choicesOf } from "./choices.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "./types.js";

/** A run that lasts this long at the lower bound of its range can be its week's long run (docs/domain.md, Key sessions). */
export const LONG_RUN_MIN_MINUTES = 75;

/** A week as the callers hold it: a calendar week, its days, or its occurrences. */
export type KeySessionWeek = CalendarWeek | readonly CalendarDay[] | readonly Occurrence[];

/** Options of {@link isKeySession}. */
export interface KeySessionOptions {
  /**
   * The occurrence's week (or its days, or its occurrences): its longest run is a long run too when it lasts
   * 75 minutes (`LONG_RUN_MIN_MINUTES`) or more at the lower bound of a range. Without it only a run of type `long`
   * is a long run.
   */
  readonly week?: KeySessionWeek;
  /** The plan's paces by run type, to time steps given by distance. */
  readonly paces?: Readonly<Record<string, string>> | undefined;
}

/** Whether an occurrence is a race. */
export function isRace(occurrence: Occurrence): boolean {
  return occurrence.kind === "run" && occurrence.session.runType === "race";
}

/**
 * Whether a session occurrence is a hard session, as the rules that cap hard work and the key-session definition read
 * it: `isHardSession`, or a session without steps whose RPE range reaches RPE 6 (caps judge the upper bound of a
 * range; the metrics read its midpoint).
 *
 * @param occurrence - A session occurrence.
 * @param paces - The plan's paces by run type.
 * @returns True for a hard session.
 */
export function isHardOccurrence(
  occurrence: SessionOccurrence,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  // Of a session with alternatives, a hard choice makes it hard (caps judge the worst choice).
  return choicesOf(occurrence).some((choice) => {
    if (isHardSession(choice.session, { paces })) return true;
    const { steps } = choice.session as { readonly steps?: readonly unknown[] };
    return (steps === undefined || steps.length === 0) && (aerobicFields(choice).ranges?.rpe?.max ?? 0) >= HARD_RPE;
  });
}

/** The minutes of a session at the lower bound of its range (its minutes when it has none). */
function lowerMinutes(occurrence: SessionOccurrence): number {
  return aerobicFields(occurrence).ranges?.minutes?.min ?? occurrence.session.minutes;
}

/** Visits the occurrences of a week, whichever form it was given in, in place (no flattened copy: rules ask often). */
function forEachOccurrence(week: KeySessionWeek, visit: (occurrence: Occurrence) => void): void {
  if ("days" in week) {
    for (const day of week.days) for (const occurrence of day.occurrences) visit(occurrence);
    return;
  }
  for (const entry of week) {
    if ("occurrences" in entry) for (const occurrence of entry.occurrences) visit(occurrence);
    else visit(entry);
  }
}

/** Run types that are never a week's long run, however long: a recovery run stays a recovery run, a race a race. */
const NEVER_LONG: ReadonlySet<string> = new Set(["recovery", "race"]);

/**
 * The week's long run by length: its longest run at the lower bound of a range (a "60-90 min" run is 60), when that
 * lasts 75 minutes (`LONG_RUN_MIN_MINUTES`) or more and is not a recovery run or a race. One a week, so an elite's
 * 90-minute easy runs are not all key; the first of equal runs is the one. A run of type `long` is a long run whatever
 * its length ({@link isLongRun}); this is the one a plan did not type.
 *
 * @param week - The week, its days or its occurrences.
 * @returns The occurrence of the week's longest run, if it is long enough.
 */
export function longestRunOf(week: KeySessionWeek): SessionOccurrence<"run"> | undefined {
  let best: SessionOccurrence<"run"> | undefined;
  let bestMinutes = 0;
  forEachOccurrence(week, (occurrence) => {
    if (occurrence.kind !== "run" || NEVER_LONG.has(occurrence.session.runType)) return;
    const minutes = lowerMinutes(occurrence);
    if (!best || minutes > bestMinutes) {
      best = occurrence;
      bestMinutes = minutes;
    }
  });
  return best && bestMinutes >= LONG_RUN_MIN_MINUTES ? best : undefined;
}

/**
 * Whether an occurrence is a long run and nothing harder (not a hard session, not a race): a run of type `long`, or,
 * given its week, the week's longest run ({@link longestRunOf}). What a hint keeps when it moves a workout.
 *
 * @param occurrence - A session occurrence.
 * @param options - Its week and the plan's paces.
 * @returns True for a long run.
 */
export function isLongRun(occurrence: Occurrence, options: KeySessionOptions = {}): boolean {
  if (occurrence.kind !== "run" || isRace(occurrence) || isHardOccurrence(occurrence, options.paces)) return false;
  if (occurrence.session.runType === "long") return true;
  return options.week !== undefined && longestRunOf(options.week)?.id === occurrence.id;
}

/**
 * Whether an occurrence is a key session, one a coach plans the week around (docs/domain.md, Key sessions): a hard session,
 * a race, or a long run: a run of type `long`, or, given its week, the longest run of the week when it lasts 75
 * minutes or more at the lower bound of a range (one a week, so an elite's 90-minute easy runs are not key; a recovery
 * run is never a long run). The one definition the rules and the generator share.
 *
 * @param occurrence - A session occurrence of a calendar.
 * @param options - Its week (to find the week's long run by length) and the plan's paces.
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
  if (isRace(occurrence) || isHardOccurrence(occurrence, options.paces)) return true;
  return isLongRun(occurrence, options);
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
 * of its work steps (an 8K written as steps is 8 km); undefined when neither tells it (never a default: a 5K is 5 km).
 *
 * @param race - The race's occurrence (any other occurrence has no race distance).
 * @returns Its distance in km, or undefined.
 */
export function raceDistanceKm(race: Occurrence): number | undefined {
  if (race.kind !== "run") return undefined;
  if (race.session.distanceKm !== undefined) return race.session.distanceKm;
  const km = workKm(race.session.steps ?? []);
  return km > 0 ? Math.round(km * 1000) / 1000 : undefined;
}

/** The priority of a race occurrence: A, B or C (the default). */
export function racePriority(race: SessionOccurrence<"run">): "A" | "B" | "C" {
  return race.session.priority ?? "C";
}
