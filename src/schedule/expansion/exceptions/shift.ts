/** `shift`, and the moving of every occurrence from a day on that pauses and rest days share with it. */
import { dateToDays } from "../../../calendar/civilDate.js";
import { live, problem, type ExceptionContext, type ExceptionHandler, type ExceptionProblem } from "./handler.js";

/**
 * Moves by `days` every occurrence left on or after `from` (of every session, or of `sessionId` only). Returns the
 * message of a move that matches nothing, or that would put one before `from` or past the plan's end (then nothing
 * moves), else undefined.
 */
export function shiftFrom(
  context: ExceptionContext,
  action: string,
  from: number,
  days: number,
  sessionId?: string,
): ExceptionProblem | undefined {
  const { lastDay, dateOf } = context.expansion;
  const targets = live(
    context,
    (item) => item.day >= from && (sessionId === undefined || item.session.id === sessionId),
  );
  if (targets.length === 0)
    return problem("exception.noneFrom", {
      ...(sessionId === undefined ? { one: false } : { one: true, sessionId }),
      from: dateOf(from),
      action,
    });
  const early = targets.find((item) => item.day + days < from);
  if (early)
    return problem("exception.movesBefore", {
      sessionId: early.session.id,
      from: dateOf(early.day),
      to: dateOf(early.day + days),
      start: dateOf(from),
    });
  const late = targets.find((item) => item.day + days > lastDay);
  if (late)
    return problem("exception.movesPastEnd", {
      sessionId: late.session.id,
      from: dateOf(late.day),
      to: dateOf(late.day + days),
      end: dateOf(lastDay),
    });
  for (const item of targets) {
    item.day += days;
    item.revisions += 1;
  }
  return undefined;
}

/** Moves the occurrences from `from` on by `days`; a shift by 0 days changes nothing and is refused. */
export const shift: ExceptionHandler<"shift"> = (exception, _index, context) => {
  if (exception.days === 0) return problem("exception.shiftZero");
  return shiftFrom(context, "shift", dateToDays(exception.from), exception.days, exception.sessionId);
};
