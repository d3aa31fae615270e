import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/**
 * Words that name a team in a plan's or athlete's name or id: a school or club team's plan has its support (coach
 * and teammates). "xc" is cross country.
 */
const TEAM_WORDS = /\b(team|club|squad|varsity|xc|cross[ -]country|high[ -]school)\b/i;

/** Whether the plan is a team's: its or the athlete's name or id names a team. */
function isTeamPlan(plan: { readonly id: string; readonly name?: string }, athlete: object | undefined): boolean {
  const { id, name } = (athlete ?? {}) as { readonly id?: string; readonly name?: string };
  return [plan.id, plan.name, id, name].some(
    (text) => text !== undefined && TEAM_WORDS.test(text.replace(/[-_]/g, " ")),
  );
}

/** A circle of supportive people. */
export const supportNetwork = /* @__PURE__ */ defineRule({
  meta: {
    id: "support-network",
    fundamental: "mental",
    type: "coverage",
    description:
      "The athlete names at least one support contact, or the plan has a support check-in, or it is a team's plan (its or the athlete's name names a team: coach and teammates are the support).",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#support-network",
    rationale: "Info: a support circle is advice the plan alone cannot show; the athlete's contacts count.",
    options: z.strictObject({}),
    defaults: allLevels({}),
    messages: {
      missing: {
        message: "No support network: the athlete names no support contact and the plan has no support check-in.",
        hint: "Name a coach, club or friend the athlete can talk to about training, or add a weekly support check-in.",
      },
    },
  },
  check({ plan, athlete, report }) {
    if ((athlete?.supportContacts?.length ?? 0) > 0 || isTeamPlan(plan, athlete)) return;
    // An optional check-in does not make a network (docs/domain.md, Optional sessions: floors do not count them).
    const checkIn = plan.phases.some((phase) =>
      phase.sessions.some(
        (session) => session.kind === "mental" && session.practice === "support-check-in" && session.optional !== true,
      ),
    );
    if (!checkIn) report({ messageId: "missing", path: "phases[0].sessions" });
  },
});
