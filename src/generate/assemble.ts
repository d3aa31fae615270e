/**
 * The plan's phases and habits from the season's weeks: a session per run type and weekday with its minutes week by
 * week, strength with named exercises, cross-training, mobility and mental practice, and the daily habits.
 */
import type { Athlete } from "../model/athlete.js";
import type { Habit } from "../model/habit.js";
import type { Phase } from "../model/plan.js";
import type { Session, SessionOf } from "../model/session.js";
import type { PhaseLengths } from "./options.js";
import type { LevelProfile } from "./profiles.js";
import { runSession, weekly, type Pick, type Workout } from "./sessions.js";
import { strengthDose, strengthExercises, type StrengthDose } from "./strength.js";
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

/** Sessions a phase may hold (the plan format's default `maxSessionsPerPhase`). */
const MAX_SESSIONS = 64;

/**
 * The plan's phases in order, each from its weeks of the season; a phase of no weeks is left out. A phase whose
 * week-by-week progression needs more sessions than a phase may hold is split into parts of the same type (`base`,
 * `base-2`, ...): mesocycles, as a coach would write them.
 */
export function phasesOf(context: AssemblyContext, lengths: PhaseLengths, season: readonly PlannedWeek[]): Phase[] {
  const phases: Phase[] = [];
  let first = 0;
  for (const [kind, length] of [
    ["transition", lengths.transition],
    ["base", lengths.base],
    ["pre-season", lengths.preSeason],
  ] as const) {
    if (length === 0) continue;
    const parts = partsOf(context, kind, season.slice(first, first + length), 0);
    phases.push(...parts);
    first += length;
  }
  return phases;
}

/** A phase's weeks as one phase, or as consecutive parts when one would hold too many sessions. */
function partsOf(context: AssemblyContext, kind: PhaseKind, weeks: readonly PlannedWeek[], part: number): Phase[] {
  const whole = phaseOf(context, kind, weeks, part);
  if (whole.sessions.length <= MAX_SESSIONS || weeks.length < 2) return [whole];
  const half = Math.ceil(weeks.length / 2);
  const head = partsOf(context, kind, weeks.slice(0, half), part);
  return [...head, ...partsOf(context, kind, weeks.slice(half), part + head.length)];
}

/** One phase's sessions from its weeks: runs, strength, cross-training, then mobility and mental practice. */
function phaseOf(context: AssemblyContext, kind: PhaseKind, weeks: readonly PlannedWeek[], part: number): Phase {
  const prefix = part === 0 ? PREFIX[kind] : `${PREFIX[kind]}${String(part + 1)}`;
  // In this order: strength and cross-training draw from the seeded pick in turn.
  const sessions: Session[] = [
    ...runSessions(prefix, weeks),
    ...strengthSessions(context, prefix, weeks),
    ...crossSessions(context, prefix, weeks),
    ...routineSessions(context, kind, prefix),
  ];
  const id = part === 0 ? kind : `${kind}-${String(part + 1)}`;
  return { id, name: PHASE_NAMES[kind], type: kind, weeks: weeks.length, sessions };
}

/**
 * A run session per run type, weekday and workout, with its minutes week by week (null in a week without it): a
 * quality session that progresses is a new session each week it changes.
 */
function runSessions(prefix: string, weeks: readonly PlannedWeek[]): Session[] {
  const count = weeks.length;
  const runs = new Map<
    string,
    { day: Day; runType: SessionOf<"run">["runType"]; rpe: number; workout?: Workout; minutes: (number | null)[] }
  >();
  weeks.forEach((week, index) => {
    for (const run of week.runs) {
      const key = `${run.runType} ${String(run.day)} ${run.workout?.key ?? ""}`;
      const entry = runs.get(key) ?? {
        day: run.day,
        runType: run.runType,
        rpe: run.rpe,
        ...(run.workout === undefined ? {} : { workout: run.workout }),
        minutes: Array.from({ length: count }, () => null),
      };
      entry.minutes[index] = run.minutes;
      runs.set(key, entry);
    }
  });
  const seen = new Map<string, number>();
  return [...runs.values()]
    .sort((a, b) => a.day - b.day || a.minutes.findIndex((m) => m !== null) - b.minutes.findIndex((m) => m !== null))
    .map((run) => {
      const base = `${prefix}-${run.runType}-${code(run.day).toLowerCase()}`;
      const nth = (seen.get(base) ?? 0) + 1;
      seen.set(base, nth);
      const id = nth === 1 ? base : `${base}-${String(nth)}`;
      return runSession(id, run.runType, run.rpe, [code(run.day)], run.minutes, run.workout);
    });
}

/** A cross-training session per weekday, its minutes and RPE week by week, its modality picked. */
function crossSessions(context: AssemblyContext, prefix: string, weeks: readonly PlannedWeek[]): Session[] {
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
function routineSessions(context: AssemblyContext, kind: PhaseKind, prefix: string): Session[] {
  const { layout } = context;
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
  "after-run": "After the run, not before it (hard days hard; at least a few hours later when you can).",
  upper: "Upper body and trunk only: tomorrow's run needs fresh legs.",
  full: undefined,
} as const;

const DOSE_NOTES: Readonly<Record<StrengthDose["phase"], string>> = {
  light: "Light bodyweight work while the legs recover from the season.",
  adaptation: "Anatomical adaptation: learn the movements, slow and controlled (COACHING.md §5).",
  heavy: "Maximal strength: heavy and few reps, 2-3 min rest, never to failure (Blagrove 2018; Ronnestad 2010).",
  power: "Power: a heavy lift moved fast, then plyometrics, fresh and with full rest.",
};

/** One strength session of a phase: a weekday, a mode and a dose, with its minutes in the weeks that hold it. */
interface StrengthGroup {
  readonly day: Day;
  readonly entry: PlannedWeek["strength"][number];
  readonly minutes: (number | null)[];
}

/**
 * Strength of a phase: one session per weekday, mode and dose, with its minutes in the weeks it holds (null in the
 * others), so that the dose progresses week by week and phase by phase (COACHING.md §5).
 */
function strengthSessions(context: AssemblyContext, prefix: string, weeks: readonly PlannedWeek[]): Session[] {
  const groups = new Map<string, StrengthGroup>();
  weeks.forEach((week, index) => {
    for (const entry of week.strength) {
      const dose = entry.dose;
      const key = `${String(entry.day)} ${entry.mode ?? "full"} ${dose ? `${dose.phase} ${String(dose.sets)}x${String(dose.reps)} ${dose.load} ${String(dose.plyoReps)}` : ""}`;
      const group = groups.get(key) ?? {
        day: entry.day,
        entry,
        minutes: Array.from({ length: weeks.length }, () => null),
      };
      group.minutes[index] = entry.minutes;
      groups.set(key, group);
    }
  });
  const counts = new Map<Day, number>();
  return [...groups.values()]
    .sort((a, b) => a.day - b.day || firstWeek(a) - firstWeek(b))
    .map((group) => {
      const { entry, day } = group;
      const mode = entry.mode ?? "full";
      const count = (counts.get(day) ?? 0) + 1;
      counts.set(day, count);
      const notes = [STRENGTH_NOTES[mode], entry.dose ? DOSE_NOTES[entry.dose.phase] : undefined].filter(
        (note): note is string => note !== undefined,
      );
      const dose = entry.dose ?? strengthDose({ phase: "light", index: 0, reduced: false, young: true });
      return {
        id: `${prefix}-strength-${code(day).toLowerCase()}${count === 1 ? "" : `-${String(count)}`}`,
        kind: "strength",
        minutes: weekly(group.minutes),
        rpe: entry.rpe,
        on: [code(day)],
        ...(notes.length === 0 ? {} : { notes: notes.join(" ") }),
        exercises: strengthExercises(mode, dose, context.pick),
      } satisfies SessionOf<"strength">;
    });
}

/** The first week (index) a strength group holds. */
function firstWeek(group: StrengthGroup): number {
  return group.minutes.findIndex((minutes) => minutes !== null);
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
