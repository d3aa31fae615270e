import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { groupByKey } from "../helpers/grouping.js";
import { over, round } from "../helpers/numbers.js";
import { restLessWeeks } from "../helpers/restDays.js";
import { roundBeside, weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

/** Training that is the same every day (high monotony) raises strain (Foster 1998); > 2.0 is convention. */
export const weeklyMonotony = /* @__PURE__ */ defineRule({
  meta: {
    id: "weekly-monotony",
    fundamental: "load",
    type: "problem",
    description:
      "Mean daily load / its standard deviation (rest days count 0) stays at 2.0 or less each week; a week that rest-day-weekly reports is left to it.",
    defaultSeverity: "warning",
    evidence: "M/C",
    docs: "#weekly-monotony",
    rationale: "Warning: monotony over 2.0 (Foster 1998) is a practitioner cut-off, not a tested threshold.",
    options: z.strictObject({ maxMonotony: z.number().check(z.gt(0), z.lte(10)) }),
    defaults: allLevels({ maxMonotony: 2 }),
    messages: {
      monotonous: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} a training monotony of {range, select, true {{monotonyLow}-} other {}}{monotony} (limit {max}): the days are too alike.",
        hint: "Vary the days: make one day a full rest day and alternate harder and easier days.",
      },
    },
  },
  check({ calendar, metrics, athlete, options, level, report }) {
    // A week without its rest day is monotonous because of it: rest-day-weekly says so (one fact, one finding).
    const restLess = restLessWeeks(calendar.weeks, level, athlete?.age);
    const monotonous = metrics.filter((week) => !restLess.has(week.week) && over(week.monotony, options.maxMonotony));
    for (const group of groupByKey(monotonous, () => "monotonous")) {
      const values = group.entries.map((week) => week.monotony).sort((a, b) => a - b);
      const low = roundBeside(values[0] ?? 0, options.maxMonotony);
      const high = roundBeside(values.at(-1) ?? 0, options.maxMonotony);
      report({
        messageId: "monotonous",
        weeks: group.weeks,
        measured: round(values.at(-1) ?? 0),
        limit: options.maxMonotony,
        // The weeks' monotony, "2.1-2.5": the highest, and the lowest when they differ.
        data: {
          ...weeksOf(group.weeks),
          monotony: high,
          range: low !== high,
          monotonyLow: low,
          max: options.maxMonotony,
        },
      });
    }
  },
});
