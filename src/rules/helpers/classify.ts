/** What kind of day or session a rule sees: hard work, key sessions, and the days a hint can free of running. */
import { HARD_RPE } from "../../model/intensity.js";
import { isHardSession } from "../../model/sessionKinds.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import { runMinutesOf, runsOf, sessionsOf } from "./calendar.js";
import { choicesOf } from "./choices.js";

/**
 * Whether a session occurrence is a hard session for the rules that cap hard work: `isHardSession`, or a session
 * without steps whose RPE range reaches RPE 6 (caps judge the upper bound of a range; the metrics read its midpoint).
 */
export function isHardOccurrence(
  occurrence: SessionOccurrence,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  // Of a session with alternatives, a hard choice makes it hard (choices.ts).
  return choicesOf(occurrence).some((choice) => {
    if (isHardSession(choice.session, { paces })) return true;
    const { steps } = choice.session as { readonly steps?: readonly unknown[] };
    return (steps === undefined || steps.length === 0) && (aerobicFields(choice).ranges?.rpe?.max ?? 0) >= HARD_RPE;
  });
}

/**
 * Whether a day holds a session a coach would never give up to free the day: a long run, a race or a hard session.
 * Hints that ask for a run-free day pick among the other days.
 */
export function hasKeySession(day: CalendarDay, paces: Readonly<Record<string, string>> | undefined): boolean {
  return sessionsOf(day).some(
    (occurrence) =>
      (occurrence.kind === "run" && (occurrence.session.runType === "long" || occurrence.session.runType === "race")) ||
      isHardOccurrence(occurrence, paces),
  );
}

/**
 * The days to suggest freeing of running, easiest first: days with runs but no long run, race or hard session,
 * fewest run minutes first (ties in date order).
 */
export function daysToFree(
  days: readonly CalendarDay[],
  paces: Readonly<Record<string, string>> | undefined,
): CalendarDay[] {
  return days
    .filter((day) => runsOf(day).length > 0 && !hasKeySession(day, paces))
    .map((day) => ({ day, minutes: runMinutesOf(day) }))
    .sort((a, b) => a.minutes - b.minutes)
    .map((entry) => entry.day);
}
