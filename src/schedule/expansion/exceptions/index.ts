/**
 * The plan's exceptions, applied in order: one handler per action, found in {@link EXCEPTION_HANDLERS} by the
 * exception's `action`.
 */
import { dateToDays } from "../../../calendar/civilDate.js";
import { errorOf, issueOf, type OffseasonIssue } from "../../../model/errors.js";
import { SCHEDULE_MESSAGES } from "../../../model/issueMessages.js";
import type { PlanException } from "../../../model/plan.js";
import type { Expansion, Planned, Trip } from "../context.js";
import {
  problem,
  type ExceptionAction,
  type ExceptionContext,
  type ExceptionHandler,
  type ExceptionOf,
  type ExceptionProblem,
} from "./handler.js";
import { pause } from "./pause.js";
import { rest } from "./rest.js";
import { shift } from "./shift.js";
import { skipOrMove } from "./skipOrMove.js";
import { swap } from "./swap.js";
import { travel } from "./travel.js";

/** The handler of each action (written out, not as `ExceptionHandler<A>`, so that one handler may serve two). */
const EXCEPTION_HANDLERS: {
  readonly [A in ExceptionAction]: (
    exception: ExceptionOf<A>,
    index: number,
    context: ExceptionContext,
  ) => ExceptionProblem | undefined;
} = {
  skip: skipOrMove,
  move: skipOrMove,
  shift,
  pause,
  swap,
  rest,
  travel,
};

/**
 * The message of an adjustment with a date outside the plan, else undefined. Skips and moves were checked against the
 * phases when the plan was parsed; adjustments are checked here, against the plan as lengthened by the adjustments.
 */
function outsidePlan(exception: PlanException, { firstDay, lastDay, dateOf }: Expansion): ExceptionProblem | undefined {
  if (exception.action === "skip" || exception.action === "move") return undefined;
  const dates: Partial<Record<"date" | "from" | "to" | "with", string>> = exception;
  for (const field of ["date", "from", "to", "with"] as const) {
    const date = dates[field];
    if (date !== undefined && (dateToDays(date) < firstDay || dateToDays(date) > lastDay))
      return problem("exception.adjustmentOutside", { field, date, start: dateOf(firstDay), end: dateOf(lastDay) });
  }
  return undefined;
}

/** The message of an exception that matches nothing or collides, else undefined once applied. */
function applyOne(exception: PlanException, index: number, context: ExceptionContext): ExceptionProblem | undefined {
  const outside = outsidePlan(exception, context.expansion);
  if (outside !== undefined) return outside;
  // The table is keyed by action: the handler found takes the exception it was found by.
  const handler = EXCEPTION_HANDLERS[exception.action] as ExceptionHandler<ExceptionAction>;
  return handler(exception, index, context);
}

/**
 * Applies the exceptions in order. Skips and moves name an occurrence by its planned date, and no two of them may
 * change the same one; adjustments (shift, pause, rest, swap, travel) act on the dates occurrences have by then.
 * Each one must match an occurrence; each counts, on every occurrence whose date, time or status it changes, one
 * revision (the iCalendar SEQUENCE). Returns the trips, later ones first.
 *
 * @throws {@link OffseasonError} with code `exception`, one issue per exception that matches nothing or collides.
 */
export function applyExceptions(expansion: Expansion, planned: readonly Planned[]): Trip[] {
  const trips: Trip[] = [];
  const exceptions = expansion.plan.exceptions ?? [];
  if (exceptions.length === 0) return trips;
  const byKey = new Map<string, Planned>();
  const byDay = new Map<number, Planned[]>();
  for (const item of planned) {
    byKey.set(`${item.session.id}@${String(item.originalDay)}`, item);
    const list = byDay.get(item.originalDay);
    if (list) list.push(item);
    else byDay.set(item.originalDay, [item]);
  }
  const context: ExceptionContext = { expansion, planned, byKey, byDay, trips };
  const issues: OffseasonIssue[] = [];
  exceptions.forEach((exception, index) => {
    const found = applyOne(exception, index, context);
    if (found !== undefined)
      issues.push(issueOf(["exceptions", index], "exception", SCHEDULE_MESSAGES, found.messageId, found.data));
  });
  if (issues.length > 0) throw errorOf("exception", "summary.exceptions", issues);
  return trips;
}
