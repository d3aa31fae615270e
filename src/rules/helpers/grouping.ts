/** Grouping of weekly failures into one finding each, and the reports the "at least N" and habit rules share. */
import type { CalendarWeek } from "../../schedule/types.js";
import type { RuleReport } from "../types.js";
import { weeksOf } from "./messageData.js";

/**
 * Groups a rule's weekly failures that fail the same way: entries with the same key become one group, its weeks in
 * order, in the order of their first week.
 */
export function groupByKey<T extends { readonly week: number }>(
  entries: readonly T[],
  key: (entry: T) => string,
): { readonly weeks: readonly number[]; readonly entries: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const id = key(entry);
    const group = groups.get(id);
    if (group) group.push(entry);
    else groups.set(id, [entry]);
  }
  return [...groups.values()].map((group) => ({ weeks: group.map((entry) => entry.week), entries: group }));
}

/** The weeks that fall short of a weekly minimum, grouped by their count: each group is one finding. */
export function weeksBelow(
  weeks: readonly CalendarWeek[],
  min: number,
  count: (week: CalendarWeek) => number,
  exempt: (week: CalendarWeek) => boolean = () => false,
): { readonly weeks: readonly number[]; readonly count: number }[] {
  const short = weeks
    .filter((week) => !exempt(week))
    .map((week) => ({ week: week.index, count: count(week) }))
    .filter((entry) => entry.count < min);
  return groupByKey(short, (entry) => String(entry.count)).map((group) => ({
    weeks: group.weeks,
    count: group.entries[0]?.count ?? 0,
  }));
}

/**
 * Reports the weeks that have too few sessions of a kind (the "at least N a week" rules): one `tooFew` finding per
 * group of {@link weeksBelow}, with raw data a message words: `weeks` and `weekCount` ({@link weeksOf}), `count` (the
 * group's count, for `{count, plural, =0 {no session} one {# session} other {# sessions}}`), `min` and the rule's own
 * `data`.
 */
export function reportTooFew(
  report: (finding: RuleReport) => void,
  groups: readonly { readonly weeks: readonly number[]; readonly count: number }[],
  min: number,
  data: Readonly<Record<string, string | number>> = {},
): void {
  for (const group of groups) {
    report({
      messageId: "tooFew",
      weeks: group.weeks,
      measured: group.count,
      limit: min,
      data: { ...weeksOf(group.weeks), count: group.count, ...data, min },
    });
  }
}

/**
 * A habit's target checked against a range: `undefined` inside [min, max], else the finding's location, measured
 * value, the bound it misses and `{ habitId, value, min, max }` for the message (the nutrition and hydration rules).
 */
export function habitTargetOutOfRange(
  habitId: string,
  index: number,
  field: string,
  value: number,
  min: number,
  max: number,
) {
  if (value >= min && value <= max) return undefined;
  return {
    sessionId: habitId,
    path: `habits[${String(index)}].${field}`,
    measured: value,
    limit: value < min ? min : max,
    data: { habitId, value, min, max },
  };
}
