/** A week's load day by day, and the acute:chronic ratio it gives, as the validator reads them. */
import { ACWR_WARMUP_DAYS, acwrByDay } from "../load/acwrSeries.js";
import { rollingAcwrByDay } from "../load/rollingAcwr.js";
import { TWO_WEEK_GROWTH } from "./tuning.js";
import type { PlannedWeek } from "./types.js";
import type { Day } from "./weekLayout.js";

/** The load ratio's state between weeks. */
export interface LoadState {
  acute: number;
  chronic: number;
  days: number;
  /** The daily load before the plan (the seed both series start at; 0 without one). */
  before: number;
  /** The plan's last 28 daily loads at most, for the rolling sums. */
  recent: readonly number[];
}

/** The week's load by plan day (RPE x minutes of runs, cross-training and strength). */
export function dailyLoads(week: PlannedWeek, firstWeekday: Day): number[] {
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const entry of [...week.runs, ...week.strength, ...week.cross])
    byWeekday[entry.day] = (byWeekday[entry.day] ?? 0) + entry.rpe * entry.minutes;
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => byWeekday[(firstWeekday + offset) % 7] ?? 0);
}

/**
 * The acute:chronic ratio day by day, as acwr-band judges it: the week's EWMA peak (the first of equal days), which is
 * a spike only as far as the rolling sums of that day confirm it (Gabbett 2016: a week repeated unchanged reads 1 on
 * them, whatever its EWMA peak), so `peak` is the lower of the two; and the state after the week.
 */
export function simulate(
  start: LoadState,
  daily: readonly number[],
  seeded: boolean,
): { peak: number; state: LoadState } {
  // The validator's own series (load/acwrSeries.ts): seeded, every day is read; unseeded, from day 28, bias-corrected.
  const series = acwrByDay(daily, start, { fromDay: seeded ? 0 : ACWR_WARMUP_DAYS, correctBias: !seeded });
  let at = -1;
  series.forEach((day, index) => {
    if (day.ratio !== null && (at < 0 || day.ratio > (series[at]?.ratio ?? 0))) at = index;
  });
  const loads = [...start.recent, ...daily];
  const rolling = rollingAcwrByDay(loads, start.before).slice(start.recent.length);
  const ewma = at < 0 ? 0 : (series[at]?.ratio ?? 0);
  const peak = Math.min(ewma, rolling[at] ?? 0);
  const last = series.at(-1)?.state ?? start;
  return { peak, state: { ...last, before: start.before, recent: loads.slice(-28) } };
}

/**
 * The most a week may run 2 weeks on from the highest of the 3 weeks before the week before (30 % over 2 weeks,
 * Nielsen 2014; weekly-volume-progression); no cap after a transition week or without such weeks.
 */
export function twoWeekCap(weeks: readonly PlannedWeek[], week: number): number {
  const before = weeks[week - 1];
  const window = weeks.slice(Math.max(0, week - 4), Math.max(0, week - 1)).filter((w) => w.phase !== "transition");
  const peak = Math.max(0, ...window.map((w) => w.runMinutes));
  return !before || before.phase === "transition" || peak === 0 ? Infinity : Math.floor(peak * TWO_WEEK_GROWTH);
}
