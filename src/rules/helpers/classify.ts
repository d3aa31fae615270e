/** What kind of day or session a rule sees: hard work, key sessions, and the days a hint can free of running. */
import { HARD_RPE } from "../../model/intensity.js";
import { KM_PER_MILE } from "../../model/pace.js";
import { isHardSession } from "../../model/sessionKinds.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import type { Step, StepRepeat } from "../../model/steps.js";
import { lowerMinutes, runMinutesOf, runsOf, sessionsOf } from "./calendar.js";

/**
 * Whether a session occurrence is a hard session for the rules that cap hard work: `isHardSession`, or a session
 * without steps whose RPE range reaches RPE 6 (caps judge the upper bound of a range; the metrics read its midpoint).
 */
export function isHardOccurrence(
  occurrence: SessionOccurrence,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  if (isHardSession(occurrence.session, { paces })) return true;
  const { steps } = occurrence.session as { readonly steps?: readonly unknown[] };
  return (steps === undefined || steps.length === 0) && (aerobicFields(occurrence).ranges?.rpe?.max ?? 0) >= HARD_RPE;
}

/**
 * Whether a day holds a session a coach would never give up to free the day: a long run (of type long, or one of
 * `longRuns`, the weeks' long runs by length), a race or a hard session. Hints that ask for a run-free day pick among
 * the other days.
 */
export function hasKeySession(
  day: CalendarDay,
  paces: Readonly<Record<string, string>> | undefined,
  longRuns: ReadonlySet<SessionOccurrence> = new Set(),
): boolean {
  return sessionsOf(day).some(
    (occurrence) =>
      (occurrence.kind === "run" && (occurrence.session.runType === "long" || occurrence.session.runType === "race")) ||
      longRuns.has(occurrence) ||
      isHardOccurrence(occurrence, paces),
  );
}

/**
 * The days to suggest freeing of running, easiest first: days with runs but no long run, race or hard session,
 * fewest run minutes first (ties in date order). `longRuns` are the weeks' long runs by length ({@link weekLongRuns}).
 */
export function daysToFree(
  days: readonly CalendarDay[],
  paces: Readonly<Record<string, string>> | undefined,
  longRuns: ReadonlySet<SessionOccurrence> = new Set(),
): CalendarDay[] {
  return days
    .filter((day) => runsOf(day).length > 0 && !hasKeySession(day, paces, longRuns))
    .map((day) => ({ day, minutes: runMinutesOf(day) }))
    .sort((a, b) => a.minutes - b.minutes)
    .map((entry) => entry.day);
}

/** Each week's long run by length ({@link longestRunOf}), for {@link daysToFree}. */
export function weekLongRuns(weeks: readonly { readonly days: readonly CalendarDay[] }[]): Set<SessionOccurrence> {
  const runs = new Set<SessionOccurrence>();
  for (const week of weeks) {
    const long = longestRunOf(week.days);
    if (long) runs.add(long);
  }
  return runs;
}

/** The lower bound at which the longest run of a week is a long run (docs/domain.md, Key sessions). */
export const LONG_RUN_MINUTES = 75;

/** Run types that are never a week's long run, however long: a recovery run stays a recovery run. */
const NEVER_LONG = new Set(["recovery", "race"]);

/**
 * The week's long run by length: its longest run at the lower bound of a range (a "60-90 min" run is 60), when that
 * is 75 minutes or more and the run is not a recovery run or a race. One a week, so an elite's 90-minute easy runs are
 * not all key; the first of equal runs is the one.
 */
export function longestRunOf(days: readonly CalendarDay[]): SessionOccurrence | undefined {
  let best: SessionOccurrence | undefined;
  for (const run of days.flatMap(runsOf)) {
    if (run.kind !== "run" || NEVER_LONG.has(run.session.runType)) continue;
    if (!best || lowerMinutes(run) > lowerMinutes(best)) best = run;
  }
  return best && lowerMinutes(best) >= LONG_RUN_MINUTES ? best : undefined;
}

/**
 * Whether a session is a key session (docs/domain.md, Key sessions): a hard session, a race, a run of type `long`,
 * or the longest run of its week when it lasts 75 minutes or more at the lower bound of a range. `weekDays` are the
 * days of the occurrence's plan week. (The model layer's `isKeySession` has the same definition.)
 */
export function isKeyOccurrence(
  occurrence: SessionOccurrence,
  weekDays: readonly CalendarDay[],
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  if (occurrence.kind === "run" && (occurrence.session.runType === "long" || occurrence.session.runType === "race"))
    return true;
  return isHardOccurrence(occurrence, paces) || longestRunOf(weekDays) === occurrence;
}

/** Whether a key occurrence is a long run (not hard, not a race): what a hint may keep when it moves a workout. */
export function isLongRunOccurrence(
  occurrence: SessionOccurrence,
  weekDays: readonly CalendarDay[],
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  if (occurrence.kind !== "run" || occurrence.session.runType === "race" || isHardOccurrence(occurrence, paces))
    return false;
  return occurrence.session.runType === "long" || longestRunOf(weekDays) === occurrence;
}

/**
 * A race's distance in km: its distance fields, else the sum of its work steps' distances (an 8K written as steps),
 * else undefined. A 5K is 5 km, never a default.
 */
export function raceDistanceKm(occurrence: SessionOccurrence): number | undefined {
  if (occurrence.kind !== "run") return undefined;
  const { distanceKm, steps } = occurrence.session as {
    readonly distanceKm?: number;
    readonly steps?: readonly (Step | StepRepeat)[];
  };
  if (distanceKm !== undefined) return distanceKm;
  const work = (items: readonly (Step | StepRepeat)[]): number =>
    items.reduce((sum, item) => {
      if ("repeat" in item) return sum + item.repeat * work(item.steps);
      if (item.intent !== "work") return sum;
      return sum + (item.distanceKm ?? (item.distanceMi === undefined ? 0 : item.distanceMi * KM_PER_MILE));
    }, 0);
  const total = steps === undefined ? 0 : work(steps);
  return total > 0 ? Math.round(total * 1000) / 1000 : undefined;
}

/** Under 18: youth defaults apply (COACHING.md section 6). */
export const YOUTH_BELOW_AGE = 18;

/**
 * Whether the athlete is a youth runner (under 18), by the athlete's `age` when given; without it, not youth.
 * (Read loosely: `age` is part of the coaching model's athlete.)
 */
export function isYouthAthlete(athlete: object | undefined): boolean {
  const age = (athlete as { readonly age?: unknown } | undefined)?.age;
  return typeof age === "number" && age < YOUTH_BELOW_AGE;
}
