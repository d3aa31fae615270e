import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { reportTooFew, weeksBelow } from "../helpers/grouping.js";
import { byLevel } from "../levels.js";
import { isYouth, MASTERS_FROM_AGE } from "../../model/recentRace.js";
import { isRace } from "../../schedule/keySession.js";
import type { CalendarWeek } from "../../schedule/types.js";

/** The options: the base minimum by level, the pre-season and race-week minimum, and youth's and masters' minimum. */
const options = (minPerWeek: number) => ({ minPerWeek, minInPreseason: 1, youthMinPerWeek: 2, mastersMinPerWeek: 2 });

const count = z.int().check(z.gte(0), z.lte(14));

/**
 * Strength 2-3 times a week improves running economy (Blagrove 2018) and cuts injury risk (Lauersen 2014); 1-2 in the
 * pre-season and 1 to maintain in race weeks (COACHING.md 5: Ronnestad 2010, Beattie 2017); youth at least 2 (NSCA
 * youth, Blagrove 2020) and masters 2 all year but race weeks (Piacentini 2013, ACSM).
 */
export const strengthFrequency = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-frequency",
    fundamental: "strength",
    type: "problem",
    description:
      "Strength sessions per week: at least 1 for beginners, 2 for everyone else, 2 for youth (under 18) and masters (50 and over) at every level; 1 in a pre-season week or a week with a race (2 for youth and masters outside race weeks); not asked of transition weeks (recovery from the season).",
    defaultSeverity: "warning",
    evidence: "S",
    docs: "#strength-frequency",
    rationale:
      "Warning: strength 2-3 times a week improves economy (Blagrove 2018) and cuts injuries (Lauersen 2014); beginners start with 1; 1-2 in the pre-season and 1 to maintain in race weeks (Ronnestad 2010, Beattie 2017); youth at least 2 (NSCA youth position, Blagrove 2020), masters 2 all year (Piacentini 2013, ACSM); transition weeks are recovery and are not asked.",
    options: z.strictObject({
      minPerWeek: count,
      minInPreseason: count,
      youthMinPerWeek: count,
      mastersMinPerWeek: count,
    }),
    defaults: byLevel(options(1), options(2), options(2), options(2)),
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no strength session} one {# strength session} other {# strength sessions}}; at {level, term, level} level plan at least {min} a week.",
        hint: "Add a 30-minute session of squats, lunges, planks and calf raises on a day without a hard run.",
      },
    },
  },
  check({ calendar, athlete, options, level, report }) {
    const age = athlete?.age;
    const byAge = isYouth(age)
      ? options.youthMinPerWeek
      : age !== undefined && age >= MASTERS_FROM_AGE
        ? options.mastersMinPerWeek
        : undefined;
    const minOf = (week: CalendarWeek): number => {
      const base = Math.max(options.minPerWeek, byAge ?? 0);
      const raceWeek = week.days.some((day) => day.occurrences.some(isRace));
      if (raceWeek) return Math.min(base, options.minInPreseason);
      // Youth and masters keep their 2 in the pre-season; the others maintain with 1.
      return week.phaseType === "pre-season" && byAge === undefined ? Math.min(base, options.minInPreseason) : base;
    };
    const strength = (week: CalendarWeek) => countInWeek(week, (occurrence) => occurrence.kind === "strength");
    const weeksByMin = new Map<number, CalendarWeek[]>();
    for (const week of calendar.weeks) {
      if (week.phaseType === "transition") continue;
      const min = minOf(week);
      weeksByMin.set(min, [...(weeksByMin.get(min) ?? []), week]);
    }
    for (const [min, weeks] of weeksByMin) reportTooFew(report, weeksBelow(weeks, min, strength), min, { level });
  },
});
