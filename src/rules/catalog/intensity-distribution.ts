import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { percent, round, under } from "../helpers.js";
import { allLevels } from "../levels.js";

const share = z.number().check(z.gte(0), z.lte(1));

/** About 80 % of aerobic minutes easy (Seiler 2010), 90 % in transition. */
export const intensityDistribution = /* @__PURE__ */ defineRule({
  meta: {
    id: "intensity-distribution",
    fundamental: "recovery",
    description:
      "The easy share of aerobic minutes (runs and cross-training) is at least 80 % each week, 90 % in a transition phase.",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#intensity-distribution",
    options: z.strictObject({ minEasyShare: share, minEasyShareTransition: share }),
    defaults: allLevels({ minEasyShare: 0.8, minEasyShareTransition: 0.9 }),
    messages: {
      tooLittleEasy: {
        message: "Only {easy} of week {week}'s aerobic minutes are easy; aim for at least {min}.",
        hint: "Make about {minutes} more minutes easy (RPE 4 or less), or shorten the hard sessions.",
      },
    },
  },
  check({ metrics, options, report }) {
    for (const week of metrics) {
      if (week.easyShare === null) continue;
      const min = week.transition ? options.minEasyShareTransition : options.minEasyShare;
      if (!under(week.easyShare, min)) continue;
      report({
        messageId: "tooLittleEasy",
        week: week.week,
        measured: round(week.easyShare),
        limit: min,
        data: {
          week: week.week,
          easy: percent(week.easyShare),
          min: percent(min),
          minutes: Math.ceil(min * week.aerobicMinutes - week.easyMinutes),
        },
      });
    }
  },
});
