import * as z from "zod/mini";
import { isYouth } from "../../model/recentRace.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/** Attention to portion size and eating slowly. */
export const mindfulEating = /* @__PURE__ */ defineRule({
  meta: {
    id: "mindful-eating",
    fundamental: "nutrition",
    type: "coverage",
    description:
      "A nutrition habit attends to portion size or eating slowly (focus mindful-eating); not asked of youth (an athlete under 18), whose risk is under-fuelling.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#mindful-eating",
    rationale:
      "Info, a coverage rule said once per plan: portion awareness and eating slowly are the fundamental's advice, a convention; never for teenagers, whose risk is under-fuelling (RED-S, Krabak 2021).",
    options: z.strictObject({}),
    defaults: allLevels({}),
    messages: {
      missing: {
        message: "No habit for portion awareness or eating slowly.",
        hint: "Add a daily habit of eating slowly and noticing when you are full: serve a normal portion, and stop before you feel stuffed.",
      },
    },
  },
  check({ plan, athlete, report }) {
    if (isYouth(athlete?.age)) return;
    if (!(plan.habits ?? []).some((habit) => habit.category === "nutrition" && habit.focus === "mindful-eating"))
      report({ messageId: "missing", path: "habits" });
  },
});
