import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/** Attention to portion size and eating slowly. */
export const mindfulEating = /* @__PURE__ */ defineRule({
  meta: {
    id: "mindful-eating",
    fundamental: "nutrition",
    description: "A nutrition habit attends to portion size or eating slowly (focus mindful-eating).",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#mindful-eating",
    rationale: "Info: portion awareness and eating slowly are the fundamental's advice, a convention.",
    options: z.strictObject({}),
    defaults: allLevels({}),
    messages: {
      missing: {
        message: "No habit for portion awareness or eating slowly.",
        hint: 'Add { "category": "nutrition", "focus": "mindful-eating", "repeat": "FREQ=DAILY" }.',
      },
    },
  },
  check({ plan, report }) {
    if (!(plan.habits ?? []).some((habit) => habit.category === "nutrition" && habit.focus === "mindful-eating"))
      report({ messageId: "missing", path: "habits" });
  },
});
