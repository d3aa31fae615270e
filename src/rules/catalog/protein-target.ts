import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { habitTargetOutOfRange } from "../helpers/grouping.js";
import { allLevels } from "../levels.js";

/** 1.2-2.0 g/kg/day of protein for athletes (ACSM/AND/DC, Thomas 2016). */
export const proteinTarget = /* @__PURE__ */ defineRule({
  meta: {
    id: "protein-target",
    fundamental: "nutrition",
    type: "problem",
    description: "A protein target, if given, is 1.2-2.0 g per kg of body mass a day.",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#protein-target",
    rationale:
      "Info: 1.2-2.0 g/kg/day is the position stand (Thomas 2016); a target outside it is worth a look, not a failure.",
    options: z.strictObject({ min: z.number().check(z.gt(0), z.lte(10)), max: z.number().check(z.gt(0), z.lte(10)) }),
    defaults: allLevels({ min: 1.2, max: 2 }),
    messages: {
      outOfRange: {
        message: 'Habit "{habitId}" targets {value} g/kg of protein a day; athletes need {min}-{max} g/kg.',
        hint: "Set gPerKg between {min} and {max}.",
      },
    },
  },
  check({ plan, options, report }) {
    (plan.habits ?? []).forEach((habit, index) => {
      if (habit.category !== "nutrition" || habit.focus !== "lean-protein" || habit.gPerKg === undefined) return;
      const outside = habitTargetOutOfRange(habit.id, index, "gPerKg", habit.gPerKg, options.min, options.max);
      if (outside) report({ messageId: "outOfRange", ...outside });
    });
  },
});
