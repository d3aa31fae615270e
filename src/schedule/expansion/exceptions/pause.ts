/** `pause`: days off, that push what follows out (`shift`) or cancel what they hold (`drop`). */
import { dateToDays } from "../../../calendar/civilDate.js";
import { live, problem, type ExceptionHandler } from "./handler.js";
import { shiftFrom } from "./shift.js";

/**
 * Pauses from `from` to `to`: in `shift` mode what was planned from `from` on moves past `to`; in `drop` mode the
 * occurrences of those days are skipped, and claimed, so that a later skip or move of one is a collision.
 */
export const pause: ExceptionHandler<"pause"> = (exception, index, context) => {
  const from = dateToDays(exception.from);
  const to = dateToDays(exception.to);
  if (to < from) return problem("exception.endsBeforeStart", { from: exception.from, to: exception.to });
  if (exception.mode === "shift") return shiftFrom(context, "pause", from, to - from + 1);
  const targets = live(context, (item) => item.day >= from && item.day <= to);
  if (targets.length === 0)
    return problem("exception.noneInRange", { from: exception.from, to: exception.to, action: "pause" });
  for (const item of targets) {
    item.skipped = true;
    item.revisions += 1;
    // A skip or move after it that names one of these would change nothing a calendar shows: an error.
    item.claimedBy ??= index;
  }
  return undefined;
};
