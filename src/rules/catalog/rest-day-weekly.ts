import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { runsOf } from "../helpers/calendar.js";
import { daysToFree } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { countOf, dayName, weeksData } from "../helpers/text.js";
import { byLevel } from "../levels.js";

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
    defaults: byLevel({ minRunFreeDays: 2 }, { minRunFreeDays: 1 }, { minRunFreeDays: 1 }, { minRunFreeDays: 1 }),
    messages: {
      tooFew: {
        message: "{weeks} {has} {runFreeText}; runners at {level} level need at least {min} a week.",
        hint: "Make {days} a rest or cross-training day.",
      },
      tooFewKeyDays: {
        message: "{weeks} {has} {runFreeText}; runners at {level} level need at least {min} a week.",
        hint: "Every run day holds a long run, a race or a hard session: drop one run, or move it to another week.",
      },
    },
  },
  check({ calendar, plan, options, level, report }) {
    const short = calendar.weeks.flatMap((week) => {
      const runFree = week.days.filter((day) => runsOf(day).length === 0).length;
      if (runFree >= options.minRunFreeDays) return [];
      // Suggest the easiest, shortest run days, never a long run, a race or a hard session.
      const days = daysToFree(week.days, plan.paces)
        .slice(0, options.minRunFreeDays - runFree)
        .map((day) => dayName(day.date));
      return [{ week: week.index, runFree, days: days.join(" and ") }];
    });
    for (const group of groupByKey(short, (entry) => `${String(entry.runFree)}\u0000${entry.days}`)) {
      const first = group.entries[0];
      if (!first) continue;
      report({
        messageId: first.days === "" ? "tooFewKeyDays" : "tooFew",
        weeks: group.weeks,
        measured: first.runFree,
        limit: options.minRunFreeDays,
        data: {
          ...weeksData(group.weeks),
          runFree: first.runFree,
          runFreeText: countOf(first.runFree, "run-free day"),
          level,
          min: options.minRunFreeDays,
          days: first.days,
        },
      });
    }
  },
});
