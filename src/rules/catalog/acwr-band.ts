import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { groupByKey } from "../helpers/grouping.js";
import { trainingMetrics } from "../helpers/races.js";
import { over, round, under } from "../helpers/numbers.js";
import { roundBeside, weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

const ratio = z.number().check(z.gt(0), z.lte(10));

/**
 * Acute:chronic workload ratio, 7-day : 28-day EWMA. Sweet spot 0.8-1.3, danger above 1.5 (Gabbett 2016); contested
 * (Lolli 2019, Impellizzeri 2020), so never an error by default. A spike is confirmed by the rolling-sum ratio of the
 * same day (Gabbett 2016's coupled rolling average): a week repeated unchanged with its load on 3 days in a row reads
 * an EWMA peak of about 1.5-1.56 whatever its volume, an artifact of the EWMA's daily weighting (Williams 2017), while
 * its load never rose.
 */
export const acwrBand = /* @__PURE__ */ defineRule({
  meta: {
    id: "acwr-band",
    fundamental: "load",
    type: "problem",
    description:
      "The 7-day : 28-day EWMA load ratio, read every day, stays in 0.8-1.3 (info outside, not counting planned low load in transition); above 1.5 is a warning when the 7-day : 28-day rolling-sum ratio of the same day is above 1.5 too (the load really rose). A week reports its peak day: above the band when its peak is, below it when even its peak is. Races count in the report's load but are never the fault: the ratio is judged on the training around them.",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#acwr-band",
    rationale:
      "Warning only above 1.5 and info outside 0.8-1.3: the ratio is contested (Lolli 2019, Impellizzeri 2020), so it informs and never fails a plan. Read every day, so that the verdict does not depend on the weekday the plan starts. A spike needs both ratios above 1.5 on its day: the EWMA (Williams 2017) and Gabbett 2016's coupled rolling sums (7-day load against the 28-day load / 4). Read daily, the EWMA alone peaks at about 1.5-1.56 in a week repeated unchanged with its load on 3 days in a row, whatever its volume, where the rolling sums read 1: steady load, no spike.",
    options: z.strictObject({ low: ratio, high: ratio, danger: ratio }),
    defaults: allLevels({ low: 0.8, high: 1.3, danger: 1.5 }),
    messages: {
      danger: {
        message: "On {date} (week {week}) the acute:chronic load ratio reaches {acwr}, above {danger}: a load spike.",
        hint: "Ease into week {week}: add load more gradually over the weeks before it.",
      },
      high: {
        message:
          "The acute:chronic load ratio rises above the {low}-{high} band in {weekCount, plural, one {week} other {weeks}} {weeks, weeks} (up to {acwr} on {date}).",
        hint: "Load is rising fast; keep the next weeks steady.",
        severity: "info",
      },
      low: {
        message:
          "The acute:chronic load ratio stays below the {low}-{high} band in {weekCount, plural, one {week} other {weeks}} {weeks, weeks} (a peak of only {acwr} in week {worstWeek}).",
        hint: "Load is dropping; fine for a recovery week, but long stretches lose fitness.",
        severity: "info",
      },
      unreported: {
        message:
          "The acute:chronic load ratio is not reported: it needs 28 days of training history and plan together, or the athlete's in-season minutes.",
        hint: "Pass a history of the weeks before the plan (28 days or more) or the athlete's inSeasonWeeklyRunMinutes to check it.",
        // A note of what could not be checked: info whatever the config.
        severity: "info",
      },
      unseeded: {
        message:
          "The acute:chronic load ratio is reported from week {week} on: it needs 28 days of training history and plan together, or the athlete's in-season minutes.",
        hint: "Pass a history of the weeks before the plan (28 days or more) or the athlete's inSeasonWeeklyRunMinutes to check the first weeks too.",
        // A note of what could not be checked: info whatever the config.
        severity: "info",
      },
    },
  },
  check(context) {
    const { options, acwrSeed, report } = context;
    // A race is never the fault: the ratio is judged on the training around races (docs/domain.md, Coaching model).
    const metrics = trainingMetrics(context);
    const firstReported = metrics.find((week) => week.acwr !== null);
    if (acwrSeed !== "in-season" && metrics[0]?.acwr === null) {
      if (firstReported) report({ messageId: "unseeded", note: true, data: { week: firstReported.week } });
      else report({ messageId: "unreported", note: true });
    }
    // Read every day: a week reports its peak day, for both bands (a week is low when even its peak is), so that the
    // verdict does not depend on the weekday the plan's weeks end on.
    const band = { low: options.low, high: options.high, danger: options.danger };
    const outside: { week: number; messageId: "high" | "low"; acwr: number; date: string }[] = [];
    for (const week of metrics) {
      const { peakAcwr, peakAcwrDate, peakRollingAcwr } = week;
      // A spike only when the load really rose: the rolling sums of the same day confirm the EWMA peak; otherwise the
      // day counts towards the high band.
      const spike = peakRollingAcwr !== null && over(peakRollingAcwr, options.danger);
      if (peakAcwr !== null && peakAcwrDate !== null && spike && over(peakAcwr, options.danger)) {
        report({
          messageId: "danger",
          week: week.week,
          date: peakAcwrDate,
          measured: round(peakAcwr),
          limit: options.danger,
          data: { week: week.week, date: peakAcwrDate, acwr: roundBeside(peakAcwr, options.danger), ...band },
        });
      } else if (peakAcwr !== null && peakAcwrDate !== null && over(peakAcwr, options.high)) {
        outside.push({ week: week.week, messageId: "high", acwr: peakAcwr, date: peakAcwrDate });
      } else if (peakAcwr !== null && peakAcwrDate !== null && under(peakAcwr, options.low) && !week.transition) {
        outside.push({ week: week.week, messageId: "low", acwr: peakAcwr, date: peakAcwrDate });
      }
    }
    for (const group of groupByKey(outside, (entry) => entry.messageId)) {
      const first = group.entries[0];
      if (!first) continue;
      const { messageId } = first;
      const limit = messageId === "high" ? options.high : options.low;
      const worst = group.entries.reduce((far, entry) =>
        (messageId === "high" ? entry.acwr > far.acwr : entry.acwr < far.acwr) ? entry : far,
      );
      report({
        messageId,
        weeks: group.weeks,
        measured: round(worst.acwr),
        limit,
        data: {
          ...weeksOf(group.weeks),
          date: worst.date,
          worstWeek: worst.week,
          acwr: roundBeside(worst.acwr, limit),
          ...band,
        },
      });
    }
  },
});
