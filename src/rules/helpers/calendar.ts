/** Calendar queries the rules share: the sessions and runs of a day, the days of a plan, minutes at a range's bounds. */
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "../../schedule/types.js";
import { choicesOf, heaviestMinutes, runChoiceOf } from "./choices.js";

/** Whether an occurrence is a session (not a habit). */
export function isSessionOccurrence(occurrence: Occurrence): occurrence is SessionOccurrence {
  return occurrence.kind !== "habit";
}

// A calendar is immutable and some thirty rules ask the same days for their sessions and runs: each day's answers are
// worked out once, together, and kept as long as the day is (a WeakMap never holds a calendar alive). One entry a day,
// not one per question: every validation builds a new calendar, and each weak entry costs the collector.
const byDay = new WeakMap<
  CalendarDay,
  { readonly sessions: readonly SessionOccurrence[]; readonly runs: readonly SessionOccurrence[] }
>();
const upperByOccurrence = new WeakMap<SessionOccurrence, number>();

/** A day's sessions and runs, worked out in one pass (a day without habits or non-runs shares its arrays). */
function dayEntry(day: CalendarDay) {
  let entry = byDay.get(day);
  if (entry === undefined) {
    let sessions: readonly SessionOccurrence[] | undefined;
    let runs: readonly SessionOccurrence[] | undefined;
    // Most days hold only runs: their occurrences are their sessions and their runs, no copy needed.
    if (day.occurrences.every((occurrence) => occurrence.kind === "run")) {
      sessions = day.occurrences;
      runs = sessions;
    } else {
      sessions = day.occurrences.filter(isSessionOccurrence);
      const found: SessionOccurrence[] = [];
      for (const occurrence of sessions) {
        const run = runChoiceOf(occurrence, upperMinutes);
        if (run !== undefined) found.push(run);
      }
      runs = found;
    }
    entry = { sessions, runs };
    byDay.set(day, entry);
  }
  return entry;
}

/** The session occurrences of a day. */
export function sessionsOf(day: CalendarDay): readonly SessionOccurrence[] {
  return dayEntry(day).sessions;
}

/** The runs of a day; of a session with alternatives, the run a cap judges (choices.ts). */
export function runsOf(day: CalendarDay): readonly SessionOccurrence[] {
  return dayEntry(day).runs;
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
  // Without alternatives it is one field: no entry to keep.
  if (occurrence.alternatives === undefined)
    return aerobicFields(occurrence).ranges?.minutes?.max ?? occurrence.session.minutes;
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
