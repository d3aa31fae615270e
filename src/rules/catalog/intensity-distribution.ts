import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { groupByKey } from "../helpers/grouping.js";
import { trainingMetrics } from "../helpers/races.js";
import { overHardWeeks } from "../helpers/hardWeeks.js";
import { round, under } from "../helpers/numbers.js";
import { shareBeside, weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

const share = z.number().check(z.gte(0), z.lte(1));

/** About 80 % of aerobic minutes easy (Seiler 2010), 90 % in transition. */
export const intensityDistribution = /* @__PURE__ */ defineRule({
  meta: {
    id: "intensity-distribution",
    fundamental: "recovery",
    type: "problem",
    description:
      "The easy share of aerobic minutes (runs and cross-training) is at least 80 % each week, 90 % in a transition phase; a race week is judged on its training, the race left out; silent for weeks that hard-sessions-per-week reports (one fact, one finding).",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#intensity-distribution",
    rationale:
      "Warning, not error: the 80 % easy share (Seiler 2010) is a population finding for trained athletes; 90 % in a transition, where recovery comes first.",
    options: z.strictObject({ minEasyShare: share, minEasyShareTransition: share }),
    defaults: allLevels({ minEasyShare: 0.8, minEasyShareTransition: 0.9 }),
    messages: {
      tooLittleEasy: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {is} other {are}} only {easyRange, select, true {{easy, number, percent}-{easyHigh, number, percent}} other {{easy, number, percent}}} easy (of aerobic minutes, warm-ups, recoveries and cool-downs included); aim for at least {min, number, percent}.",
        hint: "Make about {minutes} more minutes easy (RPE 4 or less) in week {worstWeek}, or shorten the hard sessions.",
      },
    },
  },
  check(context) {
    const { options, report } = context;
    // A week over its hard-session cap is said by hard-sessions-per-week (one fact, one finding).
    const overHard = overHardWeeks(context.calendar, context.level);
    // A race is never the fault: a race week is judged on its training (docs/domain.md, Coaching model).
    const short = trainingMetrics(context).flatMap((week) => {
      if (week.easyShare === null || overHard.has(week.week)) return [];
      const min = week.transition ? options.minEasyShareTransition : options.minEasyShare;
      return under(week.easyShare, min) ? [{ week: week.week, share: week.easyShare, min, metrics: week }] : [];
    });
    for (const group of groupByKey(short, (entry) => String(entry.min))) {
      const worst = group.entries.reduce((low, entry) => (entry.share < low.share ? entry : low));
      const { min } = worst;
      // The shares as the message prints them, each rounded so that it never reads as the minimum it misses.
      const lowest = shareBeside(worst.share, min);
      const highest = Math.max(...group.entries.map((entry) => shareBeside(entry.share, min)));
      report({
        messageId: "tooLittleEasy",
        weeks: group.weeks,
        measured: round(worst.share),
        limit: min,
        data: {
          ...weeksOf(group.weeks),
          easy: lowest,
          easyHigh: highest,
          easyRange: lowest !== highest,
          min: shareBeside(min, min),
          worstWeek: worst.week,
          minutes: Math.ceil(min * worst.metrics.aerobicMinutes - worst.metrics.easyMinutes),
        },
      });
    }
  },
});
