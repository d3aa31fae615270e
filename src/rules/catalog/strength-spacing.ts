import * as z from "zod/mini";
import { addDays, parseInstant } from "../../calendar/civilDate.js";
import { sessionTitle } from "../../model/sessionText.js";
import { isLowerBodyStrength } from "../../model/sessionKinds.js";
import type { Plan } from "../../model/plan.js";
import type { Calendar, SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { allDays, runsOf, sessionsOf } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { dayName } from "../helpers/text.js";
import { whenOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";

const isHardOrLong = (run: SessionOccurrence, plan: Plan) =>
  isHardOccurrence(run, plan.paces) || (run.session.kind === "run" && run.session.runType === "long");

/** A lower-body strength session before a hard or long run: the day before, or earlier on the same day. */
interface Failure {
  readonly week: number;
  readonly date: string;
  readonly sessionId: string;
  readonly messageId: "dayBefore" | "sameDay";
  readonly run: string;
  readonly time: string;
  readonly runTime: string;
}

/** Every lower-body strength session that leaves the legs tired for a run that needs them, one entry per case. */
function failuresOf(
  calendar: Calendar,
  options: { readonly dayBefore: boolean; readonly sameDay: boolean },
): Failure[] {
  const days = allDays(calendar.weeks);
  const failures: Failure[] = [];
  days.forEach((entry, index) => {
    const strength = sessionsOf(entry.day).filter((occurrence) => isLowerBodyStrength(occurrence.session));
    const next = days[index + 1];
    const nextRun = next && runsOf(next.day).find((run) => isHardOrLong(run, calendar.plan));
    for (const session of strength) {
      const common = { week: entry.week, date: entry.day.date, sessionId: session.sessionId };
      if (options.dayBefore && next && nextRun) {
        const run = sessionTitle(nextRun.session, aerobicFields(nextRun));
        failures.push({ ...common, messageId: "dayBefore", run, time: "", runTime: "" });
      }
      if (!options.sameDay || session.start === undefined) continue;
      const strengthStart = session.start;
      const laterHard = runsOf(entry.day).find(
        (run) =>
          isHardOccurrence(run, calendar.plan.paces) &&
          run.start !== undefined &&
          parseInstant(run.start) > parseInstant(strengthStart),
      );
      if (!laterHard?.start) continue;
      failures.push({
        ...common,
        messageId: "sameDay",
        run: sessionTitle(laterHard.session, aerobicFields(laterHard)),
        time: strengthStart.slice(11, 16),
        runTime: laterHard.start.slice(11, 16),
      });
    }
  });
  return failures;
}

/** Legs fresh for the sessions that need them. */
export const strengthSpacing = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-spacing",
    fundamental: "strength",
    type: "problem",
    description:
      "No lower-body strength the day before a hard or long run, nor before a hard run on the same day (when both have a time).",
    defaultSeverity: "warning",
    evidence: "M/C",
    docs: "#strength-spacing",
    rationale:
      "Warning: fresh legs for hard and long runs is practice backed by interference studies (M/C), never strong enough for an error.",
    options: z.strictObject({ dayBefore: z.boolean(), sameDay: z.boolean() }),
    defaults: allLevels({ dayBefore: true, sameDay: true }),
    messages: {
      dayBefore: {
        message:
          "Lower-body strength on {weekCount, plural, =1 {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} comes the day before {run} on {weekCount, plural, =1 {{nextDate, weekday} {nextDate}} other {{nextDate, weekday}}}.",
        hint: "Move the strength session to after {run}, or to a day that is not followed by a hard or long run.",
      },
      sameDay: {
        message:
          "Lower-body strength at {time} on {weekCount, plural, =1 {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} comes before {run} at {runTime}.",
        hint: "Do the strength work after the run, or move it to another day than {first, weekday}.",
      },
    },
  },
  check({ calendar, options, report }) {
    const failures = failuresOf(calendar, options);
    // The same session on the same weekday, week after week, is said once.
    const key = (failure: (typeof failures)[number]) =>
      [failure.messageId, failure.sessionId, dayName(failure.date), failure.time, failure.runTime].join(" ");
    for (const group of groupByKey(failures, key)) {
      const first = group.entries[0];
      if (!first) continue;
      const where = whenOf(group.entries);
      report({
        messageId: first.messageId,
        weeks: where.data.weeks,
        ...(where.date === undefined ? {} : { date: where.date }),
        sessionId: first.sessionId,
        // One case is named by its dates, a case repeated week after week by its weekday ({first, weekday}).
        data: {
          ...where.data,
          run: first.run,
          ...(first.messageId === "dayBefore"
            ? { nextDate: addDays(first.date, 1) }
            : { time: first.time, runTime: first.runTime }),
        },
      });
    }
  },
});
