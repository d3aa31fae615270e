import type { Activity } from "../model/activity.js";

/** Compares two strings by UTF-16 code units, as `<` does (no locale). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Within one date: by id, then by JSON (two activities with the same date and id still have a fixed order). */
const byIdThenJson = (a: Activity, b: Activity): number =>
  compareStrings(a.id, b.id) || compareStrings(JSON.stringify(a), JSON.stringify(b));

/**
 * A total order of activities that does not depend on the order they were given in: by date, then id, then their
 * JSON. Linking, tallies and sums all read the activities in this order, so that a result never depends on the order
 * of the log (floating-point sums included).
 */
export function byDateThenId(a: Activity, b: Activity): number {
  return compareStrings(a.date, b.date) || byIdThenJson(a, b);
}

/**
 * The activities in {@link byDateThenId} order, as a new array (the input is left as it is). A log has a few hundred
 * dates for thousands of activities: grouping by date first and sorting each day by id is several times faster than
 * one sort of the whole log, for the same order (both sorts are stable).
 */
export function sortActivities(activities: readonly Activity[]): Activity[] {
  const byDate = new Map<string, Activity[]>();
  for (const activity of activities) {
    const day = byDate.get(activity.date);
    if (day) day.push(activity);
    else byDate.set(activity.date, [activity]);
  }
  const sorted: Activity[] = [];
  for (const date of [...byDate.keys()].sort(compareStrings))
    for (const activity of (byDate.get(date) ?? []).sort(byIdThenJson)) sorted.push(activity);
  return sorted;
}
