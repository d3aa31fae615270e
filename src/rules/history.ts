/** Reading a training history as weeks and as days, whichever form it was given in. */
import type { HistoryWeek, TrainingHistory } from "../load/types.js";

/** The history as whole weeks, oldest first: given weeks, or the given days grouped by 7 from the last day back. */
export function historyWeeks(history: TrainingHistory | undefined): readonly HistoryWeek[] {
  if (history?.weeks && history.weeks.length > 0) return history.weeks;
  const days = history?.days ?? [];
  const weeks: HistoryWeek[] = [];
  for (let end = days.length; end - 7 >= 0; end -= 7) {
    const slice = days.slice(end - 7, end);
    weeks.unshift({
      load: slice.reduce((sum, day) => sum + day.load, 0),
      runMinutes: slice.reduce((sum, day) => sum + (day.runMinutes ?? 0), 0),
      longestRunMinutes: Math.max(0, ...slice.map((day) => day.longestRunMinutes ?? 0)),
    });
  }
  return weeks;
}

/**
 * The longest run of the history within `days` days before the plan: from daily history, the days in that span;
 * from weekly history, the weeks that overlap it.
 */
export function historyLongestRun(history: TrainingHistory | undefined, days: number): number {
  if (days <= 0) return 0;
  if (history?.days && history.days.length > 0) {
    return Math.max(0, ...history.days.slice(-days).map((day) => day.longestRunMinutes ?? 0));
  }
  const weeks = history?.weeks ?? [];
  return Math.max(0, ...weeks.slice(-Math.ceil(days / 7)).map((week) => week.longestRunMinutes ?? 0));
}

/**
 * How many days just before the plan the history tells the longest run of: daily entries (or weekly ones, 7 days
 * each) counted back from the plan while they give `longestRunMinutes` (or no running at all).
 */
export function historyLongestRunCoverage(history: TrainingHistory | undefined): number {
  const known = (entry: { readonly runMinutes?: number; readonly longestRunMinutes?: number }) => entry.longestRunMinutes !== undefined || entry.runMinutes === 0;
  const count = (entries: readonly { readonly runMinutes?: number; readonly longestRunMinutes?: number }[]) => {
    let covered = 0;
    for (let index = entries.length - 1; index >= 0 && known(entries[index] ?? {}); index -= 1) covered += 1;
    return covered;
  };
  if (history?.days && history.days.length > 0) return count(history.days);
  return 7 * count(history?.weeks ?? []);
}
