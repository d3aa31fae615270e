/**
 * The expansion engine behind {@link expandPlan} and the iCalendar export: sessions by their recurrences, the plan's
 * exceptions, then habits, with instants from one zone converter per plan. Internal: nothing outside src/ imports it.
 */
import { dateToDays } from "../../calendar/civilDate.js";
import type { ZoneConverter } from "../../calendar/zone.js";
import { resolveLimits } from "../../model/limits.js";
import type { Plan } from "../../model/plan.js";
import type { ExpandPlanOptions, Occurrence, SessionOccurrence } from "../types.js";
import { createExpansion, type Expansion, type Planned } from "./context.js";
import { applyExceptions } from "./exceptions/index.js";
import { expandHabits } from "./habits.js";
import { placeSessions } from "./placeSessions.js";
import { planSessions } from "./planSessions.js";
import { sortOccurrences } from "./sort.js";
import { checkWeekLimit } from "./weekLimit.js";

/** Options of {@link expandPlanInZone}: those of {@link expandPlan}, and whether to return the cancelled occurrences. */
export interface ExpansionOptions extends ExpandPlanOptions {
  /** Also return the session occurrences that skips and dropping pauses cancelled; default false. */
  readonly cancelled?: boolean;
}

/** What {@link expandPlanInZone} returns. */
export interface ExpansionResult {
  /** The occurrences, as {@link expandPlan} returns them. */
  readonly occurrences: readonly Occurrence[];
  /**
   * With `cancelled: true`, the session occurrences that a skip or a dropping pause cancelled, on the date they had
   * when cancelled, with their ids, sorted like the occurrences; otherwise empty.
   */
  readonly cancelled: readonly SessionOccurrence[];
  /**
   * The number of exceptions that changed each occurrence's date, time or status, by id (absent: 0): a habit before a
   * run counts its run's, a timed habit the trips over its day.
   */
  readonly revisions: ReadonlyMap<string, number>;
  /** The zone converter of the plan's time zone (read once per plan). */
  readonly zone: () => ZoneConverter;
  /** The time zone of an occurrence (the plan's unless a trip put it elsewhere), by id. */
  readonly timezoneOf: (id: string) => string;
  /** The converter of a zone that {@link timezoneOf} returns. */
  readonly converterOf: (timezone: string) => ZoneConverter;
}

/**
 * Expands a plan as {@link expandPlan} does, also returning what the iCalendar export and adherence read: the zone
 * converters it used (read once per zone), each occurrence's zone, revisions per occurrence, and on request the
 * occurrences that exceptions cancelled.
 */
export function expandPlanInZone(plan: Plan, options: ExpansionOptions = {}): ExpansionResult {
  const { includeHabits = true, from, to } = options;
  const limits = resolveLimits({ maxOccurrences: options.maxOccurrences, maxWeeks: options.maxWeeks }, "");
  checkWeekLimit(plan, options.maxWeeks === undefined ? undefined : limits.maxWeeks);
  const expansion = createExpansion(plan, limits.maxOccurrences);
  const planned = planSessions(expansion);
  expansion.trips = applyExceptions(expansion, planned);
  const sessions = placeSessions(
    expansion,
    planned.filter((item) => !item.skipped),
  );
  const all: Occurrence[] = includeHabits ? [...sessions, ...expandHabits(expansion, sessions)] : sessions;
  const window = <T extends Occurrence>(items: T[]): T[] =>
    from === undefined && to === undefined
      ? items
      : items.filter((item) => (from === undefined || item.date >= from) && (to === undefined || item.date <= to));
  const cancelled =
    options.cancelled === true
      ? placeSessions(
          expansion,
          planned.filter((item) => item.skipped),
        )
      : [];
  const revisions = revisionsOf(expansion, planned, all);
  return {
    occurrences: sortOccurrences(expansion, window(all)),
    cancelled: sortOccurrences(expansion, window(cancelled)),
    revisions,
    zone: expansion.zone,
    timezoneOf: (id) => expansion.timezones.get(id) ?? plan.timezone,
    converterOf: expansion.converterOf,
  };
}

/**
 * The revisions of each occurrence that exceptions changed, by id: a session's its exceptions counted, a habit before
 * a run its run's, and a timed habit on a trip's day one per trip over that day.
 */
function revisionsOf(
  expansion: Expansion,
  planned: readonly Planned[],
  occurrences: readonly Occurrence[],
): Map<string, number> {
  const revisions = new Map<string, number>();
  for (const item of planned) {
    if (item.revisions > 0) revisions.set(`${item.session.id}@${expansion.dateOf(item.originalDay)}`, item.revisions);
  }
  // A habit before a run changes with the run; a timed habit on a trip's day changes with each trip over that day.
  for (const occurrence of occurrences) {
    if (occurrence.kind !== "habit") continue;
    const day = dateToDays(occurrence.originalDate ?? occurrence.date);
    const count =
      occurrence.runOccurrenceId !== undefined
        ? (revisions.get(occurrence.runOccurrenceId) ?? 0)
        : occurrence.start === undefined
          ? 0
          : expansion.trips.filter((trip) => day >= trip.firstDay && day <= trip.lastDay).length;
    if (count > 0) revisions.set(occurrence.id, count);
  }
  return revisions;
}
