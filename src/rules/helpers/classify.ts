/** What kind of day or session a rule sees: hard work, key sessions, and the days a hint can free of running. */
import { isKeySession, longestRunOf } from "../../schedule/keySession.js";
import type { CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import { runMinutesOf, runsOf, sessionsOf } from "./calendar.js";

// One definition of hard, key and long, in the schedule layer that the rules and the generator share.
export { isHardOccurrence } from "../../schedule/keySession.js";

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
  return sessionsOf(day).some((occurrence) => longRuns.has(occurrence) || isKeySession(occurrence, { paces }));
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
