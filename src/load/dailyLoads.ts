import { sessionLoad } from "../model/sessionKinds.js";
import { runningMinutes } from "../model/stepsOfDay.js";
import type { Calendar, Occurrence } from "../schedule/types.js";

/** One local day of a plan's daily series, as {@link dailyLoadSeries} returns it. */
export interface DailyLoad {
  /** The local calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The 1-based week of the plan. */
  readonly week: number;
  /** Session-RPE load of the day (docs/domain.md, "Daily load"): RPE x minutes over runs, cross-training and strength. */
  readonly load: number;
  /** Minutes run that day. */
  readonly runMinutes: number;
  /** The longest single run of the day, in minutes; 0 without runs. */
  readonly longestRunMinutes: number;
}

/** Options of {@link dailyLoadSeries}. */
export interface DailyLoadSeriesOptions {
  /** Ids of occurrences to leave out (e.g. those an activity replaced, so that no load counts twice). */
  readonly excluded?: ReadonlySet<string>;
}

/**
 * The load of one day's occurrences: the sum of their session loads in the order given (habits carry none). The one
 * definition of a daily load that {@link weeklyMetrics}, {@link dailyLoadSeries} and {@link fitness} share.
 */
export function dayLoad(occurrences: readonly Occurrence[], excluded?: ReadonlySet<string>): number {
  let load = 0;
  for (const occurrence of occurrences) {
    if (occurrence.kind === "habit" || excluded?.has(occurrence.id) === true) continue;
    load += sessionLoad(occurrence.session);
  }
  return load;
}

/**
 * The daily series of a calendar: for every local day of the plan, in order, its load (docs/domain.md, "Daily
 * load"), its run minutes and its longest run. {@link weeklyMetrics} sums the same loads per week; {@link fitness}
 * smooths them into CTL and ATL.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param options - Occurrences to leave out.
 * @returns One entry per day of the calendar, empty days included.
 * @example
 * ```ts
 * import { buildCalendar, dailyLoadSeries, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * dailyLoadSeries(buildCalendar(plan))[1]; //=> { date: "2026-11-03", week: 1, load: 120, runMinutes: 40, longestRunMinutes: 40 }
 * ```
 */
export function dailyLoadSeries(calendar: Calendar, options: DailyLoadSeriesOptions = {}): readonly DailyLoad[] {
  const { excluded } = options;
  return calendar.weeks.flatMap((week) =>
    week.days.map((day) => {
      let runMinutes = 0;
      let longestRunMinutes = 0;
      for (const occurrence of day.occurrences) {
        if (occurrence.kind !== "run" || excluded?.has(occurrence.id) === true) continue;
        // Walk steps (run/walk) count in the load, not in the running minutes.
        const running = runningMinutes(occurrence.session);
        runMinutes += running;
        longestRunMinutes = Math.max(longestRunMinutes, running);
      }
      return {
        date: day.date,
        week: week.index,
        load: dayLoad(day.occurrences, excluded),
        runMinutes,
        longestRunMinutes,
      };
    }),
  );
}
