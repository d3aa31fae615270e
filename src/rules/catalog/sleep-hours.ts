import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { byLevel } from "../levels.js";

/** Sleep underpins recovery: 7-9 h for adults (NSF), 8 h or more for elite athletes. */
export const sleepHours = /* @__PURE__ */ defineRule({
  meta: {
    id: "sleep-hours",
    fundamental: "recovery",
    description:
      "The sleep target (the plan's sleep habits, else the athlete's sleepHours) is at least 7 h, 8 h for elite athletes.",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#sleep-hours",
    rationale:
      "Warning: 7-9 h is the adult recommendation (Hirshkowitz 2015), 8 h for elite athletes with their higher load; a plan without any target is only noted.",
    options: z.strictObject({ minHours: z.number().check(z.gte(0), z.lte(16)) }),
    defaults: byLevel({ minHours: 7 }, { minHours: 7 }, { minHours: 7 }, { minHours: 8 }),
    messages: {
      tooShort: {
        message: "The sleep target of {hours} h ({source}) is below {min} h.",
        hint: "Aim for at least {min} hours of sleep a night.",
      },
      missing: {
        message: "The plan has no sleep target.",
        hint: 'Add a sleep habit, e.g. { "category": "sleep", "hours": {min}, "repeat": "FREQ=DAILY" }.',
        severity: "info",
      },
    },
  },
  check({ plan, athlete, options, report }) {
    // The plan's sleep habits are its target; the athlete's usual sleep counts only when the plan sets none.
    const habits = (plan.habits ?? []).map((habit, index) => ({ habit, index }));
    let targets = 0;
    for (const { habit, index } of habits) {
      if (habit.category !== "sleep") continue;
      targets += 1;
      if (habit.hours >= options.minHours) continue;
      report({
        messageId: "tooShort",
        sessionId: habit.id,
        path: `habits[${String(index)}].hours`,
        measured: habit.hours,
        limit: options.minHours,
        data: { hours: habit.hours, source: `habit "${habit.id}"`, min: options.minHours },
      });
    }
    if (targets > 0) return;
    if (athlete?.sleepHours === undefined) {
      report({ messageId: "missing", path: "habits", data: { min: options.minHours } });
    } else if (athlete.sleepHours < options.minHours) {
      report({
        messageId: "tooShort",
        measured: athlete.sleepHours,
        limit: options.minHours,
        data: {
          hours: athlete.sleepHours,
          source: "the athlete's usual sleep, and the plan sets no target",
          min: options.minHours,
        },
      });
    }
  },
});
