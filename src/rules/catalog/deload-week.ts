import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { historyWeeks } from "../history.js";
import { byLevel } from "../levels.js";

const options = (maxLoadingWeeks: number) => ({ maxLoadingWeeks, reducedAtMost: 0.8 });

/** A reduced week after a few loading weeks. */
export const deloadWeek = defineRule({
  meta: {
    id: "deload-week",
    fundamental: "load",
    description:
      "A reduced week (run minutes at most 80 % of the highest of the 3 weeks before; transition weeks count) comes after at most 3 / 3 / 4 / 4 loading weeks.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#deload-week",
    options: z.strictObject({ maxLoadingWeeks: z.int().check(z.gte(1), z.lte(52)), reducedAtMost: z.number().check(z.gt(0), z.lte(1)) }),
    defaults: byLevel(options(3), options(3), options(4), options(4)),
    messages: {
      noDeload: {
        message: "Weeks {first} to {week} are {count} loading weeks in a row; at {level} level plan a reduced week after at most {max}.",
        hint: "Make week {week} a recovery week: about {target} run minutes or less.",
      },
    },
  },
  check({ metrics, history, options: limits, level, report }) {
    const before = historyWeeks(history);
    const runMinutes = [...before.map((week) => week.runMinutes), ...metrics.map((week) => week.runMinutes)];
    let streak = before.length > 0 ? 1 : 0;
    metrics.forEach((week, index) => {
      const position = before.length + index;
      const previous = runMinutes.slice(Math.max(0, position - 3), position);
      const peak = Math.max(0, ...previous);
      const reduced = week.transition || week.runMinutes === 0 || (previous.length > 0 && week.runMinutes <= limits.reducedAtMost * peak);
      streak = reduced ? 0 : streak + 1;
      if (streak !== limits.maxLoadingWeeks + 1) return;
      report({
        messageId: "noDeload",
        week: week.week,
        measured: streak,
        limit: limits.maxLoadingWeeks,
        data: { first: Math.max(1, week.week - streak + 1), week: week.week, count: streak, level, max: limits.maxLoadingWeeks, target: Math.floor(limits.reducedAtMost * peak) },
      });
    });
  },
});
