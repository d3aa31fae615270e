import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { over, round, under } from "../helpers.js";
import { allLevels } from "../levels.js";

const ratio = z.number().check(z.gt(0), z.lte(10));

/**
 * Acute:chronic workload ratio, 7-day : 28-day EWMA. Sweet spot 0.8-1.3, danger above 1.5 (Gabbett 2016); contested
 * (Lolli 2019, Impellizzeri 2020), so never an error by default.
 */
export const acwrBand = /* @__PURE__ */ defineRule({
  meta: {
    id: "acwr-band",
    fundamental: "load",
    description:
      "The 7-day : 28-day EWMA load ratio stays in 0.8-1.3 (info outside, not counting planned low load in transition); above 1.5 is a warning.",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#acwr-band",
    options: z.strictObject({ low: ratio, high: ratio, danger: ratio }),
    defaults: allLevels({ low: 0.8, high: 1.3, danger: 1.5 }),
    messages: {
      danger: {
        message: "At the end of week {week} the acute:chronic load ratio is {acwr}, above {danger}: a load spike.",
        hint: "Ease into week {week}: add load more gradually over the weeks before it.",
      },
      high: {
        message: "At the end of week {week} the acute:chronic load ratio is {acwr}, above the {low}-{high} band.",
        hint: "Load is rising fast; keep the next weeks steady.",
      },
      low: {
        message: "At the end of week {week} the acute:chronic load ratio is {acwr}, below the {low}-{high} band.",
        hint: "Load is dropping; fine for a recovery week, but long stretches lose fitness.",
      },
      unreported: {
        message:
          "The acute:chronic load ratio is not reported: it needs 28 days of training history and plan together, or the athlete's in-season minutes.",
        hint: "Pass a history of the weeks before the plan (28 days or more) or the athlete's inSeasonWeeklyRunMinutes to check it.",
      },
      unseeded: {
        message:
          "The acute:chronic load ratio is reported from week {week} on: it needs 28 days of training history and plan together, or the athlete's in-season minutes.",
        hint: "Pass a history of the weeks before the plan (28 days or more) or the athlete's inSeasonWeeklyRunMinutes to check the first weeks too.",
      },
    },
  },
  check({ metrics, options, acwrSeed, report }) {
    const firstReported = metrics.find((week) => week.acwr !== null);
    if (acwrSeed !== "in-season" && metrics[0]?.acwr === null) {
      if (firstReported) report({ messageId: "unseeded", note: true, data: { week: firstReported.week } });
      else report({ messageId: "unreported", note: true });
    }
    for (const week of metrics) {
      if (week.acwr === null) continue;
      const data = {
        week: week.week,
        acwr: round(week.acwr, 2),
        low: options.low,
        high: options.high,
        danger: options.danger,
      };
      const measured = round(week.acwr);
      if (over(week.acwr, options.danger))
        report({ messageId: "danger", severity: "warning", week: week.week, measured, limit: options.danger, data });
      else if (over(week.acwr, options.high))
        report({ messageId: "high", severity: "info", week: week.week, measured, limit: options.high, data });
      else if (under(week.acwr, options.low) && !week.transition)
        report({ messageId: "low", severity: "info", week: week.week, measured, limit: options.low, data });
    }
  },
});
