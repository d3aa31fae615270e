/**
 * What one expansion of a plan shares: its days and weeks, its zones, the running occurrence count, and the
 * occurrences of its sessions before they are placed (a {@link Planned} each).
 */
import { dateToDays, daysToDate } from "../../calendar/civilDate.js";
import { parseRecurrence, type Recurrence } from "../../calendar/rrule/parseRecurrence.js";
import type { Weekday } from "../../calendar/weekdays.js";
import { createZoneConverter, type ZoneConverter } from "../../calendar/zone.js";
import { errorOf, issueOf } from "../../model/errors.js";
import { SCHEDULE_MESSAGES, SHARED_MESSAGES } from "../../model/issueMessages.js";
import type { Plan } from "../../model/plan.js";
import { planWeeks } from "../../model/planDates.js";
import type { Session } from "../../model/session.js";

/** A session occurrence before exceptions: where it was planned and where it will take place. */
export interface Planned {
  readonly session: Session;
  readonly phaseIndex: number;
  /** The 0-based week of its phase it was planned in, for per-week values. */
  readonly weekIndex: number;
  readonly originalDay: number;
  readonly minuteOfDay: number | undefined;
  day: number;
  claimedBy: number | undefined;
  skipped: boolean;
  /** How many exceptions changed its date, time or status. */
  revisions: number;
  /** For a session of `timesPerWeek`, whether this day is beyond the week's minimum (flexibleDays.ts). */
  readonly flexible?: { readonly optional: boolean };
}

/** Days spent in another time zone: sessions on them keep their wall times there. */
export interface Trip {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly timezone: string;
}

/** What the expansion of one plan shares: its days, weeks, zone and the running occurrence count. */
export interface Expansion {
  readonly plan: Plan;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly dateOf: (day: number) => string;
  readonly weekOf: (day: number) => number;
  readonly zone: () => ZoneConverter;
  /** The time zone of a local day: the last trip's that covers it, else the plan's. */
  readonly zoneNameOf: (day: number) => string;
  /** The converter of a zone the plan uses (its own or a trip's). */
  readonly converterOf: (timezone: string) => ZoneConverter;
  /** The trips of the plan's travel exceptions, later ones first; set once the exceptions are applied. */
  trips: readonly Trip[];
  /** The zone of each occurrence that is not in the plan's, by id. */
  readonly timezones: Map<string, string>;
  readonly count: () => boolean;
  /** The instant (ms) of each start text written, so that sorting and habits before a run never parse text back. */
  readonly startMs: Map<string, number>;
}

/** Reads the recurrence of a session or habit: `on` is sugar for a weekly rule. */
export function recurrenceOf(
  item: { readonly on?: readonly Weekday[]; readonly repeat?: string },
  path: string,
): Recurrence {
  if (item.on) return { freq: "WEEKLY", interval: 1, byDay: item.on.map((weekday) => ({ weekday })) };
  const result = parseRecurrence(item.repeat ?? "");
  if (!result.ok) {
    const { data } = result;
    const { message, messageId } = issueOf([], "rrule", SHARED_MESSAGES, `rrule.${result.reason}`, data);
    throw errorOf("invalid", "summary.invalidPlan", [{ path, message, code: "rrule", messageId, data }]);
  }
  return result.value;
}

/** The occurrence counter of one expansion: it throws once more than `maxOccurrences` were produced. */
function occurrenceCounter(maxOccurrences: number): () => boolean {
  let produced = 0;
  return () => {
    produced += 1;
    if (produced > maxOccurrences) {
      throw errorOf("limit", "summary.planTooLarge", [
        issueOf([], "limit", SCHEDULE_MESSAGES, "limit.occurrences", { limit: maxOccurrences }),
      ]);
    }
    return true;
  };
}

/** Creates the shared state of one expansion: zone converters are made once per zone, dates once per day. */
export function createExpansion(plan: Plan, maxOccurrences: number): Expansion {
  const firstDay = dateToDays(plan.startDate);
  const lastDay = firstDay + planWeeks(plan) * 7 - 1;
  const dates: string[] = [];
  const converters = new Map<string, ZoneConverter>();
  const converterOf = (timezone: string) => {
    let converter = converters.get(timezone);
    if (!converter) {
      converter = createZoneConverter(timezone, firstDay, lastDay);
      converters.set(timezone, converter);
    }
    return converter;
  };
  const expansion: Expansion = {
    plan,
    startMs: new Map(),
    trips: [],
    timezones: new Map(),
    converterOf,
    zoneNameOf: (day) =>
      expansion.trips.find((trip) => day >= trip.firstDay && day <= trip.lastDay)?.timezone ?? plan.timezone,
    firstDay,
    lastDay,
    dateOf(day) {
      const index = day - firstDay;
      if (index < 0 || index > lastDay - firstDay) return daysToDate(day);
      return (dates[index] ??= daysToDate(day));
    },
    weekOf: (day) => Math.floor((day - firstDay) / 7) + 1,
    zone: () => converterOf(plan.timezone),
    count: occurrenceCounter(maxOccurrences),
  };
  return expansion;
}
