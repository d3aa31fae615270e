import { dateToDays, daysToDate } from "../calendar/civilDate.js";
import type { Plan } from "../model/plan.js";
import { planWeeks } from "../model/planDates.js";

/** The days the living plan's results cover, and the week each day counts in. */
export interface PlanSpan {
  /** The plan's first day, as a day number. */
  readonly firstDay: number;
  /** The last day counted: the plan's last day, or the day of an occurrence a DST gap pushed past it. */
  readonly lastDay: number;
  /** The plan's weeks. */
  readonly weeks: number;
  /** The 1-based week a day counts in: past the plan's last day but within the span, the last week. */
  readonly weekOf: (day: number) => number;
}

/**
 * The span of a plan's days that adherence and fitness count: the plan's weeks, stretched to the last occurrence
 * when a wall time that does not exist moved one past the last day (a late session on a spring-forward night, Samoa's
 * missing 2011-12-30: docs/scheduling.md). That session counts in the last week and on its own day, never nowhere.
 *
 * @param plan - A parsed plan.
 * @param occurrences - Its occurrences (their dates).
 * @returns The span.
 */
export function planSpan(plan: Plan, occurrences: readonly { readonly date: string }[]): PlanSpan {
  const firstDay = dateToDays(plan.startDate);
  const weeks = planWeeks(plan);
  const planLastDay = firstDay + weeks * 7 - 1;
  const planEnd = daysToDate(planLastDay);
  let lastDay = planLastDay;
  for (const { date } of occurrences) if (date > planEnd) lastDay = Math.max(lastDay, dateToDays(date));
  return {
    firstDay,
    lastDay,
    weeks,
    weekOf: (day) => (day > planLastDay && day <= lastDay ? weeks : Math.floor((day - firstDay) / 7) + 1),
  };
}
