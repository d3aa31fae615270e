/** `skip` and `move`: they name occurrences by their planned date, and no two exceptions may change the same one. */
import { dateToDays } from "../../../calendar/civilDate.js";
import { problem, type ExceptionHandler } from "./handler.js";

/**
 * Skips or moves the occurrences planned on `date` (all of them, or `sessionId`'s only). An occurrence that an earlier
 * skip, move or dropping pause already changed is a collision.
 */
export const skipOrMove: ExceptionHandler<"skip" | "move"> = (exception, index, { byKey, byDay }) => {
  const day = dateToDays(exception.date);
  const one = exception.sessionId === undefined ? undefined : byKey.get(`${exception.sessionId}@${String(day)}`);
  const targets = exception.sessionId === undefined ? (byDay.get(day) ?? []) : one ? [one] : [];
  if (targets.length === 0) {
    const { sessionId, date, action } = exception;
    return problem(
      "exception.noneOn",
      sessionId === undefined ? { one: false, date, action } : { one: true, sessionId, date, action },
    );
  }
  const taken = targets.find((item) => item.claimedBy !== undefined);
  if (taken?.claimedBy !== undefined)
    return problem("exception.claimed", {
      claimedBy: String(taken.claimedBy),
      sessionId: taken.session.id,
      date: exception.date,
    });
  for (const item of targets) {
    item.claimedBy = index;
    item.revisions += 1;
    if (exception.action === "skip") item.skipped = true;
    else item.day = dateToDays(exception.to);
  }
  return undefined;
};
