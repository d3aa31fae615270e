import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { byLevel } from "../levels.js";
import type { Calendar } from "../../schedule/types.js";

/** Heavy strength: sets of at most 6 repetitions (COACHING.md 5: 2-4 x 3-6 at 80-90 % 1RM, or a 4-6RM). */
const HEAVY_MAX_REPS = 6;

/** Under this age heavy loads are not asked (COACHING.md 5: bodyweight and light loads for under-14s, P). */
const HEAVY_FROM_AGE = 14;

/** A week's strength as prescribed: every exercise's name, sets, reps or seconds and load, in order. */
function strengthOf(calendar: Calendar) {
  return calendar.weeks.map((week) => {
    const exercises: string[] = [];
    let heavy = false;
    for (const day of week.days)
      for (const occurrence of sessionsOf(day)) {
        const session = occurrence.session;
        if (session.kind !== "strength") continue;
        for (const exercise of session.exercises ?? []) {
          exercises.push(
            [exercise.name, exercise.sets, exercise.reps ?? "", exercise.seconds ?? "", exercise.loadKg ?? ""].join(
              ":",
            ),
          );
          if (exercise.reps !== undefined && exercise.reps <= HEAVY_MAX_REPS) heavy = true;
        }
      }
    return { week: week.index, base: week.phaseType === "base", shape: exercises.sort().join(","), heavy };
  });
}

/**
 * Strength that never progresses (COACHING.md 5: anatomical adaptation 3-6 weeks, then maximal strength 2-4 x 3-6;
 * add load when the target reps are beaten, ACSM): the same sets, reps and loads for more than 6 base weeks, or no
 * heavy phase in a plan of 10 weeks or more for intermediate runners and up (Blagrove 2018, Beattie 2017, Ronnestad
 * 2010). Judged only on sessions that list their exercises. A note.
 */
export const strengthProgression = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-progression",
    fundamental: "strength",
    type: "problem",
    description:
      "Strength sessions that list their exercises change their sets, reps or loads within 6 consecutive base weeks (maxWeeks), and a plan of 10 weeks or more (heavyFromWeeks) holds heavy strength (sets of 6 reps or fewer) for intermediate runners and up (not under 14).",
    defaultSeverity: "info",
    evidence: "M/C",
    docs: "#strength-progression",
    rationale:
      "Info: heavy strength improves economy more than light work (Blagrove 2018, Eihara 2022; M/S) and programs that worked progressed to 3-6 reps (Beattie 2017, Ronnestad 2010); the 6-week and 10-week thresholds are coaching convention and project defaults.",
    options: z.strictObject({
      maxWeeks: z.int().check(z.gte(1), z.lte(52)),
      heavyFromWeeks: z.int().check(z.gte(0), z.lte(520)),
    }),
    defaults: byLevel(
      { maxWeeks: 6, heavyFromWeeks: 0 },
      { maxWeeks: 6, heavyFromWeeks: 10 },
      { maxWeeks: 6, heavyFromWeeks: 10 },
      { maxWeeks: 6, heavyFromWeeks: 10 },
    ),
    messages: {
      unchanged: {
        message:
          "Strength work is the same in weeks {from} to {to} ({count} base weeks in a row): no change in sets, reps or load for more than {max, plural, one {# week} other {# weeks}}.",
        hint: "Add load when the target reps feel easy, or move on to heavier sets of 3-6 reps.",
      },
      noHeavy: {
        message:
          "The plan runs {planWeeks} weeks and its strength never goes heavy (no sets of {heavyReps} reps or fewer).",
        hint: "After 3-6 weeks of adaptation, plan 2-4 sets of 3-6 reps of squats, deadlifts or step-ups with a load.",
      },
    },
  },
  check({ calendar, athlete, options, report }) {
    const weeks = strengthOf(calendar);
    let streak: { shape: string; weeks: number[] } | undefined;
    const flush = () => {
      if (streak && streak.weeks.length > options.maxWeeks) {
        const from = streak.weeks[0] ?? 0;
        const to = streak.weeks.at(-1) ?? from;
        report({
          messageId: "unchanged",
          weeks: streak.weeks,
          measured: streak.weeks.length,
          limit: options.maxWeeks,
          data: { from, to, count: streak.weeks.length, max: options.maxWeeks },
        });
      }
    };
    for (const week of weeks) {
      if (week.base && week.shape !== "" && streak?.shape === week.shape) {
        streak.weeks.push(week.week);
        continue;
      }
      flush();
      streak = week.base && week.shape !== "" ? { shape: week.shape, weeks: [week.week] } : undefined;
    }
    flush();
    const listed = weeks.some((week) => week.shape !== "");
    const young = athlete?.age !== undefined && athlete.age < HEAVY_FROM_AGE;
    if (options.heavyFromWeeks === 0 || young || !listed || calendar.weeks.length < options.heavyFromWeeks) return;
    if (weeks.some((week) => week.heavy)) return;
    report({
      messageId: "noHeavy",
      measured: calendar.weeks.length,
      limit: options.heavyFromWeeks,
      data: { planWeeks: calendar.weeks.length, heavyReps: HEAVY_MAX_REPS },
    });
  },
});
