import * as z from "zod/mini";
import { isActiveRecovery } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers.js";
import { allLevels } from "../levels.js";

/** Low-intensity non-running movement keeps blood flowing without stress. */
export const activeRecoveryWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "active-recovery-weekly",
    fundamental: "recovery",
    description:
      "Every week has at least one active-recovery session: walking, swimming, cycling or similar at RPE 3 or less.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#active-recovery-weekly",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message: "Week {week} has {count} active-recovery sessions; plan at least {min}.",
        hint: "Add an easy walk, swim or bike ride (RPE 3 or less) on a run-free day of week {week}.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      const count = countInWeek(week, (occurrence) => isActiveRecovery(occurrence.session));
      if (count >= options.minPerWeek) continue;
      report({
        messageId: "tooFew",
        week: week.index,
        measured: count,
        limit: options.minPerWeek,
        data: { week: week.index, count, min: options.minPerWeek },
      });
    }
  },
});
