import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { runsOf, upperMinutes } from "../helpers/calendar.js";
import { over } from "../helpers/numbers.js";
import { historyWeeks } from "../history.js";
import { byLevel } from "../levels.js";
import { isRace } from "../../schedule/keySession.js";
import { isYouth, MASTERS_FROM_AGE } from "../../model/recentRace.js";
import type { Calendar } from "../../schedule/types.js";
import type { RuleReport } from "../types.js";

const options = (maxLoadingWeeks: number) => ({ maxLoadingWeeks, reducedAtMost: 0.8, byAgeMaxLoadingWeeks: 2 });

/** A run this long is a long run whatever its type (the rules' reading of a week's long run by length). */
const LONG_RUN_MINUTES = 75;

/** Each week's longest long run, races left out (upper bounds), by week index. */
function longestRuns(
  calendar: Calendar,
): Map<number, { readonly minutes: number; readonly date: string; readonly id: string }> {
  const longest = new Map<number, { minutes: number; date: string; id: string }>();
  for (const week of calendar.weeks)
    for (const day of week.days)
      for (const run of runsOf(day)) {
        const minutes = upperMinutes(run);
        // A long run: of type long, or 75 minutes and more (the rules' long run by length, isKeySession).
        const long = run.session.kind === "run" && (run.session.runType === "long" || minutes >= LONG_RUN_MINUTES);
        if (long && !isRace(run) && minutes > (longest.get(week.index)?.minutes ?? 0))
          longest.set(week.index, { minutes, date: day.date, id: run.sessionId });
      }
  return longest;
}

/** The finding of a reduced week that holds the plan's longest run (COACHING.md 2.2: coach review, C). */
function longestInReduced(calendar: Calendar, reduced: ReadonlySet<number>): RuleReport[] {
  const longest = longestRuns(calendar);
  const loading = [...longest].filter(([week]) => !reduced.has(week)).map(([, run]) => run.minutes);
  const top = Math.max(0, ...loading);
  return [...longest]
    .filter(([week, run]) => reduced.has(week) && top > 0 && run.minutes > top)
    .map(([week, run]) => ({
      messageId: "longestInReduced",
      week,
      date: run.date,
      sessionId: run.id,
      measured: run.minutes,
      limit: top,
      data: { week, sessionId: run.id, date: run.date, minutes: run.minutes, longest: top },
    }));
}

/** A run of loading weeks builds when its highest week runs more than 10 % over its first (docs/domain.md). */
const BUILDS_ABOVE = 0.1;

/** A reduced week after a few loading weeks. */
export const deloadWeek = /* @__PURE__ */ defineRule({
  meta: {
    id: "deload-week",
    fundamental: "load",
    type: "problem",
    description:
      "A reduced week (run minutes at most 80 % of the highest of the 3 weeks before; transition weeks count) comes after at most 2 / 3 / 3 / 3 loading weeks (every 3rd week for beginners, and for youth and masters at every level: byAgeMaxLoadingWeeks; every 4th otherwise), when those weeks build (their highest runs more than 10 % over their first; a flat plan needs no step-back). A reduced week never holds a long run (of type long, or 75 minutes and more) longer than every long run of the loading weeks (the plan's longest run).",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#deload-week",
    rationale:
      "Warning, a coaching convention (COACHING.md 2.2): a step-back every 3rd week for beginners, youth and masters (Higdon novice, high-school coaches, Ricci's 2 up / 1 down), every 4th for the others (Pfitzinger every 4-5); a reduced week never holds the plan's longest run (coach review). Weeks that hold their level are not a build and need no step-back.",
    options: z.strictObject({
      maxLoadingWeeks: z.int().check(z.gte(1), z.lte(52)),
      reducedAtMost: z.number().check(z.gt(0), z.lte(1)),
      byAgeMaxLoadingWeeks: z.int().check(z.gte(1), z.lte(52)),
    }),
    defaults: byLevel(options(2), options(3), options(3), options(3)),
    messages: {
      noDeload: {
        message:
          "Week {week} makes {count} loading weeks in a row (history included); at {level, term, level} level plan a reduced week after at most {max, plural, one {# loading week} other {# loading weeks}}.",
        hint: "Make week {week} a reduced week: about {target} run minutes or less.",
      },
      longestInReduced: {
        message:
          "Week {week} is a reduced week but holds the plan's longest run: {sessionId} on {date}, up to {minutes} min (the loading weeks' longest: {longest} min).",
        hint: "Cut the long run of week {week} to about two thirds, and keep the longest run for a loading week.",
      },
    },
  },
  check({ calendar, metrics, history, athlete, options, level, report }) {
    const age = athlete?.age;
    const byAge = isYouth(age) || (age !== undefined && age >= MASTERS_FROM_AGE);
    const limits = {
      ...options,
      maxLoadingWeeks: byAge
        ? Math.min(options.maxLoadingWeeks, options.byAgeMaxLoadingWeeks)
        : options.maxLoadingWeeks,
    };
    const reducedWeeks = new Set<number>();
    const before = historyWeeks(history);
    // Ranges at their upper bound (a cap, as for weekly-volume-progression): a week of 60-100 min after weeks of 100
    // is not surely reduced.
    const upper = new Map(
      calendar.weeks.map((week) => [
        week.index,
        week.days.flatMap(runsOf).reduce((sum, run) => sum + upperMinutes(run), 0),
      ]),
    );
    const weeks = [
      ...before.map((week) => ({ runMinutes: week.runMinutes, transition: false, plan: undefined })),
      ...metrics.map((week) => ({
        runMinutes: upper.get(week.week) ?? week.runMinutes,
        transition: week.transition,
        plan: week,
      })),
    ];
    let streak = 0;
    let reported = false;
    // The run of loading weeks builds when it rises more than `buildsAbove` from its first week to its highest: a
    // flat run needs no step-back.
    let first = 0;
    let highest = 0;
    weeks.forEach((week, index) => {
      const previous = weeks.slice(Math.max(0, index - 3), index).map((entry) => entry.runMinutes);
      const peak = Math.max(0, ...previous);
      // Week 1 of a history-less plan has no peak (0): loading unless it has no running.
      const reduced = week.transition || !over(week.runMinutes, limits.reducedAtMost * peak);
      if (reduced && week.plan && !week.transition && peak > 0) reducedWeeks.add(week.plan.week);
      streak = reduced ? 0 : streak + 1;
      if (reduced) reported = false;
      if (streak === 1) first = highest = week.runMinutes;
      highest = Math.max(highest, week.runMinutes);
      const builds = over(highest, first * (1 + BUILDS_ABOVE));
      // Loading weeks of the history count; the finding goes to the first plan week past the limit, once a streak.
      if (!week.plan || reported || streak <= limits.maxLoadingWeeks || !builds) return;
      reported = true;
      report({
        messageId: "noDeload",
        week: week.plan.week,
        measured: streak,
        limit: limits.maxLoadingWeeks,
        data: {
          // The streak's first plan week (1 when it began in the history).
          first: Math.max(1, week.plan.week - streak + 1),
          week: week.plan.week,
          count: streak,
          level,
          max: limits.maxLoadingWeeks,
          target: Math.floor(limits.reducedAtMost * peak),
        },
      });
    });
    for (const finding of longestInReduced(calendar, reducedWeeks)) report(finding);
  },
});
