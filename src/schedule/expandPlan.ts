import { expandPlanInZone } from "./expansion/expandPlanInZone.js";
import type { Plan } from "../model/plan.js";
import type { ExpandPlanOptions, Occurrence } from "./types.js";

export type { ExpandPlanOptions } from "./types.js";

/**
 * Expands a plan into dated occurrences in the plan's time zone: every session of every phase by its `on` weekdays
 * or `repeat` rule, with the phase's progression applied to runs, then the plan's exceptions (skips, moves and the
 * adjustments shift, pause, swap, rest and travel, in order), then the habits. Wall times follow RFC 5545: a time
 * that does not exist on a spring-forward day moves forward by the gap, an ambiguous one takes the earlier instant. When the gap carries a session into the next local day (a gap over
 * midnight, a skipped day such as Samoa's 2011-12-30), `date` is that day and `originalDate` the planned one: the
 * local day of `start` is always `date`. Offsets are exact to the second (`-00:44:30` for Monrovia before 1972).
 *
 * @param plan - A parsed plan (see {@link parsePlan}).
 * @param options - An optional date window, whether to include habits, and the limits of the expansion
 * (`maxOccurrences`, `maxWeeks`).
 * @returns The occurrences, sorted by date, then time (all-day first), then session id. Same input, same output,
 * whatever the process time zone.
 * @throws {@link OffseasonError} with code `exception` when an exception matches no occurrence, changes nothing or
 * names a date outside the plan (each issue names the exception's JSON path), code `limit` when the plan produces
 * more occurrences than `maxOccurrences` or is longer than `maxWeeks` (see {@link WeekLimitOption}: the phases, with
 * the weeks its shifts, pauses and rest days add), or code `config` for a limit option that is not a positive whole
 * number.
 * @example
 * ```ts
 * import { expandPlan, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "America/New_York", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"], time: "07:00" },
 *   ] }],
 * });
 * expandPlan(plan)[0]?.start; //=> "2026-11-03T07:00:00-05:00"
 * ```
 */
export function expandPlan(plan: Plan, options: ExpandPlanOptions = {}): readonly Occurrence[] {
  return expandPlanInZone(plan, options).occurrences;
}
