/** What kind of day or session a rule sees: hard work, key sessions, and the days a hint can free of running. */
import { isHardOccurrence as isHardOfPlan, isRace, longestRunOf } from "../../schedule/keySession.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "../../schedule/types.js";
import { runMinutesOf, runsOf, sessionsOf } from "./calendar.js";

// One definition of hard, key and long, in the schedule layer that the rules and the generator share; the rules ask
// it of the same occurrences again and again, so each answer is kept as long as its occurrence (with the paces it was
// given: one calendar, one plan, one paces object).
const hardByPaces = new WeakMap<object, WeakMap<SessionOccurrence, boolean>>();
/** The key of a plan without paces. */
const NO_PACES = {};

/**
 * Whether a session occurrence is a hard session (`isHardOccurrence` of the schedule), worked out once per occurrence
 * and paces (a WeakMap per paces object: no record allocated per occurrence on the hot path).
 *
 * @param occurrence - A session occurrence.
 * @param paces - The plan's paces by run type.
 * @returns True for a hard session.
 */
export function isHardOccurrence(
  occurrence: SessionOccurrence,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  const key = paces ?? NO_PACES;
  let byOccurrence = hardByPaces.get(key);
  if (byOccurrence === undefined) {
    byOccurrence = new WeakMap();
    hardByPaces.set(key, byOccurrence);
  }
  const known = byOccurrence.get(occurrence);
  if (known !== undefined) return known;
  const hard = isHardOfPlan(occurrence, paces);
  byOccurrence.set(occurrence, hard);
  return hard;
}

/** `isKeySession` without a week: a race, a hard session or a run of type `long`. */
function isKeyAlone(occurrence: Occurrence, paces: Readonly<Record<string, string>> | undefined): boolean {
  if (occurrence.kind === "habit") return false;
  if (isRace(occurrence) || isHardOccurrence(occurrence, paces)) return true;
  return occurrence.kind === "run" && occurrence.session.runType === "long";
}

// A week's long run by length, found once per calendar week: the rules ask it of every occurrence of the week.
const longRunByWeek = new WeakMap<CalendarWeek, { readonly run: SessionOccurrence<"run"> | undefined }>();

const longRunsByWeeks = new WeakMap<readonly CalendarWeek[], ReadonlySet<SessionOccurrence>>();

/** The week's long run by length ({@link longestRunOf}), worked out once per calendar week. */
function weekLongRunOf(week: CalendarWeek): SessionOccurrence<"run"> | undefined {
  let entry = longRunByWeek.get(week);
  if (entry === undefined) {
    entry = { run: longestRunOf(week) };
    longRunByWeek.set(week, entry);
  }
  return entry.run;
}

/**
 * Whether an occurrence is a key session of its calendar week: `isKeySession(occurrence, { week, paces })`, with the
 * week's long run by length found once per week rather than once per occurrence. Without a week, a race, a hard
 * session or a run of type `long` is key; with it, the week's longest run too (that run is never a race or hard).
 *
 * @param occurrence - An occurrence of `week`.
 * @param week - Its calendar week.
 * @param paces - The plan's paces by run type.
 * @returns True for a key session.
 */
export function isKeyInWeek(
  occurrence: Occurrence,
  week: CalendarWeek,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  if (isKeyAlone(occurrence, paces)) return true;
  return occurrence.kind === "run" && weekLongRunOf(week)?.id === occurrence.id;
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
  return sessionsOf(day).some((occurrence) => longRuns.has(occurrence) || isKeyAlone(occurrence, paces));
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

/** Each week's long run by length (`longestRunOf` (keySession.ts)), for {@link daysToFree}; once per calendar. */
export function weekLongRuns(weeks: readonly CalendarWeek[]): ReadonlySet<SessionOccurrence> {
  let runs = longRunsByWeeks.get(weeks);
  if (runs === undefined) {
    const found = new Set<SessionOccurrence>();
    for (const week of weeks) {
      const long = weekLongRunOf(week);
      if (long) found.add(long);
    }
    runs = found;
    longRunsByWeeks.set(weeks, runs);
  }
  return runs;
}
