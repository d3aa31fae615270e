import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { over, percent, round, under } from "../helpers.js";
import { allLevels } from "../levels.js";

const share = z.number().check(z.gte(0), z.lte(1));

/** Enough, but not so much that running fitness suffers. */
export const crossTrainingShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "cross-training-share",
    fundamental: "cross-training",
    description: "Non-running minutes are between 10 % and 50 % of each week's aerobic minutes.",
    defaultSeverity: "info",
    evidence: "C/M",
    docs: "#cross-training-share",
    options: z.strictObject({ minShare: share, maxShare: share }),
    defaults: allLevels({ minShare: 0.1, maxShare: 0.5 }),
    messages: {
      tooLittle: {
        message: "Cross-training is {share} of week {week}'s aerobic minutes, below {min}.",
        hint: "Replace part of an easy run with a swim or bike ride.",
      },
      tooMuch: {
        message: "Cross-training is {share} of week {week}'s aerobic minutes, above {max}.",
        hint: "Keep some of it, but make running the larger part of aerobic training.",
      },
    },
  },
  check({ metrics, options, report }) {
    for (const week of metrics) {
      if (week.aerobicMinutes === 0) continue;
      const crossShare = week.crossMinutes / week.aerobicMinutes;
      const data = {
        week: week.week,
        share: percent(crossShare),
        min: percent(options.minShare),
        max: percent(options.maxShare),
      };
      if (under(crossShare, options.minShare))
        report({ messageId: "tooLittle", week: week.week, measured: round(crossShare), limit: options.minShare, data });
      else if (over(crossShare, options.maxShare))
        report({ messageId: "tooMuch", week: week.week, measured: round(crossShare), limit: options.maxShare, data });
    }
  },
});
