import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { byLevel } from "../levels.js";

const options = (maxPerWeek: number) => ({ maxPerWeek, maxInTransition: 1 });

/** Few hard sessions a week, at most one in the transition phase. */
export const hardSessionsPerWeek = /* @__PURE__ */ defineRule({
  meta: {
    id: "hard-sessions-per-week",
    fundamental: "recovery",
    description: "Hard sessions per week stay within 1 / 2 / 3 / 3, and within 1 in a transition phase.",
    defaultSeverity: "warning",
    evidence: "C/S",
    docs: "#hard-sessions-per-week",
    options: z.strictObject({
      maxPerWeek: z.int().check(z.gte(0), z.lte(14)),
      maxInTransition: z.int().check(z.gte(0), z.lte(14)),
    }),
    defaults: byLevel(options(1), options(2), options(3), options(3)),
    messages: {
      tooMany: {
        message: "Week {week} has {count} hard sessions; the limit at {level} level is {max}{where}.",
        hint: "Turn {excess} of them into easy sessions (RPE 4 or less), or spread them over the next weeks.",
      },
    },
  },
  check({ metrics, options: limits, level, report }) {
    for (const week of metrics) {
      const max = week.transition ? Math.min(limits.maxPerWeek, limits.maxInTransition) : limits.maxPerWeek;
      if (week.hardSessions <= max) continue;
      report({
        messageId: "tooMany",
        week: week.week,
        measured: week.hardSessions,
        limit: max,
        data: {
          week: week.week,
          count: week.hardSessions,
          level,
          max,
          where: week.transition ? " in a transition phase" : "",
          excess: week.hardSessions - max,
        },
      });
    }
  },
});
