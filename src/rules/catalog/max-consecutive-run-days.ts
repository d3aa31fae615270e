import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { allDays, dayName, runsOf } from "../helpers.js";
import { byLevel } from "../levels.js";

/** No long streaks of run days, across week boundaries. */
export const maxConsecutiveRunDays = /* @__PURE__ */ defineRule({
  meta: {
    id: "max-consecutive-run-days",
    fundamental: "recovery",
    description:
      "Run days in a row stay within 2 / 4 / 6 / 6 (beginner / intermediate / advanced / elite), across week boundaries.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#max-consecutive-run-days",
    options: z.strictObject({ maxDays: z.int().check(z.gte(1), z.lte(30)) }),
    defaults: byLevel({ maxDays: 2 }, { maxDays: 4 }, { maxDays: 6 }, { maxDays: 6 }),
    messages: {
      tooMany: {
        message: "{count} run days in a row, {from} to {to}; at {level} level run at most {max} days in a row.",
        hint: "Make {day} ({date}) a run-free day.",
      },
    },
  },
  check({ calendar, options, level, report }) {
    const days = allDays(calendar.weeks);
    let start = 0;
    for (let index = 0; index <= days.length; index += 1) {
      const entry = days[index];
      if (entry && runsOf(entry.day).length > 0) continue;
      const count = index - start;
      const firstOver = days[start + options.maxDays];
      const first = days[start];
      const last = days[index - 1];
      if (count > options.maxDays && firstOver && first && last) {
        report({
          messageId: "tooMany",
          week: firstOver.week,
          date: firstOver.day.date,
          measured: count,
          limit: options.maxDays,
          data: {
            count,
            from: first.day.date,
            to: last.day.date,
            level,
            max: options.maxDays,
            day: dayName(firstOver.day.date),
            date: firstOver.day.date,
          },
        });
      }
      start = index + 1;
    }
  },
});
