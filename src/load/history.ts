/**
 * Reading a training history as weeks and as days, whichever form it was given in. When both are given, the days
 * win (as for the ACWR seed in `weeklyMetrics`): they are the finer record.
 */
import type { HistoryDay, HistoryWeek, TrainingHistory } from "./types.js";

const daysOf = (history: TrainingHistory | undefined): readonly HistoryDay[] | undefined =>
  history?.days?.length ? history.days : undefined;

/** The history as whole weeks, oldest first: the given days grouped by 7 from the last day back, else given weeks. */
export function historyWeeks(history: TrainingHistory | undefined): readonly HistoryWeek[] {
  const days = daysOf(history);
  if (!days) return history?.weeks ?? [];
  const weeks: HistoryWeek[] = [];
  for (let end = days.length; end >= 7; end -= 7) {
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
  const daily = daysOf(history);
  const entries = daily ? daily.slice(-days) : (history?.weeks ?? []).slice(-Math.ceil(days / 7));
  return Math.max(0, ...entries.map((entry) => entry.longestRunMinutes ?? 0));
}

/**
 * How many days just before the plan the history tells the longest run of: daily entries (or weekly ones, 7 days
 * each) counted back from the plan while they give `longestRunMinutes` (or no running at all).
 */
export function historyLongestRunCoverage(history: TrainingHistory | undefined): number {
  const known = (entry: HistoryDay | HistoryWeek) => entry.longestRunMinutes !== undefined || entry.runMinutes === 0;
  const count = (entries: readonly (HistoryDay | HistoryWeek)[]) => {
    let covered = 0;
    for (const entry of [...entries].reverse()) {
      if (!known(entry)) break;
      covered += 1;
    }
    return covered;
  };
  const daily = daysOf(history);
  return daily ? count(daily) : 7 * count(history?.weeks ?? []);
}
