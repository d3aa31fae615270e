import * as z from "zod/mini";
import { weekdayOf } from "../../calendar/civilDate.js";
import type { Athlete } from "../../model/athlete.js";
import { sessionTitle } from "../../model/sessionText.js";
import type { Calendar } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { allDays, sessionsOf } from "../helpers/calendar.js";
import { heaviestMinutes } from "../helpers/choices.js";
import { groupByKey } from "../helpers/grouping.js";
import { dayName } from "../helpers/text.js";
import { whenOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";

/** The sessions on days the athlete cannot train, and the days with more training than the athlete has time for. */
function failuresOf(calendar: Calendar, athlete: Athlete) {
  const unavailable: { week: number; date: string; sessionId: string; title: string }[] = [];
  const tooLong: { week: number; date: string; minutes: number; max: number }[] = [];
  for (const { week, day } of allDays(calendar.weeks)) {
    const slot = athlete.availability[weekdayOf(day.date)];
    const training = sessionsOf(day).filter(
      (occurrence) => occurrence.kind === "run" || occurrence.kind === "cross" || occurrence.kind === "strength",
    );
    if (training.length === 0) continue;
    if (!slot.available) {
      for (const occurrence of training)
        unavailable.push({
          week,
          date: day.date,
          sessionId: occurrence.sessionId,
          title: sessionTitle(occurrence.session, aerobicFields(occurrence)),
        });
      continue;
    }
    const minutes = training.reduce((sum, occurrence) => sum + heaviestMinutes(occurrence, true), 0);
    if (slot.maxMinutes !== undefined && minutes > slot.maxMinutes)
      tooLong.push({ week, date: day.date, minutes, max: slot.maxMinutes });
  }
  return { unavailable, tooLong };
}

/** Training the athlete can actually do. Mobility, mental practice and habits are short home practices and exempt. */
export const availability = /* @__PURE__ */ defineRule({
  meta: {
    id: "availability",
    fundamental: "feasibility",
    type: "problem",
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
        message:
          "{title} on {weekCount, plural, one {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} falls on a day {athlete} cannot train.",
        hint: "Move it to a day {athlete} is available, or skip it with an exception.",
      },
      tooLong: {
        message:
          "{weekCount, plural, one {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} {weekCount, plural, one {has} other {have up to}} {minutes} min of training; {athlete} has {max} min that day.",
        hint: "Shorten or move {over} min of it.",
      },
      skipped: {
        message: "Availability was not checked: no athlete was given.",
        hint: "Pass the athlete (validatePlan(plan, { athlete }), or --athlete in the CLI) to check days and minutes.",
        // A note of what could not be checked: info whatever the config.
        severity: "info",
      },
    },
  },
  check({ calendar, athlete, report }) {
    if (!athlete) {
      report({ messageId: "skipped", note: true });
      return;
    }
    const who = athlete.name ?? athlete.id;
    const { unavailable, tooLong } = failuresOf(calendar, athlete);
    // The same session on the same weekday, week after week, is said once.
    for (const group of groupByKey(unavailable, (entry) => `${entry.sessionId} ${dayName(entry.date)}`)) {
      const first = group.entries[0];
      if (!first) continue;
      const where = whenOf(group.entries);
      report({
        messageId: "unavailable",
        weeks: where.data.weeks,
        ...(where.date === undefined ? {} : { date: where.date }),
        sessionId: first.sessionId,
        data: { ...where.data, title: first.title, athlete: who },
      });
    }
    for (const group of groupByKey(tooLong, (entry) => dayName(entry.date))) {
      const first = group.entries[0];
      if (!first) continue;
      const where = whenOf(group.entries);
      const minutes = Math.max(...group.entries.map((entry) => entry.minutes));
      report({
        messageId: "tooLong",
        weeks: where.data.weeks,
        ...(where.date === undefined ? {} : { date: where.date }),
        measured: minutes,
        limit: first.max,
        data: {
          ...where.data,
          minutes,
          athlete: who,
          max: first.max,
          over: minutes - first.max,
        },
      });
    }
  },
});
