import type { ZoneConverter } from "../calendar/zone.js";
import { OffseasonError } from "../model/errors.js";
import { aerobicFields } from "../schedule/aerobicFields.js";
import { habitDetails, habitTitle, sessionDetails, sessionTitle } from "../model/sessionText.js";
import { resolveLimits } from "../model/limits.js";
import type { Plan } from "../model/plan.js";
import {
  dateToDays,
  daysToDate,
  formatUtcOffset,
  MS_PER_DAY,
  MS_PER_SECOND,
  pad,
  parseDateTime,
  parseInstant,
} from "../calendar/civilDate.js";
import { expandPlanInZone, type ExpansionResult } from "../schedule/expansion/expandPlanInZone.js";
import type { Occurrence } from "../schedule/types.js";

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /**
   * The instant written as every event's DTSTAMP: a valid `Date` or an ISO-8601 date-time with `Z` or an offset
   * (`2026-11-01T09:30:00Z`), in the years 1000 to 9999 (UTC). No clock is read inside.
   */
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
  /**
   * The most bytes (UTF-8 octets) of iCalendar text to write; default {@link offseason!DEFAULT_LIMITS}.maxOutputBytes (64 MiB).
   * A plan whose export could be longer is refused up front, before any of the text is built. A positive whole number,
   * else an {@link offseason!OffseasonError} (code `config`, path `maxOutputBytes`).
   */
  readonly maxOutputBytes?: number;
  /**
   * What becomes of the occurrences that skips and dropping pauses cancelled: `include` (default) writes each as
   * `STATUS:CANCELLED` with its UID and SEQUENCE, so that a calendar that showed it takes it down; `omit` leaves them
   * out (a feed that mirrors the plan).
   */
  readonly cancelled?: "include" | "omit";
}

export const CRLF = "\r\n";
/** Octets of a content line before it is folded (RFC 5545 3.1); continuation lines hold one less, after the space. */
const LINE_OCTETS = 75;
/** How long a timed habit lasts in a calendar: a short marker at its time ("drink by then"), never zero-length. */
const HABIT_DURATION = "PT15M";

/**
 * A TEXT property (RFC 5545 3.3.11): its parts are joined by line breaks and escaped when the line is written, and
 * measured without being built when the output is estimated.
 */
export interface TextLine {
  readonly name: string;
  readonly parts: readonly string[];
}

/** A content line: written as it is (already valid: names, dates, ids), or a TEXT property to escape. */
export type ContentLine = string | TextLine;

/** Escapes TEXT (RFC 5545 3.3.11); control characters (C0, DEL and C1) other than line breaks become spaces. */
function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
  );
}

/**
 * Octets of the UTF-8 encoding of the character that starts at code unit `index`: 4 for a surrogate pair (two code
 * units), 3 for a lone surrogate (written as U+FFFD).
 */
function charOctets(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included, is one octet
const ASCII = /^[\u0000-\u007f]*$/;

/** Octets of a string in UTF-8 once {@link escapeText} has escaped it, without building the escaped string. */
function escapedOctets(text: string): number {
  let octets = 0;
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code === 0x5c || code === 0x3b || code === 0x2c || code === 0x0a) {
      octets += 2;
      index += 1;
    } else if (code === 0x0d) {
      octets += 2;
      index += text.charCodeAt(index + 1) === 0x0a ? 2 : 1;
    } else if (code < 0xa0) {
      // Printable ASCII, and the controls that become a space.
      octets += 1;
      index += 1;
    } else {
      const size = charOctets(text, index);
      octets += size;
      index += size === 4 ? 2 : 1;
    }
  }
  return octets;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence: one pass over the code units,
 * octet sizes read from the code points; continuation lines start with one space.
 */
function fold(line: string): string {
  if (line.length * 3 <= LINE_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = LINE_OCTETS;
  for (let index = 0; index < line.length;) {
    const size = charOctets(line, index);
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    octets += size;
    index += size === 4 ? 2 : 1;
  }
  if (start === 0) return line;
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}

/**
 * An upper bound of the octets a content line of `octets` octets takes once folded, CRLF included. A folded line
 * holds at least 72 octets (a character of up to 4 that does not fit moves on) and a continuation line at least 71,
 * each fold adding CRLF and a space.
 */
function foldedOctets(octets: number): number {
  return octets <= LINE_OCTETS ? octets + 2 : octets + 2 + 3 * Math.ceil((octets - 72) / 71);
}

/** Writes a line, folded; a TEXT line is escaped and folded once and remembered, as events of one session share it. */
export function renderLine(line: ContentLine, rendered: Map<TextLine, string>): string {
  if (typeof line === "string") return fold(line);
  let text = rendered.get(line);
  if (text === undefined) {
    text = fold(`${line.name}:${escapeText(line.parts.join("\n"))}`);
    rendered.set(line, text);
  }
  return text;
}

/** The sizes of the texts of one export, remembered by line (events of one session share it) and by value. */
interface TextSizes {
  readonly lines: Map<TextLine, number>;
  readonly texts: Map<string, number>;
}

/** A bound of the octets of a line as {@link renderLine} writes it, CRLF included. */
function lineOctets(line: ContentLine, sizes: TextSizes): number {
  // Lines written as they are hold ids, dates and zone names (ASCII); a UTF-16 code unit is at most 3 octets anyway.
  if (typeof line === "string") return foldedOctets(ASCII.test(line) ? line.length : 3 * line.length);
  let octets = sizes.lines.get(line);
  if (octets === undefined) {
    octets = line.name.length + 1 + 2 * (line.parts.length - 1);
    for (const part of line.parts) {
      let size = sizes.texts.get(part);
      if (size === undefined) {
        size = escapedOctets(part);
        sizes.texts.set(part, size);
      }
      octets += size;
    }
    octets = foldedOctets(octets);
    sizes.lines.set(line, octets);
  }
  return octets;
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
export function utcStamp(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** `YYYYMMDDTHHMMSS` of the local wall time of an ISO string with offset (`2026-11-03T07:00:00-05:00`). */
function localStamp(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

export function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

/** A VTIMEZONE with one observance for the start of the range and one per change of offset inside it. */
function vtimezone(timezone: string, zone: ZoneConverter, firstDay: number): string[] {
  const offsets = [zone.initialOffsetSeconds, ...zone.transitions.map((transition) => transition.offsetToSeconds)];
  const standardOffset = Math.min(...offsets);
  // RFC 5545 utc-offset is +HHMM[SS]: seconds for local mean time, and the sign kept under an hour (-0025, -002521).
  const observance = (wallMs: number, from: number, to: number) => {
    const kind = to > standardOffset ? "DAYLIGHT" : "STANDARD";
    return [
      `BEGIN:${kind}`,
      `DTSTART:${utcStamp(wallMs).slice(0, -1)}`,
      `TZOFFSETFROM:${formatUtcOffset(from, "")}`,
      `TZOFFSETTO:${formatUtcOffset(to, "")}`,
      `END:${kind}`,
    ];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timezone}`,
    `X-LIC-LOCATION:${timezone}`,
    ...observance((firstDay - 2) * MS_PER_DAY, zone.initialOffsetSeconds, zone.initialOffsetSeconds),
    // An observance starts at the local time of the change in the offset it changes from.
    ...zone.transitions.flatMap((transition) =>
      observance(
        transition.atMs + transition.offsetFromSeconds * MS_PER_SECOND,
        transition.offsetFromSeconds,
        transition.offsetToSeconds,
      ),
    ),
    "END:VTIMEZONE",
  ];
}

export function nextDate(date: string): string {
  return daysToDate(dateToDays(date) + 1);
}

/**
 * DTSTART/DTEND of an instant: the local wall time with TZID, or UTC when that wall time occurs twice (clients such
 * as ical.js resolve an ambiguous local time to the later instant, RFC 5545 to the earlier one; UTC is exact).
 */
function dateTime(name: string, iso: string, timezone: string, zone: ZoneConverter): string {
  const wall = localStamp(iso);
  const wallMs = Date.UTC(
    Number(wall.slice(0, 4)),
    Number(wall.slice(4, 6)) - 1,
    Number(wall.slice(6, 8)),
    Number(wall.slice(9, 11)),
    Number(wall.slice(11, 13)),
    Number(wall.slice(13, 15)),
  );
  return zone.isAmbiguous(wallMs) ? `${name}:${utcStamp(parseInstant(iso))}` : `${name};TZID=${timezone}:${wall}`;
}

/** The SUMMARY and DESCRIPTION of an event, built once per session or habit object of one export. */
export interface EventText {
  readonly summary: TextLine;
  readonly description: TextLine | undefined;
}

export function eventText(occurrence: Occurrence, texts: Map<object, EventText>): EventText {
  const source = occurrence.kind === "habit" ? occurrence.habit : occurrence.session;
  let text = texts.get(source);
  if (text === undefined) {
    // The occurrence's `ranges` and `estimated` (format additions) are what the labels read besides the session; they
    // follow the session's numbers, so one text per session object still holds.
    const title =
      occurrence.kind === "habit"
        ? habitTitle(occurrence.habit)
        : sessionTitle(occurrence.session, aerobicFields(occurrence));
    const details =
      occurrence.kind === "habit"
        ? habitDetails(occurrence.habit)
        : sessionDetails(occurrence.session, aerobicFields(occurrence));
    text = {
      summary: { name: "SUMMARY", parts: [title] },
      description: details.length > 0 ? { name: "DESCRIPTION", parts: details } : undefined,
    };
    texts.set(source, text);
  }
  return text;
}

/** What the events of one export share besides the occurrence: the plan, DTSTAMP, zones, revisions and texts. */
interface EventContext {
  readonly plan: Plan;
  readonly stamp: string;
  readonly expansion: ExpansionResult;
  readonly texts: Map<object, EventText>;
}

function vevent(occurrence: Occurrence, context: EventContext, cancelled: boolean): ContentLine[] {
  const { plan, stamp, expansion } = context;
  const isHabit = occurrence.kind === "habit";
  const { summary, description } = eventText(occurrence, context.texts);
  // Ids are letters, digits and . _ : - (the schema's pattern): nothing in a UID to escape.
  const lines: ContentLine[] = ["BEGIN:VEVENT", `UID:${occurrence.id}/${plan.id}@offseason`, `DTSTAMP:${stamp}`];
  // SEQUENCE counts the exceptions that changed the date, time or status (RFC 5546 2.1.4); absent means 0.
  const sequence = expansion.revisions.get(occurrence.id) ?? 0;
  if (sequence > 0) lines.push(`SEQUENCE:${String(sequence)}`);
  const timezone = expansion.timezoneOf(occurrence.id);
  const zone = () => expansion.converterOf(timezone);
  if (occurrence.start === undefined) {
    lines.push(
      `DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDate(occurrence.date))}`,
    );
  } else {
    lines.push(dateTime("DTSTART", occurrence.start, timezone, zone()));
    // A habit is a moment ("drink by then"): a short marker with an explicit duration, never a zero-length event.
    if (isHabit) lines.push(`DURATION:${HABIT_DURATION}`);
    else if (occurrence.end !== undefined) lines.push(dateTime("DTEND", occurrence.end, timezone, zone()));
  }
  if (cancelled) lines.push("STATUS:CANCELLED");
  lines.push(summary);
  if (description !== undefined) lines.push(description);
  lines.push(`CATEGORIES:${occurrence.kind.toUpperCase()}`);
  if (occurrence.originalDate !== undefined) lines.push(`X-OFFSEASON-ORIGINAL-DATE:${occurrence.originalDate}`);
  // Only timed training blocks time; all-day events and habits leave the athlete free.
  lines.push(`TRANSP:${isHabit || occurrence.start === undefined ? "TRANSPARENT" : "OPAQUE"}`, "END:VEVENT");
  return lines;
}

const NOW_FORMAT = "must be a Date or an ISO-8601 date-time with a zone, e.g. 2026-11-01T09:30:00Z";

function invalidNow(message: string): OffseasonError {
  return new OffseasonError("invalid", "Invalid options", [{ path: "now", message, code: "invalid_type" }]);
}

/** The instant of `now`: a valid Date, or an ISO-8601 date-time with a zone, in the years DTSTAMP writes. */
export function parseNow(now: Date | string): number {
  const ms = typeof now === "string" ? parseDateTime(now) : now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalidNow(now instanceof Date ? "must be a valid Date" : NOW_FORMAT);
  const year = new Date(ms).getUTCFullYear();
  if (year < 1000 || year > 9999)
    throw invalidNow(
      `must be in the years 1000 to 9999 (UTC), which DTSTAMP writes with 4 digits, not in ${String(year)}`,
    );
  return ms;
}

function outputTooLarge(estimate: number, limit: number, hasHabits: boolean): OffseasonError {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const narrow = hasHabits
    ? "export a shorter window with from and to, or leave habits out with includeHabits: false"
    : "export a shorter window with from and to";
  return new OffseasonError("limit", "Output too large", [
    {
      path: "",
      message: `the iCalendar text would take up to ${String(estimate)} bytes (${mib(estimate)}), more than the output limit of ${String(limit)} bytes (${mib(limit)}, maxOutputBytes); ${narrow}`,
      code: "limit",
    },
  ]);
}

/**
 * Exports a plan as an RFC 5545 iCalendar: one VEVENT per occurrence, with a UID from the occurrence id (stable, so
 * that a re-import updates events rather than duplicating them), DTSTAMP from `now`, timed events in the plan's
 * zone with a VTIMEZONE covering the plan, all-day events as dates, a summary a runner understands ("Easy run 40
 * min"), details (RPE, exercises with sets and reps, fluid targets) and the kind as CATEGORIES. Only timed sessions
 * block time (`TRANSP:OPAQUE`); all-day events and habits are `TRANSPARENT`, and a timed habit is a 15-minute
 * marker (`DURATION:PT15M`) at its time. Text is escaped and stripped of control characters; lines are folded at
 * 75 octets and end in CRLF. The size of the text is bounded up front: a plan whose export could exceed
 * `maxOutputBytes` is refused before any of it is built.
 *
 * The export updates a calendar rather than duplicating it: the UID survives every adjustment (it holds the planned
 * date), `SEQUENCE` is the number of the plan's exceptions that changed the event's date, time or status (computed
 * from the plan, no clock, no state; absent when 0), and occurrences that a skip or a dropping pause cancelled are
 * written as `STATUS:CANCELLED` (or left out with `cancelled: "omit"`). Sessions of a trip (`travel`) are written in
 * the trip's zone, with a VTIMEZONE for every zone used.
 *
 * @param plan - A parsed plan.
 * @param options - `now` (required, for DTSTAMP), the calendar name, the `from`/`to` window, whether to include
 * habits, the occurrence and output limits, and what becomes of cancelled occurrences.
 * @returns The iCalendar text.
 * @throws {@link offseason!OffseasonError} as {@link offseason!expandPlan} does; with code `invalid` (path `now`) for
 * a `now` that is not a valid Date or an ISO-8601 date-time with a zone in the years 1000 to 9999; with code `limit`
 * when the text could exceed `maxOutputBytes` (the issue gives the estimate, the limit and how to narrow the export).
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
 * ics.includes("TRANSP:OPAQUE"); //=> true
 * const skipped = parsePlan({ ...plan, exceptions: [{ action: "skip", date: "2026-11-03" }] });
 * toICalendar(skipped, { now: "2026-11-01T00:00:00Z" }).includes("STATUS:CANCELLED"); //=> true
 * toICalendar(skipped, { now: "2026-11-01T00:00:00Z", cancelled: "omit" }).includes("BEGIN:VEVENT"); //=> false
 * ```
 */
export function toICalendar(plan: Plan, options: ToICalendarOptions): string {
  const stamp = utcStamp(parseNow(options.now));
  const includeHabits = options.includeHabits ?? true;
  const { maxOutputBytes } = resolveLimits({ maxOutputBytes: options.maxOutputBytes }, "");
  const omitCancelled = options.cancelled === "omit";
  const expansion = expandPlanInZone(plan, {
    cancelled: !omitCancelled,
    includeHabits,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
  });
  const name = options.calendarName ?? plan.name ?? plan.id;
  const head: ContentLine[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//offseason//offseason//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    { name: "NAME", parts: [name] },
    { name: "X-WR-CALNAME", parts: [name] },
    { name: "X-WR-TIMEZONE", parts: [plan.timezone] },
  ];
  const { occurrences, cancelled } = expansion;
  // One VTIMEZONE per zone a timed event is written in: the plan's, and those of its trips.
  const zones = new Set<string>();
  for (const occurrence of [...occurrences, ...cancelled])
    if (occurrence.start !== undefined) zones.add(expansion.timezoneOf(occurrence.id));
  for (const timezone of [...zones].sort((a, b) =>
    a === plan.timezone ? -1 : b === plan.timezone ? 1 : a < b ? -1 : 1,
  ))
    head.push(...vtimezone(timezone, expansion.converterOf(timezone), dateToDays(plan.startDate)));
  const context: EventContext = { plan, stamp, expansion, texts: new Map() };
  const cancelledSet = new Set<Occurrence>(cancelled);
  const all: readonly Occurrence[] = cancelled.length === 0 ? occurrences : [...occurrences, ...cancelled];
  const events = (occurrence: Occurrence) => vevent(occurrence, context, cancelledSet.has(occurrence));

  // The bound comes from the occurrences and the sizes of their texts, before any event's text is built.
  const sizes: TextSizes = { lines: new Map(), texts: new Map() };
  const sum = (lines: readonly ContentLine[]) => lines.reduce((total, line) => total + lineOctets(line, sizes), 0);
  const estimate =
    sum(head) + all.reduce((total, occurrence) => total + sum(events(occurrence)), 0) + sum(["END:VCALENDAR"]);
  if (estimate > maxOutputBytes)
    throw outputTooLarge(
      estimate,
      maxOutputBytes,
      all.some((occurrence) => occurrence.kind === "habit"),
    );

  const rendered = new Map<TextLine, string>();
  const lines = head.map((line) => renderLine(line, rendered));
  for (const occurrence of all) for (const line of events(occurrence)) lines.push(renderLine(line, rendered));
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}
