/** {@link toICalendar}: a plan as an RFC 5545 feed (METHOD:PUBLISH). */
import { dateToDays } from "../calendar/civilDate.js";
import { resolveLimits } from "../model/limits.js";
import type { Plan } from "../model/plan.js";
import { limitOptionsOf } from "../schedule/limitOptions.js";
import type { OccurrenceLimitOption, WeekLimitOption } from "../schedule/types.js";
import { expandPlanInZone, type ExpansionResult } from "../schedule/expansion/expandPlanInZone.js";
import { CRLF, renderLine, type ContentLine, type TextLine } from "./contentLine.js";
import { parseNow, utcStamp } from "./dtstamp.js";
import { feedEvents, type FeedEvent } from "./feedEvents.js";
import { boundOutput } from "./outputBound.js";
import { atLeastPublished, publishedEvents } from "./sequence.js";
import { vevent, type EventContext } from "./vevent.js";
import { vtimezone } from "./vtimezone.js";

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions extends OccurrenceLimitOption, WeekLimitOption {
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
  /**
   * The version of the plan last published (a parsed plan with the same id). With it, no event's SEQUENCE is below
   * what that version's feed gave it, and an event whose date, time, zone or status changed since is one above: an
   * undone adjustment moves the event back with a higher SEQUENCE, which receivers take (RFC 5546 keeps the highest).
   * Without it, SEQUENCE counts this version's exceptions, which undoing one lowers.
   */
  readonly previous?: Plan;
}

/** The calendar's properties and one VTIMEZONE per zone a timed event is written in: the plan's, then its trips'. */
function feedHead(
  plan: Plan,
  name: string,
  events: readonly FeedEvent[],
  converterOf: ExpansionResult["converterOf"],
): ContentLine[] {
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
  const zones = new Set<string>();
  for (const event of events) if (event.occurrence.start !== undefined) zones.add(event.timezone);
  for (const timezone of [...zones].sort((a, b) =>
    a === plan.timezone ? -1 : b === plan.timezone ? 1 : a < b ? -1 : 1,
  ))
    head.push(...vtimezone(timezone, converterOf(timezone), dateToDays(plan.startDate)));
  return head;
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
 * from the plan, no clock, no state; absent when 0; a habit before a run counts its run's), and occurrences that a
 * skip or a dropping pause cancelled are written as `STATUS:CANCELLED`, with the habits before a cancelled run (or
 * left out with `cancelled: "omit"`). With `previous`, the version last published, no SEQUENCE is below what it
 * published, and an event that changed since is above it. Sessions of a trip (`travel`) are written in the trip's
 * zone, with a VTIMEZONE for every zone used.
 *
 * @param plan - A parsed plan.
 * @param options - `now` (required, for DTSTAMP), the calendar name, the `from`/`to` window, whether to include
 * habits, the occurrence and output limits, what becomes of cancelled occurrences, and the version last published.
 * @returns The iCalendar text.
 * @throws {@link offseason!OffseasonError} as {@link offseason!expandPlan} does; with code `invalid` (path `now`) for
 * a `now` that is not a valid Date or an ISO-8601 date-time with a zone in the years 1000 to 9999; with code `limit`
 * when the text could exceed `maxOutputBytes` (the issue gives the estimate, the limit and how to narrow the export);
 * with code `config` (path `previous.id`) for a `previous` of another plan, and as {@link offseason!expandPlan} does
 * for a `previous` that does not expand.
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
 * // The skip undone: the session is back, above the SEQUENCE of its cancellation.
 * toICalendar(plan, { now: "2026-11-01T00:00:00Z", previous: skipped }).includes("SEQUENCE:2"); //=> true
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
    ...limitOptionsOf(options),
  });
  let events = feedEvents(plan, expansion, includeHabits);
  if (options.previous !== undefined)
    events = atLeastPublished(events, publishedEvents(options.previous, plan, options));
  const head = feedHead(plan, options.calendarName ?? plan.name ?? plan.id, events, expansion.converterOf);
  const context: EventContext = { plan, stamp, converterOf: expansion.converterOf, texts: new Map() };

  // The bound comes from the occurrences and the sizes of their texts, before any event's text is built.
  boundOutput(
    (function* parts() {
      yield head;
      for (const event of events) yield vevent(event, context);
      yield ["END:VCALENDAR"];
    })(),
    maxOutputBytes,
    events.some((event) => event.occurrence.kind === "habit")
      ? "export a shorter window with from and to, or leave habits out with includeHabits: false"
      : "export a shorter window with from and to",
  );

  const rendered = new Map<TextLine, string>();
  const lines = head.map((line) => renderLine(line, rendered));
  for (const event of events) for (const line of vevent(event, context)) lines.push(renderLine(line, rendered));
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}
