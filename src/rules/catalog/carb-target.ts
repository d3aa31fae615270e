import * as z from "zod/mini";
import { sessionLoad } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { habitTargetOutOfRange } from "../helpers/grouping.js";
import { round } from "../helpers/numbers.js";
import { allLevels } from "../levels.js";

/**
 * Carbohydrate by training load (ACSM/AND/DC, Thomas 2016): light 3-5, about 1 h a day 5-7, 1-3 h a day 6-10,
 * more 8-12 g/kg/day. Training hours are the plan's average of run, cross-training and strength minutes a day.
 */
export const carbTarget = /* @__PURE__ */ defineRule({
  meta: {
    id: "carb-target",
    fundamental: "nutrition",
    type: "problem",
    description:
      "A carbohydrate target, if given, fits the training hours: light (under 0.75 h a day) 3-5, about 1 h a day 5-7, 1.5-3 h a day 6-10, more 8-12 g/kg.",
    defaultSeverity: "info",
    evidence: "S",
    docs: "#carb-target",
    rationale:
      "Info: carbohydrate bands by training hours are the position stand (Thomas 2016); individual needs vary.",
    options: z.strictObject({
      lightBelowHours: z.number().check(z.gt(0)),
      moderateBelowHours: z.number().check(z.gt(0)),
      highUpToHours: z.number().check(z.gt(0)),
    }),
    defaults: allLevels({ lightBelowHours: 0.75, moderateBelowHours: 1.5, highUpToHours: 3 }),
    messages: {
      outOfRange: {
        message:
          'Habit "{habitId}" targets {value} g/kg of carbohydrate a day; for {hours} h of training a day the guideline is {min}-{max} g/kg.',
        hint: "Set gPerKg between {min} and {max}.",
      },
    },
  },
  check({ plan, calendar, options, report }) {
    const days = calendar.weeks.length * 7;
    const trainingMinutes = calendar.occurrences.reduce(
      (sum, occurrence) =>
        sum + (occurrence.kind !== "habit" && sessionLoad(occurrence.session) > 0 ? occurrence.session.minutes : 0),
      0,
    );
    const hours = trainingMinutes / days / 60;
    const [min, max] =
      hours < options.lightBelowHours
        ? [3, 5]
        : hours < options.moderateBelowHours
          ? [5, 7]
          : hours <= options.highUpToHours
            ? [6, 10]
            : [8, 12];
    // The hours as the message gives them never read as the edge of another band: 1.48 h is "1.48", not "1.5".
    const edges = [options.lightBelowHours, options.moderateBelowHours, options.highUpToHours];
    const places = [1, 2, 3].find((decimals) =>
      edges.every((edge) => edge === hours || edge.toFixed(decimals) !== hours.toFixed(decimals)),
    );
    const hoursText = round(hours, places ?? 4);
    (plan.habits ?? []).forEach((habit, index) => {
      if (habit.category !== "nutrition" || habit.focus !== "complex-carbs" || habit.gPerKg === undefined) return;
      const outside = habitTargetOutOfRange(habit.id, index, "gPerKg", habit.gPerKg, min, max);
      if (outside) report({ messageId: "outOfRange", ...outside, data: { ...outside.data, hours: hoursText } });
    });
  },
});
