import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { reportTooFew, weeksBelow } from "../helpers/grouping.js";
import { byLevel } from "../levels.js";

/** Strength 2-3 times a week improves running economy (Blagrove 2018) and cuts injury risk (Lauersen 2014). */
export const strengthFrequency = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-frequency",
    fundamental: "strength",
    type: "problem",
    description:
      "Strength sessions per week: at least 1 for beginners, 2 for everyone else; not asked of transition weeks (recovery from the season).",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#strength-frequency",
    rationale:
      "Warning: strength 2-3 times a week improves economy (Blagrove 2018) and cuts injuries (Lauersen 2014); beginners start with 1; transition weeks are recovery and are not asked.",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: byLevel({ minPerWeek: 1 }, { minPerWeek: 2 }, { minPerWeek: 2 }, { minPerWeek: 2 }),
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no strength session} one {# strength session} other {# strength sessions}}; at {level, term, level} level plan at least {min} a week.",
        hint: "Add a 30-minute session of squats, lunges, planks and calf raises on a day without a hard run.",
      },
    },
  },
  check({ calendar, options, level, report }) {
    const count = (week: (typeof calendar.weeks)[number]) =>
      countInWeek(week, (occurrence) => occurrence.kind === "strength");
    const transition = (week: (typeof calendar.weeks)[number]) => week.phaseType === "transition";
    reportTooFew(report, weeksBelow(calendar.weeks, options.minPerWeek, count, transition), options.minPerWeek, {
      level,
    });
  },
});
