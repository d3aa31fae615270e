/** The role of each week in a plan: what a coach reads a week as before judging its volume (docs/domain.md, Week roles). */
import { isRace, racePriority } from "../schedule/keySession.js";
import type { Calendar, CalendarWeek, SessionOccurrence } from "../schedule/types.js";
import { historyWeeks } from "./history.js";
import type { TrainingHistory, WeekRole } from "./types.js";

export type { WeekRole } from "./types.js";

/** A reduced week runs at most this share of the highest of the weeks before it. */
export const REDUCED_AT_MOST = 0.8;
/** How many weeks before a week its reduced test and a race's taper look back. */
const LOOKBACK_WEEKS = 3;

/** The priorities of the races a week holds. */
function racePriorities(week: CalendarWeek): ReadonlySet<string> {
  // A loop, not flatMap-filter-map: every week of every validation asks it, and most weeks hold no race.
  const priorities = new Set<string>();
  for (const day of week.days)
    for (const occurrence of day.occurrences)
      if (isRace(occurrence)) priorities.add(racePriority(occurrence as SessionOccurrence<"run">));
  return priorities;
}

/**
 * Whether a week's run minutes are at most 80 % of the highest of the 3 weeks before (history weeks included); never
 * when those weeks ran nothing.
 */
export function isReducedVolume(runMinutes: number, before: readonly number[]): boolean {
  const peak = Math.max(0, ...before.slice(-LOOKBACK_WEEKS));
  // A small tolerance keeps a week at exactly 80 % reduced despite floating-point sums.
  return peak > 0 && runMinutes <= REDUCED_AT_MOST * peak + 1e-9;
}

/**
 * The role of every week of a calendar, in order. Run minutes are the weeks' (ranges at their midpoints), the
 * history's weeks come before week 1.
 *
 * @param calendar - The calendar.
 * @param runMinutes - The run minutes of each week of the calendar, in order.
 * @param history - Training before the plan.
 * @returns One role per week.
 */
export function weekRoles(
  calendar: Calendar,
  runMinutes: readonly number[],
  history: TrainingHistory | undefined,
): WeekRole[] {
  const volumes = [...historyWeeks(history).map((week) => week.runMinutes), ...runMinutes];
  const offset = volumes.length - runMinutes.length;
  const priorities = calendar.weeks.map(racePriorities);
  return calendar.weeks.map((week, index): WeekRole => {
    if (week.phaseType === "transition") return "transition";
    if (priorities[index]?.has("A") === true || priorities[index]?.has("B") === true) return "race";
    const before = volumes.slice(Math.max(0, offset + index - LOOKBACK_WEEKS), offset + index);
    if (!isReducedVolume(runMinutes[index] ?? 0, before)) return "loading";
    const aRaceAhead = priorities.slice(index + 1, index + 1 + LOOKBACK_WEEKS).some((found) => found.has("A"));
    return aRaceAhead ? "taper" : "reduced";
  });
}
