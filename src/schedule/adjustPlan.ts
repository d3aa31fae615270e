import { expandPlanInZone } from "./expansion/expandPlanInZone.js";
import { parsePlan } from "../model/parse.js";
import { DEFAULT_LIMITS } from "../model/limits.js";
import type { Plan, PlanException } from "../model/plan.js";
import type { WeekLimitOption } from "./types.js";
import { defaultWeekLimit } from "./expansion/weekLimit.js";

/** Options of {@link shiftPlan}. */
export interface ShiftPlanOptions extends WeekLimitOption {
  /** The first date that moves (`YYYY-MM-DD`). */
  readonly from: string;
  /** Days to move by: positive pushes out, negative pulls in (nothing may land before `from`). */
  readonly days: number;
  /** The one session to shift; without it every session shifts. */
  readonly sessionId?: string;
  /** Why, for the athlete. */
  readonly reason?: string;
}

/** Options of {@link pausePlan}. */
export interface PausePlanOptions extends WeekLimitOption {
  /** The first day of the pause (`YYYY-MM-DD`). */
  readonly from: string;
  /** The last day of the pause (`YYYY-MM-DD`, inclusive). */
  readonly to: string;
  /** `shift` (default): what was planned from `from` on starts after `to`; `drop`: those days' sessions are skipped. */
  readonly mode?: "shift" | "drop";
  /** Why, for the athlete. */
  readonly reason?: string;
}

/** Options of {@link travel}. */
export interface TravelOptions extends WeekLimitOption {
  /** The first day away (`YYYY-MM-DD`). */
  readonly from: string;
  /** The last day away (`YYYY-MM-DD`, inclusive). */
  readonly to: string;
  /** The IANA time zone of those days, e.g. `Europe/Berlin`. */
  readonly timezone: string;
  /** Why, for the athlete. */
  readonly reason?: string;
}

/** Options of {@link swapDays} and {@link insertRestDay}. */
export interface AdjustmentOptions extends WeekLimitOption {
  /** Why, for the athlete. */
  readonly reason?: string;
}

/**
 * Appends one exception, parses the result and expands it once, so that an adjustment that matches nothing throws.
 * The parse keeps the phases of a plan parsed with a raised `maxWeeks`; the expansion holds the week limit given.
 */
function withException(plan: Plan, exception: PlanException, options: WeekLimitOption): Plan {
  const phaseLimit = defaultWeekLimit(plan);
  const next = parsePlan(
    { ...plan, exceptions: [...(plan.exceptions ?? []), exception] },
    phaseLimit > DEFAULT_LIMITS.maxWeeks ? { limits: { maxWeeks: phaseLimit } } : {},
  );
  expandPlanInZone(next, { includeHabits: false, ...weekLimitOf(options) });
  return next;
}

function weekLimitOf(options: WeekLimitOption): WeekLimitOption {
  return options.maxWeeks === undefined ? {} : { maxWeeks: options.maxWeeks };
}

function reasonOf(options: { readonly reason?: string | undefined }): { readonly reason?: string } {
  return options.reason === undefined ? {} : { reason: options.reason };
}

/**
 * Shifts a plan from a date: every occurrence planned on or after `from` (of every session, or of `sessionId` only)
 * moves by `days`. Appends a `shift` exception; the input plan is not changed. Ids stay `<sessionId>@<originalDate>`
 * and moved occurrences carry `originalDate`; weeks pushed past the last phase join the calendar.
 *
 * @param plan - A parsed plan.
 * @param options - `from`, `days` (negative allowed), and optionally `sessionId`, `reason` and `maxWeeks` (the week
 * limit the result is checked against, see {@link WeekLimitOption}).
 * @returns A new parsed plan with the shift as its last exception.
 * @throws {@link OffseasonError} with code `invalid` when the result does not parse (a date outside the plan), code
 * `limit` when it makes the plan longer than the week limit, or code `exception` when nothing is planned from `from`
 * on or when a session would land before `from`.
 * @example
 * ```ts
 * import { expandPlan, parsePlan, shiftPlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * const later = shiftPlan(plan, { from: "2026-11-09", days: 7 });
 * expandPlan(later).map((o) => o.date); //=> ["2026-11-03", "2026-11-17"]
 * ```
 */
export function shiftPlan(plan: Plan, options: ShiftPlanOptions): Plan {
  return withException(
    plan,
    {
      action: "shift",
      from: options.from,
      days: options.days,
      ...(options.sessionId === undefined ? {} : { sessionId: options.sessionId }),
      ...reasonOf(options),
    },
    options,
  );
}

/**
 * Pauses a plan from `from` to `to`. In `shift` mode (the default) everything planned from `from` on moves by the
 * pause's length, so the plan grows by it; in `drop` mode the occurrences of those days are skipped (cancelled in
 * the iCalendar export). Appends a `pause` exception; the input plan is not changed.
 *
 * @param plan - A parsed plan.
 * @param options - `from`, `to` (inclusive), `mode`, `reason` and `maxWeeks` (as for {@link shiftPlan}).
 * @returns A new parsed plan with the pause as its last exception.
 * @throws {@link OffseasonError} as {@link shiftPlan} does; in `drop` mode code `exception` when nothing is planned
 * on those days.
 * @example
 * ```ts
 * import { expandPlan, parsePlan, pausePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * const paused = pausePlan(plan, { from: "2026-11-09", to: "2026-11-15", reason: "flu" });
 * expandPlan(paused).map((o) => o.date); //=> ["2026-11-03", "2026-11-17"]
 * pausePlan(plan, { from: "2026-11-09", to: "2026-11-15", mode: "drop" }).exceptions?.length; //=> 1
 * ```
 */
export function pausePlan(plan: Plan, options: PausePlanOptions): Plan {
  return withException(
    plan,
    {
      action: "pause",
      from: options.from,
      to: options.to,
      mode: options.mode ?? "shift",
      ...reasonOf(options),
    },
    options,
  );
}

/**
 * Swaps the sessions of two dates (as they stand after the plan's earlier exceptions). Appends a `swap` exception;
 * the input plan is not changed.
 *
 * @param plan - A parsed plan.
 * @param date - One date (`YYYY-MM-DD`).
 * @param other - The other date.
 * @param options - An optional `reason` and `maxWeeks` (as for {@link shiftPlan}).
 * @returns A new parsed plan with the swap as its last exception.
 * @throws {@link OffseasonError} with code `invalid` for a date outside the plan or the same date twice, or code
 * `exception` when nothing is planned on either date.
 * @example
 * ```ts
 * import { expandPlan, parsePlan, swapDays } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *     { id: "gym", kind: "strength", focus: "full-body", minutes: 30, rpe: 5, on: ["TH"] },
 *   ] }],
 * });
 * expandPlan(swapDays(plan, "2026-11-03", "2026-11-05")).map((o) => o.id); //=> ["gym@2026-11-05", "easy@2026-11-03"]
 * ```
 */
export function swapDays(plan: Plan, date: string, other: string, options: AdjustmentOptions = {}): Plan {
  return withException(plan, { action: "swap", date, with: other, ...reasonOf(options) }, options);
}

/**
 * Inserts a rest day: every occurrence on or after `date` moves one day later (a shift of +1 from `date`). Appends a
 * `rest` exception; the input plan is not changed.
 *
 * @param plan - A parsed plan.
 * @param date - The day that becomes a rest day (`YYYY-MM-DD`).
 * @param options - An optional `reason` and `maxWeeks` (as for {@link shiftPlan}).
 * @returns A new parsed plan with the rest day as its last exception.
 * @throws {@link OffseasonError} as {@link shiftPlan} does.
 * @example
 * ```ts
 * import { expandPlan, insertRestDay, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * expandPlan(insertRestDay(plan, "2026-11-03"))[0]?.date; //=> "2026-11-04"
 * ```
 */
export function insertRestDay(plan: Plan, date: string, options: AdjustmentOptions = {}): Plan {
  return withException(plan, { action: "rest", date, ...reasonOf(options) }, options);
}

/**
 * Moves the sessions of some days to another time zone: they keep their wall times there (07:00 stays 07:00), their
 * instants follow that zone's rules, DST included. Appends a `travel` exception; the input plan is not changed.
 *
 * @param plan - A parsed plan.
 * @param options - `from`, `to` (inclusive), the IANA `timezone`, and an optional `reason` and `maxWeeks` (as for
 * {@link shiftPlan}).
 * @returns A new parsed plan with the trip as its last exception.
 * @throws {@link OffseasonError} with code `invalid` for an unknown zone or dates outside the plan, or code
 * `exception` when nothing is planned on those days.
 * @example
 * ```ts
 * import { expandPlan, parsePlan, travel } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "America/New_York", startDate: "2027-01-04",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"], time: "07:00" },
 *   ] }],
 * });
 * const away = travel(plan, { from: "2027-01-04", to: "2027-01-10", timezone: "Europe/Berlin" });
 * expandPlan(away)[0]?.start; //=> "2027-01-05T07:00:00+01:00"
 * ```
 */
export function travel(plan: Plan, options: TravelOptions): Plan {
  return withException(
    plan,
    {
      action: "travel",
      from: options.from,
      to: options.to,
      timezone: options.timezone,
      ...reasonOf(options),
    },
    options,
  );
}
