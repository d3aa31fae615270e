/** One VEVENT of the feed, and the parts of an event that the cancel calendar shares (dates, summary). */
import type { ZoneConverter } from "../calendar/zone.js";
import { dateToDays, daysToDate, parseInstant } from "../calendar/civilDate.js";
import { habitDetails, habitTitle, sessionDetails, sessionTitle } from "../model/sessionText.js";
import type { Plan } from "../model/plan.js";
import { aerobicFields } from "../schedule/aerobicFields.js";
import type { ExpansionResult } from "../schedule/expansion/expandPlanInZone.js";
import type { Occurrence } from "../schedule/types.js";
import type { ContentLine, TextLine } from "./contentLine.js";
import { utcStamp } from "./dtstamp.js";
import type { FeedEvent } from "./feedEvents.js";

/** How long a timed habit lasts in a calendar: a short marker at its time ("drink by then"), never zero-length. */
const HABIT_DURATION = "PT15M";

/** `YYYYMMDDTHHMMSS` of the local wall time of an ISO string with offset (`2026-11-03T07:00:00-05:00`). */
function localStamp(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** `YYYYMMDD` of a `YYYY-MM-DD` date (a DATE value). */
export function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

/** The day after a `YYYY-MM-DD` date: the exclusive DTEND of an all-day event. */
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

/** The SUMMARY and DESCRIPTION of an occurrence, remembered by session or habit object in `texts`. */
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

/** What the events of one export share besides the event: the plan, DTSTAMP, zones and texts. */
export interface EventContext {
  readonly plan: Plan;
  readonly stamp: string;
  readonly converterOf: ExpansionResult["converterOf"];
  readonly texts: Map<object, EventText>;
}

/** The content lines of one VEVENT of the feed, its TEXT lines shared with the other events of its session. */
export function vevent(event: FeedEvent, context: EventContext): ContentLine[] {
  const { occurrence, cancelled, sequence, timezone } = event;
  const { plan, stamp } = context;
  const isHabit = occurrence.kind === "habit";
  const { summary, description } = eventText(occurrence, context.texts);
  // Ids are letters, digits and . _ : - (the schema's pattern): nothing in a UID to escape.
  const lines: ContentLine[] = ["BEGIN:VEVENT", `UID:${occurrence.id}/${plan.id}@offseason`, `DTSTAMP:${stamp}`];
  // SEQUENCE versions the date, time and status (RFC 5546 2.1.4); absent means 0.
  if (sequence > 0) lines.push(`SEQUENCE:${String(sequence)}`);
  const zone = () => context.converterOf(timezone);
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
