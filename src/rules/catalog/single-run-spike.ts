import { amountOf, shareBeside } from "../helpers/messageData.js";
import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { allDays, runsOf, upperMinutes } from "../helpers/calendar.js";
import { over } from "../helpers/numbers.js";
import { spokenTitleOf } from "../helpers/spokenTitle.js";
import { historyLongestRun, historyLongestRunCoverage } from "../history.js";
import { allLevels } from "../levels.js";
import { isRace } from "../../schedule/keySession.js";

const WINDOW_DAYS = 30;
const share = z.number().check(z.gte(0), z.lte(10));

/**
 * One run much longer than any of the last 30 days: > 10 % longer raised injury rates by 64 %, > 100 % by 128 %
 * (Frandsen, Nielsen et al. 2025).
 */
export const singleRunSpike = /* @__PURE__ */ defineRule({
  meta: {
    id: "single-run-spike",
    fundamental: "load",
    type: "problem",
    description:
      "No run is more than 10 % longer than the longest run of the previous 30 days, history included (warning); more than 100 % is an error. Runs whose 30 days reach before the plan are checked only as far as a history covers them. A race is never the fault, but counts as the longest run of the days after it.",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#single-run-spike",
    rationale:
      "Warning above 10 %, error above 100 %: one run much longer than the last 30 days' longest raised injury rates by 64 % and 128 % (Frandsen, Nielsen et al. 2025, 5,205 runners).",
    options: z.strictObject({ warnAbove: share, errorAbove: share }),
    defaults: allLevels({ warnAbove: 0.1, errorAbove: 1 }),
    messages: {
      spike: {
        message:
          "{title}{spoken, select, minutes { (about {aboutMinutes} min)} range { (about {aboutMinutes}-{aboutMinutesMax} min)} open { (about {aboutMinutes}+ min)} other {}} on {date} is {change, number, percent} longer than the longest run of the 30 days before, {unit, select, min {{longestMinutes} min} other {{longestAmount} {unit} (about {longestMinutes} min)}}.",
        hint: "Keep it to {unit, select, min {{targetMinutes} min} other {{targetAmount} {unit} (about {targetMinutes} min)}} or less, and lengthen it over the next weeks.",
      },
      unchecked: {
        message:
          "Runs of the first {days, plural, one {# day} other {# days}} were not checked for spikes: the 30 days before them reach back before the plan, and no history covers that time.",
        hint: "Pass a training history with each day's (or week's) longest run to check them.",
        // A note of what could not be checked: info whatever the config.
        severity: "info",
      },
      doubled: {
        message:
          "{title}{spoken, select, minutes { (about {aboutMinutes} min)} range { (about {aboutMinutes}-{aboutMinutesMax} min)} open { (about {aboutMinutes}+ min)} other {}} on {date} is {change, number, percent} longer than the longest run of the 30 days before, {unit, select, min {{longestMinutes} min} other {{longestAmount} {unit} (about {longestMinutes} min)}}: more than {errorLimit, number, percent} longer.",
        hint: "Keep it to {unit, select, min {{targetMinutes} min} other {{targetAmount} {unit} (about {targetMinutes} min)}} or less; build up to this length over several weeks.",
        severity: "error",
      },
    },
  },
  check({ calendar, history, options, report }) {
    const days = allDays(calendar.weeks);
    const longestOfDay = days.map((entry) => Math.max(0, ...runsOf(entry.day).map(upperMinutes)));
    // A run can only be judged when all of its 30 days are known: plan days, or history that gives the longest run.
    const firstJudged = Math.max(0, WINDOW_DAYS - historyLongestRunCoverage(history));
    if (days.slice(0, firstJudged).some((entry) => runsOf(entry.day).length > 0))
      report({
        messageId: "unchecked",
        note: true,
        data: { days: Math.min(firstJudged, days.length) },
      });
    days.forEach((entry, index) => {
      if (index < firstJudged) return;
      // A race is never the fault (it counts as the longest run of the days after it).
      for (const run of runsOf(entry.day).filter((occurrence) => !isRace(occurrence))) {
        let longest = historyLongestRun(history, WINDOW_DAYS - index);
        for (let back = Math.max(0, index - WINDOW_DAYS); back < index; back += 1)
          longest = Math.max(longest, longestOfDay[back] ?? 0);
        if (longest === 0) continue;
        // A range is judged at its upper bound, here and in the days before.
        const minutes = upperMinutes(run);
        const change = minutes / longest - 1;
        if (!over(change, options.warnAbove)) continue;
        const doubled = over(change, options.errorAbove);
        const target = Math.floor(longest * (1 + options.warnAbove));
        const longestAmount = amountOf(run, longest);
        const targetAmount = amountOf(run, target);
        report({
          messageId: doubled ? "doubled" : "spike",
          week: entry.week,
          date: entry.day.date,
          sessionId: run.sessionId,
          measured: minutes,
          limit: Math.floor(longest * (1 + (doubled ? options.errorAbove : options.warnAbove))),
          data: {
            // A run given in miles is spoken of in miles, with the minutes beside, in the comparison and hint too.
            ...spokenTitleOf(run),
            date: entry.day.date,
            change: shareBeside(change, doubled ? options.errorAbove : options.warnAbove),
            errorLimit: shareBeside(options.errorAbove, options.errorAbove),
            longest,
            target,
            unit: longestAmount.unit,
            longestAmount: longestAmount.amount,
            longestMinutes: longestAmount.minutes,
            targetAmount: targetAmount.amount,
            targetMinutes: targetAmount.minutes,
          },
        });
      }
    });
  },
});
