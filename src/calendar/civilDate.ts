/**
 * Calendar arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01), so that no `Date`, and
 * with it no process time zone, is involved in working out which day is which.
 */

import { WEEKDAYS, type Weekday } from "./weekdays.js";

// The weekday codes are public and live in model/; re-exported for the internal modules that still import them here.

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_SECOND = 1_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits a `YYYY-MM-DD` string into its numbers, or returns undefined when it is not a real calendar date. */
export function parseCivilDate(text: string): CivilDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function civilToDays({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Civil date of a day number (H. Hinnant's civil_from_days). */
export function daysToCivil(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A non-negative integer with leading zeros to `width` digits (2 by default): `pad(7)` is `"07"`. */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * A UTC offset given in seconds as text: `+HH:MM` (ISO 8601, `separator` ":") or `+HHMM` (RFC 5545 utc-offset,
 * `separator` ""), with the seconds appended only when they are not zero (`-00:44:30`, `-004430`), as Temporal
 * writes them. The sign is that of the offset, also under an hour (`-00:25`); zero is `+00:00`.
 */
export function formatUtcOffset(offsetSeconds: number, separator: ":" | ""): string {
  const absolute = Math.abs(offsetSeconds);
  const hours = Math.floor(absolute / 3600);
  const minutes = Math.floor((absolute % 3600) / 60);
  const seconds = absolute % 60;
  const text = `${offsetSeconds < 0 ? "-" : "+"}${pad(hours)}${separator}${pad(minutes)}`;
  return seconds === 0 ? text : `${text}${separator}${pad(seconds)}`;
}

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Milliseconds since the epoch of an instant as offseason writes it (`2026-11-03T07:00:00-05:00`, or with offset
 * seconds, `1900-01-01T07:00:00-00:44:30`, which `Date.parse` cannot read); NaN for other text.
 */
export function parseInstant(text: string): number {
  const match = INSTANT_PATTERN.exec(text);
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const offsetSeconds =
    (match[7] === "-" ? -1 : 1) * (Number(match[8]) * 3600 + Number(match[9]) * 60 + Number(match[10] ?? 0));
  const days = civilToDays({ year: year ?? 0, month: month ?? 1, day: day ?? 1 });
  return days * MS_PER_DAY + ((hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0) - offsetSeconds) * MS_PER_SECOND;
}

/** `YYYY-MM-DDTHH:mm[:ss[.fraction]]` and `Z` or `±HH:mm` (RFC 3339, seconds optional). */
const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/**
 * Milliseconds since the epoch of an RFC 3339 date-time with a zone (`2026-11-01T09:30:00Z`, `2026-11-01T10:30+01:00`),
 * to the second (a fraction is read and dropped); NaN for any other text, and for dates and times that do not exist
 * (February 31, hour 24, second 60). Unlike `Date.parse`, it accepts no other form ("Tue Mar 01 2026").
 */
export function parseDateTime(text: string): number {
  const match = DATE_TIME_PATTERN.exec(text);
  const civil = match?.[1] === undefined ? undefined : parseCivilDate(match[1]);
  if (!match || !civil) return Number.NaN;
  const field = (index: number) => Number(match[index] ?? 0);
  const [hour, minute, second, offsetHours, offsetMinutes] = [
    field(2),
    field(3),
    field(4),
    field(7),
    field(8),
  ] as const;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  const offset = (match[6] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return civilToDays(civil) * MS_PER_DAY + (hour * 60 + minute - offset) * MS_PER_MINUTE + second * MS_PER_SECOND;
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number of a `YYYY-MM-DD` string that the schema has already checked. */
export function dateToDays(date: string): number {
  const civil = parseCivilDate(date);
  if (!civil) throw new RangeError(`Not a calendar date: ${date}`);
  return civilToDays(civil);
}

/** `YYYY-MM-DD` of a day number. */
export function daysToDate(days: number): string {
  return formatCivilDate(daysToCivil(days));
}

/** The date `count` days after `date` (before it when negative). */
export function addDays(date: string, count: number): string {
  return daysToDate(dateToDays(date) + count);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dateToDays(to) - dateToDays(from);
}

/** Weekday index of a day number, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndexOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** Weekday code of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndexOfDays(dateToDays(date))] ?? "MO";
}

/** English name of a weekday code, for messages. */
export function weekdayName(day: Weekday): string {
  return WEEKDAY_NAMES[day];
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an `HH:mm` string, or undefined when it is not a valid time of day. */
export function parseLocalTime(text: string): number | undefined {
  const match = TIME_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `HH:mm` of minutes after midnight. */
export function formatLocalTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
