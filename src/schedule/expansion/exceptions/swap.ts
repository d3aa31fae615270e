/** `swap`: two days exchange their occurrences. */
import { dateToDays } from "../../../calendar/civilDate.js";
import { live, type ExceptionHandler } from "./handler.js";

/** Moves the occurrences left on `date` to `with` and those on `with` to `date`. */
export const swap: ExceptionHandler<"swap"> = (exception, _index, context) => {
  const one = dateToDays(exception.date);
  const other = dateToDays(exception.with);
  if (one === other) return `swaps ${exception.date} with itself`;
  const targets = live(context, (item) => item.day === one || item.day === other);
  if (targets.length === 0)
    return `no session is planned on ${exception.date} or ${exception.with}, so this swap matches nothing`;
  for (const item of targets) {
    item.day = item.day === one ? other : one;
    item.revisions += 1;
  }
  return undefined;
};
