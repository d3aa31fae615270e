import { vo2maxOfRace } from "./danielsGilbert.js";
import { distanceProblems, pacesError, problem, type Problem } from "./problems.js";
import { METRES_PER_MILE, VO2MAX_RANGE } from "./raceDistances.js";
import { parseRaceTime } from "../model/raceTime.js";

/**
 * A race result: its distance, in km or in miles (one of them), and its time, `"h:mm:ss"` or `"m:ss"` (minutes may
 * pass 59: `"63:46"`). An athlete's `recentRaces` entries with a `time` are race results (other keys are ignored).
 *
 * @example
 * ```ts
 * import { estimateVo2max } from "offseason";
 * const tenK = { distanceKm: 10, time: "41:21" };
 * const mile = { distanceMi: 1, time: "5:50" };
 * [estimateVo2max(tenK), estimateVo2max(mile)]; //=> [49.97, 49.97]
 * ```
 */
export type RaceResult =
  | {
      /** The race's distance in km, 0.4 to 100. */
      readonly distanceKm: number;
      /** Left out when `distanceKm` is given. */
      readonly distanceMi?: undefined;
      /** The finishing time, `"h:mm:ss"` or `"m:ss"`. */
      readonly time: string;
    }
  | {
      /** Left out when `distanceMi` is given. */
      readonly distanceKm?: undefined;
      /** The race's distance in miles, 0.25 to 62.1 (0.4 to 100 km). */
      readonly distanceMi: number;
      /** The finishing time, `"h:mm:ss"` or `"m:ss"`. */
      readonly time: string;
    };

/** A race result read and checked: metres, seconds and the VO2max it implies (unrounded). Internal. */
export interface CheckedRace {
  readonly metres: number;
  readonly seconds: number;
  readonly vo2max: number;
}

const SUMMARY = "Invalid race result";

function metresOf(race: Readonly<Record<string, unknown>>, problems: Problem[]): number | undefined {
  const { distanceKm, distanceMi } = race;
  if (distanceKm !== undefined && distanceMi !== undefined) {
    problems.push(problem("invalid", "distanceMi", "give distanceKm or distanceMi, not both", "conflict"));
    return undefined;
  }
  if (distanceKm === undefined && distanceMi === undefined) {
    problems.push(problem("invalid", "distanceKm", "a race needs distanceKm or distanceMi", "invalid_type"));
    return undefined;
  }
  const inMiles = distanceKm === undefined;
  const distance = inMiles ? distanceMi : distanceKm;
  const found = distanceProblems(distance, inMiles ? "distanceMi" : "distanceKm", inMiles ? "mi" : "km");
  problems.push(...found);
  if (found.length > 0 || typeof distance !== "number") return undefined;
  return distance * (inMiles ? METRES_PER_MILE : 1000);
}

function secondsOf(time: unknown, problems: Problem[]): number | undefined {
  const seconds = typeof time === "string" ? parseRaceTime(time) : undefined;
  if (seconds === undefined) {
    const message = 'must be a time "h:mm:ss" or "m:ss", e.g. "1:31:35" or "19:57"';
    problems.push(problem("invalid", "time", message, "invalid_format"));
    return undefined;
  }
  if (seconds > 0) return seconds;
  problems.push(problem("invalid", "time", "must be more than 0:00", "too_small"));
  return undefined;
}

/**
 * Reads and checks a race result: a distance of 0.4 to 100 km, a time above zero, and a speed humans run (a VO2max
 * estimate of 15 to 90, the bounds outside which Runalyze calls an estimate invalid). Every problem is located
 * (`time`, `distanceKm`, `distanceMi`) in one OffseasonError. Internal.
 */
export function checkRaceResult(race: unknown): CheckedRace {
  if (typeof race !== "object" || race === null || Array.isArray(race))
    throw pacesError(SUMMARY, [problem("invalid", "", "must be an object { distanceKm, time }", "invalid_type")]);
  const fields = race as Readonly<Record<string, unknown>>;
  const problems: Problem[] = [];
  const metres = metresOf(fields, problems);
  const seconds = secondsOf(fields.time, problems);
  if (problems.length > 0 || metres === undefined || seconds === undefined) throw pacesError(SUMMARY, problems);
  const vo2max = vo2maxOfRace(metres, seconds);
  if (vo2max < VO2MAX_RANGE.min || vo2max > VO2MAX_RANGE.max) {
    const pace = vo2max > VO2MAX_RANGE.max ? "faster" : "slower";
    const range = `${String(VO2MAX_RANGE.min)} to ${String(VO2MAX_RANGE.max)}`;
    const message = `is ${pace} than humans race that distance: it gives a VO2max of ${vo2max.toFixed(1)}, outside ${range}`;
    throw pacesError(SUMMARY, [problem("limit", "time", message, "out_of_range")]);
  }
  return { metres, seconds, vo2max };
}
