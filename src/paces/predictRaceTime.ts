import { secondsAtVo2max } from "./danielsGilbert.js";
import { distanceProblems, pacesError, problem } from "./problems.js";
import { checkRaceResult, type RaceResult } from "./raceResult.js";

const MODELS: ReadonlySet<string> = new Set(["daniels", "riegel"]);

/** Options of {@link predictRaceTime}. */
export interface PredictRaceTimeOptions {
  /**
   * How to predict:
   * - `"daniels"` (the default): the time over the new distance that implies the same VO2max (Daniels and Gilbert),
   *   solved by bisection;
   * - `"riegel"`: Riegel's power law, `t2 = t1 (d2 / d1)^1.06` (Riegel 1981; it holds for efforts of about 3.5 minutes
   *   to 4 hours).
   */
  readonly model?: "daniels" | "riegel";
}

/**
 * Predicts the time of a race over another distance from a race result, to the second.
 *
 * @param race - The race run: `{ distanceKm, time }` or `{ distanceMi, time }`.
 * @param distanceKm - The distance to predict, in km (0.4 to 100; a mile is 1.609344, a marathon 42.195).
 * @param options - The model: Daniels (default) or Riegel.
 * @returns The predicted time in whole seconds.
 * @throws {@link OffseasonError} as {@link estimateVo2max} does for the race; for the distance to predict, code
 * `invalid` (not a number, zero or less) or `limit` (outside 0.4 to 100 km) at path `distanceKm`; code `invalid` at
 * `model` for a model other than `"daniels"` or `"riegel"`.
 * @example
 * ```ts
 * import { predictRaceTime } from "offseason";
 * const tenK = { distanceKm: 10, time: "41:21" };
 * predictRaceTime(tenK, 42.195); //=> 11446
 * predictRaceTime(tenK, 42.195, { model: "riegel" }); //=> 11413
 * predictRaceTime(tenK, 10); //=> 2481
 * ```
 */
export function predictRaceTime(race: RaceResult, distanceKm: number, options: PredictRaceTimeOptions = {}): number {
  const model = options.model ?? "daniels";
  const checked = checkRaceResult(race);
  const problems = distanceProblems(distanceKm, "distanceKm", "km");
  // A JavaScript caller may pass any string: the type alone does not keep it out.
  if (!MODELS.has(model)) problems.push(problem("invalid", "model", 'must be "daniels" or "riegel"', "invalid_value"));
  if (problems.length > 0) throw pacesError("Invalid prediction", problems);
  const metres = distanceKm * 1000;
  const seconds =
    model === "riegel"
      ? checked.seconds * Math.pow(metres / checked.metres, 1.06)
      : secondsAtVo2max(checked.vo2max, metres);
  return Math.round(seconds);
}
