import { amountOf, shareBeside, whenOf } from "../helpers/messageData.js";
import * as z from "zod/mini";
import { sessionTitle } from "../../model/sessionText.js";
import { defineRule } from "../defineRule.js";
import { runsOf, upperMinutes } from "../helpers/calendar.js";
import { groupByKey } from "../helpers/grouping.js";
import { over, round } from "../helpers/numbers.js";
import { dayName, groupTitle } from "../helpers/text.js";
import { allLevels } from "../levels.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { isRace } from "../../schedule/keySession.js";
import type { CalendarWeek, SessionOccurrence } from "../../schedule/types.js";

/** The weeks whose longest run passes its share of the week's running (transition weeks and short weeks left out). */
function weeksTooLong(
  weeks: readonly CalendarWeek[],
  options: { readonly maxShare: number; readonly perRunAllowance: number; readonly minRuns: number },
) {
  const tooLong: {
    run: SessionOccurrence;
    week: number;
    date: string;
    share: number;
    max: number;
    runs: number;
    rest: number;
  }[] = [];
  for (const week of weeks) {
    if (week.phaseType === "transition") continue;
    const runs = week.days.flatMap((day) => runsOf(day).map((run) => ({ day, run, minutes: upperMinutes(run) })));
    if (runs.length < options.minRuns) continue;
    // Caps judge the upper bound of a range: the long run at its longest, the others as planned.
    const longest = runs.reduce((best, entry) => (entry.minutes > best.minutes ? entry : best));
    if (isRace(longest.run)) continue; // A race is never the fault; its minutes count in the week.
    const rest = runs.reduce((sum, entry) => sum + (entry === longest ? 0 : entry.run.session.minutes), 0);
    const share = longest.minutes / (longest.minutes + rest);
    const max = Math.max(options.maxShare, 1 / runs.length + options.perRunAllowance);
    if (!over(share, max) || max >= 1) continue;
    tooLong.push({
      run: longest.run,
      week: week.index,
      date: longest.day.date,
      share,
      max,
      runs: runs.length,
      rest,
    });
  }
  return tooLong;
}

/**
 * A long run that dwarfs the rest of the week's running. The limit grows as the week has fewer runs: 100 % / runs
 * + 20 % (3 runs: 53 %, 4: 45 %, 6: 37 %), never below 30 %: a coaching convention (a 40 % long run is normal in a
 * 3-4-run week; 30 % suits 6 runs and more).
 */
export const longRunShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "long-run-share",
    fundamental: "load",
    type: "problem",
    description:
      "The longest run is at most 100 % / runs + 20 % of the week's running minutes, and never held below 30 % (in weeks with at least 3 runs; transition weeks are not judged, nor a race: its minutes count in the week).",
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
        message:
          "{title} on {weekCount, plural, one {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} is {range, select, true {{lowPercent}-} other {}}{share, number, percent} of the week's running; with {runs, plural, one {# run} other {# runs}} a week keep it to {max, number, percent}.",
        hint: "Shorten it to about {unit, select, min {{targetMinutes} min} other {{targetAmount} {unit} (about {targetMinutes} min)}}, or add easy minutes to the other runs.",
      },
    },
  },
  check({ calendar, options, report }) {
    const tooLong = weeksTooLong(calendar.weeks, options);
    // The same long run on the same weekday, against the same limit, week after week, is said once.
    const key = (entry: (typeof tooLong)[number]) =>
      `${entry.run.sessionId} ${dayName(entry.date)} ${String(entry.runs)}`;
    for (const group of groupByKey(tooLong, key)) {
      const worst = group.entries.reduce((high, entry) => (entry.share > high.share ? entry : high));
      const where = whenOf(group.entries);
      const shares = group.entries.map((entry) => entry.share).sort((a, b) => a - b);
      const low = shareBeside(shares[0] ?? 0, worst.max);
      const high = shareBeside(shares.at(-1) ?? 0, worst.max);
      // The longest run that passes in the worst week, floored past floating-point noise (0.45 x 110 / 0.55 is
      // 89.99999...).
      const target = Math.floor((worst.max * worst.rest) / (1 - worst.max) + 1e-9);
      const amount = amountOf(worst.run, target);
      report({
        messageId: "tooLong",
        weeks: where.data.weeks,
        ...(where.date === undefined ? {} : { date: where.date }),
        sessionId: worst.run.sessionId,
        measured: round(worst.share),
        limit: round(worst.max),
        data: {
          ...where.data,
          // A grouped finding names the range of its weeks' long runs ("Long run 10-12 mi"), not the worst week's.
          title:
            group.entries.length === 1
              ? sessionTitle(worst.run.session, aerobicFields(worst.run))
              : groupTitle(group.entries.map((entry) => entry.run)),
          date: worst.date,
          // The shares of the weeks, "45-50%": the highest, and the lowest in percent when they differ.
          share: high,
          range: low !== high,
          lowPercent: Math.round(low * 10_000) / 100,
          week: worst.week,
          runs: worst.runs,
          max: shareBeside(worst.max, worst.max),
          target,
          unit: amount.unit,
          targetAmount: amount.amount,
          targetMinutes: amount.minutes,
        },
      });
    }
  },
});
