import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers.js";
import { allLevels } from "../levels.js";

/** Other aerobic work, so that the legs get a break from the road. */
export const crossTrainingWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "cross-training-weekly",
    fundamental: "cross-training",
    description: "At least one non-running aerobic session (swim, bike, elliptical, row, ski, walk, hike) every week.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#cross-training-weekly",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message: "Week {week} has {count} cross-training sessions; plan at least {min}.",
        hint: "Add a swim or a bike ride in week {week}, for example on a run-free day.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      const count = countInWeek(week, (occurrence) => occurrence.kind === "cross");
      if (count >= options.minPerWeek) continue;
      report({
        messageId: "tooFew",
        week: week.index,
        measured: count,
        limit: options.minPerWeek,
        data: { week: week.index, count, min: options.minPerWeek },
      });
    }
  },
});
