/** `travel`: days in another time zone, where timed sessions keep their wall times. */
import { dateToDays } from "../../../calendar/civilDate.js";
import { live, problem, type ExceptionHandler } from "./handler.js";

/**
 * Records a trip from `from` to `to` (placing reads it later); each timed occurrence left on those days counts one
 * revision, since its instant changes.
 */
export const travel: ExceptionHandler<"travel"> = (exception, _index, context) => {
  const trip = {
    firstDay: dateToDays(exception.from),
    lastDay: dateToDays(exception.to),
    timezone: exception.timezone,
  };
  if (trip.lastDay < trip.firstDay)
    return problem("exception.endsBeforeStart", { from: exception.from, to: exception.to });
  const targets = live(context, (item) => item.day >= trip.firstDay && item.day <= trip.lastDay);
  if (targets.length === 0)
    return problem("exception.noneInRange", { from: exception.from, to: exception.to, action: "travel" });
  for (const item of targets) if (item.minuteOfDay !== undefined) item.revisions += 1;
  context.trips.unshift(trip);
  return undefined;
};
