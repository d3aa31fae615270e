import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { runsOf, upperMinutes } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { allLevels } from "../levels.js";
import { isRace } from "../../schedule/keySession.js";
import type { Calendar, SessionOccurrence } from "../../schedule/types.js";

/** A hard session's shape: its type, minutes (upper bound) and steps; two weeks of one shape are the same workout. */
function shapeOf(occurrence: SessionOccurrence): string {
  const session = occurrence.session;
  const type = session.kind === "run" ? session.runType : session.kind;
  const steps = "steps" in session ? JSON.stringify(session.steps ?? []) : "[]";
  return `${type}|${String(upperMinutes(occurrence))}|${steps}`;
}

/** A run of base weeks holding the same hard session: its shape, session, type and weeks. */
interface Streak {
  readonly shape: string;
  readonly sessionId: string;
  readonly runType: string;
  readonly weeks: number[];
}

/** The streaks of consecutive base weeks that repeat one hard session unchanged, longest first per shape. */
function streaksOf(calendar: Calendar): Streak[] {
  const open = new Map<string, Streak>();
  const done: Streak[] = [];
  for (const week of calendar.weeks) {
    const shapes = new Map<string, SessionOccurrence>();
    if (week.phaseType === "base")
      for (const day of week.days)
        for (const run of runsOf(day))
          if (!isRace(run) && isHardOccurrence(run, calendar.plan.paces)) shapes.set(shapeOf(run), run);
    for (const [shape, streak] of open)
      if (!shapes.has(shape)) {
        done.push(streak);
        open.delete(shape);
      }
    for (const [shape, run] of shapes) {
      const streak = open.get(shape);
      if (streak) streak.weeks.push(week.index);
      else {
        const runType = run.session.kind === "run" ? run.session.runType : run.session.kind;
        open.set(shape, { shape, sessionId: run.sessionId, runType, weeks: [week.index] });
      }
    }
  }
  return [...done, ...open.values()].sort((a, b) => (a.weeks[0] ?? 0) - (b.weeks[0] ?? 0));
}

/**
 * The same hard session, unchanged, for more than 3 base weeks in a row (COACHING.md 4: progress one thing at a time,
 * change the stimulus between blocks, never the same session all base; Strides, coach review). A coaching convention
 * and a project threshold (C/P): a note.
 */
export const qualityProgression = /* @__PURE__ */ defineRule({
  meta: {
    id: "quality-progression",
    fundamental: "load",
    type: "problem",
    description:
      "A hard session (the same type, minutes and steps) repeats unchanged in at most 3 consecutive base weeks (maxWeeks); races are not judged.",
    defaultSeverity: "info",
    evidence: "C",
    docs: "#quality-progression",
    rationale:
      "Info: a coaching convention (COACHING.md 4: progress one variable a week or two, reps, duration or pace; change the stimulus between blocks) with a project threshold of 3 weeks; never more than a note.",
    options: z.strictObject({ maxWeeks: z.int().check(z.gte(1), z.lte(52)) }),
    defaults: allLevels({ maxWeeks: 3 }),
    messages: {
      stagnant: {
        message:
          "The {runType, term, runType} session {sessionId} is the same in weeks {from} to {to} ({count} base weeks in a row); coaches progress a workout after at most {max, plural, one {# week} other {# weeks}}.",
        hint: "Progress one thing at a time: add a repetition, a few minutes of work, or a little pace.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const streak of streaksOf(calendar)) {
      if (streak.weeks.length <= options.maxWeeks) continue;
      const from = streak.weeks[0] ?? 0;
      const to = streak.weeks.at(-1) ?? from;
      report({
        messageId: "stagnant",
        weeks: streak.weeks,
        sessionId: streak.sessionId,
        measured: streak.weeks.length,
        limit: options.maxWeeks,
        data: {
          runType: streak.runType,
          sessionId: streak.sessionId,
          from,
          to,
          count: streak.weeks.length,
          max: options.maxWeeks,
        },
      });
    }
  },
});
