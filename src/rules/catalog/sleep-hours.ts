import * as z from "zod/mini";
import { isYouth } from "../../model/recentRace.js";
import { defineRule } from "../defineRule.js";
import { byLevel } from "../levels.js";

/** Sleep underpins recovery: 7-9 h for adults (NSF), 8 h or more for elite athletes and youth (AASM: 8-10 h at 13-18). */
export const sleepHours = /* @__PURE__ */ defineRule({
  meta: {
    id: "sleep-hours",
    fundamental: "recovery",
    type: "coverage",
    description:
      "The sleep target (the plan's sleep habits, else the athlete's sleepHours) is at least 7 h, 8 h for elite athletes and for youth (an athlete under 18).",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#sleep-hours",
    rationale:
      "Info, a coverage rule said once per plan: 7-9 h is the adult recommendation (Hirshkowitz 2015), 8 h for elite athletes with their higher load and for teenagers (AASM: 8-10 h at 13-18; under 8 h, 1.7 x the injury risk, Milewski 2014).",
    options: z.strictObject({
      minHours: z.number().check(z.gte(0), z.lte(16)),
      youthMinHours: z.number().check(z.gte(0), z.lte(16)),
    }),
    defaults: byLevel(
      { minHours: 7, youthMinHours: 8 },
      { minHours: 7, youthMinHours: 8 },
      { minHours: 7, youthMinHours: 8 },
      { minHours: 8, youthMinHours: 8 },
    ),
    messages: {
      tooShort: {
        message:
          'The sleep target of {hours} h ({source, select, habit {habit "{habitId}"} other {the athlete\'s usual sleep, and the plan sets no target}}) is below {min} h.',
        hint: "Aim for at least {min} hours of sleep a night.",
      },
      missing: {
        message: "The plan has no sleep target.",
        hint: "Add a nightly sleep habit of at least {min} hours: the same bedtime every night, and no screens in the last half hour.",
      },
    },
  },
  check({ plan, athlete, options: given, report }) {
    // Youth need more sleep than adults (AASM): the higher of the two targets applies.
    const youth = isYouth(athlete?.age);
    const options = { minHours: youth ? Math.max(given.minHours, given.youthMinHours) : given.minHours };
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
        // The target's source by its id: a habit of the plan (named), or the athlete's usual sleep.
        data: { hours: habit.hours, source: "habit", habitId: habit.id, min: options.minHours },
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
        data: { hours: athlete.sleepHours, source: "athlete", min: options.minHours },
      });
    }
  },
});
