import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { runsOf, upperMinutes } from "../helpers/calendar.js";
import { over } from "../helpers/numbers.js";
import { historyWeeks } from "../history.js";
import { byLevel } from "../levels.js";

const options = (maxLoadingWeeks: number) => ({ maxLoadingWeeks, reducedAtMost: 0.8 });

/** A run of loading weeks builds when its highest week runs more than 10 % over its first (docs/domain.md). */
const BUILDS_ABOVE = 0.1;

/** A reduced week after a few loading weeks. */
export const deloadWeek = /* @__PURE__ */ defineRule({
  meta: {
    id: "deload-week",
    fundamental: "load",
    type: "problem",
    description:
      "A reduced week (run minutes at most 80 % of the highest of the 3 weeks before; transition weeks count) comes after at most 3 / 3 / 4 / 4 loading weeks, when those weeks build (their highest runs more than 10 % over their first; a flat plan needs no step-back).",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#deload-week",
    rationale:
      "Warning: a reduced week every 3-4 weeks of building is periodization convention; advanced and elite runners tolerate 4 loading weeks. Weeks that hold their level are not a build and need no step-back.",
    options: z.strictObject({
      maxLoadingWeeks: z.int().check(z.gte(1), z.lte(52)),
      reducedAtMost: z.number().check(z.gt(0), z.lte(1)),
    }),
    defaults: byLevel(options(3), options(3), options(4), options(4)),
    messages: {
      noDeload: {
        message:
          "Week {week} makes {count} loading weeks in a row (history included); at {level, term, level} level plan a reduced week after at most {max}.",
        hint: "Make week {week} a recovery week: about {target} run minutes or less.",
      },
    },
  },
  check({ calendar, metrics, history, options: limits, level, report }) {
    const before = historyWeeks(history);
    // Ranges at their upper bound (a cap, as for weekly-volume-progression): a week of 60-100 min after weeks of 100
    // is not surely reduced.
    const upper = new Map(
      calendar.weeks.map((week) => [
        week.index,
        week.days.flatMap(runsOf).reduce((sum, run) => sum + upperMinutes(run), 0),
      ]),
    );
    const weeks = [
      ...before.map((week) => ({ runMinutes: week.runMinutes, transition: false, plan: undefined })),
      ...metrics.map((week) => ({
        runMinutes: upper.get(week.week) ?? week.runMinutes,
        transition: week.transition,
        plan: week,
      })),
    ];
    let streak = 0;
    let reported = false;
    // The run of loading weeks builds when it rises more than `buildsAbove` from its first week to its highest: a
    // flat run needs no step-back.
    let first = 0;
    let highest = 0;
    weeks.forEach((week, index) => {
      const previous = weeks.slice(Math.max(0, index - 3), index).map((entry) => entry.runMinutes);
      const peak = Math.max(0, ...previous);
      // Week 1 of a history-less plan has no peak (0): loading unless it has no running.
      const reduced = week.transition || !over(week.runMinutes, limits.reducedAtMost * peak);
      streak = reduced ? 0 : streak + 1;
      if (reduced) reported = false;
      if (streak === 1) first = highest = week.runMinutes;
      highest = Math.max(highest, week.runMinutes);
      const builds = over(highest, first * (1 + BUILDS_ABOVE));
      // Loading weeks of the history count; the finding goes to the first plan week past the limit, once a streak.
      if (!week.plan || reported || streak <= limits.maxLoadingWeeks || !builds) return;
      reported = true;
      report({
        messageId: "noDeload",
        week: week.plan.week,
        measured: streak,
        limit: limits.maxLoadingWeeks,
        data: {
          // The streak's first plan week (1 when it began in the history).
          first: Math.max(1, week.plan.week - streak + 1),
          week: week.plan.week,
          count: streak,
          level,
          max: limits.maxLoadingWeeks,
          target: Math.floor(limits.reducedAtMost * peak),
        },
      });
    });
  },
});
