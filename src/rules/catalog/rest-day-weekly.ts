import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { daysToFree, weekLongRuns } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { MIN_RUN_FREE_DAYS, runFreeDays } from "../helpers/restDays.js";
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

/** At least one full day off from running every week (two for beginners). The core rest-and-recovery rule. */
export const restDayWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "rest-day-weekly",
    fundamental: "recovery",
    type: "problem",
    description: "Every week has enough run-free days: at least 2 for beginners, 1 for everyone else.",
    defaultSeverity: "error",
    evidence: "C",
    docs: "#rest-day-weekly",
    rationale:
      "Error although a coaching convention: a run-free day every week is the core of the rest-and-recovery fundamental, the one rule a plan must not break. Beginners need 2 because their tissues adapt more slowly.",
    options: z.strictObject({ minRunFreeDays: z.int().check(z.gte(0), z.lte(7)) }),
    defaults: {
      beginner: { minRunFreeDays: MIN_RUN_FREE_DAYS.beginner },
      intermediate: { minRunFreeDays: MIN_RUN_FREE_DAYS.intermediate },
      advanced: { minRunFreeDays: MIN_RUN_FREE_DAYS.advanced },
      elite: { minRunFreeDays: MIN_RUN_FREE_DAYS.elite },
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
    },
  },
  check({ calendar, plan, options, level, report }) {
    const longRuns = weekLongRuns(calendar.weeks);
    const short = calendar.weeks.flatMap((week) => {
      const runFree = runFreeDays(week);
      if (runFree >= options.minRunFreeDays) return [];
      // Suggest the easiest, shortest run days, never a long run, a race or a hard session.
      const days = daysToFree(week.days, plan.paces, longRuns)
        .slice(0, options.minRunFreeDays - runFree)
        .map((day) => weekdayOf(day.date));
      return [{ week: week.index, runFree, days: days.join(" ") }];
    });
    // Weeks short by the same count are one fact, whichever day each would free: one finding, the day most of them
    // would free in its hint.
    for (const group of groupByKey(short, (entry) => String(entry.runFree))) {
      const first = group.entries[0];
      if (!first) continue;
      const days = commonDays(group.entries.map((entry) => entry.days));
      report({
        messageId: days === "" ? "tooFewKeyDays" : "tooFew",
        weeks: group.weeks,
        measured: first.runFree,
        limit: options.minRunFreeDays,
        data: {
          ...weeksOf(group.weeks),
          runFree: first.runFree,
          level,
          min: options.minRunFreeDays,
          // The weekdays to free by their codes ("MO"): `{days, list, weekday}` names them.
          ...(days === "" ? {} : { days: days.split(" ") }),
        },
      });
    }
  },
});
