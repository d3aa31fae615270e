import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { over, round } from "../helpers.js";
import { allLevels } from "../levels.js";

/** Training that is the same every day (high monotony) raises strain (Foster 1998); > 2.0 is convention. */
export const weeklyMonotony = /* @__PURE__ */ defineRule({
  meta: {
    id: "weekly-monotony",
    fundamental: "load",
    description: "Mean daily load / its standard deviation (rest days count 0) stays at 2.0 or less each week.",
    defaultSeverity: "warning",
    evidence: "M/C",
    docs: "#weekly-monotony",
    options: z.strictObject({ maxMonotony: z.number().check(z.gt(0), z.lte(10)) }),
    defaults: allLevels({ maxMonotony: 2 }),
    messages: {
      monotonous: {
        message: "Week {week} has a training monotony of {monotony} (limit {max}): its days are too alike.",
        hint: "Vary the days: make one day a full rest day and alternate harder and easier days.",
      },
    },
  },
  check({ metrics, options, report }) {
    for (const week of metrics) {
      if (!over(week.monotony, options.maxMonotony)) continue;
      const monotony = round(week.monotony, 2);
      report({
        messageId: "monotonous",
        week: week.week,
        measured: round(week.monotony),
        limit: options.maxMonotony,
        data: { week: week.week, monotony, max: options.maxMonotony },
      });
    }
  },
});
