import * as z from "zod/mini";
import { isActiveRecovery } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { weeksBelow } from "../helpers/grouping.js";
import { weeksOf } from "../helpers/messageData.js";
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
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {countsDiffer, select, true {fewer than {min, plural, one {# active-recovery session} other {# active-recovery sessions}}} other {{count, plural, =0 {no active-recovery session} one {# active-recovery session} other {# active-recovery sessions}}}}; plan at least {min} a week.",
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
      // Weeks with different counts are said together as "fewer than {min}" (countsDiffer), one count as itself.
      data: { ...weeksOf(weeks), count: fewest, countsDiffer: short.length > 1, min: options.minPerWeek },
    });
  },
});
