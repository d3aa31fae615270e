import * as z from "zod/mini";
import { sessionTitle } from "../../model/labels.js";
import { defineRule } from "../defineRule.js";
import { over, percentBeside, round, runsOf, upperMinutes } from "../helpers.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../internal/aerobicFields.js";

/**
 * A long run that dwarfs the rest of the week's running. The limit grows as the week has fewer runs: 100 % / runs
 * + 20 % (3 runs: 53 %, 4: 45 %, 6: 37 %), never below 30 %: a coaching convention (a 40 % long run is normal in a
 * 3-4-run week; 30 % suits 6 runs and more).
 */
export const longRunShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "long-run-share",
    fundamental: "load",
    description:
      "The longest run is at most 100 % / runs + 20 % of the week's running minutes, and never held below 30 % (in weeks with at least 3 runs; transition weeks are not judged).",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#long-run-share",
    rationale:
      "Info: a coaching convention; the limit grows as the week has fewer runs (100 % / runs + 20 %, at least 30 %), since a 40 % long run is normal in a 3-4-run week.",
    options: z.strictObject({
      maxShare: z.number().check(z.gt(0), z.lte(1)),
      perRunAllowance: z.number().check(z.gte(0), z.lte(1)),
      minRuns: z.int().check(z.gte(1), z.lte(21)),
    }),
    defaults: allLevels({ maxShare: 0.3, perRunAllowance: 0.2, minRuns: 3 }),
    messages: {
      tooLong: {
        message: "{title} on {date} is {share} of week {week}'s running; with {runs} runs a week keep it to {max}.",
        hint: "Shorten it to about {target} min, or add easy minutes to the other runs.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      if (week.phaseType === "transition") continue;
      const runs = week.days.flatMap((day) => runsOf(day).map((run) => ({ day, run, minutes: upperMinutes(run) })));
      if (runs.length < options.minRuns) continue;
      // Caps judge the upper bound of a range: the long run at its longest, the others as planned.
      const longest = runs.reduce((best, entry) => (entry.minutes > best.minutes ? entry : best));
      const rest = runs.reduce((sum, entry) => sum + (entry === longest ? 0 : entry.run.session.minutes), 0);
      const share = longest.minutes / (longest.minutes + rest);
      const max = Math.max(options.maxShare, 1 / runs.length + options.perRunAllowance);
      if (!over(share, max) || max >= 1) continue;
      const { day, run } = longest;
      report({
        messageId: "tooLong",
        week: week.index,
        date: day.date,
        sessionId: run.sessionId,
        measured: round(share),
        limit: round(max),
        data: {
          title: sessionTitle(run.session, aerobicFields(run)),
          date: day.date,
          share: percentBeside(share, max),
          week: week.index,
          runs: runs.length,
          max: percentBeside(max, max),
          // The longest run that passes, floored past floating-point noise (0.45 x 110 / 0.55 is 89.99999...).
          target: Math.floor((max * rest) / (1 - max) + 1e-9),
        },
      });
    }
  },
});
