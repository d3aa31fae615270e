/** The week limit of an expansion: the phases, and the weeks that the plan's adjustments add to them. */
import { errorOf, issueOf } from "../../model/errors.js";
import { SCHEDULE_MESSAGES, SHARED_MESSAGES } from "../../model/issueMessages.js";
import { DEFAULT_LIMITS } from "../../model/limits.js";
import type { Plan } from "../../model/plan.js";
import { planWeeks } from "../../model/planDates.js";

/** The weeks of a plan's phases, without what its adjustments add. */
export function phaseWeeksOf(plan: Pick<Plan, "phases">): number {
  return plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
}

/**
 * The week limit when none is given: {@link DEFAULT_LIMITS}.maxWeeks, or the weeks of the plan's phases when they are
 * more. Parsing held the phases to the limit it was given, so a plan parsed with a raised limit is not refused again.
 */
export function defaultWeekLimit(plan: Pick<Plan, "phases">): number {
  return Math.max(DEFAULT_LIMITS.maxWeeks, phaseWeeksOf(plan));
}

/** The adjustments that lengthen a plan, by the id a message names them with (`shift+rest`), in a fixed order. */
const LENGTHENING: readonly (readonly [string, (exception: NonNullable<Plan["exceptions"]>[number]) => boolean])[] = [
  ["shift", (exception) => exception.action === "shift" && exception.days > 0],
  [
    "pause",
    (exception) => exception.action === "pause" && exception.mode === "shift" && exception.to >= exception.from,
  ],
  ["rest", (exception) => exception.action === "rest"],
];

/**
 * Checks that the plan, lengthened by its shifts, pauses (in `shift` mode) and rest days, spans at most `maxWeeks`
 * weeks. The message names only what the plan has: its phases when they alone are too long (at `phases`), else the
 * kinds of adjustment that lengthen it (at `exceptions`).
 *
 * @param plan - A parsed plan.
 * @param maxWeeks - The limit given, or undefined for {@link defaultWeekLimit}.
 * @throws {@link OffseasonError} with code `limit` when the plan is longer.
 */
export function checkWeekLimit(plan: Plan, maxWeeks: number | undefined): void {
  const limit = maxWeeks ?? defaultWeekLimit(plan);
  const weeks = planWeeks(plan);
  if (weeks <= limit) return;
  const phaseWeeks = phaseWeeksOf(plan);
  // Without a limit given, the phases make the limit when they are longer than the default.
  const raised = maxWeeks === undefined && limit > DEFAULT_LIMITS.maxWeeks;
  if (phaseWeeks > limit) {
    throw errorOf("limit", "summary.planTooLong", [
      issueOf(["phases"], "limit", SHARED_MESSAGES, "limit.weeks", { weeks: phaseWeeks, limit }),
    ]);
  }
  const exceptions = plan.exceptions ?? [];
  const kinds = LENGTHENING.filter(([, lengthens]) => exceptions.some(lengthens)).map(([kind]) => kind);
  throw errorOf("limit", "summary.planTooLong", [
    issueOf(["exceptions"], "limit", SCHEDULE_MESSAGES, "limit.weeksWithExceptions", {
      kinds: kinds.join("+"),
      weeks,
      limit,
      raised,
    }),
  ]);
}
