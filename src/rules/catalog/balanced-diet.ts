import * as z from "zod/mini";
import { NUTRITION_FOCUSES } from "../../model/habit.js";
import { NUTRITION_FOCUS_LABELS } from "../../model/labels.js";
import { isYouth } from "../../model/recentRace.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

type Focus = (typeof NUTRITION_FOCUSES)[number];

/** What each focus means on a plate, for the hint. */
const EXAMPLES: Readonly<Record<Focus, string>> = {
  "lean-protein": "lean protein (fish, chicken, eggs, beans or yogurt)",
  "complex-carbs": "complex carbohydrates (whole grains, oats, potatoes, rice)",
  "fruit-vegetables": "fruit and vegetables at every meal",
  "mindful-eating": "eating slowly and noticing when you are full",
};

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

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
        message: "The plan's nutrition habits do not cover {missing}.",
        hint: "Add a daily nutrition habit for each of them: {examples}.{fuel}",
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
        missing: missing.map((focus) => NUTRITION_FOCUS_LABELS[focus].toLowerCase()).join(", "),
        // Plain words, never JSON: what to eat, as a runner reads it.
        examples: listOf(missing.map((focus) => EXAMPLES[focus])),
        fuel: youth ? " Growing runners need to eat enough for their training: more, not less." : "",
      },
    });
  },
});
