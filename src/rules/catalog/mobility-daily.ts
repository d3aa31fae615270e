import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

/** Stretching or foam rolling as a daily habit. */
export const mobilityDaily = /* @__PURE__ */ defineRule({
  meta: {
    id: "mobility-daily",
    fundamental: "recovery",
    type: "coverage",
    description:
      "Stretching, foam rolling or yoga on at least 7 days of every week (configurable; optional sessions count); said once for all the weeks short of it.",
    defaultSeverity: "info",
    evidence: "M",
    docs: "#mobility-daily",
    rationale:
      "Info, a coverage rule said once per plan: daily stretching or foam rolling is the fundamental's advice; its effect on injury is small (Lauersen 2014), so never an error; the 7 days are configurable.",
    options: z.strictObject({ minDaysPerWeek: z.int().check(z.gte(0), z.lte(7)) }),
    defaults: allLevels({ minDaysPerWeek: 7 }),
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} mobility work on {countRange, select, true {{count}-{countMax}} other {{count}}} of 7 days; aim for {min}.",
        hint: "Add 10 minutes of stretching or foam rolling every day, for example after each run and on rest days.",
      },
    },
  },
  check({ calendar, options, report }) {
    // An optional session counts: the plan offers it.
    const count = (week: (typeof calendar.weeks)[number]) =>
      week.days.filter((day) => sessionsOf(day).some((occurrence) => occurrence.kind === "mobility")).length;
    const short = calendar.weeks
      .map((week) => ({ week: week.index, count: count(week) }))
      .filter((entry) => entry.count < options.minDaysPerWeek);
    // A habit missing from the plan is one fact, whichever weeks have a little of it: one finding with the range.
    const counts = short.map((entry) => entry.count);
    if (short.length === 0) return;
    const weeks = short.map((entry) => entry.week);
    report({
      messageId: "tooFew",
      weeks,
      measured: Math.min(...counts),
      limit: options.minDaysPerWeek,
      data: {
        ...weeksOf(weeks),
        // One count, or several as their range ("0-2"): the fewest and the most days.
        count: Math.min(...counts),
        countMax: Math.max(...counts),
        countRange: new Set(counts).size > 1,
        min: options.minDaysPerWeek,
      },
    });
  },
});
