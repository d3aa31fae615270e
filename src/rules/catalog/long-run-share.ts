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
import { isYouth } from "../../model/recentRace.js";
import type { CalendarDay, CalendarWeek, SessionOccurrence } from "../../schedule/types.js";

/** The weeks whose longest run passes its share of the week's running (transition weeks and short weeks left out). */
function weeksTooLong(
  weeks: readonly CalendarWeek[],
  options: {
    readonly maxShare: number;
    readonly perRunAllowance: number;
    readonly minRuns: number;
    readonly manyRuns: number;
  },
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
    // Loops, not flatMap-map-reduce: it runs for every week of every validation.
    let count = 0;
    let longest: { day: CalendarDay; run: SessionOccurrence; minutes: number; index: number } | undefined;
    for (const day of week.days)
      for (const run of runsOf(day)) {
        // Caps judge the upper bound of a range: the long run at its longest (the first of equals), the others as planned.
        const minutes = upperMinutes(run);
        if (longest === undefined || minutes > longest.minutes) longest = { day, run, minutes, index: count };
        count += 1;
      }
    if (longest === undefined || count < options.minRuns) continue;
    if (isRace(longest.run)) continue; // A race is never the fault; its minutes count in the week.
    let rest = 0;
    let index = 0;
    for (const day of week.days)
      for (const run of runsOf(day)) {
        if (index !== longest.index) rest += run.session.minutes;
        index += 1;
      }
    const share = longest.minutes / (longest.minutes + rest);
    // With many runs a week the share is Daniels' 25-30 %, whatever the count (COACHING.md 3.2).
    const max =
      count >= options.manyRuns ? options.maxShare : Math.max(options.maxShare, 1 / count + options.perRunAllowance);
    if (!over(share, max) || max >= 1) continue;
    tooLong.push({
      run: longest.run,
      week: week.index,
      date: longest.day.date,
      share,
      max,
      runs: count,
      rest,
    });
  }
  return tooLong;
}

/** A week's longest run over the absolute cap: its occurrence, week, day and minutes (races left out). */
function runsOverCap(weeks: readonly CalendarWeek[], cap: number) {
  const found: { run: SessionOccurrence; week: number; date: string; minutes: number }[] = [];
  for (const week of weeks) {
    let longest: { run: SessionOccurrence; date: string; minutes: number } | undefined;
    for (const day of week.days)
      for (const run of runsOf(day)) {
        const minutes = upperMinutes(run);
        if (!isRace(run) && minutes > (longest?.minutes ?? cap)) longest = { run, date: day.date, minutes };
      }
    if (longest) found.push({ ...longest, week: week.index });
  }
  return found;
}

/** The cap on a long run by age: 150 min for adults (Daniels), 90 for youth (HS max), 60 under 14 (P). */
function capOf(
  age: number | undefined,
  options: { readonly maxMinutes: number; readonly youthMaxMinutes: number; readonly under14MaxMinutes: number },
): number {
  if (age !== undefined && age < 14) return Math.min(options.maxMinutes, options.under14MaxMinutes);
  return isYouth(age) ? Math.min(options.maxMinutes, options.youthMaxMinutes) : options.maxMinutes;
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
      "The longest run is at most 100 % / runs + 20 % of the week's running minutes, and never held below 30 % (in weeks with at least 3 runs; transition weeks are not judged, nor a race: its minutes count in the week); 30 % with 5 runs or more (manyRuns). No run over 150 minutes (maxMinutes), 90 for youth (youthMaxMinutes), 60 under 14 (under14MaxMinutes): a warning.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#long-run-share",
    rationale:
      "Info: a coaching convention; the limit grows as the week has fewer runs (100 % / runs + 20 %, at least 30 %), since a 40 % long run is normal in a 3-4-run week (Higdon novice 33-40 %); with 5 runs or more Daniels' 25-30 %. The caps are a warning, coaching conventions too (COACHING.md 3.2: Daniels' 150 min; high-school coaches' 90 min; 45-60 min under 14 a project default).",
    options: z.strictObject({
      maxShare: z.number().check(z.gt(0), z.lte(1)),
      perRunAllowance: z.number().check(z.gte(0), z.lte(1)),
      minRuns: z.int().check(z.gte(1), z.lte(21)),
      manyRuns: z.int().check(z.gte(1), z.lte(22)),
      maxMinutes: z.int().check(z.gte(1), z.lte(1440)),
      youthMaxMinutes: z.int().check(z.gte(1), z.lte(1440)),
      under14MaxMinutes: z.int().check(z.gte(1), z.lte(1440)),
    }),
    defaults: allLevels({
      maxShare: 0.3,
      perRunAllowance: 0.2,
      minRuns: 3,
      manyRuns: 5,
      maxMinutes: 150,
      youthMaxMinutes: 90,
      under14MaxMinutes: 60,
    }),
    messages: {
      tooLong: {
        message:
          "{title} on {weekCount, plural, one {{first, weekday} {first}} other {{first, weekday}s in weeks {weeks, weeks}}} is {range, select, true {{lowPercent}-} other {}}{share, number, percent} of the week's running; with {many, select, true {{manyRuns, plural, one {# run} other {# runs}} or more} other {{runs, plural, one {# run} other {# runs}}}} a week keep it to {max, number, percent}.",
        hint: "Shorten it to about {unit, select, min {{targetMinutes} min} other {{targetAmount} {unit} (about {targetMinutes} min)}}, or add easy minutes to the other runs.",
      },
      overCap: {
        message: "The run {sessionId} on {date} lasts up to {minutes} min; coaches keep a long run to {max} min.",
        hint: "Shorten it to {max} min or less.",
        severity: "warning",
      },
    },
  },
  check({ calendar, athlete, options, report }) {
    const cap = capOf(athlete?.age, options);
    for (const long of runsOverCap(calendar.weeks, cap))
      report({
        messageId: "overCap",
        week: long.week,
        date: long.date,
        sessionId: long.run.sessionId,
        measured: long.minutes,
        limit: cap,
        data: { sessionId: long.run.sessionId, date: long.date, minutes: long.minutes, max: cap },
      });
    const tooLong = weeksTooLong(calendar.weeks, options);
    // The same long run on the same weekday, against the same limit, week after week, is said once.
    // Weeks of many runs share one limit (Daniels' 30 %): their long runs on one weekday are one fact, whatever the
    // session.
    const many = (entry: (typeof tooLong)[number]) => entry.runs >= options.manyRuns;
    const key = (entry: (typeof tooLong)[number]) =>
      many(entry)
        ? `many ${dayName(entry.date)}`
        : `${entry.run.sessionId} ${dayName(entry.date)} ${String(entry.runs)}`;
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
          // Weeks of many runs share Daniels' limit: the message says "5 runs or more", not the worst week's count.
          many: many(worst),
          manyRuns: options.manyRuns,
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
