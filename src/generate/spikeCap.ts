/** The 30-day longest-run check as the generator plans under it: each day's cap, each week's longest runs. */
import { EARLY_GROWTH, SPIKE_WINDOW } from "./tuning.js";
import type { PlannedWeek, SeasonInput, SpikeCap } from "./types.js";
import type { Day } from "./weekLayout.js";

/** The day of the plan (0 = its first day) of a weekday in a plan week. */
export function dayIndex(input: SeasonInput, week: number, day: Day): number {
  return week * 7 + ((day - input.firstWeekday + 7) % 7);
}

/** The longest run a day may hold so that single-run-spike stays quiet, given the longest runs so far. */
export function spikeCapOf(input: SeasonInput, longestByDay: readonly number[]): SpikeCap {
  return (week, day) => {
    const index = dayIndex(input, week, day);
    const before = longestByDay.slice(Math.max(0, index - SPIKE_WINDOW), index);
    const longest = Math.max(0, ...before);
    // A run exactly at the limit is no spike (the rules ignore floating-point noise, so does this).
    // The rule judges a run against 30 days before it: in the plan's first 30 days (without a history) runs come
    // back at the generator's own, gentle pace instead.
    const growth = index < SPIKE_WINDOW ? EARLY_GROWTH : 1 + input.limits.spike.warnAbove;
    return longest === 0 ? Infinity : Math.floor(longest * growth + 1e-9);
  };
}

/** The longest run of each of a week's 7 plan days (0 without a run). */
export function longestOfWeek(input: SeasonInput, week: PlannedWeek): number[] {
  return [0, 1, 2, 3, 4, 5, 6].map((offset) =>
    Math.max(0, ...week.runs.filter((run) => dayIndex(input, 0, run.day) === offset).map((run) => run.minutes)),
  );
}
