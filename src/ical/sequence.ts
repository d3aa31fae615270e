/**
 * SEQUENCE across versions of a plan (RFC 5546 2.1.4, 2.1.5): a receiver keeps, for a UID, the version with the
 * highest SEQUENCE and ignores an update or a cancel that does not raise it. A plan alone counts its exceptions; given
 * the version last published (`previous`), no event goes below what that version published for it, and one whose
 * date, time, zone or status changed goes above.
 */
import { OffseasonError } from "../model/errors.js";
import type { Plan } from "../model/plan.js";
import { limitOptionsOf, type ExpansionLimits } from "../schedule/limitOptions.js";
import { expandPlanInZone } from "../schedule/expansion/expandPlanInZone.js";
import type { Occurrence } from "../schedule/types.js";
import { feedEvents, revisionsOf, type FeedEvent } from "./feedEvents.js";

/** What a version published of an event: its SEQUENCE, and the state that SEQUENCE versions. */
export interface Published {
  readonly sequence: number;
  readonly state: string;
}

/** The date, times, zone and status of an event: what a change of raises SEQUENCE. */
function stateOf(event: FeedEvent): string {
  const { occurrence } = event;
  const status = event.cancelled ? "CANCELLED" : "";
  return `${occurrence.date}|${occurrence.start ?? ""}|${occurrence.end ?? ""}|${event.timezone}|${status}`;
}

/**
 * What the feed of `previous` published, by occurrence id: every event {@link offseason/ical!toICalendar} writes of it
 * without `previous` (the whole plan, habits and cancelled occurrences included, so that no option narrows it).
 *
 * @param previous - The version last published.
 * @param plan - The version being written: `previous` must be a version of it (the same id, hence the same UIDs).
 * @param maxOccurrences - The occurrence limit of the expansion.
 * @returns The published SEQUENCE and state of each event, by occurrence id.
 * @throws {@link offseason!OffseasonError} with code `config` (path `previous.id`) for a version of another plan, and
 * as {@link offseason!expandPlan} does for a `previous` that does not expand.
 */
export function publishedEvents(previous: Plan, plan: Plan, limits: ExpansionLimits): ReadonlyMap<string, Published> {
  if (previous.id !== plan.id)
    throw new OffseasonError("config", "Invalid options", [
      {
        path: "previous.id",
        message: `must be the id of the plan ("${plan.id}"), not "${previous.id}": a version of another plan published other UIDs`,
        code: "config",
      },
    ]);
  const expansion = expandPlanInZone(previous, {
    cancelled: true,
    includeHabits: true,
    ...limitOptionsOf(limits),
  });
  const published = new Map<string, Published>();
  for (const event of feedEvents(previous, expansion, true))
    published.set(event.occurrence.id, { sequence: event.sequence, state: stateOf(event) });
  return published;
}

/**
 * Raises the SEQUENCE of events to what was published: as high as published where the event is unchanged, one above
 * where its date, time, zone or status changed (an undone adjustment moves it back above what announced the move).
 *
 * @param events - The events of the version being written, with the SEQUENCE its exceptions give.
 * @param published - What the version last published wrote, from {@link publishedEvents}.
 * @returns The events, with no SEQUENCE below the published one.
 */
export function atLeastPublished(events: readonly FeedEvent[], published: ReadonlyMap<string, Published>): FeedEvent[] {
  return events.map((event) => {
    const before = published.get(event.occurrence.id);
    if (before === undefined) return event;
    const floor = stateOf(event) === before.state ? before.sequence : before.sequence + 1;
    return floor > event.sequence ? { ...event, sequence: floor } : event;
  });
}

/**
 * The SEQUENCE of a cancel: at least 1 (the change that removed the occurrence), the count of the new version's
 * exceptions that changed it (a habit before a run counts its run's), and one above what `previous` published.
 *
 * @param occurrence - The removed occurrence, as the old version expanded it.
 * @param revisions - The new version's revisions, by occurrence id.
 * @param published - What the version last published wrote, when known.
 * @returns The SEQUENCE of its cancel.
 */
export function cancelSequence(
  occurrence: Occurrence,
  revisions: ReadonlyMap<string, number>,
  published: ReadonlyMap<string, Published> | undefined,
): number {
  const before = published?.get(occurrence.id);
  return Math.max(1, revisionsOf(occurrence, revisions), before === undefined ? 0 : before.sequence + 1);
}
