import * as z from "zod/mini";
import { daysBetween } from "../../calendar/civilDate.js";
import { phaseType } from "../../model/planDates.js";
import { KM_PER_MILE } from "../../model/pace.js";
import { isYouth, MASTERS_FROM_AGE, recentRaceKm, seasonEndingRace } from "../../model/recentRace.js";
import type { Athlete } from "../../model/athlete.js";
import { defineRule } from "../defineRule.js";
import { allLevels } from "../levels.js";

/**
 * The days after the season-ending race that a transition covers (COACHING.md 1.4, 8): Foster's day per mile raced,
 * then the break, 1 week for advanced and elite runners, 2 for the others, youth and masters; undefined without a race.
 */
function transitionDays(
  athlete: Athlete,
  startDate: string,
): { readonly race: string; readonly days: number } | undefined {
  const race = seasonEndingRace(athlete.recentRaces, startDate);
  if (race === undefined) return undefined;
  const short =
    (athlete.level === "advanced" || athlete.level === "elite") &&
    !isYouth(athlete.age) &&
    (athlete.age === undefined || athlete.age < MASTERS_FROM_AGE);
  return { race: race.date, days: Math.ceil(recentRaceKm(race) / KM_PER_MILE - 1e-9) + (short ? 7 : 14) };
}

/** 1-4 weeks of transition right after the season; more than 4 weeks off loses fitness (Mujika and Padilla 2001). */
export const transitionFirst = /* @__PURE__ */ defineRule({
  meta: {
    id: "transition-first",
    fundamental: "load",
    type: "problem",
    description:
      "A plan that starts right after the season (within 14 days of the athlete's seasonEndDate) opens with a transition phase of 1-4 weeks; not when the season-ending race (recentRaces) is further back than its recovery window and the break (a day per mile raced, then 1 week for advanced and elite runners, 2 for the others).",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#transition-first",
    rationale:
      "Info: a 1-4-week transition after the season is advised (Mujika and Padilla 2001: longer off loses fitness), but a plan may start later in the off-season; a runner whose race lies further back than its recovery window (Foster) and the break (Bompa, 80/20) needs none (COACHING.md 1.4).",
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
    // Recovered: the race is further back than its recovery window and the break (COACHING.md 1.4).
    const needed = transitionDays(athlete, plan.startDate);
    if (needed !== undefined && daysBetween(needed.race, plan.startDate) >= needed.days) return;
    report({
      messageId: "missing",
      week: 1,
      path: "phases[0]",
      data: { days, type },
    });
  },
});
