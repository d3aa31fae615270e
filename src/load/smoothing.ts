/**
 * How an exponentially weighted moving average of N days weighs a new day:
 * - `exponential`: lambda = 1 - e^(-1/N), a time constant of N days (GoldenCheetah, intervals.icu, Elevate; the
 *   fitness / fatigue default);
 * - `ema`: lambda = 2 / (N + 1), the trading EMA (Williams et al. 2017 for the ACWR; Runalyze's fitness).
 */
export type DecayFormula = "exponential" | "ema";

/**
 * The weight lambda of a new day in an EWMA of `days` days.
 *
 * @param days - The window N, in days (at least 1).
 * @param formula - `exponential` (default) or `ema`.
 * @returns Lambda, between 0 and 1.
 * @example
 * ```ts
 * import { decayFactor } from "offseason";
 * decayFactor(42); //=> 0.0235283...
 * decayFactor(7, "ema"); //=> 0.25
 * ```
 */
export function decayFactor(days: number, formula: DecayFormula = "exponential"): number {
  return formula === "ema" ? 2 / (days + 1) : 1 - Math.exp(-1 / days);
}

/**
 * One day of an EWMA: `lambda * load + (1 - lambda) * previous`.
 *
 * @param previous - The average of the day before.
 * @param load - The day's load.
 * @param lambda - The weight of the new day, from {@link decayFactor}.
 * @returns The day's average.
 * @example
 * ```ts
 * import { ewmaStep } from "offseason";
 * ewmaStep(100, 200, 0.25); //=> 125
 * ```
 */
export function ewmaStep(previous: number, load: number, lambda: number): number {
  return lambda * load + (1 - lambda) * previous;
}
