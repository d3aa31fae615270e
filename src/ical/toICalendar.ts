import type { ZoneConverter } from "../internal/zone.js";
import { OffseasonError } from "../model/errors.js";
import { habitDetails, habitTitle, sessionDetails, sessionTitle } from "../model/labels.js";
import type { Plan } from "../model/plan.js";
import { dateToDays, daysToDate, MS_PER_DAY, MS_PER_MINUTE } from "../internal/dates.js";
import { expandPlanInZone } from "../schedule/expandPlan.js";
import type { Occurrence } from "../schedule/types.js";

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** The instant written as every event's DTSTAMP (a `Date` or an ISO-8601 string): no clock is read inside. */
  readonly now: Date | string;
  /** The calendar's display name; default the plan's name, else its id. */
  readonly calendarName?: string;
  /** First day of the window to export (`YYYY-MM-DD`, inclusive), as in {@link offseason!expandPlan}; default the plan's start. */
  readonly from?: string;
  /** Last day of the window to export (`YYYY-MM-DD`, inclusive); default the plan's end. */
  readonly to?: string;
  /** Whether habits (hydration, nutrition, sleep) become events too; default true. */
  readonly includeHabits?: boolean;
  /** The occurrence limit of the expansion; default 20,000. */
  readonly maxOccurrences?: number;
}

const CRLF = "\r\n";
const encoder = new TextEncoder();

/** Escapes TEXT (RFC 5545 3.3.11); control characters other than line breaks become spaces. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u001f\u007f]/g, " ");
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function pad(value: number): string {
  return value < 10 ? `0${String(value)}` : String(value);
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** `YYYYMMDDTHHMMSS` of the local wall time of an ISO string with offset (`2026-11-03T07:00:00-05:00`). */
function localStamp(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

/** `+HHMM` / `-HHMM` of an offset in minutes. */
function icalOffset(offset: number): string {
  const absolute = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** A VTIMEZONE with one observance for the start of the range and one per change of offset inside it. */
function vtimezone(timezone: string, zone: ZoneConverter, firstDay: number): string[] {
  const offsets = [zone.initialOffset, ...zone.transitions.map((transition) => transition.offsetTo)];
  const standardOffset = Math.min(...offsets);
  const observance = (wallMs: number, from: number, to: number) => {
    const kind = to > standardOffset ? "DAYLIGHT" : "STANDARD";
    return [`BEGIN:${kind}`, `DTSTART:${utcStamp(wallMs).slice(0, -1)}`, `TZOFFSETFROM:${icalOffset(from)}`, `TZOFFSETTO:${icalOffset(to)}`, `END:${kind}`];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timezone}`,
    `X-LIC-LOCATION:${timezone}`,
    ...observance((firstDay - 2) * MS_PER_DAY, zone.initialOffset, zone.initialOffset),
    // An observance starts at the local time of the change in the offset it changes from.
    ...zone.transitions.flatMap((transition) => observance(transition.atMs + transition.offsetFrom * MS_PER_MINUTE, transition.offsetFrom, transition.offsetTo)),
    "END:VTIMEZONE",
  ];
}

function nextDate(date: string): string {
  return daysToDate(dateToDays(date) + 1);
}

/**
 * DTSTART/DTEND of an instant: the local wall time with TZID, or UTC when that wall time occurs twice (clients such
 * as ical.js resolve an ambiguous local time to the later instant, RFC 5545 to the earlier one; UTC is exact).
 */
function dateTime(name: string, iso: string, plan: Plan, zone: ZoneConverter): string {
  const wall = localStamp(iso);
  const wallMs = Date.UTC(Number(wall.slice(0, 4)), Number(wall.slice(4, 6)) - 1, Number(wall.slice(6, 8)), Number(wall.slice(9, 11)), Number(wall.slice(11, 13)), Number(wall.slice(13, 15)));
  return zone.isAmbiguous(wallMs) ? `${name}:${utcStamp(Date.parse(iso))}` : `${name};TZID=${plan.timezone}:${wall}`;
}

function vevent(occurrence: Occurrence, plan: Plan, stamp: string, zone: () => ZoneConverter): string[] {
  const isHabit = occurrence.kind === "habit";
  const title = isHabit ? habitTitle(occurrence.habit) : sessionTitle(occurrence.session);
  const details = isHabit ? habitDetails(occurrence.habit) : sessionDetails(occurrence.session);
  const lines = ["BEGIN:VEVENT", `UID:${occurrence.id}/${plan.id}@offseason`, `DTSTAMP:${stamp}`];
  if (occurrence.start === undefined) {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDate(occurrence.date))}`);
  } else {
    lines.push(dateTime("DTSTART", occurrence.start, plan, zone()));
    // A habit is a moment ("drink by then"): no DTEND, so its duration is zero.
    if (occurrence.end !== undefined && occurrence.end !== occurrence.start) lines.push(dateTime("DTEND", occurrence.end, plan, zone()));
  }
  lines.push(`SUMMARY:${escapeText(title)}`);
  if (details.length > 0) lines.push(`DESCRIPTION:${escapeText(details.join("\n"))}`);
  lines.push(`CATEGORIES:${occurrence.kind.toUpperCase()}`);
  if (occurrence.originalDate !== undefined) lines.push(`X-OFFSEASON-ORIGINAL-DATE:${occurrence.originalDate}`);
  lines.push(`TRANSP:${isHabit ? "TRANSPARENT" : "OPAQUE"}`, "END:VEVENT");
  return lines;
}

function parseNow(now: Date | string): number {
  const ms = typeof now === "string" ? Date.parse(now) : now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new OffseasonError("invalid", "Invalid options", [{ path: "now", message: "must be a Date or an ISO-8601 date-time", code: "invalid_type" }]);
  }
  return ms;
}

/**
 * Exports a plan as an RFC 5545 iCalendar: one VEVENT per occurrence, with a UID from the occurrence id (stable, so
 * that a re-import updates events rather than duplicating them), DTSTAMP from `now`, timed events in the plan's
 * zone with a VTIMEZONE covering the plan, all-day events as dates, a summary a runner understands ("Easy run 40
 * min"), details (RPE, exercises with sets and reps, fluid targets) and the kind as CATEGORIES. Lines are folded at
 * 75 octets and end in CRLF.
 *
 * @param plan - A parsed plan.
 * @param options - `now` (required, for DTSTAMP), the calendar name, whether to include habits, the occurrence limit.
 * @returns The iCalendar text.
 * @throws {@link offseason!OffseasonError} as {@link offseason!expandPlan} does, or with code `invalid` for a `now` that is not a date.
 * @example
 * ```ts
 * import { parsePlan } from "offseason";
 * import { toICalendar } from "offseason/ical";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "Europe/London", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"], time: "07:00" },
 *   ] }],
 * });
 * const ics = toICalendar(plan, { now: "2026-11-01T00:00:00Z" });
 * ics.includes("SUMMARY:Easy run 40 min"); //=> true
 * ```
 */
export function toICalendar(plan: Plan, options: ToICalendarOptions): string {
  const stamp = utcStamp(parseNow(options.now));
  const { occurrences, zone } = expandPlanInZone(plan, {
    includeHabits: options.includeHabits ?? true,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
  });
  const name = options.calendarName ?? plan.name ?? plan.id;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//offseason//offseason//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${plan.timezone}`,
  ];
  if (occurrences.some((occurrence) => occurrence.start !== undefined)) lines.push(...vtimezone(plan.timezone, zone(), dateToDays(plan.startDate)));
  for (const occurrence of occurrences) lines.push(...vevent(occurrence, plan, stamp, zone));
  lines.push("END:VCALENDAR");
  return lines.map(fold).join(CRLF) + CRLF;
}
