import * as z from "zod/mini";
import { addDays, daysBetween, parseInstant } from "../../calendar/civilDate.js";
import { isRace, racePriority } from "../../schedule/keySession.js";
import type { RuleReport } from "../types.js";
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

/**
 * Lower-body strength in the days before an A race (COACHING.md 3.3, 5: never a heavy or plyometric session in the 2
 * days before an A race, taper practice, C). The day before is `dayBefore`'s finding when that check is on.
 */
function reportBeforeARace(
  calendar: Calendar,
  window: number,
  dayBefore: boolean,
  report: (finding: RuleReport) => void,
): void {
  const races = calendar.occurrences.filter(
    (occurrence) => isRace(occurrence) && racePriority(occurrence as SessionOccurrence<"run">) === "A",
  );
  if (races.length === 0 || window === 0) return;
  for (const { week, day } of allDays(calendar.weeks)) {
    for (const session of sessionsOf(day).filter((occurrence) => isLowerBodyStrength(occurrence.session))) {
      const race = races.find((candidate) => {
        const gap = daysBetween(day.date, candidate.date);
        return gap >= (dayBefore ? 2 : 1) && gap <= window;
      });
      if (!race) continue;
      report({
        messageId: "beforeARace",
        week,
        date: day.date,
        sessionId: session.sessionId,
        measured: daysBetween(day.date, race.date),
        limit: window + 1,
        data: {
          sessionId: session.sessionId,
          date: day.date,
          days: daysBetween(day.date, race.date),
          raceDate: race.date,
          window,
          latest: addDays(race.date, -(window + 1)),
        },
      });
    }
  }
}

/** Legs fresh for the sessions that need them. */
export const strengthSpacing = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-spacing",
    fundamental: "strength",
    type: "problem",
    description:
      "No lower-body strength the day before a hard or long run, nor before a hard run on the same day (when both have a time), nor in the 2 days before an A race (aRaceDays).",
    defaultSeverity: "warning",
    evidence: "M/C",
    docs: "#strength-spacing",
    rationale:
      "Warning: fresh legs for hard and long runs is practice backed by interference studies (M/C), never strong enough for an error.",
    options: z.strictObject({
      dayBefore: z.boolean(),
      sameDay: z.boolean(),
      aRaceDays: z.int().check(z.gte(0), z.lte(14)),
    }),
    defaults: allLevels({ dayBefore: true, sameDay: true, aRaceDays: 2 }),
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
      beforeARace: {
        message:
          "Lower-body strength {sessionId} on {date} comes {days, plural, one {# day} other {# days}} before the A race on {raceDate}; no heavy or lower-body strength in the {window, plural, one {# day} other {# days}} before an A race.",
        hint: "Move it to {latest} or earlier, or make it upper-body and core work.",
      },
    },
  },
  check({ calendar, options, report }) {
    reportBeforeARace(calendar, options.aRaceDays, options.dayBefore, report);
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
