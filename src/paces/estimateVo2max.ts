import { checkRaceResult, type RaceResult } from "./raceResult.js";

/**
 * Estimates a runner's VO2max (ml/kg/min) from a race, by Daniels and Gilbert's equations (1979): the oxygen cost of
 * the race's speed over the fraction of VO2max sustainable for its duration. An "effective" VO2max, as Runalyze
 * calls it: what the race says, not a laboratory value. Rounded to 0.01.
 *
 * @param race - The race: `{ distanceKm, time }` or `{ distanceMi, time }`, time `"h:mm:ss"` or `"m:ss"`.
 * @returns The estimate, 15 to 90, to 0.01.
 * @throws {@link OffseasonError} with code `invalid` (a distance or time that is not one, zero or less, a time such as
 * `"1:75:00"`) or `limit` (a distance outside 0.4 to 100 km; a time that gives an estimate outside 15 to 90, faster or
 * slower than humans race), its issues located at `distanceKm`, `distanceMi` or `time`.
 * @example
 * ```ts
 * import { estimateVo2max } from "offseason";
 * estimateVo2max({ distanceKm: 5, time: "20:00" }); //=> 49.81
 * estimateVo2max({ distanceKm: 42.195, time: "3:10:49" }); //=> 49.95
 * ```
 */
export function estimateVo2max(race: RaceResult): number {
  return Math.round(checkRaceResult(race).vo2max * 100) / 100;
}
