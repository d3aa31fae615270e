/**
 * The plan's phases and habits from the season's weeks: a session per run type and weekday with its minutes week by
 * week, strength with named exercises, cross-training, mobility and mental practice, and the daily habits.
 */
import { addDays } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import type { Habit } from "../model/habit.js";
import type { Phase } from "../model/plan.js";
import type { Session, SessionOf } from "../model/session.js";
import type { PhaseLengths } from "./options.js";
import type { LevelProfile } from "./profiles.js";
import { runSession, strengthExercises, weekly, type Pick, type Workout } from "./sessions.js";
import type { PhaseKind, PlannedWeek } from "./types.js";
import { code, type Day, type WeekLayout } from "./weekLayout.js";

/** What every phase is assembled with. */
export interface AssemblyContext {
  readonly athlete: Athlete;
  readonly layout: WeekLayout;
  readonly pick: Pick;
  readonly startDate: string;
  readonly firstWeekday: Day;
  readonly supportCheckIn: boolean;
}

const PHASE_NAMES: Readonly<Record<PhaseKind, string>> = {
  transition: "Transition: recover from the season, then easy running back",
  base: "Base: build aerobic volume in blocks, with strength and cross-training",
  "pre-season": "Pre-season: hold the volume, add intervals and tempo",
};
const PREFIX: Readonly<Record<PhaseKind, string>> = { transition: "t", base: "b", "pre-season": "p" };

/** The plan's phases in order, each from its weeks of the season; a phase of no weeks is left out. */
export function phasesOf(context: AssemblyContext, lengths: PhaseLengths, season: readonly PlannedWeek[]): Phase[] {
  const phases: Phase[] = [];
  let first = 0;
  for (const [kind, length] of [
    ["transition", lengths.transition],
    ["base", lengths.base],
    ["pre-season", lengths.preSeason],
  ] as const) {
    if (length === 0) continue;
    phases.push(phaseOf(context, kind, first, season.slice(first, first + length)));
    first += length;
  }
  return phases;
}

/** One phase's sessions from its weeks: runs, strength, cross-training, then mobility and mental practice. */
function phaseOf(context: AssemblyContext, kind: PhaseKind, firstWeek: number, weeks: readonly PlannedWeek[]): Phase {
  // In this order: strength and cross-training draw from the seeded pick in turn.
  const sessions: Session[] = [
    ...runSessions(kind, weeks),
    ...strengthSessions(context, kind, firstWeek, weeks),
    ...crossSessions(context, kind, weeks),
    ...routineSessions(context, kind),
  ];
  return { id: kind, name: PHASE_NAMES[kind], type: kind, weeks: weeks.length, sessions };
}

/** A run session per run type and weekday, with its minutes week by week (null in a week without it). */
function runSessions(kind: PhaseKind, weeks: readonly PlannedWeek[]): Session[] {
  const prefix = PREFIX[kind];
  const count = weeks.length;
  const runs = new Map<
    string,
    { day: Day; runType: SessionOf<"run">["runType"]; rpe: number; workout?: Workout; minutes: (number | null)[] }
  >();
  weeks.forEach((week, index) => {
    for (const run of week.runs) {
      const id = `${prefix}-${run.runType}-${code(run.day).toLowerCase()}`;
      const entry = runs.get(id) ?? {
        day: run.day,
        runType: run.runType,
        rpe: run.rpe,
        ...(run.workout === undefined ? {} : { workout: run.workout }),
        minutes: Array.from({ length: count }, () => null),
      };
      entry.minutes[index] = run.minutes;
      runs.set(id, entry);
    }
  });
  return [...runs]
    .sort(([, a], [, b]) => a.day - b.day)
    .map(([id, run]) => runSession(id, run.runType, run.rpe, [code(run.day)], run.minutes, run.workout));
}

/** A cross-training session per weekday, its minutes and RPE week by week, its modality picked. */
function crossSessions(context: AssemblyContext, kind: PhaseKind, weeks: readonly PlannedWeek[]): Session[] {
  const prefix = PREFIX[kind];
  const count = weeks.length;
  const cross = new Map<Day, { rpe: (number | null)[]; minutes: (number | null)[] }>();
  weeks.forEach((week, index) => {
    for (const session of week.cross) {
      const entry = cross.get(session.day) ?? {
        rpe: Array.from({ length: count }, () => null),
        minutes: Array.from({ length: count }, () => null),
      };
      entry.minutes[index] = session.minutes;
      entry.rpe[index] = session.rpe;
      cross.set(session.day, entry);
    }
  });
  return [...cross]
    .sort(([a], [b]) => a - b)
    .map(([day, entry]): Session => ({
      id: `${prefix}-cross-${code(day).toLowerCase()}`,
      kind: "cross",
      modality: context.pick(["swim", "bike", "elliptical", "walk"]),
      minutes: weekly(entry.minutes),
      rpe: weekly(entry.rpe),
      on: [code(day)],
      notes: "Active recovery: easy enough to talk throughout.",
    }));
}

/** Daily mobility and the phase's mental practice: goals in the transition, visualization, mindfulness in the base. */
function routineSessions(context: AssemblyContext, kind: PhaseKind): Session[] {
  const { layout } = context;
  const prefix = PREFIX[kind];
  const sessions: Session[] = [];
  const restDay = code(layout.restDay ?? layout.crossDays[0] ?? 0);
  sessions.push({
    id: `${prefix}-mobility`,
    kind: "mobility",
    practice: kind === "pre-season" ? "yoga" : kind === "transition" ? "stretching" : "foam-rolling",
    minutes: 10,
    repeat: "FREQ=DAILY",
  });
  if (kind === "transition")
    sessions.push({ id: `${prefix}-goals`, kind: "mental", practice: "goal-setting", minutes: 20, on: [restDay] });
  sessions.push({
    id: `${prefix}-visualization`,
    kind: "mental",
    practice: "visualization",
    minutes: 15,
    on: [code(layout.longDay ?? layout.restDay ?? 6)],
  });
  if (kind === "base") {
    sessions.push({ id: `${prefix}-mindfulness`, kind: "mental", practice: "mindfulness", minutes: 10, on: [restDay] });
    if (context.supportCheckIn)
      sessions.push({
        id: `${prefix}-support`,
        kind: "mental",
        practice: "support-check-in",
        minutes: 15,
        repeat: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${restDay}`,
      });
  }
  return sessions;
}

const STRENGTH_NOTES = {
  "after-run": "After the run, not before it: the quality session needs fresh legs.",
  upper: "Upper body and trunk only: tomorrow's run needs fresh legs.",
  full: undefined,
} as const;

/** Strength of a phase: weekly sessions, or in the transition dated ones from its second week (the first rests). */
function strengthSessions(
  context: AssemblyContext,
  kind: PhaseKind,
  firstWeek: number,
  weeks: readonly PlannedWeek[],
): SessionOf<"strength">[] {
  const { athlete, pick } = context;
  const equipment = athlete.level === "beginner" || kind === "transition" ? "bodyweight" : "free-weights";
  const plyometric = kind === "pre-season" && (athlete.level === "advanced" || athlete.level === "elite");
  const session = (
    id: string,
    entry: PlannedWeek["strength"][number],
    index: number,
    when: { on: readonly ReturnType<typeof code>[] } | { date: string },
  ): SessionOf<"strength"> => {
    const mode = entry.mode ?? "full";
    const notes = STRENGTH_NOTES[mode];
    return {
      id,
      kind: "strength",
      minutes: entry.minutes,
      rpe: entry.rpe,
      ...when,
      ...(notes === undefined ? {} : { notes }),
      exercises: strengthExercises(mode, index, equipment, plyometric, pick),
    };
  };
  const prefix = PREFIX[kind];
  if (kind !== "transition") {
    const template = weeks[0]?.strength ?? [];
    return template.map((entry, index) =>
      session(`${prefix}-strength-${code(entry.day).toLowerCase()}`, entry, index, { on: [code(entry.day)] }),
    );
  }
  return weeks.flatMap((week, weekIndex) =>
    week.strength.map((entry, index) => {
      const planWeek = firstWeek + weekIndex;
      const date = addDays(context.startDate, planWeek * 7 + ((entry.day - context.firstWeekday + 7) % 7));
      return session(`${prefix}-strength-w${String(planWeek + 1)}-${code(entry.day).toLowerCase()}`, entry, index, {
        date,
      });
    }),
  );
}

/** Pre-run fluids, nutrition and sleep, with targets from body mass when known. */
export function habitsOf(athlete: Athlete, profile: LevelProfile, season: readonly PlannedWeek[]): Habit[] {
  const mass = athlete.bodyMassKg;
  const trainingMinutes = season.map((week) =>
    [...week.runs, ...week.strength, ...week.cross].reduce((sum, entry) => sum + entry.minutes, 0),
  );
  const dailyTrainingHours = Math.max(0, ...trainingMinutes) / 7 / 60;
  const sleepHours = Math.min(10, Math.max(profile.sleepHours, athlete.sleepHours ?? 0));
  return [
    {
      id: "pre-run-fluids",
      category: "hydration",
      when: "before-each-run",
      mlPerKg: 6,
      hoursBefore: 4,
      ...(mass === undefined
        ? {}
        : {
            notes: `About ${String(Math.round((6 * mass) / 10) * 10)} mL for ${String(mass)} kg, at least 4 hours before the run.`,
          }),
    },
    {
      id: "protein",
      category: "nutrition",
      focus: "lean-protein",
      ...(mass === undefined ? {} : { gPerKg: 1.6 }),
      repeat: "FREQ=DAILY",
    },
    // 5, 6 and 8 g/kg each sit inside two neighbouring bands of the carbohydrate guideline, so small changes in
    // training hours never push the target out of range.
    {
      id: "carbs",
      category: "nutrition",
      focus: "complex-carbs",
      ...(mass === undefined ? {} : { gPerKg: dailyTrainingHours < 1.25 ? 5 : dailyTrainingHours <= 2.75 ? 6 : 8 }),
      repeat: "FREQ=DAILY",
    },
    { id: "produce", category: "nutrition", focus: "fruit-vegetables", repeat: "FREQ=DAILY" },
    { id: "mindful-eating", category: "nutrition", focus: "mindful-eating", repeat: "FREQ=DAILY" },
    { id: "sleep", category: "sleep", hours: sleepHours, repeat: "FREQ=DAILY" },
  ];
}
