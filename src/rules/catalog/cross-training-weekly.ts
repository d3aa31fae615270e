import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { reportTooFew, weeksBelow } from "../helpers/grouping.js";
import { allLevels } from "../levels.js";

/** Other aerobic work, so that the legs get a break from the road. */
export const crossTrainingWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "cross-training-weekly",
    fundamental: "cross-training",
    type: "coverage",
    description: "At least one non-running aerobic session (swim, bike, elliptical, row, ski, walk, hike) every week.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#cross-training-weekly",
    rationale:
      "Info, a coverage rule said once per plan: cross-training against overuse is the fundamental's advice, a convention (C).",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no cross-training session} one {# cross-training session} other {# cross-training sessions}}; plan at least {min} a week.",
        hint: "Add a swim or a bike ride to each of them, for example on a run-free day.",
      },
    },
  },
  check({ calendar, options, report }) {
    const count = (week: (typeof calendar.weeks)[number]) =>
      countInWeek(week, (occurrence) => occurrence.kind === "cross");
    reportTooFew(report, weeksBelow(calendar.weeks, options.minPerWeek, count), options.minPerWeek);
  },
});
