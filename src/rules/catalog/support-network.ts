import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/** A circle of supportive people. */
export const supportNetwork = /* @__PURE__ */ defineRule({
  meta: {
    id: "support-network",
    fundamental: "mental",
    type: "coverage",
    description: "The athlete names at least one support contact, or the plan has a support check-in.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#support-network",
    rationale: "Info: a support circle is advice the plan alone cannot show; the athlete's contacts count.",
    options: z.strictObject({}),
    defaults: allLevels({}),
    messages: {
      missing: {
        message: "No support network: the athlete names no support contact and the plan has no support check-in.",
        hint: "Add a coach, club or friend to the athlete's supportContacts, or a weekly support check-in (a mental session).",
      },
    },
  },
  check({ plan, athlete, report }) {
    if ((athlete?.supportContacts?.length ?? 0) > 0) return;
    // An optional check-in does not make a network (docs/domain.md, Optional sessions: floors do not count them).
    const checkIn = plan.phases.some((phase) =>
      phase.sessions.some(
        (session) => session.kind === "mental" && session.practice === "support-check-in" && session.optional !== true,
      ),
    );
    if (!checkIn) report({ messageId: "missing", path: "phases[0].sessions" });
  },
});
