import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import type { CalendarDay } from "../../schedule/types.js";
import { allDays, runsOf } from "../helpers/calendar.js";
import { daysToFree } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { countOf, dayName, weeksData } from "../helpers/text.js";
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
  /** The weekday to free of running; "" when every day of the streak holds a key session. */
  readonly day: string;
}

/** The streaks of run days longer than `maxDays`, in order. */
function streaksOf(
  days: ReturnType<typeof allDays>,
  maxDays: number,
  paces: Readonly<Record<string, string>> | undefined,
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
    // Free the easiest day that breaks the streak into pieces within the limit, else the easiest of the streak.
    const breaks = (day: CalendarDay) => {
      const at = streak.findIndex((item) => item.day === day);
      return at <= maxDays && streak.length - at - 1 <= maxDays;
    };
    const candidates = daysToFree(
      streak.map((item) => item.day),
      paces,
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
      day: free ? dayName(free.date) : "",
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
      "Run days in a row stay within 2 / 4 / 6 / 6 (beginner / intermediate / advanced / elite), across week boundaries.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#max-consecutive-run-days",
    rationale:
      "Warning: streak limits are coaching convention (C); beginners 2 days so that every run day is followed by a rest day soon, advanced and elite runners train daily in blocks.",
    options: z.strictObject({ maxDays: z.int().check(z.gte(1), z.lte(30)) }),
    defaults: byLevel({ maxDays: 2 }, { maxDays: 4 }, { maxDays: 6 }, { maxDays: 6 }),
    messages: {
      tooMany: {
        message:
          "{weeks} {has} {count} run days in a row ({from} to {to}); at {level} level run at most {maxDays} in a row.",
        hint: "For example, make {day} a run-free day: its run is the easiest to give up.",
      },
      tooManyKeyDays: {
        message:
          "{weeks} {has} {count} run days in a row ({from} to {to}); at {level} level run at most {maxDays} in a row.",
        hint: "Each of these days holds a long run, a race or a hard session: move one of them to break the streak.",
      },
    },
  },
  check({ calendar, plan, options, level, report }) {
    const streaks = streaksOf(allDays(calendar.weeks), options.maxDays, plan.paces);
    // The same streak week after week (same length, same weekdays) is said once; its first week names the day to free.
    for (const group of groupByKey(streaks, (streak) => [streak.count, streak.from, streak.to].join(" "))) {
      const first = group.entries[0];
      if (!first) continue;
      report({
        messageId: first.day === "" ? "tooManyKeyDays" : "tooMany",
        weeks: group.weeks,
        ...(group.entries.length === 1 ? { date: first.date } : {}),
        measured: first.count,
        limit: options.maxDays,
        data: {
          ...weeksData(group.weeks),
          count: first.count,
          // One streak is named by its dates; a streak repeated week after week by its weekdays.
          from: group.entries.length === 1 ? `${first.from} ${first.fromDate}` : first.from,
          to: group.entries.length === 1 ? `${first.to} ${first.toDate}` : first.to,
          level,
          max: options.maxDays,
          maxDays: countOf(options.maxDays, "day"),
          day: first.day,
        },
      });
    }
  },
});
