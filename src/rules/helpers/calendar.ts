/** Calendar queries the rules share: the sessions and runs of a day, the days of a plan, minutes at a range's bounds. */
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "../../schedule/types.js";
import { choicesOf, heaviestMinutes, runChoiceOf } from "./choices.js";

/** Whether an occurrence is a session (not a habit). */
export function isSessionOccurrence(occurrence: Occurrence): occurrence is SessionOccurrence {
  return occurrence.kind !== "habit";
}

// A calendar is immutable and some thirty rules ask the same days for their sessions and runs: each day's answer is
// worked out once and kept as long as the day is (a WeakMap never holds a calendar alive).
const sessionsByDay = new WeakMap<CalendarDay, readonly SessionOccurrence[]>();
const runsByDay = new WeakMap<CalendarDay, readonly SessionOccurrence[]>();
const upperByOccurrence = new WeakMap<SessionOccurrence, number>();

/** The session occurrences of a day. */
export function sessionsOf(day: CalendarDay): readonly SessionOccurrence[] {
  let sessions = sessionsByDay.get(day);
  if (sessions === undefined) {
    sessions = day.occurrences.filter(isSessionOccurrence);
    sessionsByDay.set(day, sessions);
  }
  return sessions;
}

/** The runs of a day; of a session with alternatives, the run a cap judges (choices.ts). */
export function runsOf(day: CalendarDay): readonly SessionOccurrence[] {
  let runs = runsByDay.get(day);
  if (runs === undefined) {
    const found: SessionOccurrence[] = [];
    for (const occurrence of sessionsOf(day)) {
      const run = runChoiceOf(occurrence, upperMinutes);
      if (run !== undefined) found.push(run);
    }
    runs = found;
    runsByDay.set(day, runs);
  }
  return runs;
}

/** A day of a calendar with its week number. */
type DayOfWeek = { readonly week: number; readonly day: CalendarDay };

const daysByWeeks = new WeakMap<object, readonly DayOfWeek[]>();

/** The days of a calendar in order, with their week numbers (once per calendar: five rules walk them). */
export function allDays(
  weeks: readonly { readonly index: number; readonly days: readonly CalendarDay[] }[],
): readonly DayOfWeek[] {
  let days = daysByWeeks.get(weeks);
  if (days === undefined) {
    days = weeks.flatMap((week) => week.days.map((day) => ({ week: week.index, day })));
    daysByWeeks.set(weeks, days);
  }
  return days;
}

/** The run minutes of a day. */
export function runMinutesOf(day: CalendarDay): number {
  return runsOf(day).reduce((sum, run) => sum + run.session.minutes, 0);
}

/**
 * How many session occurrences of a week match a predicate, optional sessions included: the "at least N a week"
 * rules (floors) count with it, and an optional session counts because the plan offers it (docs/domain.md, Coaching
 * model: easy cross-training "2-4 days a week, optional" after a marathon is cross-training).
 */
export function countInWeek(week: CalendarWeek, matches: (occurrence: SessionOccurrence) => boolean): number {
  let count = 0;
  for (const day of week.days)
    for (const one of sessionsOf(day)) {
      // Any of its choices makes an occurrence count (choices.ts); an optional one too (the plan offers it).
      if (choicesOf(one).some(matches)) count += 1;
    }
  return count;
}

/** A session occurrence's minutes at the upper bound of its range (caps judge it), else as planned; its heaviest choice's. */
export function upperMinutes(occurrence: SessionOccurrence): number {
  // Most rules that cap running read it of the same runs: worked out once per occurrence.
  let minutes = upperByOccurrence.get(occurrence);
  if (minutes === undefined) {
    minutes = heaviestMinutes(occurrence);
    upperByOccurrence.set(occurrence, minutes);
  }
  return minutes;
}

/** A session occurrence's minutes at the lower bound of its range (floors judge it), else as planned. */
export function lowerMinutes(occurrence: SessionOccurrence): number {
  return aerobicFields(occurrence).ranges?.minutes?.min ?? occurrence.session.minutes;
}
