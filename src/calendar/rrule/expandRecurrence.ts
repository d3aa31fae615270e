/**
 * Counts out the days of an RFC 5545 recurrence in the subset plans use, in floating time: a rule works on calendar
 * days (day numbers), the time of day is the session's, and the zone is applied afterwards.
 *
 * The semantics are those of python-dateutil and rrule.js (RFC 5545 3.3.10 with dateutil's reading where the RFC is
 * loose): each period of the frequency (a day, a WKST-aligned week, a month, a year) starts as all its days; every
 * BYxxx part limits them (numbered BYDAY is relative to the month for MONTHLY and for YEARLY with BYMONTH, else to the
 * year); without a day part, DTSTART supplies the weekday, the day of the month, and for YEARLY the month; BYSETPOS
 * picks from what remains, in a weekly rule's first week from DTSTART on. No rrule library runs here: rrule.js, on a
 * valid rule that can never match (e.g. FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), iterates up to the year 9999, seconds
 * of work from one line of JSON, so it is only a test oracle. Here the expansion never looks past the window. Tests
 * hold this to dateutil (golden files) and to rrule.js (properties).
 */
import {
  civilToDays,
  daysInMonth,
  daysToCivil,
  MS_PER_DAY,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  weekdayIndexOfDays,
} from "../civilDate.js";
import type { ByDay, Recurrence } from "./parseRecurrence.js";
import type { ZoneConverter } from "../zone.js";

const WEEKDAY_INDEX = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;

export interface RecurrenceWindow {
  /** Day number of the rule's start (DTSTART's date). */
  readonly firstDay: number;
  /** Day number of the last day the rule may produce (inclusive). */
  readonly lastDay: number;
  /** Minutes after local midnight of DTSTART (0 for all-day). */
  readonly minuteOfDay: number;
  /** Converts a UTC UNTIL to wall time; needed only for such rules. */
  readonly zone: () => ZoneConverter;
  /** Called once per day produced, in order; returning false stops the expansion. */
  readonly onDay: (day: number) => boolean;
}

/** UNTIL as floating wall-clock milliseconds: a date UNTIL is inclusive, a UTC one is converted to the zone first. */
function untilWallMs(recurrence: Recurrence, window: RecurrenceWindow): number | undefined {
  const until = recurrence.until;
  if (!until) return undefined;
  const [year = 0, month = 1, day = 1] = until.date.split("-").map(Number);
  const dayMs = civilToDays({ year, month, day }) * MS_PER_DAY;
  if (until.secondOfDay === undefined) return dayMs + MS_PER_DAY - 1;
  const ms = dayMs + until.secondOfDay * 1000;
  return until.utc ? ms + window.zone().offsetAt(ms) * MS_PER_SECOND : ms;
}

/** The day of [first, last] that is the nth (1-based, negative from the end) `weekday`, if any. */
function nthWeekday(first: number, last: number, weekday: number, nth: number): number | undefined {
  const day =
    nth > 0
      ? first + ((weekday - weekdayIndexOfDays(first) + 7) % 7) + 7 * (nth - 1)
      : last - ((weekdayIndexOfDays(last) - weekday + 7) % 7) + 7 * (nth + 1);
  return day >= first && day <= last ? day : undefined;
}

/** A recurrence with what DTSTART supplies filled in, ready to filter the days of a period. */
interface ResolvedRule {
  readonly months: ReadonlySet<number> | undefined;
  readonly monthDays: readonly number[] | undefined;
  readonly weekdays: ReadonlySet<number> | undefined;
  readonly numbered: readonly ByDay[] | undefined;
}

/** Fills in what DTSTART supplies when the rule names no day (dateutil's defaults). */
function resolveRule(recurrence: Recurrence, firstDay: number): ResolvedRule {
  const start = daysToCivil(firstDay);
  const plain = recurrence.byDay?.filter((day) => day.nth === undefined);
  const numbered = recurrence.byDay?.filter((day) => day.nth !== undefined);
  let months = recurrence.byMonth ? new Set(recurrence.byMonth) : undefined;
  let monthDays = recurrence.byMonthDay;
  let weekdays: Set<number> | undefined =
    plain && plain.length > 0 ? new Set(plain.map((day) => WEEKDAY_INDEX[day.weekday])) : undefined;
  if (!recurrence.byMonthDay && !recurrence.byDay) {
    if (recurrence.freq === "YEARLY") {
      months ??= new Set([start.month]);
      monthDays = [start.day];
    } else if (recurrence.freq === "MONTHLY") monthDays = [start.day];
    else if (recurrence.freq === "WEEKLY") weekdays = new Set([weekdayIndexOfDays(firstDay)]);
  }
  return { months, monthDays, weekdays, numbered: numbered && numbered.length > 0 ? numbered : undefined };
}

/** The days of one period that the rule keeps, in order, before BYSETPOS and the window. */
function periodDays(recurrence: Recurrence, rule: ResolvedRule, first: number, last: number): number[] {
  let numberedDays: Set<number> | undefined;
  if (rule.numbered) {
    numberedDays = new Set();
    const ranges: [number, number][] = [];
    if (recurrence.freq === "YEARLY" && rule.months) {
      const { year } = daysToCivil(first);
      for (const month of rule.months) {
        const monthFirst = civilToDays({ year, month, day: 1 });
        ranges.push([monthFirst, monthFirst + daysInMonth(year, month) - 1]);
      }
    } else ranges.push([first, last]);
    for (const [rangeFirst, rangeLast] of ranges) {
      for (const item of rule.numbered) {
        const day = nthWeekday(rangeFirst, rangeLast, WEEKDAY_INDEX[item.weekday], item.nth ?? 1);
        if (day !== undefined) numberedDays.add(day);
      }
    }
  }
  const kept: number[] = [];
  for (let day = first; day <= last; day += 1) {
    if (rule.weekdays && !rule.weekdays.has(weekdayIndexOfDays(day))) continue;
    if (numberedDays && !numberedDays.has(day)) continue;
    if (rule.months || rule.monthDays) {
      const civil = daysToCivil(day);
      if (rule.months && !rule.months.has(civil.month)) continue;
      if (rule.monthDays) {
        const length = daysInMonth(civil.year, civil.month);
        if (!rule.monthDays.some((monthDay) => monthDay === civil.day || monthDay === civil.day - length - 1)) continue;
      }
    }
    kept.push(day);
  }
  return kept;
}

function bySetPos(days: readonly number[], positions: readonly number[]): number[] {
  const picked = new Set<number>();
  for (const position of positions) {
    const day = days[position > 0 ? position - 1 : days.length + position];
    if (day !== undefined) picked.add(day);
  }
  return [...picked].sort((a, b) => a - b);
}

/** The first and last day of the n-th period from the one that holds DTSTART. */
function period(recurrence: Recurrence, firstDay: number, index: number): [number, number] {
  const step = index * recurrence.interval;
  switch (recurrence.freq) {
    case "DAILY":
      return [firstDay + step, firstDay + step];
    case "WEEKLY": {
      const weekStart = WEEKDAY_INDEX[recurrence.weekStart ?? "MO"];
      const first = firstDay - ((weekdayIndexOfDays(firstDay) - weekStart + 7) % 7) + 7 * step;
      return [first, first + 6];
    }
    case "MONTHLY": {
      const start = daysToCivil(firstDay);
      const monthIndex = start.year * 12 + start.month - 1 + step;
      const year = Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      const first = civilToDays({ year, month, day: 1 });
      return [first, first + daysInMonth(year, month) - 1];
    }
    case "YEARLY": {
      const year = daysToCivil(firstDay).year + step;
      return [civilToDays({ year, month: 1, day: 1 }), civilToDays({ year, month: 12, day: 31 })];
    }
  }
}

/** Expands a recurrence to the day numbers it falls on, in order, never looking past the window. */
export function expandRecurrence(recurrence: Recurrence, window: RecurrenceWindow): void {
  const ruleUntil = untilWallMs(recurrence, window);
  // The last day whose occurrence (at minuteOfDay) is not after UNTIL.
  const untilDay =
    ruleUntil === undefined
      ? window.lastDay
      : Math.floor((ruleUntil - window.minuteOfDay * MS_PER_MINUTE) / MS_PER_DAY);
  const lastDay = Math.min(window.lastDay, untilDay);
  const rule = resolveRule(recurrence, window.firstDay);
  let remaining = recurrence.count ?? Number.POSITIVE_INFINITY;
  for (let index = 0; remaining > 0; index += 1) {
    const [first, last] = period(recurrence, window.firstDay, index);
    if (first > lastDay) return;
    // dateutil's first weekly period runs from DTSTART (not from WKST) to the week's end, so BYSETPOS counts its
    // positions from DTSTART on: BYDAY=MO,WE,FR;BYSETPOS=1 from a Wednesday gives that Wednesday. Monthly and yearly
    // periods are whole, their days before DTSTART dropped after BYSETPOS.
    const kept = periodDays(
      recurrence,
      rule,
      recurrence.freq === "WEEKLY" ? Math.max(first, window.firstDay) : first,
      last,
    );
    for (const day of recurrence.bySetPos ? bySetPos(kept, recurrence.bySetPos) : kept) {
      if (day < window.firstDay) continue;
      if (day > lastDay || remaining <= 0) return;
      remaining -= 1;
      if (!window.onDay(day)) return;
    }
  }
}
