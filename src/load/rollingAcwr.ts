/**
 * The acute:chronic workload ratio as coupled rolling sums (Gabbett 2016): the load of the 7 days ending a day against
 * the load of the 28 days ending it divided by 4. `acwr-band` reads it beside the EWMA ratio ({@link acwrByDay}) to
 * confirm a spike: a week repeated unchanged with its load on 3 days in a row lifts the daily EWMA peak to about 1.5
 * whatever its volume, while its rolling ratio stays at 1, since its 7-day load equals the mean of its 28.
 */

/** Days of the acute window. */
const ACUTE_DAYS = 7;
/** Days of the chronic window. */
const CHRONIC_DAYS = 28;

/**
 * The rolling-sum ratio day by day over a series of daily loads, from the same loads and the same start as the EWMA
 * series: the days before the series count at `before` a day (the load both EWMAs start at).
 *
 * @param dailyLoads - The loads of consecutive days, in order.
 * @param before - The daily load of the days before the first (the EWMAs' seed; 0 without one).
 * @returns One entry per day, in order: 7-day load / (28-day load / 4); null while the 28-day load is 0.
 * @example
 * A steady load reads 1 every day; a week of daily 120 after weeks of daily 60 reads 840 / (2,100 / 4) = 1.6 on its
 * seventh day.
 */
export function rollingAcwrByDay(dailyLoads: readonly number[], before: number): readonly (number | null)[] {
  // Prefix sums over the series with the 28 days before it, so that each window is a difference of two sums.
  const sums = [0];
  for (let day = 0; day < CHRONIC_DAYS; day++) sums.push((sums.at(-1) ?? 0) + before);
  for (const load of dailyLoads) sums.push((sums.at(-1) ?? 0) + load);
  return dailyLoads.map((_, index) => {
    const end = sums[CHRONIC_DAYS + index + 1] ?? 0;
    const acute = end - (sums[CHRONIC_DAYS + index + 1 - ACUTE_DAYS] ?? 0);
    const chronic = end - (sums[index + 1] ?? 0);
    return chronic > 0 ? acute / (chronic / (CHRONIC_DAYS / ACUTE_DAYS)) : null;
  });
}
