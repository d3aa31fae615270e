/** The checks across a session's fields: how it recurs, and a run's or cross session's size, steps and priority. */
import * as z from "zod/mini";
import type { Limits } from "./limits.js";
import { addIssue } from "./primitives.js";
import { countSteps } from "./steps.js";

/** Exactly one of `on`, `repeat` or `date`; `on` names each weekday once. */
export const recurrenceCheck = z.superRefine(
  (
    session: { on?: readonly string[] | undefined; repeat?: string | undefined; date?: string | undefined },
    context,
  ) => {
    const given = [session.on, session.repeat, session.date].filter((value) => value !== undefined).length;
    if (given !== 1) {
      addIssue(context, session, [], "session.timing", "conflict");
    } else if (session.on && new Set(session.on).size !== session.on.length) {
      addIssue(context, session.on, ["on"], "session.weekdayTwice", "conflict");
    }
  },
);

/** A field of a run or cross session that is set (a number, a range or a per-week array). */
const isSet = (value: unknown) => value !== undefined;

/** Checks of runs and cross sessions: their size, steps and which fields go together. */
export function aerobicCheck(limits: Limits) {
  return z.superRefine(
    (
      session: {
        kind: string;
        runType?: string;
        modality?: string;
        minutes?: unknown;
        distanceKm?: unknown;
        distanceMi?: unknown;
        steps?: readonly unknown[] | undefined;
        priority?: string | undefined;
        pace?: string | undefined;
      },
      context,
    ) => {
      if (isSet(session.distanceKm) && isSet(session.distanceMi)) {
        addIssue(context, session, ["distanceMi"], "distance.both", "conflict");
      }
      // Cross-training given no length at all takes the kind's default; a run needs one, and a distance only a run,
      // walk or hike can time (a bike's km say nothing of its minutes).
      const walk = session.modality === "walk" || session.modality === "hike";
      const distance = isSet(session.distanceKm) || isSet(session.distanceMi);
      const sized =
        isSet(session.minutes) ||
        session.steps !== undefined ||
        (session.kind === "run" || walk ? distance : !distance);
      if (!sized) addIssue(context, session, ["minutes"], "session.minutesRequired", "required");
      if (session.priority !== undefined && session.runType !== "race") {
        addIssue(context, session, ["priority"], "session.priority", "conflict");
      }
      if (session.steps !== undefined) {
        const count = countSteps(session.steps);
        if (count > limits.maxStepsPerSession) {
          addIssue(context, session, ["steps"], "limit.steps", "limit", { count, limit: limits.maxStepsPerSession });
        }
      }
    },
  );
}
