import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { HARD_LIMITS, weeksOverHardCap } from "../helpers/hardWeeks.js";
import { groupByKey } from "../helpers/grouping.js";
import { countOf, weeksData } from "../helpers/text.js";
import { byLevel } from "../levels.js";

/**
 * Few hard sessions a week, by phase (COACHING.md 4): none in a transition, 1 / 1 / 2 / 2 in the base (a beginner's
 * first 4 base weeks easy only, Daniels), 1 / 2 / 2 / 3 in the pre-season. A race counts as a hard session.
 */
export const hardSessionsPerWeek = /* @__PURE__ */ defineRule({
  meta: {
    id: "hard-sessions-per-week",
    fundamental: "recovery",
    type: "problem",
    description:
      "Hard sessions per week (a race counts) stay within 1 / 2 / 2 / 3 (maxPerWeek: the pre-season), 1 / 1 / 2 / 2 in a base phase (maxInBase; none in a beginner's first 4 base weeks, easyBaseWeeks), and none in a transition phase (maxInTransition).",
    defaultSeverity: "warning",
    evidence: "C/S",
    docs: "#hard-sessions-per-week",
    rationale:
      "Warning, coaching convention (COACHING.md 4: Daniels, mhrrc; elite about 20 % of sessions hard, Seiler 2010): 1 / 1 / 2 / 2 hard sessions in the base, 1 / 2 / 2 / 3 in the pre-season; a beginner runs easy only for the first 4-6 weeks (Daniels); a transition is recovery, with no hard runs (COACHING.md 1.5).",
    options: z.strictObject({
      maxPerWeek: z.int().check(z.gte(0), z.lte(14)),
      maxInTransition: z.int().check(z.gte(0), z.lte(14)),
      maxInBase: z.int().check(z.gte(0), z.lte(14)),
      easyBaseWeeks: z.int().check(z.gte(0), z.lte(52)),
    }),
    defaults: byLevel(HARD_LIMITS.beginner, HARD_LIMITS.intermediate, HARD_LIMITS.advanced, HARD_LIMITS.elite),
    messages: {
      tooMany: {
        message: "{weeks} {has} {sessions}; the limit at {level} level is {max}{where}.",
        hint: "Turn {excess} of them into easy sessions (RPE 4 or less), or spread them over the next weeks.",
      },
    },
  },
  check({ calendar, options: limits, level, report }) {
    // Optional sessions count: a cap counts everything the athlete may do; an RPE range counts at its upper bound. In
    // a transition only hard runs count.
    const over = weeksOverHardCap(calendar, limits);
    for (const group of groupByKey(over, (entry) => `${String(entry.count)}/${String(entry.max)}/${entry.where}`)) {
      const first = group.entries[0];
      if (!first) continue;
      report({
        messageId: "tooMany",
        weeks: group.weeks,
        measured: first.count,
        limit: first.max,
        data: {
          ...weeksData(group.weeks),
          count: first.count,
          sessions: countOf(first.count, "hard session"),
          level,
          max: first.max,
          where: first.where,
          excess: first.count - first.max,
        },
      });
    }
  },
});
