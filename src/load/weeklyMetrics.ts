import { isHardSession } from "../model/sessionKinds.js";
import { runningMinutes } from "../model/stepsOfDay.js";
import type { Calendar } from "../schedule/types.js";
import { dayLoad as loadOfDay } from "./dailyLoads.js";
import { decayFactor, ewmaStep } from "./smoothing.js";
import type { AcwrSeed, TrainingHistory, WeekMetrics } from "./types.js";

/** EWMA decay for N days: lambda = 2 / (N + 1) (Williams et al. 2017). */
export const ACUTE_LAMBDA = decayFactor(7, "ema");
/** Decay of the 28-day (chronic) EWMA. */
export const CHRONIC_LAMBDA = decayFactor(28, "ema");
/** Days of load needed before an unseeded ACWR is reported. */
export const ACWR_WARMUP_DAYS = 28;
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
  const context = { paces: calendar.plan.paces };
  let acute = seed.load;
  let chronic = seed.load;
  let dayIndex = 0;
  return calendar.weeks.map((week) => {
    let runMinutes = 0;
    let runKm = 0;
    let runs = 0;
    let runDays = 0;
    let crossMinutes = 0;
    let strengthMinutes = 0;
    let mobilityMinutes = 0;
    let mentalMinutes = 0;
    let hardSessions = 0;
    let aerobicMinutes = 0;
    let easyMinutes = 0;
    let longestRunMinutes = 0;
    let walkMinutes = 0;
    const dailyLoads: number[] = [];
    let peak: { readonly acwr: number; readonly date: string } | null = null;
    for (const day of week.days) {
      const dayLoad = loadOfDay(day.occurrences);
      let ranToday = false;
      for (const occurrence of day.occurrences) {
        // Occurrence is a union by kind: past this line it is a session occurrence.
        if (occurrence.kind === "habit") continue;
        const session = occurrence.session;
        if (isHardSession(session, context)) hardSessions += 1;
        if (occurrence.kind === "run" || occurrence.kind === "cross") {
          aerobicMinutes += session.minutes;
          // Classed step by step with steps; a step-less hard-type run is its work between 10 easy minutes either
          // side (docs/domain.md, Easy share); any other session is easy or not as a whole.
          easyMinutes += occurrence.intensity.easyMin;
        }
        switch (session.kind) {
          case "run": {
            // Walk steps (run/walk) are not running minutes; they stay in the total and the load.
            const running = runningMinutes(session);
            runMinutes += running;
            walkMinutes += session.minutes - running;
            runKm += session.distanceKm ?? 0;
            runs += 1;
            ranToday = true;
            longestRunMinutes = Math.max(longestRunMinutes, running);
            break;
          }
          case "cross":
            crossMinutes += session.minutes;
            break;
          case "strength":
            strengthMinutes += session.minutes;
            break;
          case "mobility":
            mobilityMinutes += session.minutes;
            break;
          case "mental":
            mentalMinutes += session.minutes;
            break;
        }
      }
      if (ranToday) runDays += 1;
      dailyLoads.push(dayLoad);
      acute = ewmaStep(acute, dayLoad, ACUTE_LAMBDA);
      chronic = ewmaStep(chronic, dayLoad, CHRONIC_LAMBDA);
      dayIndex += 1;
      // A day is read once its 7-day acute window holds plan days only (from day 7, the first week's last day, as
      // the weekly ACWR is): before, the reading is the seed's guess of the days before the plan against the first
      // day, which the weekday of the start decides.
      const readable =
        dayIndex >= ACUTE_WINDOW_DAYS &&
        (seed.source === "in-season" || seed.historyDays + dayIndex >= ACWR_WARMUP_DAYS);
      if (chronic > 0 && readable) {
        // EWMAs that start at 0 (no seed) carry the weight 1 - (1 - lambda)^n of n days only: divided by it, the
        // daily ratio reads the load itself, not the missing start (a steady load reads 1, not 1.16, on day 28).
        const ratio =
          seed.source === "none"
            ? acute / (1 - (1 - ACUTE_LAMBDA) ** dayIndex) / (chronic / (1 - (1 - CHRONIC_LAMBDA) ** dayIndex))
            : acute / chronic;
        if (peak === null || ratio > peak.acwr) peak = { acwr: ratio, date: day.date };
      }
    }
    const load = dailyLoads.reduce((sum, value) => sum + value, 0);
    const weekMonotony = monotony(dailyLoads);
    // A seed from in-season volume stands for weeks of steady training; history counts towards the 28 days.
    const reported = seed.source === "in-season" || seed.historyDays + dayIndex >= ACWR_WARMUP_DAYS;
    return {
      week: week.index,
      startDate: week.startDate,
      endDate: week.endDate,
      phase: week.phase,
      transition: week.phaseType === "transition",
      runMinutes,
      runKm: Math.round(runKm * 10) / 10,
      runs,
      runDays,
      crossMinutes,
      strengthMinutes,
      mobilityMinutes,
      mentalMinutes,
      totalMinutes: runMinutes + walkMinutes + crossMinutes + strengthMinutes + mobilityMinutes + mentalMinutes,
      dailyLoads,
      load,
      monotony: weekMonotony,
      strain: load * weekMonotony,
      hardSessions,
      aerobicMinutes,
      easyMinutes,
      easyShare: aerobicMinutes === 0 ? null : easyMinutes / aerobicMinutes,
      longestRunMinutes,
      acuteLoad: acute,
      chronicLoad: chronic,
      acwr: reported && chronic > 0 ? acute / chronic : null,
      peakAcwr: peak?.acwr ?? null,
      peakAcwrDate: peak?.date ?? null,
    };
  });
}
