/** Float comparison and rounding of measured values: a value exactly at its limit passes. */

/** Rounds to a number of decimals, for `measured` values that read well (0.823, not 0.82307692). */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Whether a measured ratio is over its limit, ignoring floating-point noise: exactly at the limit passes (66 / 60 - 1 is 0.1). */
export function over(value: number, limit: number): boolean {
  return value - limit > 1e-9;
}

/** Whether a measured ratio is under its limit, ignoring floating-point noise. */
export function under(value: number, limit: number): boolean {
  return limit - value > 1e-9;
}
