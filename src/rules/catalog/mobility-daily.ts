import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers.js";
import { allLevels } from "../levels.js";

/** Stretching or foam rolling as a daily habit. */
export const mobilityDaily = /* @__PURE__ */ defineRule({
  meta: {
    id: "mobility-daily",
    fundamental: "recovery",
    description: "Stretching, foam rolling or yoga on at least 7 days of every week (configurable).",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#mobility-daily",
    options: z.strictObject({ minDaysPerWeek: z.int().check(z.gte(0), z.lte(7)) }),
    defaults: allLevels({ minDaysPerWeek: 7 }),
    messages: {
      tooFew: {
        message: "Week {week} has mobility work on {count} of 7 days; aim for {min}.",
        hint: "Add 10 minutes of stretching or foam rolling every day (a mobility session with repeat FREQ=DAILY).",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      const count = week.days.filter((day) =>
        sessionsOf(day).some((occurrence) => occurrence.kind === "mobility"),
      ).length;
      if (count >= options.minDaysPerWeek) continue;
      report({
        messageId: "tooFew",
        week: week.index,
        measured: count,
        limit: options.minDaysPerWeek,
        data: { week: week.index, count, min: options.minDaysPerWeek },
      });
    }
  },
});
