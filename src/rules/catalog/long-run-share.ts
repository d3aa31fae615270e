import * as z from "zod/mini";
import { sessionTitle } from "../../model/labels.js";
import { defineRule } from "../defineRule.js";
import { over, percent, round, runsOf } from "../helpers.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../internal/aerobicFields.js";

/** A long run that dwarfs the rest of the week's running. */
export const longRunShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "long-run-share",
    fundamental: "load",
    description: "The longest run is at most 30 % of the week's running minutes (in weeks with at least 3 runs).",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#long-run-share",
    options: z.strictObject({
      maxShare: z.number().check(z.gt(0), z.lte(1)),
      minRuns: z.int().check(z.gte(1), z.lte(21)),
    }),
    defaults: allLevels({ maxShare: 0.3, minRuns: 3 }),
    messages: {
      tooLong: {
        message: "{title} on {date} is {share} of week {week}'s running (limit {max}).",
        hint: "Shorten it to about {target} min, or add easy minutes to the other runs.",
      },
    },
  },
  check({ calendar, metrics, options, report }) {
    calendar.weeks.forEach((week, index) => {
      const stats = metrics[index];
      if (!stats || stats.runs < options.minRuns) return;
      const share = stats.longestRunMinutes / stats.runMinutes;
      if (!over(share, options.maxShare)) return;
      const longest = week.days
        .flatMap((day) => runsOf(day).map((run) => ({ day, run })))
        .find(({ run }) => run.session.minutes === stats.longestRunMinutes);
      if (!longest) return;
      const { day, run } = longest;
      report({
        messageId: "tooLong",
        week: week.index,
        date: day.date,
        sessionId: run.sessionId,
        measured: round(share),
        limit: options.maxShare,
        data: {
          title: sessionTitle(run.session, aerobicFields(run)),
          date: day.date,
          share: percent(share),
          week: week.index,
          max: percent(options.maxShare),
          target: Math.floor(
            (options.maxShare * (stats.runMinutes - stats.longestRunMinutes)) / (1 - options.maxShare),
          ),
        },
      });
    });
  },
});
