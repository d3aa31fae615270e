import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { isKeyInWeek } from "../helpers/classify.js";
import { habitTargetOutOfRange } from "../helpers/grouping.js";
import { allLevels } from "../levels.js";

/**
 * 5-7 mL/kg at least 4 h before exercise (ACSM, Sawka 2007), for the runs that need it: long runs, hard sessions and
 * races (the key sessions of docs/domain.md). The stand's pre-hydration is for prolonged or hard exercise and heat; a
 * coach does not ask a 4-hour drinking protocol of a short easy run (the coach's verdict on the real plans), and after
 * a marathon what matters is rehydrating after the race, not a pre-run protocol.
 */
export const preRunHydration = /* @__PURE__ */ defineRule({
  meta: {
    id: "pre-run-hydration",
    fundamental: "nutrition",
    type: "coverage",
    description:
      "A hydration habit covers every long run, hard session and race (short easy runs need none); a target, if given, is 5-7 mL/kg at least 4 h before.",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#pre-run-hydration",
    rationale:
      "Info, a coverage rule said once per plan: 5-7 mL/kg at least 4 h before exercise is the ACSM position stand (Sawka 2007), for prolonged or hard exercise; short easy runs need nothing special.",
    options: z.strictObject({
      minMlPerKg: z.number().check(z.gt(0), z.lte(30)),
      maxMlPerKg: z.number().check(z.gt(0), z.lte(30)),
      minHoursBefore: z.number().check(z.gte(0), z.lte(24)),
    }),
    defaults: allLevels({ minMlPerKg: 5, maxMlPerKg: 7, minHoursBefore: 4 }),
    messages: {
      missing: {
        message: "No hydration habit covers the plan's long runs and hard sessions.",
        hint: "Before long runs, hard sessions and runs in the heat, drink about 6 mL per kg of body weight at least 4 hours before, then to thirst; short easy runs need nothing special. After a race, rehydrate over the hours that follow.",
      },
      uncovered: {
        message: "{count, plural, one {# run has} other {# runs have}} no hydration habit, the first on {date}.",
        hint: "Make the hydration habit apply before each run, or at least before each long run and hard session.",
      },
      volume: {
        message: 'Habit "{habitId}" targets {value} mL/kg; the recommendation is {min}-{max} mL/kg.',
        hint: "Set mlPerKg between {min} and {max}.",
      },
      timing: {
        message: 'Habit "{habitId}" drinks {value} h before the run; drink at least {min} h before.',
        hint: "Set hoursBefore to {min} or more, so that the body can pass what it does not need.",
      },
    },
  },
  check({ plan, calendar, options, report }) {
    const habits = (plan.habits ?? []).flatMap((habit, index) =>
      habit.category === "hydration" ? [{ habit, index }] : [],
    );
    // The runs that need fluids before them: long runs, hard sessions and races (a short easy run needs none).
    const runs = calendar.weeks.flatMap((week) =>
      week.days.flatMap((day) =>
        day.occurrences.filter(
          (occurrence) =>
            occurrence.kind === "run" &&
            occurrence.session.optional !== true &&
            isKeyInWeek(occurrence, week, plan.paces),
        ),
      ),
    );
    if (runs.length > 0 && habits.length === 0) report({ messageId: "missing", path: "habits" });
    // A before-each-run habit covers every run; dated habits must fall on each run's date.
    if (habits.length > 0) {
      const coveredDates = new Set(
        calendar.occurrences
          .filter((occurrence) => occurrence.kind === "habit" && occurrence.habit.category === "hydration")
          .map((occurrence) => occurrence.date),
      );
      const uncovered = runs.filter((run) => !coveredDates.has(run.date));
      const first = uncovered[0];
      if (first)
        report({
          messageId: "uncovered",
          week: first.week,
          date: first.date,
          measured: uncovered.length,
          limit: 0,
          path: "habits",
          data: { count: uncovered.length, date: first.date },
        });
    }
    for (const { habit, index } of habits) {
      const volume =
        habit.mlPerKg === undefined
          ? undefined
          : habitTargetOutOfRange(habit.id, index, "mlPerKg", habit.mlPerKg, options.minMlPerKg, options.maxMlPerKg);
      if (volume) report({ messageId: "volume", ...volume });
      if (habit.hoursBefore !== undefined && habit.hoursBefore < options.minHoursBefore) {
        report({
          messageId: "timing",
          sessionId: habit.id,
          path: `habits[${String(index)}].hoursBefore`,
          measured: habit.hoursBefore,
          limit: options.minHoursBefore,
          data: { habitId: habit.id, value: habit.hoursBefore, min: options.minHoursBefore },
        });
      }
    }
  },
});
