import * as z from "zod/mini";
import { NUTRITION_FOCUSES } from "../../model/habit.js";
import { isYouth } from "../../model/recentRace.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

type Focus = (typeof NUTRITION_FOCUSES)[number];

/** Lean protein, complex carbohydrates, fruit and vegetables (ACSM/AND/DC, Thomas 2016). */
export const balancedDiet = /* @__PURE__ */ defineRule({
  meta: {
    id: "balanced-diet",
    fundamental: "nutrition",
    type: "coverage",
    description:
      "Nutrition habits cover lean protein, complex carbohydrates, and fruit and vegetables (for youth, never portion control: under-fuelling is their risk).",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#balanced-diet",
    rationale:
      "Info, a coverage rule said once per plan: lean protein, complex carbohydrates, fruit and vegetables are the position stand's basis (Thomas 2016).",
    options: z.strictObject({ focuses: z.array(z.enum(NUTRITION_FOCUSES)).check(z.minLength(1)) }),
    defaults: allLevels({ focuses: ["lean-protein", "complex-carbs", "fruit-vegetables"] as Focus[] }),
    messages: {
      missing: {
        message: "The plan's nutrition habits do not cover {missing, list, nutrition}.",
        // What each focus means on a plate is a term of the locale (`nutritionExample.lean-protein`).
        hint: "Add a daily nutrition habit for each of them: {missing, list, nutritionExample}.{youth, select, true { Growing runners need to eat enough for their training: more, not less.} other {}}",
      },
    },
  },
  check({ plan, athlete, options, report }) {
    const covered = new Set(
      (plan.habits ?? []).flatMap((habit) => (habit.category === "nutrition" ? [habit.focus] : [])),
    );
    // Youth runners are never asked for portion control: under-fuelling is their risk (COACHING.md 6, Krabak 2021).
    const youth = isYouth(athlete?.age);
    const focuses = options.focuses.filter((focus) => !(youth && focus === "mindful-eating"));
    const missing = focuses.filter((focus) => !covered.has(focus));
    if (missing.length === 0) return;
    report({
      messageId: "missing",
      path: "habits",
      measured: focuses.length - missing.length,
      limit: focuses.length,
      data: {
        // The focuses by their ids: the locale words them and what each means on a plate.
        missing,
        youth,
      },
    });
  },
});
