import * as z from "zod/mini";
import { weekdayName, weekdayOf } from "../../internal/dates.js";
import { sessionTitle } from "../../model/labels.js";
import { defineRule } from "../defineRule.js";
import { allDays, sessionsOf, upperMinutes } from "../helpers.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../internal/aerobicFields.js";

/** Training the athlete can actually do. Mobility, mental practice and habits are short home practices and exempt. */
export const availability = /* @__PURE__ */ defineRule({
  meta: {
    id: "availability",
    fundamental: "feasibility",
    description:
      "Runs, cross-training and strength fall only on the athlete's available days, within their minutes per day.",
    defaultSeverity: "error",
    evidence: "-",
    docs: "#availability",
    rationale:
      "Error: a session on a day the athlete cannot train, or beyond their minutes, is a plan that cannot be done; not a health claim, so no evidence grade.",
    options: z.strictObject({}),
    defaults: allLevels({}),
    messages: {
      unavailable: {
        message: "{title} on {date} falls on a {weekday}, when {athlete} cannot train.",
        hint: "Move it to a day {athlete} is available, or skip it with an exception.",
      },
      tooLong: {
        message: "{date} ({weekday}) has {minutes} min of training; {athlete} has {max} min that day.",
        hint: "Shorten or move {over} min of it.",
      },
      skipped: {
        message: "Availability was not checked: no athlete was given.",
        hint: "Pass the athlete (validatePlan(plan, { athlete }), or --athlete in the CLI) to check days and minutes.",
      },
    },
  },
  check({ calendar, athlete, report }) {
    if (!athlete) {
      report({ messageId: "skipped", note: true });
      return;
    }
    const who = athlete.name ?? athlete.id;
    for (const { week, day } of allDays(calendar.weeks)) {
      const weekday = weekdayOf(day.date);
      const slot = athlete.availability[weekday];
      const training = sessionsOf(day).filter(
        (occurrence) => occurrence.kind === "run" || occurrence.kind === "cross" || occurrence.kind === "strength",
      );
      if (training.length === 0) continue;
      if (!slot.available) {
        for (const occurrence of training) {
          report({
            messageId: "unavailable",
            week,
            date: day.date,
            sessionId: occurrence.sessionId,
            data: {
              title: sessionTitle(occurrence.session, aerobicFields(occurrence)),
              date: day.date,
              weekday: weekdayName(weekday),
              athlete: who,
            },
          });
        }
        continue;
      }
      const minutes = training.reduce((sum, occurrence) => sum + upperMinutes(occurrence), 0);
      if (slot.maxMinutes === undefined || minutes <= slot.maxMinutes) continue;
      report({
        messageId: "tooLong",
        week,
        date: day.date,
        measured: minutes,
        limit: slot.maxMinutes,
        data: {
          date: day.date,
          weekday: weekdayName(weekday),
          minutes,
          athlete: who,
          max: slot.maxMinutes,
          over: minutes - slot.maxMinutes,
        },
      });
    }
  },
});
