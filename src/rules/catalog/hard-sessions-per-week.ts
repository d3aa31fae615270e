import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { HARD_LIMITS, weeksOverHardCap } from "../helpers/hardWeeks.js";
import { groupByKey } from "../helpers/grouping.js";
import { weeksOf } from "../helpers/messageData.js";
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
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no hard session} one {# hard session} other {# hard sessions}}; the limit at {level, term, level} level is {max}{where, select, transition { in a transition phase} easyBase { in the first {easyBaseWeeks} weeks of base} base { in the base phase} other {}}.",
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
          ...weeksOf(group.weeks),
          count: first.count,
          level,
          max: first.max,
          // Which cap: `{where, select, ...}` words it ("in the first 4 weeks of base").
          where: first.where,
          easyBaseWeeks: limits.easyBaseWeeks,
          excess: first.count - first.max,
        },
      });
    }
  },
});
