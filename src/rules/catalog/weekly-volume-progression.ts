import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { over, percent, round } from "../helpers.js";
import { allLevels } from "../levels.js";
import { historyWeeks } from "../history.js";

const share = z.number().check(z.gte(0), z.lte(10));

/**
 * Week-over-week growth of running. The 10 % rule is folklore (Buist 2008); more than 30 % raised distance-related
 * injuries (Nielsen 2014).
 */
export const weeklyVolumeProgression = /* @__PURE__ */ defineRule({
  meta: {
    id: "weekly-volume-progression",
    fundamental: "load",
    description:
      "Running minutes (and km) against the previous week: over 10 % is noted (info), over 30 % is a warning.",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#weekly-volume-progression",
    options: z.strictObject({ infoAbove: share, warnAbove: share }),
    defaults: allLevels({ infoAbove: 0.1, warnAbove: 0.3 }),
    messages: {
      spike: {
        message:
          "Week {week} runs {change} more {unit} than week {previous} ({before} to {after}); more than {limit} raises the risk of injury.",
        hint: "Build up over more weeks: about {target} {unit} in week {week}.",
      },
      increase: {
        message: "Week {week} runs {change} more {unit} than week {previous} ({before} to {after}).",
        hint: "Increases above {limit} a week are fine now and then; keep most weeks below.",
      },
    },
  },
  check({ metrics, history, options, report }) {
    const before = historyWeeks(history).at(-1);
    metrics.forEach((week, index) => {
      const previous =
        index > 0 ? metrics[index - 1] : before && { week: 0, runMinutes: before.runMinutes, runKm: before.runKm ?? 0 };
      if (!previous) return;
      const changes = [
        { unit: "minutes", before: previous.runMinutes, after: week.runMinutes },
        { unit: "km", before: previous.runKm, after: week.runKm },
      ].filter((entry) => entry.before > 0); // a week without km has no km change (after 0 is a drop, never reported)
      const worst = changes
        .map((entry) => ({ ...entry, change: entry.after / entry.before - 1 }))
        .sort((a, b) => b.change - a.change)[0];
      if (!worst || !over(worst.change, options.infoAbove)) return;
      const spike = over(worst.change, options.warnAbove);
      const limit = spike ? options.warnAbove : options.infoAbove;
      report({
        messageId: spike ? "spike" : "increase",
        severity: spike ? "warning" : "info",
        week: week.week,
        measured: round(worst.change),
        limit,
        data: {
          week: week.week,
          previous: previous.week === 0 ? "before the plan" : previous.week,
          change: percent(worst.change),
          unit: worst.unit,
          before: round(worst.before, 1),
          after: round(worst.after, 1),
          limit: percent(limit),
          target: Math.floor(worst.before * (1 + options.warnAbove)),
        },
      });
    });
  },
});
