/** `swap`: two days exchange their occurrences. */
import { dateToDays } from "../../../calendar/civilDate.js";
import { live, problem, type ExceptionHandler } from "./handler.js";

/** Moves the occurrences left on `date` to `with` and those on `with` to `date`. */
export const swap: ExceptionHandler<"swap"> = (exception, _index, context) => {
  const one = dateToDays(exception.date);
  const other = dateToDays(exception.with);
  if (one === other) return problem("exception.swapSelf", { date: exception.date });
  const targets = live(context, (item) => item.day === one || item.day === other);
  if (targets.length === 0) return problem("exception.swapNothing", { date: exception.date, with: exception.with });
  for (const item of targets) {
    item.day = item.day === one ? other : one;
    item.revisions += 1;
  }
  return undefined;
};
