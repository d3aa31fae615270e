import * as z from "zod/mini";
import { NUTRITION_FOCUSES } from "../../model/habit.js";
import { NUTRITION_FOCUS_LABELS } from "../../model/labels.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

type Focus = (typeof NUTRITION_FOCUSES)[number];

/** Lean protein, complex carbohydrates, fruit and vegetables (ACSM/AND/DC, Thomas 2016). */
export const balancedDiet = /* @__PURE__ */ defineRule({
  meta: {
    id: "balanced-diet",
    fundamental: "nutrition",
    type: "coverage",
    description: "Nutrition habits cover lean protein, complex carbohydrates, and fruit and vegetables.",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#balanced-diet",
    rationale:
      "Info, a coverage rule said once per plan: lean protein, complex carbohydrates, fruit and vegetables are the position stand's basis (Thomas 2016).",
    options: z.strictObject({ focuses: z.array(z.enum(NUTRITION_FOCUSES)).check(z.minLength(1)) }),
    defaults: allLevels({ focuses: ["lean-protein", "complex-carbs", "fruit-vegetables"] as Focus[] }),
    messages: {
      missing: {
        message: "The plan's nutrition habits do not cover {missing}.",
        hint: "Add a daily nutrition habit for each: {examples}.",
      },
    },
  },
  check({ plan, options, report }) {
    const covered = new Set(
      (plan.habits ?? []).flatMap((habit) => (habit.category === "nutrition" ? [habit.focus] : [])),
    );
    const missing = options.focuses.filter((focus) => !covered.has(focus));
    if (missing.length === 0) return;
    report({
      messageId: "missing",
      path: "habits",
      measured: options.focuses.length - missing.length,
      limit: options.focuses.length,
      data: {
        missing: missing.map((focus) => NUTRITION_FOCUS_LABELS[focus].toLowerCase()).join(", "),
        examples: missing
          .map((focus) => `{ "category": "nutrition", "focus": "${focus}", "repeat": "FREQ=DAILY" }`)
          .join(", "),
      },
    });
  },
});
