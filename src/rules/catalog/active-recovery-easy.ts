import * as z from "zod/mini";
import { phaseStartDates, weekOfDate } from "../../model/planDates.js";
import { EFFORT_RPE } from "../../model/defaults.js";
import { highestOf, type Range } from "../../model/weekly.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/** A recovery run is only recovery when it is truly easy. */
export const activeRecoveryEasy = /* @__PURE__ */ defineRule({
  meta: {
    id: "active-recovery-easy",
    fundamental: "recovery",
    type: "problem",
    description: "A session marked as recovery (run type `recovery`) stays at RPE 3 or less.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#active-recovery-easy",
    rationale:
      "Warning: a session called recovery at RPE 4 or more is no longer recovery; RPE 3 matches the definition of active recovery.",
    options: z.strictObject({ maxRpe: z.number().check(z.gte(0), z.lte(10)) }),
    defaults: allLevels({ maxRpe: 3 }),
    messages: {
      tooHard: {
        message: 'The recovery run "{sessionId}" is planned at RPE {rpe}; recovery stays at RPE {max} or less.',
        hint: "Lower its RPE to {max} (conversational pace), or mark it as an easy run.",
      },
    },
  },
  check({ plan, options, report }) {
    const phaseStarts = phaseStartDates(plan);
    plan.phases.forEach((phase, phaseIndex) => {
      phase.sessions.forEach((session, index) => {
        if (session.kind !== "run" || session.runType !== "recovery") return;
        // An effort word stands for its RPE (docs/domain.md); a recovery run given neither is RPE 2.
        const rpe =
          session.rpe === undefined
            ? session.effort === undefined
              ? undefined
              : EFFORT_RPE[session.effort]
            : highestOf(session.rpe);
        if (rpe === undefined || rpe <= options.maxRpe) return;
        // RPEs given week by week: the finding points at the first week over the maximum, not the phase's first.
        const entries =
          session.rpe === undefined
            ? []
            : Array.isArray(session.rpe)
              ? (session.rpe as readonly (number | Range | null)[])
              : [session.rpe as number | Range];
        const firstOver = entries.findIndex((entry) => entry !== null && (highestOf(entry) ?? 0) > options.maxRpe);
        report({
          messageId: "tooHard",
          week: weekOfDate(plan, phaseStarts[phaseIndex] ?? plan.startDate) + Math.max(firstOver, 0),
          sessionId: session.id,
          path: `phases[${String(phaseIndex)}].sessions[${String(index)}].${session.rpe === undefined ? "effort" : "rpe"}`,
          measured: rpe,
          limit: options.maxRpe,
          data: { sessionId: session.id, rpe, max: options.maxRpe },
        });
      });
    });
  },
});
