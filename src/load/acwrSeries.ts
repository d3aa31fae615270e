/**
 * The acute:chronic workload ratio day by day: EWMAs of 7 and 28 days (lambda = 2 / (N + 1), Williams et al. 2017)
 * over a series of daily loads. The one home of the ACWR arithmetic: {@link weeklyMetrics} (which the rules read) and
 * the plan generator (which builds weeks under the rule's limit) both call {@link acwrByDay}.
 */
import { decayFactor, ewmaStep } from "./smoothing.js";

/** EWMA decay for N days: lambda = 2 / (N + 1) (Williams et al. 2017). */
export const ACUTE_LAMBDA = decayFactor(7, "ema");
/** Decay of the 28-day (chronic) EWMA. */
export const CHRONIC_LAMBDA = decayFactor(28, "ema");
/** Days of load needed before an unseeded ACWR is reported. */
export const ACWR_WARMUP_DAYS = 28;

/** Both EWMAs after a number of days. */
export interface AcwrState {
  /** The 7-day EWMA of the daily load. */
  readonly acute: number;
  /** The 28-day EWMA of the daily load. */
  readonly chronic: number;
  /** Days smoothed since the plan's start (the start state's count plus the days of the series so far). */
  readonly days: number;
}

/** How a series is read. */
export interface AcwrReading {
  /** The first day (a value of {@link AcwrState.days}) whose ratio is read; earlier days read null. */
  readonly fromDay: number;
  /**
   * Whether both EWMAs started at 0 (nothing seeds them): they then carry the weight 1 - (1 - lambda)^n of n days
   * only, and the ratio divides it out.
   */
  readonly correctBias: boolean;
}

/** One day of the series: the EWMAs after it, and its ratio (null before `fromDay` or while the chronic load is 0). */
export interface AcwrDay {
  readonly state: AcwrState;
  readonly ratio: number | null;
}

/**
 * Both EWMAs one day later.
 *
 * @param state - The EWMAs of the day before.
 * @param load - The day's load.
 * @returns The EWMAs after the day.
 */
export function acwrStep(state: AcwrState, load: number): AcwrState {
  return {
    acute: ewmaStep(state.acute, load, ACUTE_LAMBDA),
    chronic: ewmaStep(state.chronic, load, CHRONIC_LAMBDA),
    days: state.days + 1,
  };
}

/**
 * The acute:chronic ratio of a state whose chronic load is above 0.
 *
 * @param state - The EWMAs after a day.
 * @param correctBias - Whether both EWMAs started at 0 (see {@link AcwrReading.correctBias}).
 * @returns acute / chronic, each divided by its weight when `correctBias` (a steady load reads 1, not 1.16, on day 28).
 */
export function acwrRatio(state: AcwrState, correctBias: boolean): number {
  const { acute, chronic, days } = state;
  return correctBias
    ? acute / (1 - (1 - ACUTE_LAMBDA) ** days) / (chronic / (1 - (1 - CHRONIC_LAMBDA) ** days))
    : acute / chronic;
}

/**
 * The ratio day by day over a series of daily loads.
 *
 * @param dailyLoads - The loads of consecutive days, in order.
 * @param start - The EWMAs before the first of them (the seed, or where an earlier series ended).
 * @param reading - From which day the ratio is read, and whether to correct an unseeded start.
 * @returns One entry per day, in order (a steady load of 100 from a seed of 100 reads 1 every day from `fromDay`).
 */
export function acwrByDay(dailyLoads: readonly number[], start: AcwrState, reading: AcwrReading): readonly AcwrDay[] {
  const series: AcwrDay[] = [];
  let state = start;
  for (const load of dailyLoads) {
    state = acwrStep(state, load);
    const read = state.days >= reading.fromDay && state.chronic > 0;
    series.push({ state, ratio: read ? acwrRatio(state, reading.correctBias) : null });
  }
  return series;
}
