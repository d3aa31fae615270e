/** `rest`: a rest day pushes everything from it on one day later. */
import { dateToDays } from "../../../calendar/civilDate.js";
import type { ExceptionHandler } from "./handler.js";
import { shiftFrom } from "./shift.js";

/** Makes `date` a rest day: every occurrence left on or after it moves one day later. */
export const rest: ExceptionHandler<"rest"> = (exception, _index, context) =>
  shiftFrom(context, "rest day", dateToDays(exception.date), 1);
