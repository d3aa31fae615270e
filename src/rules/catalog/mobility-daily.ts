import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { weeksBelow } from "../helpers/grouping.js";
import { weeksData } from "../helpers/text.js";
import { allLevels } from "../levels.js";

/** Stretching or foam rolling as a daily habit. */
export const mobilityDaily = /* @__PURE__ */ defineRule({
  meta: {
    id: "mobility-daily",
    fundamental: "recovery",
    type: "coverage",
    description: "Stretching, foam rolling or yoga on at least 7 days of every week (configurable).",
    defaultSeverity: "info",
    evidence: "M",
    docs: "#mobility-daily",
    rationale:
      "Info, a coverage rule said once per plan: daily stretching or foam rolling is the fundamental's advice; its effect on injury is small (Lauersen 2014), so never an error; the 7 days are configurable.",
    options: z.strictObject({ minDaysPerWeek: z.int().check(z.gte(0), z.lte(7)) }),
    defaults: allLevels({ minDaysPerWeek: 7 }),
    messages: {
      tooFew: {
        message: "{weeks} {has} mobility work on {count} of 7 days; aim for {min}.",
        hint: "Add 10 minutes of stretching or foam rolling every day (a mobility session with repeat FREQ=DAILY).",
      },
    },
  },
  check({ calendar, options, report }) {
    const count = (week: (typeof calendar.weeks)[number]) =>
      week.days.filter((day) =>
        sessionsOf(day).some((occurrence) => occurrence.kind === "mobility" && occurrence.session.optional !== true),
      ).length;
    for (const group of weeksBelow(calendar.weeks, options.minDaysPerWeek, count)) {
      report({
        messageId: "tooFew",
        weeks: group.weeks,
        measured: group.count,
        limit: options.minDaysPerWeek,
        data: { ...weeksData(group.weeks), count: group.count, min: options.minDaysPerWeek },
      });
    }
  },
});
