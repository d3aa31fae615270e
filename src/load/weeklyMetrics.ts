import type { Calendar, CalendarWeek } from "../schedule/types.js";
import { ACWR_WARMUP_DAYS, acwrByDay, type AcwrDay, type AcwrState } from "./acwrSeries.js";
import { dayLoad as loadOfDay } from "./dailyLoads.js";
import { rollingAcwrByDay } from "./rollingAcwr.js";
import type { AcwrSeed, TrainingHistory, WeekMetrics } from "./types.js";
import { weekRoles, type WeekRole } from "./weekRoles.js";
import { weekTotals } from "./weekTotals.js";

/** Days of the acute window: a day's ACWR is read from the plan's 7th day, when the window holds plan days only. */
const ACUTE_WINDOW_DAYS = 7;
/** The monotony reported for a week whose loads do not vary (and the cap of any monotony). */
export const MONOTONY_CAP = 10;

/** Options of {@link weeklyMetrics}. */
export interface WeeklyMetricsOptions {
  /** Training before the plan: seeds the ACWR (and, for the rules, week-1 comparisons). */
  readonly history?: TrainingHistory;
  /** The athlete's in-season weekly run minutes: seeds the ACWR at minutes x 4 / 7 a day when there is no history. */
  readonly inSeasonWeeklyRunMinutes?: number;
}

/** The starting load of both EWMAs and where it came from. */
export function acwrSeed(options: WeeklyMetricsOptions): {
  readonly load: number;
  readonly source: AcwrSeed;
  readonly historyDays: number;
} {
  const days = options.history?.days;
  if (days && days.length > 0) {
    return {
      load: days.reduce((sum, day) => sum + day.load, 0) / days.length,
      source: "history",
      historyDays: days.length,
    };
  }
  const weeks = options.history?.weeks;
  if (weeks && weeks.length > 0) {
    return {
      load: weeks.reduce((sum, week) => sum + week.load, 0) / (7 * weeks.length),
      source: "history",
      historyDays: 7 * weeks.length,
    };
  }
  if (options.inSeasonWeeklyRunMinutes !== undefined)
    return { load: (options.inSeasonWeeklyRunMinutes * 4) / 7, source: "in-season", historyDays: 0 };
  return { load: 0, source: "none", historyDays: 0 };
}

/**
 * Monotony of a week (Foster 1998): mean daily load / population standard deviation of the 7 daily loads. 0 for a
 * week without load; capped at 10, which is also the value when every day has the same non-zero load.
 *
 * @param dailyLoads - The 7 daily loads.
 * @returns The monotony, 0 to 10.
 * @example
 * ```ts
 * import { monotony } from "offseason";
 * monotony([210, 75, 0, 285, 60, 160, 135]); //=> 1.4755...
 * ```
 */
export function monotony(dailyLoads: readonly number[]): number {
  const count = dailyLoads.length;
  if (count === 0) return 0;
  const mean = dailyLoads.reduce((sum, load) => sum + load, 0) / count;
  if (mean === 0) return 0;
  const variance = dailyLoads.reduce((sum, load) => sum + (load - mean) ** 2, 0) / count;
  // mean > 0 here, so identical days (deviation 0) give Infinity, capped like any other very even week.
  return Math.min(MONOTONY_CAP, mean / Math.sqrt(variance));
}

/** The starting load of both EWMAs, as {@link acwrSeed} returns it. */
type Seed = ReturnType<typeof acwrSeed>;

/**
 * The first day whose ratio is read: once the 7-day acute window holds plan days only (day 7, the first week's last
 * day, as the weekly ACWR is), and once 28 days of load are known unless in-season volume seeds the EWMAs. Before, the
 * reading is the seed's guess of the days before the plan against the first day, which the weekday of the start
 * decides.
 */
function firstReadDay(seed: Seed): number {
  return Math.max(ACUTE_WINDOW_DAYS, seed.source === "in-season" ? 0 : ACWR_WARMUP_DAYS - seed.historyDays);
}

/** A week's peak day: its ratio, its date and its index in the week. */
interface Peak {
  readonly acwr: number;
  readonly date: string;
  readonly index: number;
}

/** The week's highest daily ratio and its day (the first of equal days); null when no day of the week is read. */
function peakOf(week: CalendarWeek, series: readonly AcwrDay[]): Peak | null {
  return series.reduce<Peak | null>((peak, day, index) => {
    const date = week.days[index]?.date;
    if (day.ratio === null || date === undefined || (peak !== null && day.ratio <= peak.acwr)) return peak;
    return { acwr: day.ratio, date, index };
  }, null);
}

/**
 * The metrics of one week from its days, its daily loads, its part of both ACWR series (EWMA and rolling sums) and the
 * EWMA state before it.
 */
function weekMetricsOf(
  week: CalendarWeek,
  dailyLoads: number[],
  series: { readonly ewma: readonly AcwrDay[]; readonly rolling: readonly (number | null)[] },
  before: AcwrState,
  context: { readonly seed: Seed; readonly paces: Calendar["plan"]["paces"] },
): Omit<WeekMetrics, "role"> {
  const totals = weekTotals(week.days, { paces: context.paces });
  const { acute, chronic, days } = series.ewma.at(-1)?.state ?? before;
  const peak = peakOf(week, series.ewma);
  const load = dailyLoads.reduce((sum, value) => sum + value, 0);
  const weekMonotony = monotony(dailyLoads);
  // A seed from in-season volume stands for weeks of steady training; history counts towards the 28 days.
  const reported = context.seed.source === "in-season" || context.seed.historyDays + days >= ACWR_WARMUP_DAYS;
  const { runMinutes, walkMinutes, crossMinutes, strengthMinutes, mobilityMinutes, mentalMinutes, aerobicMinutes } =
    totals;
  return {
    week: week.index,
    startDate: week.startDate,
    endDate: week.endDate,
    phase: week.phase,
    transition: week.phaseType === "transition",
    runMinutes,
    runKm: Math.round(totals.runKm * 10) / 10,
    runs: totals.runs,
    runDays: totals.runDays,
    crossMinutes,
    strengthMinutes,
    mobilityMinutes,
    mentalMinutes,
    totalMinutes: runMinutes + walkMinutes + crossMinutes + strengthMinutes + mobilityMinutes + mentalMinutes,
    dailyLoads,
    load,
    monotony: weekMonotony,
    strain: load * weekMonotony,
    hardSessions: totals.hardSessions,
    aerobicMinutes,
    easyMinutes: totals.easyMinutes,
    easyShare: aerobicMinutes === 0 ? null : totals.easyMinutes / aerobicMinutes,
    longestRunMinutes: totals.longestRunMinutes,
    acuteLoad: acute,
    chronicLoad: chronic,
    acwr: reported && chronic > 0 ? acute / chronic : null,
    peakAcwr: peak?.acwr ?? null,
    peakAcwrDate: peak?.date ?? null,
    peakRollingAcwr: peak ? (series.rolling[peak.index] ?? null) : null,
  };
}

/**
 * The load metrics of every week of a calendar: run minutes and km, minutes per kind, daily and weekly load (session
 * RPE x minutes), monotony, strain, hard sessions, easy share of aerobic minutes, longest run, and the
 * acute:chronic workload ratio as EWMAs of 7 and 28 days (lambda = 2 / (N + 1)).
 *
 * Both EWMAs start at the mean daily load of the history when one is given, else at the athlete's in-season weekly
 * run minutes x 4 / 7 (in-season running at about RPE 4), else at 0. The ACWR is reported (non-null) once 28 days of
 * load are known, history days included, and from week 1 when the in-season volume seeds it.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param options - Training history, or the athlete's in-season weekly run minutes.
 * @returns One entry per week, in order.
 * @example
 * ```ts
 * import { buildCalendar, parsePlan, weeklyMetrics } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "SA"] },
 *   ] }],
 * });
 * weeklyMetrics(buildCalendar(plan))[0]?.load; //=> 240
 * ```
 */
export function weeklyMetrics(calendar: Calendar, options: WeeklyMetricsOptions = {}): readonly WeekMetrics[] {
  const seed = acwrSeed(options);
  const context = { seed, paces: calendar.plan.paces };
  const loads = calendar.weeks.map((week) => week.days.map((day) => loadOfDay(day.occurrences)));
  // One ACWR series over the whole plan, computed once; each week reads its own days of it.
  const start: AcwrState = { acute: seed.load, chronic: seed.load, days: 0 };
  const series = acwrByDay(loads.flat(), start, { fromDay: firstReadDay(seed), correctBias: seed.source === "none" });
  // The rolling-sum ratio from the same loads and the same start, read on the EWMA's peak day of each week.
  const rolling = rollingAcwrByDay(loads.flat(), seed.load);
  // Where each week starts in the series: a running sum (a fold copying the array each week was quadratic).
  const firstDays = [0];
  for (const week of loads) firstDays.push((firstDays.at(-1) ?? 0) + week.length);
  const weeks = calendar.weeks.map((week, index) => {
    const from = firstDays[index] ?? 0;
    const before = series[from - 1]?.state ?? start;
    const to = from + week.days.length;
    const parts = { ewma: series.slice(from, to), rolling: rolling.slice(from, to) };
    return weekMetricsOf(week, loads[index] ?? [], parts, before, context);
  });
  const roles = weekRoles(
    calendar,
    weeks.map((week) => week.runMinutes),
    options.history,
  );
  // The role goes after `transition`, where the reader of a week's metrics looks for what the week is.
  return weeks.map(({ week, startDate, endDate, phase, transition, ...rest }, index) => ({
    week,
    startDate,
    endDate,
    phase,
    transition,
    role: roles[index] ?? ("loading" satisfies WeekRole),
    ...rest,
  }));
}
