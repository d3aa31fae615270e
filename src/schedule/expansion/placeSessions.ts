/** The last step for sessions: dates, weeks, progression and instants of what the exceptions left. */
import { MS_PER_DAY, MS_PER_MINUTE } from "../../calendar/civilDate.js";
import { formatInstant, localDayOf } from "../../calendar/zone.js";
import { phaseOfWeek } from "../../model/planDates.js";
import type { OccurrenceSession } from "../../model/session.js";
import { timesOf } from "../../model/timesPerWeek.js";
import type { SessionOccurrence } from "../types.js";
import type { Expansion, Planned } from "./context.js";
import { resolutionCache, type CachedResolution } from "./resolutionCache.js";

/**
 * Dates, weeks, progression and instants of the session occurrences that remain after the exceptions. A wall time
 * that does not exist moves forward by the gap (RFC 5545 3.3.5); when that carries it into the next local day (a gap
 * over midnight, a skipped day), `date` becomes the day of `start`, the planned day stays as `originalDate` and in
 * the id, and the week follows `date`.
 */
export function placeSessions(expansion: Expansion, planned: readonly Planned[]): SessionOccurrence[] {
  const { plan, weekOf } = expansion;
  const multipliers = new Map<number, number>();
  const multiplierOf = (week: number) => {
    let multiplier = multipliers.get(week);
    if (multiplier === undefined) {
      multiplier = phaseOfWeek(plan, week)?.multiplier ?? 1;
      multipliers.set(week, multiplier);
    }
    return multiplier;
  };
  const resolutionOf = resolutionCache(plan);
  return planned.map((item) => {
    // A one-off session (a race, a time trial) is what it says: progression scales only recurring runs.
    const recurring = item.session.date === undefined;
    const multiplier = recurring ? multiplierOf(weekOf(item.originalDay)) : 1;
    return placeOne(expansion, item, multiplier, resolutionOf(item.session, item.weekIndex, multiplier));
  });
}

/** The start and end of a timed occurrence in the zone of its day, and the local day of its start. */
function timingOf(
  expansion: Expansion,
  item: Planned,
  minuteOfDay: number,
  id: string,
  minutes: number,
): { readonly day: number; readonly timing: Pick<SessionOccurrence, "start" | "end"> } {
  const { plan, dateOf } = expansion;
  const timezone = expansion.zoneNameOf(item.day);
  const zone = expansion.converterOf(timezone);
  if (timezone !== plan.timezone) expansion.timezones.set(id, timezone);
  const instant = zone.toInstant(item.day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE);
  const endMs = instant.ms + minutes * MS_PER_MINUTE;
  const start = formatInstant(instant, dateOf);
  expansion.startMs.set(start, instant.ms);
  return {
    day: localDayOf(instant),
    timing: { start, end: formatInstant({ ms: endMs, offsetSeconds: zone.offsetAt(endMs) }, dateOf) },
  };
}

/**
 * One session occurrence, its session resolved for its week and scaled by its week's progression when it is a run,
 * with its choices: its alternatives, and for a session of `timesPerWeek`, `flexible`, the week's entry of
 * `timesPerWeek`, and `optional` on the days beyond the week's minimum. Built field by field in the order of the
 * occurrence's JSON (no spreads: this runs once per occurrence).
 */
function placeOne(
  expansion: Expansion,
  item: Planned,
  multiplier: number,
  { resolved, intensity, alternatives }: CachedResolution,
): SessionOccurrence {
  const { plan, dateOf, weekOf } = expansion;
  const session = item.flexible === undefined ? resolved.session : flexibleSession(resolved.session, item);
  const originalDate = dateOf(item.originalDay);
  const id = `${session.id}@${originalDate}`;
  const { day, timing }: ReturnType<typeof timingOf> =
    item.minuteOfDay === undefined
      ? { day: item.day, timing: {} }
      : timingOf(expansion, item, item.minuteOfDay, id, session.minutes);
  const moved = day !== item.originalDay;
  const occurrence: Record<string, unknown> = {
    id,
    sessionId: session.id,
    kind: session.kind,
    date: moved ? dateOf(day) : originalDate,
  };
  if (moved) occurrence.originalDate = originalDate;
  occurrence.allDay = timing.start === undefined;
  if (timing.start !== undefined) occurrence.start = timing.start;
  if (timing.end !== undefined) occurrence.end = timing.end;
  occurrence.week = weekOf(day);
  occurrence.phase = plan.phases[item.phaseIndex]?.id ?? "";
  occurrence.session = session;
  occurrence.multiplier = session.kind === "run" ? multiplier : 1;
  if (resolved.ranges !== undefined) occurrence.ranges = resolved.ranges;
  if (resolved.estimated !== undefined) occurrence.estimated = resolved.estimated;
  if (alternatives !== undefined) occurrence.alternatives = alternatives;
  if (item.flexible !== undefined) occurrence.flexible = true;
  // Not enumerable: the JSON of every plan written before `intensity` existed stays byte for byte the same.
  if (intensity !== undefined) Object.defineProperty(occurrence, "intensity", { value: intensity, enumerable: false });
  return occurrence as unknown as SessionOccurrence; // kind is session.kind: one member of the union
}

/** The session of a flexible occurrence: the week's entry of `timesPerWeek`, and `optional` beyond its minimum. */
function flexibleSession(session: OccurrenceSession, item: Planned): OccurrenceSession {
  const times = item.session.timesPerWeek === undefined ? null : timesOf(item.session.timesPerWeek, item.weekIndex);
  return {
    ...session,
    ...(times === null ? {} : { timesPerWeek: times.min === times.max ? times.min : times }),
    ...(item.flexible?.optional === true ? { optional: true } : {}),
  };
}
