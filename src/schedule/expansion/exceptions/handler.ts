/** What every exception handler is given and returns. */
import type { MessageData } from "../../../locale/types.js";
import type { ScheduleMessageId } from "../../../model/issueMessages.js";
import type { PlanException } from "../../../model/plan.js";
import type { Expansion, Planned, Trip } from "../context.js";

/** An exception's action: `skip`, `move`, `shift`, `pause`, `swap`, `rest` or `travel`. */
export type ExceptionAction = PlanException["action"];

/** The exception of one action. */
export type ExceptionOf<A extends ExceptionAction> = Extract<PlanException, { readonly action: A }>;

/** What the handlers of one plan's exceptions share. */
export interface ExceptionContext {
  readonly expansion: Expansion;
  /** Every session occurrence of the plan, in planned order; handlers change their mutable fields. */
  readonly planned: readonly Planned[];
  /** The occurrences by `<sessionId>@<planned day>`, for skips and moves of one session. */
  readonly byKey: ReadonlyMap<string, Planned>;
  /** The occurrences by planned day, for skips of a whole day. */
  readonly byDay: ReadonlyMap<number, readonly Planned[]>;
  /** The trips of the travel exceptions applied so far, later ones first; travel adds to it. */
  readonly trips: Trip[];
}

/**
 * Applies one exception of action `A`, the `index`-th of the plan, to the occurrences of `context`: it changes the
 * `day`, `skipped`, `claimedBy` and `revisions` of those it matches. Returns the problem of an exception that
 * matches nothing or collides (nothing is changed then), else undefined.
 */
export type ExceptionHandler<A extends ExceptionAction> = (
  exception: ExceptionOf<A>,
  index: number,
  context: ExceptionContext,
) => ExceptionProblem | undefined;

/** Why an exception matches nothing or collides: a message id of `SCHEDULE_MESSAGES` and its raw data. */
export interface ExceptionProblem {
  readonly messageId: ScheduleMessageId;
  readonly data: MessageData;
}

/** An {@link ExceptionProblem}. */
export const problem = (messageId: ScheduleMessageId, data: MessageData = {}): ExceptionProblem => ({
  messageId,
  data,
});

/** The occurrences not skipped so far that pass `test`, in planned order. */
export function live(context: ExceptionContext, test: (item: Planned) => boolean): Planned[] {
  return context.planned.filter((item) => !item.skipped && test(item));
}
