/** Run-free days: the weeks that `rest-day-weekly` reports, so that the rules about streaks and monotony stay silent. */
import type { Level } from "../../model/athlete.js";
import type { CalendarWeek } from "../../schedule/types.js";
import { MASTERS_FROM_AGE } from "../../model/recentRace.js";
import { byLevel } from "../levels.js";
import { runsOf } from "./calendar.js";

/** `rest-day-weekly`'s default minimum of run-free days a week: 2 for beginners, 1 for everyone else. */
export const MIN_RUN_FREE_DAYS: Readonly<Record<Level, number>> = byLevel(2, 1, 1, 1);

/** Masters (50 and over) take 2 run-free days a week in their 50s-60s (COACHING.md 3.1, 6: Ricci, Chan; C). */
export const MASTERS_MIN_RUN_FREE_DAYS = 2;

/** Youth under 15 take at least 2 days off organised sport a week (COACHING.md 3.1: AAP, Jayanthi). */
export const YOUNG_YOUTH_MIN_RUN_FREE_DAYS = 2;

/** Youth under this age (12-14) need the young-youth minimum. */
export const YOUNG_YOUTH_UNDER_AGE = 15;

/**
 * The run-free days a week an athlete needs by age, on top of the level's: 2 for masters and for youth under 15,
 * else the level's minimum.
 *
 * @param levelMin - The level's minimum.
 * @param age - The athlete's age, when given.
 * @param mins - The masters and young-youth minimums.
 * @returns The minimum for the athlete.
 */
export function minRunFreeDaysFor(
  levelMin: number,
  age: number | undefined,
  mins: { readonly masters: number; readonly youngYouth: number } = {
    masters: MASTERS_MIN_RUN_FREE_DAYS,
    youngYouth: YOUNG_YOUTH_MIN_RUN_FREE_DAYS,
  },
): number {
  if (age === undefined) return levelMin;
  if (age >= MASTERS_FROM_AGE) return Math.max(levelMin, mins.masters);
  if (age < YOUNG_YOUTH_UNDER_AGE) return Math.max(levelMin, mins.youngYouth);
  return levelMin;
}

/** The run-free days of a week. */
export function runFreeDays(week: CalendarWeek): number {
  let count = 0;
  for (const day of week.days) if (runsOf(day).length === 0) count += 1;
  return count;
}

/**
 * The weeks with fewer run-free days than `rest-day-weekly` asks at a level (its default): that rule says it, so
 * `max-consecutive-run-days` and `weekly-monotony` say nothing of these weeks (one fact, one finding).
 */
export function restLessWeeks(weeks: readonly CalendarWeek[], level: Level, age?: number): ReadonlySet<number> {
  const min = minRunFreeDaysFor(MIN_RUN_FREE_DAYS[level], age);
  return new Set(weeks.filter((week) => runFreeDays(week) < min).map((week) => week.index));
}
