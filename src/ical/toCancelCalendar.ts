import { limitOptionsOf } from "../schedule/limitOptions.js";
import { expandPlanInZone } from "../schedule/expansion/expandPlanInZone.js";
import { parseInstant } from "../calendar/civilDate.js";
import { OffseasonError } from "../model/errors.js";
import { resolveLimits } from "../model/limits.js";
import type { Plan } from "../model/plan.js";
import type { OccurrenceDiff } from "../schedule/diffOccurrences.js";
import type { Occurrence, OccurrenceLimitOption, WeekLimitOption } from "../schedule/types.js";
import { CRLF, renderLine, type ContentLine, type TextLine } from "./contentLine.js";
import { parseNow, utcStamp } from "./dtstamp.js";
import { boundOutput } from "./outputBound.js";
import { cancelSequence, publishedEvents } from "./sequence.js";
import { compactDate, eventText, nextDate, type EventText } from "./vevent.js";

/** Options of {@link toCancelCalendar}. */
export interface ToCancelCalendarOptions extends OccurrenceLimitOption, WeekLimitOption {
  /** The instant written as DTSTAMP, as in {@link toICalendar}: a valid `Date` or an ISO-8601 date-time with a zone. */
  readonly now: Date | string;
  /** The calendar's display name; default the plan's name, else its id. */
  readonly calendarName?: string;
  /**
   * The organizer's e-mail address, written as `ORGANIZER:mailto:...` (RFC 5546 asks for one in a CANCEL; mail
   * clients such as Outlook match cancellations by it). Without it no ORGANIZER is written. Control characters (C0,
   * DEL, C1) are refused: the address is written as it is.
   */
  readonly organizer?: string;
  /**
   * The most bytes (UTF-8 octets) of iCalendar text to write, as in {@link toICalendar}: default
   * {@link offseason!DEFAULT_LIMITS}.maxOutputBytes (64 MiB); a longer output is refused before any of it is built.
   */
  readonly maxOutputBytes?: number;
  /**
   * The version of the plan last published (a parsed plan with the same id), as in {@link toICalendar}: each cancel's
   * SEQUENCE is one above what that version's feed published for the event. Without it, the new version's count.
   */
  readonly previous?: Plan;
}

const EMAIL = /^[^\s:;,"<>@]+@[^\s:;,"<>@]+$/;
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function invalidOrganizer(message: string): OffseasonError {
  return new OffseasonError("config", "Invalid options", [{ path: "organizer", message, code: "config" }]);
}

/** Refuses an organizer that is not an e-mail address; one with control characters is never echoed. */
function checkOrganizer(organizer: string | undefined): void {
  if (organizer === undefined) return;
  const control = CONTROL.exec(organizer);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw invalidOrganizer(
      `must be an e-mail address without control characters; it holds U+${code} at index ${String(control.index)}`,
    );
  }
  if (!EMAIL.test(organizer)) throw invalidOrganizer(`must be an e-mail address, not "${organizer}"`);
}

/**
 * Builds an iTIP `METHOD:CANCEL` calendar (RFC 5546) from a diff of two versions of a plan: one VEVENT per removed
 * occurrence, with the UID that {@link toICalendar} gave it, `STATUS:CANCELLED` and a SEQUENCE of at least 1 (the
 * number of the new plan's exceptions that changed it, e.g. the skip or the pause that removed it; a habit before a
 * run counts its run's), and with `previous` (the version last published) one above what that version published.
 * The text is bounded by `maxOutputBytes` before any of it is built, as in {@link toICalendar}. For recipients
 * who imported a file or received an invitation by e-mail: a subscribed feed needs no cancel message, as the next
 * refresh of {@link toICalendar}'s output carries the change.
 *
 * @param plan - The new version of the plan (its id makes the UIDs; its exceptions the SEQUENCE).
 * @param diff - `diffOccurrences(expandPlan(before), expandPlan(plan))`: its `removed` occurrences are cancelled.
 * @param options - `now` (required, for DTSTAMP), the calendar name, the organizer's address, the output limit and
 * the version last published.
 * @returns The iCalendar text, lines folded at 75 octets and ending in CRLF.
 * @throws {@link offseason!OffseasonError} as {@link toICalendar} does for `now` and for a plan that does not expand,
 * with code `config` (path `organizer`) for an organizer that is not an e-mail address or holds a control character,
 * (path `maxOutputBytes`) for a limit that is not a positive whole number, (path `previous.id`) for a `previous` of
 * another plan; with code `limit` when the text could exceed `maxOutputBytes`.
 * @example
 * ```ts
 * import { diffOccurrences, expandPlan, parsePlan, pausePlan } from "offseason";
 * import { toCancelCalendar } from "offseason/ical";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * const paused = pausePlan(plan, { from: "2026-11-09", to: "2026-11-15", mode: "drop" });
 * const ics = toCancelCalendar(paused, diffOccurrences(expandPlan(plan), expandPlan(paused)), { now: "2026-11-08T00:00:00Z" });
 * ics.includes("METHOD:CANCEL"); //=> true
 * ics.includes("UID:easy@2026-11-10/p@offseason"); //=> true
 * ```
 */
export function toCancelCalendar(plan: Plan, diff: OccurrenceDiff, options: ToCancelCalendarOptions): string {
  const stamp = utcStamp(parseNow(options.now));
  const { organizer } = options;
  checkOrganizer(organizer);
  const { maxOutputBytes } = resolveLimits({ maxOutputBytes: options.maxOutputBytes }, "");
  const published = options.previous === undefined ? undefined : publishedEvents(options.previous, plan, options);
  const { revisions } = expandPlanInZone(plan, { cancelled: true, includeHabits: false, ...limitOptionsOf(options) });
  const name = options.calendarName ?? plan.name ?? plan.id;
  const head: ContentLine[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//offseason//offseason//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:CANCEL",
    { name: "NAME", parts: [name] },
    { name: "X-WR-CALNAME", parts: [name] },
  ];
  const texts = new Map<object, EventText>();
  const removed = diff.removed.flatMap((change) => (change.before === undefined ? [] : [change.before]));
  const event = (occurrence: Occurrence) =>
    cancelEvent(occurrence, cancelSequence(occurrence, revisions, published), { plan, stamp, texts, organizer });
  // The bound comes from the removed occurrences and the sizes of their texts, before any event's text is built.
  boundOutput(
    (function* parts() {
      yield head;
      for (const occurrence of removed) yield event(occurrence);
      yield ["END:VCALENDAR"];
    })(),
    maxOutputBytes,
    "cancel fewer occurrences at once: diff the two versions over a shorter window (expandPlan's from and to)",
  );
  const rendered = new Map<TextLine, string>();
  const lines = head.map((line) => renderLine(line, rendered));
  for (const occurrence of removed) for (const line of event(occurrence)) lines.push(renderLine(line, rendered));
  lines.push(renderLine("END:VCALENDAR", rendered));
  return lines.join(CRLF) + CRLF;
}

/** What the cancels of one message share: the plan, DTSTAMP, the texts by session and the organizer. */
interface CancelContext {
  readonly plan: Plan;
  readonly stamp: string;
  readonly texts: Map<object, EventText>;
  readonly organizer: string | undefined;
}

function cancelEvent(occurrence: Occurrence, sequence: number, context: CancelContext): ContentLine[] {
  const { plan, stamp, texts, organizer } = context;
  const lines: ContentLine[] = [
    "BEGIN:VEVENT",
    `UID:${occurrence.id}/${plan.id}@offseason`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${String(sequence)}`,
  ];
  if (organizer !== undefined) lines.push(`ORGANIZER:mailto:${organizer}`);
  // Timed events in UTC: exact, and no VTIMEZONE needed in a message that only names what it cancels.
  if (occurrence.start === undefined)
    lines.push(
      `DTSTART;VALUE=DATE:${compactDate(occurrence.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDate(occurrence.date))}`,
    );
  else lines.push(`DTSTART:${utcStamp(parseInstant(occurrence.start))}`);
  lines.push("STATUS:CANCELLED", eventText(occurrence, texts).summary, "END:VEVENT");
  return lines;
}
