/** Small helpers the catalog's rules share. */
import { weekdayName, weekdayOf } from "../internal/dates.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "../schedule/types.js";

/** Fills `{name}` placeholders from data's own keys; other names (`{constructor}` too) stay as they are. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Rounds to a number of decimals, for `measured` values that read well (0.823, not 0.82307692). */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** `0.823` as "82%". */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}

/** The weekday name of a date, e.g. "Wednesday". */
export function dayName(date: string): string {
  return weekdayName(weekdayOf(date));
}

/** Whether an occurrence is a session (not a habit). */
export function isSessionOccurrence(occurrence: Occurrence): occurrence is SessionOccurrence {
  return occurrence.kind !== "habit";
}

/** The session occurrences of a day. */
export function sessionsOf(day: CalendarDay): SessionOccurrence[] {
  return day.occurrences.filter(isSessionOccurrence);
}

/** The runs of a day. */
export function runsOf(day: CalendarDay): SessionOccurrence[] {
  return day.occurrences.filter((occurrence): occurrence is SessionOccurrence => occurrence.kind === "run");
}

/** The days of a calendar in order, with their week numbers. */
export function allDays(
  weeks: readonly { readonly index: number; readonly days: readonly CalendarDay[] }[],
): { readonly week: number; readonly day: CalendarDay }[] {
  return weeks.flatMap((week) => week.days.map((day) => ({ week: week.index, day })));
}

/** Whether a measured ratio is over its limit, ignoring floating-point noise: exactly at the limit passes (66 / 60 - 1 is 0.1). */
export function over(value: number, limit: number): boolean {
  return value - limit > 1e-9;
}

/** Whether a measured ratio is under its limit, ignoring floating-point noise. */
export function under(value: number, limit: number): boolean {
  return limit - value > 1e-9;
}

/** How many session occurrences of a week match a predicate (the "at least N a week" rules count with it). */
export function countInWeek(week: CalendarWeek, matches: (occurrence: SessionOccurrence) => boolean): number {
  return week.days.reduce((sum, day) => sum + sessionsOf(day).filter(matches).length, 0);
}

/**
 * A habit's target checked against a range: `undefined` inside [min, max], else the finding's location, measured
 * value, the bound it misses and `{ habitId, value, min, max }` for the message (the nutrition and hydration rules).
 */
export function habitTargetOutOfRange(
  habitId: string,
  index: number,
  field: string,
  value: number,
  min: number,
  max: number,
) {
  if (value >= min && value <= max) return undefined;
  return {
    sessionId: habitId,
    path: `habits[${String(index)}].${field}`,
    measured: value,
    limit: value < min ? min : max,
    data: { habitId, value, min, max },
  };
}
