import { METRES_PER_MILE } from "./raceDistances.js";

/** The units a pace is written in: per kilometre or per mile. */
export type PaceUnit = "km" | "mi";

/**
 * A speed as a pace that a plan's `PaceSchema` accepts, `m:ss/km` or `m:ss/mi`, rounded to the second ("4:16/km").
 * Internal: the speeds given are those of VO2max estimates of 15 to 90, whose paces stay within its 1 to 59 minutes.
 */
export function paceText(metresPerMinute: number, unit: PaceUnit): string {
  const metres = unit === "mi" ? METRES_PER_MILE : 1000;
  const seconds = Math.round((metres / metresPerMinute) * 60);
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, "0")}/${unit}`;
}
