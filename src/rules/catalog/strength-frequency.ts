import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers.js";
import { byLevel } from "../levels.js";

/** Strength 2-3 times a week improves running economy (Blagrove 2018) and cuts injury risk (Lauersen 2014). */
export const strengthFrequency = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-frequency",
    fundamental: "strength",
    description: "Strength sessions per week: at least 1 for beginners, 2 for everyone else.",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#strength-frequency",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: byLevel({ minPerWeek: 1 }, { minPerWeek: 2 }, { minPerWeek: 2 }, { minPerWeek: 2 }),
    messages: {
      tooFew: {
        message: "Week {week} has {count} strength sessions; at {level} level plan at least {min}.",
        hint: "Add a 30-minute session of squats, lunges, planks and calf raises on a day without a hard run.",
      },
    },
  },
  check({ calendar, options, level, report }) {
    for (const week of calendar.weeks) {
      const count = countInWeek(week, (occurrence) => occurrence.kind === "strength");
      if (count >= options.minPerWeek) continue;
      report({
        messageId: "tooFew",
        week: week.index,
        measured: count,
        limit: options.minPerWeek,
        data: { week: week.index, count, level, min: options.minPerWeek },
      });
    }
  },
});
