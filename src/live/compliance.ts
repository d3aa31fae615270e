import type { ComplianceBand, ComplianceBands } from "./adherenceTypes.js";

/**
 * TrainingPeaks' duration bands: green within 20 % of the planned minutes (80-120 %), yellow 50-79 % or 121-150 %,
 * red below 50 % or above 150 % (support.trainingpeaks.com, "Color coding").
 *
 * @example
 * ```ts
 * import { TRAININGPEAKS_BANDS } from "offseason";
 * TRAININGPEAKS_BANDS.green; //=> { min: 0.8, max: 1.2 }
 * ```
 */
export const TRAININGPEAKS_BANDS: ComplianceBands = Object.freeze({
  green: Object.freeze({ min: 0.8, max: 1.2 }),
  yellow: Object.freeze({ min: 0.5, max: 1.5 }),
});

/** Which colour a compliance ratio has. */
export function bandOf(compliance: number, bands: ComplianceBands): ComplianceBand {
  if (compliance >= bands.green.min && compliance <= bands.green.max) return "green";
  if (compliance >= bands.yellow.min && compliance <= bands.yellow.max) return "yellow";
  return "red";
}
