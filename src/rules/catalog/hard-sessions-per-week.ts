import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { weeksOf } from "../helpers/messageData.js";
import { byLevel } from "../levels.js";

const options = (maxPerWeek: number) => ({ maxPerWeek, maxInTransition: 1 });

/** Few hard sessions a week, at most one in the transition phase. */
export const hardSessionsPerWeek = /* @__PURE__ */ defineRule({
  meta: {
    id: "hard-sessions-per-week",
    fundamental: "recovery",
    type: "problem",
    description: "Hard sessions per week stay within 1 / 2 / 3 / 3, and within 1 in a transition phase.",
    defaultSeverity: "warning",
    evidence: "C/S",
    docs: "#hard-sessions-per-week",
    rationale:
      "Warning: 1 / 2 / 3 / 3 hard sessions follow the polarized model (about 20 % hard, Seiler 2010) scaled by level; 1 in a transition, which is recovery.",
    options: z.strictObject({
      maxPerWeek: z.int().check(z.gte(0), z.lte(14)),
      maxInTransition: z.int().check(z.gte(0), z.lte(14)),
    }),
    defaults: byLevel(options(1), options(2), options(3), options(3)),
    messages: {
      tooMany: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no hard session} one {# hard session} other {# hard sessions}}; the limit at {level, term, level} level is {max}{transition, select, true { in a transition phase} other {}}.",
        hint: "Turn {excess} of them into easy sessions (RPE 4 or less), or spread them over the next weeks.",
      },
    },
  },
  check({ calendar, options: limits, level, report }) {
    // Optional sessions count: a cap counts everything the athlete may do; an RPE range counts at its upper bound.
    const over = calendar.weeks.flatMap((week) => {
      const transition = week.phaseType === "transition";
      const max = transition ? Math.min(limits.maxPerWeek, limits.maxInTransition) : limits.maxPerWeek;
      const count = week.days
        .flatMap(sessionsOf)
        .filter((occurrence) => isHardOccurrence(occurrence, calendar.plan.paces)).length;
      return count > max ? [{ week: week.index, count, max, transition }] : [];
    });
    for (const group of groupByKey(
      over,
      (entry) => `${String(entry.count)}/${String(entry.max)}/${String(entry.transition)}`,
    )) {
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
          transition: first.transition,
          excess: first.count - first.max,
        },
      });
    }
  },
});
