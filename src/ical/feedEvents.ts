/**
 * The events of a feed before they are written: the occurrences, the occurrences that exceptions cancelled, and the
 * habits before each cancelled run (cancelled with their run, so that a calendar that showed the reminder takes it
 * down), each with its zone and the SEQUENCE its plan gives it.
 */
import { MS_PER_MINUTE, parseInstant } from "../calendar/civilDate.js";
import { formatInstant } from "../calendar/zone.js";
import type { Habit } from "../model/habit.js";
import type { Plan } from "../model/plan.js";
import type { ExpansionResult } from "../schedule/expansion/expandPlanInZone.js";
import { habitBeforeRun } from "../schedule/expansion/habits.js";
import type { HabitOccurrence, Occurrence, SessionOccurrence } from "../schedule/types.js";

/** One VEVENT of a calendar before it is written. */
export interface FeedEvent {
  readonly occurrence: Occurrence;
  /** Written as `STATUS:CANCELLED`. */
  readonly cancelled: boolean;
  /** The zone its times are written in: the plan's, or a trip's. */
  readonly timezone: string;
  /** Its SEQUENCE (RFC 5546 2.1.4): absent from the text when 0. */
  readonly sequence: number;
}

/**
 * The number of exceptions that changed an occurrence's date, time or status: a habit before a run counts its run's
 * (also when the run, or the habit, is no longer in the plan).
 */
export function revisionsOf(occurrence: Occurrence, revisions: ReadonlyMap<string, number>): number {
  const own = revisions.get(occurrence.id);
  if (own !== undefined) return own;
  return occurrence.kind === "habit" && occurrence.runOccurrenceId !== undefined
    ? (revisions.get(occurrence.runOccurrenceId) ?? 0)
    : 0;
}

/** A habit before a run that was cancelled, placed as the expansion places it before a run that takes place. */
function habitBeforeCancelledRun(
  habit: Habit,
  run: SessionOccurrence,
  expansion: ExpansionResult,
): { occurrence: HabitOccurrence; timezone: string } {
  const hoursBefore = habit.category === "hydration" ? habit.hoursBefore : undefined;
  const timezone = expansion.timezoneOf(run.id);
  let start: string | undefined;
  if (run.start !== undefined && hoursBefore !== undefined) {
    const ms = parseInstant(run.start) - hoursBefore * 60 * MS_PER_MINUTE;
    start = formatInstant({ ms, offsetSeconds: expansion.converterOf(timezone).offsetAt(ms) });
  }
  const occurrence = habitBeforeRun(habit, run, start);

  return { occurrence, timezone: start === undefined ? expansion.timezoneOf(occurrence.id) : timezone };
}

/**
 * The events of an expansion, in the order they are written: its occurrences, then the cancelled ones, then (with
 * `includeHabits`) the habits before the cancelled runs, each with the SEQUENCE its plan's exceptions give it.
 *
 * @param plan - The plan that was expanded.
 * @param expansion - Its expansion (with the cancelled occurrences when they are written).
 * @param includeHabits - Whether habits are written.
 * @returns The events, their zones and SEQUENCE.
 */
export function feedEvents(plan: Plan, expansion: ExpansionResult, includeHabits: boolean): FeedEvent[] {
  const { revisions } = expansion;
  const event = (occurrence: Occurrence, cancelled: boolean, timezone = expansion.timezoneOf(occurrence.id)) => ({
    occurrence,
    cancelled,
    timezone,
    sequence: revisionsOf(occurrence, revisions),
  });
  const events: FeedEvent[] = expansion.occurrences.map((occurrence) => event(occurrence, false));
  for (const occurrence of expansion.cancelled) events.push(event(occurrence, true));
  if (!includeHabits) return events;
  const runs = expansion.cancelled.filter((occurrence) => occurrence.kind === "run");
  for (const habit of plan.habits ?? []) {
    if (habit.when !== "before-each-run") continue;
    for (const run of runs) {
      const { occurrence, timezone } = habitBeforeCancelledRun(habit, run, expansion);
      events.push(event(occurrence, true, timezone));
    }
  }
  return events;
}
