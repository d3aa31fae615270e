import * as z from "zod/mini";
import { isActiveRecovery } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { weeksBelow } from "../helpers/grouping.js";
import { countOf, weeksData } from "../helpers/text.js";
import { allLevels } from "../levels.js";

/** Low-intensity non-running movement keeps blood flowing without stress. */
export const activeRecoveryWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "active-recovery-weekly",
    fundamental: "recovery",
    type: "coverage",
    description:
      "Every week has at least one active-recovery session: walking, swimming, cycling or similar at RPE 3 or less.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#active-recovery-weekly",
    rationale:
      "Info, a coverage rule said once per plan: active recovery is recommended practice (C), and a plan with easy runs and rest days only misses one habit, not one per week.",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message: "{weeks} {has} {sessions}; plan at least {min} a week.",
        hint: "Add an easy walk, swim or bike ride (RPE 3 or less) on a run-free day of each week.",
      },
    },
  },
  check({ calendar, options, report }) {
    const count = (week: (typeof calendar.weeks)[number]) =>
      countInWeek(week, (occurrence) => isActiveRecovery(occurrence.session));
    const short = weeksBelow(calendar.weeks, options.minPerWeek, count);
    // Said once for the plan: the weeks short of it, and the fewest any of them has.
    const weeks = short.flatMap((group) => group.weeks);
    if (weeks.length === 0) return;
    const fewest = Math.min(...short.map((group) => group.count));
    report({
      messageId: "tooFew",
      weeks,
      measured: fewest,
      limit: options.minPerWeek,
      data: {
        ...weeksData(weeks),
        count: fewest,
        sessions:
          short.length === 1
            ? countOf(fewest, "active-recovery session")
            : `fewer than ${countOf(options.minPerWeek, "active-recovery session")}`,
        min: options.minPerWeek,
      },
    });
  },
});
