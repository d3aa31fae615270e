import { secondsAtVo2max, speedAtVo2max } from "./danielsGilbert.js";
import { paceText, type PaceUnit } from "./paceText.js";
import { pacesError, problem } from "./problems.js";
import { RACE_PACE_DISTANCES_KM, VO2MAX_RANGE } from "./raceDistances.js";
import { checkRaceResult, type RaceResult } from "./raceResult.js";

/** Options of {@link trainingPaces}. */
export interface TrainingPacesOptions {
  /** Paces per kilometre (`"4:16/km"`, the default) or per mile (`"6:51/mi"`). */
  readonly unit?: "km" | "mi";
}

/**
 * A plan's `paces` from a race: the training paces by run type and the race paces by distance, each `m:ss/km` or
 * `m:ss/mi` as a plan's paces are written. A step may then say `"pace": "5k"`.
 */
export type TrainingPaces = {
  /** Easy runs: 72 % of the speed at VO2max. */
  readonly easy: string;
  /** Long runs: the easy pace. */
  readonly long: string;
  /** Recovery runs: 65 % of the speed at VO2max. */
  readonly recovery: string;
  /** Tempo (threshold) runs: 90 % of the speed at VO2max. */
  readonly tempo: string;
  /** Intervals: 98 % of the speed at VO2max. */
  readonly intervals: string;
  /** Strides and short repetitions: 105 % of the speed at VO2max. */
  readonly strides: string;
  /** Mile race pace, from the predicted mile time. */
  readonly mile: string;
  /** 5 km race pace, from the predicted 5 km time. */
  readonly "5k": string;
  /** 10 km race pace, from the predicted 10 km time. */
  readonly "10k": string;
  /** Half-marathon race pace, from the predicted half-marathon time. */
  readonly half: string;
  /** Marathon race pace, from the predicted marathon time. */
  readonly marathon: string;
};

/**
 * Fractions of the speed at VO2max. They reproduce the paces Daniels publishes for a VO2max of 49 (E 8:40/mi, T
 * 4:20/km, I 3:59/km, R 1:29 per 400 m) through the oxygen-cost equation: see docs/paces.md.
 */
const UNITS: ReadonlySet<string> = new Set(["km", "mi"]);

const FRACTIONS = { recovery: 0.65, easy: 0.72, tempo: 0.9, intervals: 0.98, strides: 1.05 } as const;

function vo2maxOf(from: RaceResult | number): number {
  if (typeof from !== "number") return checkRaceResult(from).vo2max;
  if (!Number.isFinite(from))
    throw pacesError("Invalid VO2max", [problem("invalid", "", "must be a finite number", "invalid_type")]);
  if (from < VO2MAX_RANGE.min || from > VO2MAX_RANGE.max) {
    const message = `must be ${String(VO2MAX_RANGE.min)} to ${String(VO2MAX_RANGE.max)} ml/kg/min`;
    throw pacesError("Invalid VO2max", [problem("limit", "", message, "out_of_range")]);
  }
  return from;
}

/**
 * A plan's `paces` from a race result or a VO2max: easy, long, recovery, tempo, intervals and strides as fractions of
 * the speed at VO2max (Daniels and Gilbert's oxygen cost), and the race paces of the mile, 5 km, 10 km, half and
 * marathon from their predicted times ({@link predictRaceTime}, Daniels). Each pace is rounded to the second.
 *
 * @param from - A race (`{ distanceKm, time }` or `{ distanceMi, time }`) or a VO2max, 15 to 90 (e.g. from
 * {@link estimateVo2max}; a race gives its unrounded estimate, so a pace may differ by a second).
 * @param options - The unit of the paces, `km` (default) or `mi`.
 * @returns The paces, `m:ss/km` or `m:ss/mi`.
 * @throws {@link OffseasonError} as {@link estimateVo2max} does for a race; for a number, code `invalid` when it is not
 * finite, `limit` outside 15 to 90; code `invalid` at `unit` for a unit other than `km` or `mi`.
 * @example
 * ```ts
 * import { trainingPaces } from "offseason";
 * const paces = trainingPaces({ distanceKm: 10, time: "41:21" });
 * [paces.easy, paces.tempo, paces.intervals, paces["5k"], paces.marathon];
 * //=> ["5:20/km", "4:16/km", "3:55/km", "3:59/km", "4:31/km"]
 * trainingPaces(50, { unit: "mi" }).marathon; //=> "7:16/mi"
 * ```
 */
export function trainingPaces(from: RaceResult | number, options: TrainingPacesOptions = {}): TrainingPaces {
  const unit: PaceUnit = options.unit ?? "km";
  // A JavaScript caller may pass any string: the type alone does not keep it out.
  if (!UNITS.has(unit))
    throw pacesError("Invalid options", [problem("invalid", "unit", 'must be "km" or "mi"', "invalid_value")]);
  const vo2max = vo2maxOf(from);
  const speed = speedAtVo2max(vo2max);
  const at = (fraction: number): string => paceText(speed * fraction, unit);
  const race = (km: number): string => paceText((km * 1000 * 60) / secondsAtVo2max(vo2max, km * 1000), unit);
  return {
    easy: at(FRACTIONS.easy),
    long: at(FRACTIONS.easy),
    recovery: at(FRACTIONS.recovery),
    tempo: at(FRACTIONS.tempo),
    intervals: at(FRACTIONS.intervals),
    strides: at(FRACTIONS.strides),
    mile: race(RACE_PACE_DISTANCES_KM.mile),
    "5k": race(RACE_PACE_DISTANCES_KM["5k"]),
    "10k": race(RACE_PACE_DISTANCES_KM["10k"]),
    half: race(RACE_PACE_DISTANCES_KM.half),
    marathon: race(RACE_PACE_DISTANCES_KM.marathon),
  };
}
