import { OffseasonError, type OffseasonErrorCode, type OffseasonIssueInput } from "../model/errors.js";
import { METRES_PER_MILE, RACE_DISTANCE_KM } from "./raceDistances.js";

/**
 * One problem of an input to src/paces, with the error code it calls for: `invalid` for what is not a value (not a
 * number, not a time, zero or less), `limit` for a value out of the range humans race. Internal.
 */
export type Problem = OffseasonIssueInput & { readonly severity: Extract<OffseasonErrorCode, "invalid" | "limit"> };

/** A located problem: its severity, JSON path, plain message and issue code. */
export function problem(severity: Problem["severity"], path: string, message: string, code: string): Problem {
  return { severity, path, message, code };
}

/** The problems as one located OffseasonError: code `invalid` when any value is malformed, else `limit`. */
export function pacesError(summary: string, problems: readonly Problem[]): OffseasonError {
  const code = problems.some((each) => each.severity === "invalid") ? "invalid" : "limit";
  return new OffseasonError(
    code,
    summary,
    problems.map(({ path, message, code: issueCode }) => ({ path, message, code: issueCode })),
  );
}

const KM_RANGE = `${String(RACE_DISTANCE_KM.min)} to ${String(RACE_DISTANCE_KM.max)} km`;

/**
 * The problems of a race distance (`path` names the field), or none: a finite number above 0, from a 400 m lap to
 * 100 km (the range of the Daniels-Gilbert fraction's data, with room on both sides).
 */
export function distanceProblems(distance: unknown, path: string, unit: "km" | "mi"): Problem[] {
  if (typeof distance !== "number" || !Number.isFinite(distance))
    return [problem("invalid", path, "must be a finite number", "invalid_type")];
  if (distance <= 0) return [problem("invalid", path, "must be more than 0", "too_small")];
  const km = unit === "mi" ? (distance * METRES_PER_MILE) / 1000 : distance;
  if (km < RACE_DISTANCE_KM.min || km > RACE_DISTANCE_KM.max) {
    const range = unit === "mi" ? `${KM_RANGE} (0.25 to 62.1 mi)` : KM_RANGE;
    return [problem("limit", path, `must be a race distance, ${range}`, "out_of_range")];
  }
  return [];
}
