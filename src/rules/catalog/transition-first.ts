import * as z from "zod/mini";
import { daysBetween } from "../../calendar/civilDate.js";
import { phaseType } from "../../model/planDates.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/** 1-4 weeks of transition right after the season; more than 4 weeks off loses fitness (Mujika and Padilla 2001). */
export const transitionFirst = /* @__PURE__ */ defineRule({
  meta: {
    id: "transition-first",
    fundamental: "load",
    type: "problem",
    description:
      "A plan that starts right after the season (within 14 days of the athlete's seasonEndDate) opens with a transition phase of 1-4 weeks.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#transition-first",
    rationale:
      "Info: a 1-4-week transition after the season is advised (Mujika and Padilla 2001: longer off loses fitness), but a plan may start later in the off-season.",
    options: z.strictObject({
      maxWeeks: z.int().check(z.gte(1), z.lte(52)),
      withinDaysOfSeason: z.int().check(z.gte(0), z.lte(366)),
    }),
    defaults: allLevels({ maxWeeks: 4, withinDaysOfSeason: 14 }),
    messages: {
      missing: {
        message:
          "The plan starts {days, plural, one {# day} other {# days}} after the season ends but opens with a {type, term, phase} phase, not a transition.",
        hint: "Start with 1-4 weeks of transition: reduced, mostly easy training to recover from the season.",
      },
      tooLong: {
        message:
          'The transition phase "{phase}" lasts {weeks} weeks; more than {max, plural, one {# week} other {# weeks}} of reduced training lose fitness.',
        hint: "Shorten it to {max, plural, one {# week} other {# weeks}} or less and start building the base.",
      },
    },
  },
  check({ plan, athlete, options, report }) {
    const first = plan.phases[0];
    if (!first) return;
    const type = phaseType(first);
    if (type === "transition" && first.weeks > options.maxWeeks) {
      report({
        messageId: "tooLong",
        week: 1,
        path: "phases[0].weeks",
        measured: first.weeks,
        limit: options.maxWeeks,
        data: {
          phase: first.id,
          weeks: first.weeks,
          max: options.maxWeeks,
        },
      });
    }
    if (athlete?.seasonEndDate === undefined || type === "transition") return;
    const days = daysBetween(athlete.seasonEndDate, plan.startDate);
    if (days < 0 || days > options.withinDaysOfSeason) return;
    report({
      messageId: "missing",
      week: 1,
      path: "phases[0]",
      data: { days, type },
    });
  },
});
