/**
 * Flexible days: where a session of `timesPerWeek` takes place in each week of its phase. Internal to the expansion.
 *
 * The days are distinct candidate days (the days of `on` in that week), spread as evenly as the week allows: the
 * choice whose smallest gap between consecutive sessions is largest, counting the gap into the next week (the week
 * repeats), then whose largest gap is smallest, then the earliest (compared day by day from the first). "1-2 times,
 * Monday to Friday" is Monday and Thursday; "3 times, Monday to Friday" Monday, Wednesday and Friday.
 */
import { timesOf } from "../../model/timesPerWeek.js";
import type { Session } from "../../model/session.js";

/** A day a flexible session takes place on, and whether it is beyond the week's minimum (optional). */
export interface FlexibleDay {
  readonly day: number;
  readonly optional: boolean;
}

/** The gaps in days between consecutive chosen offsets (0-6 in the week), the last one into the next week. */
function gapsOf(chosen: readonly number[]): number[] {
  return chosen.map((offset, index) => (chosen[index + 1] ?? (chosen[0] ?? 0) + 7) - offset);
}

/** Every way to choose `count` of `items` in order, earliest choices first. */
function combinations(items: readonly number[], count: number, from = 0): number[][] {
  if (count === 0) return [[]];
  const result: number[][] = [];
  for (let index = from; index <= items.length - count; index += 1)
    for (const rest of combinations(items, count - 1, index + 1)) result.push([items[index] ?? 0, ...rest]);
  return result;
}

/**
 * The offsets (0-6 from the first day of the week) of `count` sessions among candidate offsets, spread as evenly as
 * the week allows (this module's rule). Deterministic: the same candidates and count give the same days.
 *
 * @param candidates - The candidate offsets, ascending and distinct.
 * @param count - How many to pick, at most the candidates.
 * @returns The picked offsets, ascending.
 */
export function spreadDays(candidates: readonly number[], count: number): readonly number[] {
  let best: readonly number[] = [];
  let bestSmallest = -1;
  let bestLargest = Infinity;
  for (const chosen of combinations(candidates, Math.min(count, candidates.length))) {
    const gaps = gapsOf(chosen);
    const smallest = Math.min(...gaps);
    const largest = Math.max(...gaps);
    if (smallest > bestSmallest || (smallest === bestSmallest && largest < bestLargest)) {
      best = chosen;
      bestSmallest = smallest;
      bestLargest = largest;
    }
  }
  return best;
}

/**
 * The days of one week a flexible session takes place on: as many as the week's `timesPerWeek` allows at most, those
 * beyond its minimum optional (all of them when the session is optional); none when that week's entry is `null`.
 *
 * @param session - A session with `timesPerWeek`.
 * @param weekIndex - The 0-based week of its phase.
 * @param weekFirstDay - The first day (day number) of that week.
 * @param candidates - The candidate days of that week (day numbers, ascending): the days of `on` in it.
 * @param spreads - The offsets {@link spreadDays} gave so far, by candidate offsets and count: every week of a phase
 *   asks the same question, so one expansion answers it once.
 * @returns The days, ascending.
 */
export function flexibleDays(
  session: Session,
  weekIndex: number,
  weekFirstDay: number,
  candidates: readonly number[],
  spreads = new Map<string, readonly number[]>(),
): FlexibleDay[] {
  const times = session.timesPerWeek === undefined ? null : timesOf(session.timesPerWeek, weekIndex);
  if (times === null) return [];
  const relative = candidates.map((day) => day - weekFirstDay);
  const key = `${relative.join(",")}/${String(times.max)}`;
  let offsets = spreads.get(key);
  if (offsets === undefined) {
    offsets = spreadDays(relative, times.max);
    spreads.set(key, offsets);
  }
  return offsets.map((offset, index) => ({
    day: weekFirstDay + offset,
    optional: session.optional === true || index >= times.min,
  }));
}
