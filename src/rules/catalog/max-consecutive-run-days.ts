import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import type { CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import { allDays, runsOf } from "../helpers/calendar.js";
import { daysToFree, weekLongRuns } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { restLessWeeks } from "../helpers/restDays.js";
import { dayName } from "../helpers/text.js";
import { weeksOf } from "../helpers/messageData.js";
import { byLevel } from "../levels.js";

/** A run of more consecutive run days than allowed: where it passes the limit, its weekdays and dates, the day to free. */
interface Streak {
  readonly week: number;
  readonly date: string;
  readonly count: number;
  readonly from: string;
  readonly to: string;
  readonly fromDate: string;
  readonly toDate: string;
  /** The plan weeks the streak spans, first and last. */
  readonly firstWeek: number;
  readonly lastWeek: number;
  /** The date whose run to give up; "" when every day of the streak holds a key session. */
  readonly day: string;
}

/** The streaks of run days longer than `maxDays`, in order. */
function streaksOf(
  days: ReturnType<typeof allDays>,
  maxDays: number,
  paces: Readonly<Record<string, string>> | undefined,
  restLess: ReadonlySet<number>,
  longRuns: ReadonlySet<SessionOccurrence>,
): Streak[] {
  const streaks: Streak[] = [];
  let start = 0;
  for (let index = 0; index <= days.length; index += 1) {
    const entry = days[index];
    if (entry && runsOf(entry.day).length > 0) continue;
    const streak = days.slice(start, index);
    start = index + 1;
    const first = streak[0];
    const last = streak.at(-1);
    const firstOver = streak[maxDays];
    if (streak.length <= maxDays || !first || !last || !firstOver) continue;
    // A streak through a week without enough run-free days is that week's fault: rest-day-weekly says it.
    if (streak.some((item) => restLess.has(item.week))) continue;
    // Free the easiest day that breaks the streak into pieces within the limit, else the easiest of the streak.
    const breaks = (day: CalendarDay) => {
      const at = streak.findIndex((item) => item.day === day);
      return at <= maxDays && streak.length - at - 1 <= maxDays;
    };
    const candidates = daysToFree(
      streak.map((item) => item.day),
      paces,
      longRuns,
    );
    const free = candidates.find(breaks) ?? candidates[0];
    streaks.push({
      week: firstOver.week,
      date: firstOver.day.date,
      count: streak.length,
      from: dayName(first.day.date),
      to: dayName(last.day.date),
      fromDate: first.day.date,
      toDate: last.day.date,
      firstWeek: first.week,
      lastWeek: last.week,
      day: free ? free.date : "",
    });
  }
  return streaks;
}

/** No long streaks of run days, across week boundaries. */
export const maxConsecutiveRunDays = /* @__PURE__ */ defineRule({
  meta: {
    id: "max-consecutive-run-days",
    fundamental: "recovery",
    type: "problem",
    description:
      "Run days in a row stay within 3 / 6 / 6 / 6 (beginner / intermediate / advanced / elite), across week boundaries; a streak through a week that rest-day-weekly reports is left to it.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#max-consecutive-run-days",
    rationale:
      "Warning: streak limits are coaching convention (C): beginners at most 3 runs in a row (Higdon's Tuesday-Thursday block), others at most 6 (a 6-day week with a day off is standard).",
    options: z.strictObject({ maxDays: z.int().check(z.gte(1), z.lte(30)) }),
    defaults: byLevel({ maxDays: 3 }, { maxDays: 6 }, { maxDays: 6 }, { maxDays: 6 }),
    messages: {
      tooMany: {
        message:
          "{single, select, true {{count} run days in a row {spanWeeks, plural, =1 {in week {firstWeek}} other {from week {firstWeek} to week {lastWeek}}}, {fromDate, weekday} {fromDate} to {toDate, weekday} {toDate}} other {{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count} run days in a row ({fromDate, weekday} to {toDate, weekday})}}; at {level, term, level} level run at most {max, plural, one {# day} other {# days}} in a row.",
        hint: "For example, make {freeDate, weekday} a run-free day: its run is the easiest to give up.",
      },
      tooManyKeyDays: {
        message:
          "{single, select, true {{count} run days in a row {spanWeeks, plural, =1 {in week {firstWeek}} other {from week {firstWeek} to week {lastWeek}}}, {fromDate, weekday} {fromDate} to {toDate, weekday} {toDate}} other {{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count} run days in a row ({fromDate, weekday} to {toDate, weekday})}}; at {level, term, level} level run at most {max, plural, one {# day} other {# days}} in a row.",
        hint: "Each of these days holds a long run, a race or a hard session: move one of them to break the streak.",
      },
    },
  },
  check({ calendar, plan, athlete, options, level, report }) {
    const restLess = restLessWeeks(calendar.weeks, level, athlete?.age);
    const longRuns = weekLongRuns(calendar.weeks);
    const streaks = streaksOf(allDays(calendar.weeks), options.maxDays, plan.paces, restLess, longRuns);
    // The same streak week after week (same length, same weekdays) is said once; its first week names the day to free.
    for (const group of groupByKey(streaks, (streak) => [streak.count, streak.from, streak.to].join(" "))) {
      const first = group.entries[0];
      if (!first) continue;
      const single = group.entries.length === 1;
      // One streak is named by its dates (and the weeks it spans, spanWeeks of them); a streak repeated week after
      // week by its weekdays (those of its first dates).
      report({
        messageId: first.day === "" ? "tooManyKeyDays" : "tooMany",
        weeks: group.weeks,
        ...(single ? { date: first.date } : {}),
        measured: first.count,
        limit: options.maxDays,
        data: {
          ...weeksOf(group.weeks),
          count: first.count,
          single,
          fromDate: first.fromDate,
          toDate: first.toDate,
          firstWeek: first.firstWeek,
          lastWeek: first.lastWeek,
          spanWeeks: first.lastWeek - first.firstWeek + 1,
          level,
          max: options.maxDays,
          ...(first.day === "" ? {} : { freeDate: first.day }),
        },
      });
    }
  },
});
