import * as z from "zod/mini";
import { parseInstant } from "../../internal/dates.js";
import { sessionTitle } from "../../model/labels.js";
import { isHardSession, isLowerBodyStrength } from "../../model/sessionKinds.js";
import type { Plan } from "../../model/plan.js";
import type { SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { allDays, dayName, runsOf, sessionsOf } from "../helpers.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../internal/aerobicFields.js";

const isHardOrLong = (run: SessionOccurrence, plan: Plan) =>
  isHardSession(run.session, plan) || (run.session.kind === "run" && run.session.runType === "long");

/** Legs fresh for the sessions that need them. */
export const strengthSpacing = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-spacing",
    fundamental: "strength",
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
        message: "Lower-body strength on {date} comes the day before {run} on {next}.",
        hint: "Move the strength session to after {run}, or to a day that is not followed by a hard or long run.",
      },
      sameDay: {
        message: "Lower-body strength at {time} on {date} comes before {run} at {runTime}.",
        hint: "Do the strength work after the run, or move it to another day than {day}.",
      },
    },
  },
  check({ calendar, options, report }) {
    const days = allDays(calendar.weeks);
    days.forEach((entry, index) => {
      const strength = sessionsOf(entry.day).filter((occurrence) => isLowerBodyStrength(occurrence.session));
      const next = days[index + 1];
      const nextRun = next && runsOf(next.day).find((run) => isHardOrLong(run, calendar.plan));
      for (const session of strength) {
        if (options.dayBefore && next && nextRun) {
          report({
            messageId: "dayBefore",
            week: entry.week,
            date: entry.day.date,
            sessionId: session.sessionId,
            data: {
              date: entry.day.date,
              run: sessionTitle(nextRun.session, aerobicFields(nextRun)),
              next: next.day.date,
            },
          });
        }
        if (!options.sameDay || session.start === undefined) continue;
        const strengthStart = session.start;
        const laterHard = runsOf(entry.day).find(
          (run) =>
            isHardSession(run.session, calendar.plan) &&
            run.start !== undefined &&
            parseInstant(run.start) > parseInstant(strengthStart),
        );
        if (!laterHard?.start) continue;
        report({
          messageId: "sameDay",
          week: entry.week,
          date: entry.day.date,
          sessionId: session.sessionId,
          data: {
            time: strengthStart.slice(11, 16),
            date: entry.day.date,
            run: sessionTitle(laterHard.session, aerobicFields(laterHard)),
            runTime: laterHard.start.slice(11, 16),
            day: dayName(entry.day.date),
          },
        });
      }
    });
  },
});
