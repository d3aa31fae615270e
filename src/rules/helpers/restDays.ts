/** Run-free days: the weeks that `rest-day-weekly` reports, so that the rules about streaks and monotony stay silent. */
import type { Level } from "../../model/athlete.js";
import type { CalendarWeek } from "../../schedule/types.js";
import { byLevel } from "../levels.js";
import { runsOf } from "./calendar.js";

/** `rest-day-weekly`'s default minimum of run-free days a week: 2 for beginners, 1 for everyone else. */
export const MIN_RUN_FREE_DAYS: Readonly<Record<Level, number>> = byLevel(2, 1, 1, 1);

/** The run-free days of a week. */
export function runFreeDays(week: CalendarWeek): number {
  return week.days.filter((day) => runsOf(day).length === 0).length;
}

/**
 * The weeks with fewer run-free days than `rest-day-weekly` asks at a level (its default): that rule says it, so
 * `max-consecutive-run-days` and `weekly-monotony` say nothing of these weeks (one fact, one finding).
 */
export function restLessWeeks(weeks: readonly CalendarWeek[], level: Level): ReadonlySet<number> {
  const min = MIN_RUN_FREE_DAYS[level];
  return new Set(weeks.filter((week) => runFreeDays(week) < min).map((week) => week.index));
}
