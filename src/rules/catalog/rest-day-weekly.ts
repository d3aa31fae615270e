import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { daysToFree, weekLongRuns } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import {
  MASTERS_MIN_RUN_FREE_DAYS,
  MIN_RUN_FREE_DAYS,
  minRunFreeDaysFor,
  runFreeDays,
  YOUNG_YOUTH_MIN_RUN_FREE_DAYS,
} from "../helpers/restDays.js";
import { MASTERS_FROM_AGE } from "../../model/recentRace.js";
import { weekdayOf } from "../../calendar/civilDate.js";
import { weeksOf } from "../helpers/messageData.js";

/**
 * The suggestion most weeks share (the earliest of equals), weekday codes joined by spaces; "" only when no week has
 * a day to free.
 */
function commonDays(suggestions: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const days of suggestions) if (days !== "") counts.set(days, (counts.get(days) ?? 0) + 1);
  let best = "";
  for (const [days, count] of counts) if (count > (counts.get(best) ?? 0)) best = days;
  return best;
}

/** The options: the level's minimum, whether it is only advised (advanced, elite), and the minimums by age. */
const options = (minRunFreeDays: number, advisedOnly: boolean) => ({
  minRunFreeDays,
  advisedOnly,
  mastersMinRunFreeDays: MASTERS_MIN_RUN_FREE_DAYS,
  youngYouthMinRunFreeDays: YOUNG_YOUTH_MIN_RUN_FREE_DAYS,
});

/** Who a shortfall is advised for: the level (advanced, elite), masters, or youth under 15. */
function groupOf(age: number | undefined, level: string): string {
  if (age !== undefined && age >= MASTERS_FROM_AGE) return "masters";
  if (age !== undefined && age < 15) return "youth";
  return level;
}

/**
 * At least one full day off from running every week (two for beginners, masters and youth under 15). The core
 * rest-and-recovery rule: an error for beginners and intermediates; advanced and elite runners take 0-1 rest days
 * (COACHING.md 3.1: Pfitzinger, Seiler), so for them, and for the days only age asks, a warning.
 */
export const restDayWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "rest-day-weekly",
    fundamental: "recovery",
    type: "problem",
    description:
      "Every week has enough run-free days: at least 2 for beginners, 1 for everyone else (a warning for advanced and elite runners, who may take 0-1); 2 for masters (50 and over) and youth under 15, a warning when only age asks it.",
    defaultSeverity: "error",
    evidence: "C",
    docs: "#rest-day-weekly",
    rationale:
      "Error although a coaching convention: a run-free day every week is the core of the rest-and-recovery fundamental, the one rule a plan must not break. Beginners need 2 because their tissues adapt more slowly. A warning for advanced and elite runners, who may run 7 days (COACHING.md 3.1: 0-1 rest days, Pfitzinger, Seiler 2010), and for the second day that masters (Ricci, Chan; C) and youth under 15 (AAP, Jayanthi) take.",
    options: z.strictObject({
      minRunFreeDays: z.int().check(z.gte(0), z.lte(7)),
      advisedOnly: z.boolean(),
      mastersMinRunFreeDays: z.int().check(z.gte(0), z.lte(7)),
      youngYouthMinRunFreeDays: z.int().check(z.gte(0), z.lte(7)),
    }),
    defaults: {
      beginner: options(MIN_RUN_FREE_DAYS.beginner, false),
      intermediate: options(MIN_RUN_FREE_DAYS.intermediate, false),
      advanced: options(MIN_RUN_FREE_DAYS.advanced, true),
      elite: options(MIN_RUN_FREE_DAYS.elite, true),
    },
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {runFree, plural, =0 {no run-free day} one {# run-free day} other {# run-free days}}; runners at {level, term, level} level need at least {min} a week.",
        hint: "Make {days, list, weekday} a rest or cross-training day.",
      },
      tooFewKeyDays: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {runFree, plural, =0 {no run-free day} one {# run-free day} other {# run-free days}}; runners at {level, term, level} level need at least {min} a week.",
        hint: "Every run day holds a long run, a race or a hard session: drop one run, or move it to another week.",
      },
      tooFewAdvised: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {runFree, plural, =0 {no run-free day} one {# run-free day} other {# run-free days}}; coaches advise at least {min} a week for {group, select, masters {masters} youth {youth} other {{group, term, level}}} runners.",
        hint: "Make {days, list, weekday} a rest or cross-training day.",
        severity: "warning",
      },
      tooFewKeyDaysAdvised: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {runFree, plural, =0 {no run-free day} one {# run-free day} other {# run-free days}}; coaches advise at least {min} a week for {group, select, masters {masters} youth {youth} other {{group, term, level}}} runners.",
        hint: "Every run day holds a long run, a race or a hard session: drop one run, or move it to another week.",
        severity: "warning",
      },
    },
  },
  check({ calendar, plan, athlete, options, level, report }) {
    const longRuns = weekLongRuns(calendar.weeks);
    const age = athlete?.age;
    const min = minRunFreeDaysFor(options.minRunFreeDays, age, {
      masters: options.mastersMinRunFreeDays,
      youngYouth: options.youngYouthMinRunFreeDays,
    });
    const short = calendar.weeks.flatMap((week) => {
      const runFree = runFreeDays(week);
      if (runFree >= min) return [];
      // Suggest the easiest, shortest run days, never a long run, a race or a hard session.
      const days = daysToFree(week.days, plan.paces, longRuns)
        .slice(0, min - runFree)
        .map((day) => weekdayOf(day.date));
      return [{ week: week.index, runFree, days: days.join(" ") }];
    });
    // Weeks short by the same count are one fact, whichever day each would free: one finding, the day most of them
    // would free in its hint.
    for (const group of groupByKey(short, (entry) => String(entry.runFree))) {
      const first = group.entries[0];
      if (!first) continue;
      const days = commonDays(group.entries.map((entry) => entry.days));
      // Advised only: the level's minimum for advanced and elite runners, or a day that only age asks.
      const advised = options.advisedOnly || first.runFree >= options.minRunFreeDays;
      const messageId = days === "" ? "tooFewKeyDays" : "tooFew";
      report({
        messageId: advised ? `${messageId}Advised` : messageId,
        weeks: group.weeks,
        measured: first.runFree,
        limit: min,
        data: {
          ...weeksOf(group.weeks),
          runFree: first.runFree,
          level,
          // Who the advised minimum is for: "masters", "youth" (under 15), or the level's id.
          group: groupOf(age, level),
          min,
          // The weekdays to free by their codes ("MO"): `{days, list, weekday}` names them.
          ...(days === "" ? {} : { days: days.split(" ") }),
        },
      });
    }
  },
});
