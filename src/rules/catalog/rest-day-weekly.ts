import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { dayName, runsOf } from "../helpers.js";
import { byLevel } from "../levels.js";

/** At least one full day off from running every week (two for beginners). The core rest-and-recovery rule. */
export const restDayWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "rest-day-weekly",
    fundamental: "recovery",
    description: "Every week has enough run-free days: at least 2 for beginners, 1 for everyone else.",
    defaultSeverity: "error",
    evidence: "C",
    docs: "#rest-day-weekly",
    options: z.strictObject({ minRunFreeDays: z.int().check(z.gte(0), z.lte(7)) }),
    defaults: byLevel({ minRunFreeDays: 2 }, { minRunFreeDays: 1 }, { minRunFreeDays: 1 }, { minRunFreeDays: 1 }),
    messages: {
      tooFew: {
        message: "Week {week} has {runFreeText}; runners at {level} level need at least {min}.",
        hint: "Make {days} a rest or cross-training day.",
      },
    },
  },
  check({ calendar, options, level, report }) {
    for (const week of calendar.weeks) {
      const runDays = week.days.map((day) => ({
        day,
        runMinutes: runsOf(day).reduce((sum, run) => sum + run.session.minutes, 0),
      }));
      const runFree = runDays.filter((entry) => entry.runMinutes === 0).length;
      if (runFree >= options.minRunFreeDays) continue;
      // Suggest the lightest run days (the week's longest run comes last); the sort is stable, so ties stay in date order.
      const candidates = runDays
        .filter((entry) => entry.runMinutes > 0)
        .sort((a, b) => a.runMinutes - b.runMinutes)
        .slice(0, options.minRunFreeDays - runFree)
        .map((entry) => dayName(entry.day.date));
      report({
        messageId: "tooFew",
        week: week.index,
        measured: runFree,
        limit: options.minRunFreeDays,
        data: {
          week: week.index,
          runFree,
          runFreeText:
            runFree === 0 ? "no run-free day" : runFree === 1 ? "1 run-free day" : `${String(runFree)} run-free days`,
          level,
          min: options.minRunFreeDays,
          days: candidates.join(" and "),
        },
      });
    }
  },
});
