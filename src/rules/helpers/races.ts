/**
 * Races, judged around and never blamed (docs/domain.md, Coaching model): the rules that would name a race as the fault
 * (a spike, a long-run share, an easy share, an ACWR peak) judge a race week on its training instead.
 */
import { weeklyMetrics } from "../../load/weeklyMetrics.js";
import type { TrainingHistory, WeekMetrics } from "../../load/types.js";
import type { Athlete } from "../../model/athlete.js";
import { isRace } from "../../schedule/keySession.js";
import type { Calendar } from "../../schedule/types.js";

/** Whether a calendar holds a race. */
export function hasRace(calendar: Calendar): boolean {
  return calendar.occurrences.some(isRace);
}

/** The calendar with its races left out: the training around them. */
export function withoutRaces(calendar: Calendar): Calendar {
  return {
    ...calendar,
    occurrences: calendar.occurrences.filter((occurrence) => !isRace(occurrence)),
    weeks: calendar.weeks.map((week) => ({
      ...week,
      days: week.days.map((day) => ({
        ...day,
        occurrences: day.occurrences.filter((occurrence) => !isRace(occurrence)),
      })),
    })),
  };
}

// One race-free reading per calendar, however many rules ask for it.
const trainingCache = new WeakMap<Calendar, readonly WeekMetrics[]>();

/**
 * The weekly metrics of a calendar's training, its races left out (the metrics themselves when it has none): what a
 * race week is judged on. The history and the athlete's in-season minutes seed it as they seed the report's metrics.
 *
 * @param context - The rule context's calendar, metrics, history and athlete.
 * @returns One entry per week, in order.
 */
export function trainingMetrics(context: {
  readonly calendar: Calendar;
  readonly metrics: readonly WeekMetrics[];
  readonly history: TrainingHistory | undefined;
  readonly athlete: Athlete | undefined;
}): readonly WeekMetrics[] {
  const { calendar, history, athlete } = context;
  if (!hasRace(calendar)) return context.metrics;
  const cached = trainingCache.get(calendar);
  if (cached) return cached;
  const minutes = athlete?.inSeasonWeeklyRunMinutes;
  const metrics = weeklyMetrics(withoutRaces(calendar), {
    ...(history ? { history } : {}),
    ...(minutes === undefined ? {} : { inSeasonWeeklyRunMinutes: minutes }),
  });
  trainingCache.set(calendar, metrics);
  return metrics;
}
