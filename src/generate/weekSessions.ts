/** The generator's sessions of a week: runs spread over the layout, strength, cross-training, mobility, mental practice. */
import type { LevelProfile } from "./profiles.js";
import { code, MIN_RUN_MINUTES, previous, type Day, type StrengthDay, type WeekLayout } from "./weekLayout.js";

/** A session as JSON, before parsing. */
export type Json = Record<string, unknown>;

/** Hard running stays within this share of the aerobic minutes (runs and cross-training). */
export const HARD_SHARE = 0.12;
/** A run that the athlete's minutes for the day shrink below this is dropped. */
const MIN_SCALED_RUN = 10;

/** A small deterministic generator for variety (Park-Miller). */
export function chooser(seed: number) {
  let state = (Math.abs(Math.trunc(seed)) % 2_147_483_646) + 1;
  return <T>(options: readonly T[]): T => {
    state = (state * 16_807) % 2_147_483_647;
    return options[state % options.length] as T;
  };
}

/** The runs of a base week at multiplier 1, by day: the shape every phase scales. */
interface RunSlot {
  readonly day: Day;
  role: "long" | "hard" | "easy" | "recovery";
  minutes: number;
}

/** Spreads the base phase's weekly run minutes over the run days. */
export function baseRuns(
  layout: WeekLayout,
  runMinutes: number,
  hardCount: number,
  crossMinutes: number,
  profile: LevelProfile,
  lastDayOfWeek: Day,
): RunSlot[] {
  const runCount = layout.runDays.length;
  const longShare = runCount >= 4 ? 0.28 : runCount === 3 ? 0.4 : 0.5;
  const longMinutes = runCount <= 1 ? runMinutes : Math.round(runMinutes * longShare);
  // Hard minutes stay within 15 % of aerobic minutes; too little volume for a real hard session means none.
  let hardDays = layout.hardDays.slice(0, hardCount);
  const hardEach =
    hardDays.length === 0
      ? 0
      : Math.min(profile.hardMinutes, Math.floor((HARD_SHARE * (runMinutes + crossMinutes)) / hardDays.length));
  if (hardEach < MIN_RUN_MINUTES) hardDays = [];
  const easyDays = layout.runDays.filter((day) => day !== layout.longDay && !hardDays.includes(day));
  const easyMinutes =
    easyDays.length === 0
      ? 0
      : Math.max(
          MIN_RUN_MINUTES,
          Math.min(longMinutes, Math.round((runMinutes - longMinutes - hardEach * hardDays.length) / easyDays.length)),
        );
  // With five runs or more, the easy run after the long run or a hard day is a short recovery run: it varies the
  // week's load (monotony) as "hard days hard, easy days easy" does.
  const recoveryDay =
    runCount >= 4 && easyDays.includes(lastDayOfWeek)
      ? lastDayOfWeek
      : easyDays.length >= 3
        ? easyDays.find((day) => previous(day) === layout.longDay || hardDays.includes(previous(day)))
        : undefined;
  return layout.runDays.map((day): RunSlot => {
    if (day === layout.longDay) return { day, role: runCount > 1 ? "long" : "easy", minutes: longMinutes };
    if (hardDays.includes(day)) return { day, role: "hard", minutes: hardEach };
    if (day === recoveryDay)
      return { day, role: "recovery", minutes: Math.max(MIN_RUN_MINUTES, Math.round(easyMinutes / 2)) };
    return { day, role: "easy", minutes: easyMinutes };
  });
}

/** One phase's week, for {@link phaseSessions}. */
interface PhaseSpec {
  readonly prefix: string;
  readonly kind: "transition" | "base" | "pre-season";
  /** The runs of the week, already scaled for the phase. */
  readonly runs: readonly {
    readonly day: Day;
    readonly runType: string;
    readonly rpe: number;
    readonly minutes: number;
  }[];
  readonly strength: {
    readonly minutes: number;
    readonly rpe: number;
    readonly equipment: string;
    readonly plyometric: boolean;
  };
  readonly cross: { readonly minutes: number; readonly rpe: number };
  /** The highest progression multiplier the phase's runs reach (for the athlete's minutes per day). */
  readonly peak: number;
}

/** The sessions of one phase's week; `supportCheckIn` adds a fortnightly support check-in (base phase only). */
export function phaseSessions(
  layout: WeekLayout,
  spec: PhaseSpec,
  pick: ReturnType<typeof chooser>,
  supportCheckIn: boolean,
): Json[] {
  const sessions: Json[] = [];
  const others = (day: Day) =>
    (layout.strengthDays.some((entry) => entry.day === day) ? spec.strength.minutes : 0) +
    (layout.crossDays.includes(day) ? spec.cross.minutes : 0);
  const runMinutesOn = new Map<Day, number>();
  for (const run of spec.runs) {
    // The athlete's minutes for the day bound the run at its peak, with the day's other sessions.
    const minutes = Math.min(run.minutes, Math.floor(((layout.capacity[run.day] ?? 0) - others(run.day)) / spec.peak));
    if (minutes < MIN_SCALED_RUN) continue;
    runMinutesOn.set(run.day, minutes);
    sessions.push({
      id: `${spec.prefix}-${run.runType}-${code(run.day).toLowerCase()}`,
      kind: "run",
      runType: run.runType,
      minutes,
      rpe: run.rpe,
      on: [code(run.day)],
    });
  }
  const roomOn = (day: Day) => (layout.capacity[day] ?? 0) - Math.ceil((runMinutesOn.get(day) ?? 0) * spec.peak);
  const strengthMinutesOn = new Map<Day, number>();
  layout.strengthDays.forEach(({ day, mode }, index) => {
    // Strength before cross-training when a day is short of minutes: the strength rules ask for it weekly.
    const minutes = Math.min(spec.strength.minutes, roomOn(day));
    if (minutes < 20) return;
    strengthMinutesOn.set(day, minutes);
    sessions.push({
      id: `${spec.prefix}-strength-${code(day).toLowerCase()}`,
      kind: "strength",
      minutes,
      rpe: spec.strength.rpe,
      on: [code(day)],
      ...(mode === "after-run"
        ? { notes: "After the run, not before it: keep the legs fresh for the hard session." }
        : {}),
      ...(mode === "upper" ? { notes: "Upper body and trunk only: tomorrow's run needs fresh legs." } : {}),
      exercises: strengthExercises(mode, index, spec, pick),
    });
  });
  for (const day of layout.crossDays) {
    const minutes = Math.min(spec.cross.minutes, roomOn(day) - (strengthMinutesOn.get(day) ?? 0));
    if (minutes < 20) continue;
    sessions.push({
      id: `${spec.prefix}-cross-${code(day).toLowerCase()}`,
      kind: "cross",
      modality: pick(["swim", "bike", "elliptical", "walk"]),
      minutes,
      rpe: spec.cross.rpe,
      on: [code(day)],
    });
  }
  const restDay = code(layout.restDay ?? 0);
  sessions.push({
    id: `${spec.prefix}-mobility`,
    kind: "mobility",
    practice: spec.kind === "pre-season" ? "yoga" : spec.kind === "transition" ? "stretching" : "foam-rolling",
    minutes: 10,
    repeat: "FREQ=DAILY",
  });
  if (spec.kind === "transition")
    sessions.push({ id: `${spec.prefix}-goals`, kind: "mental", practice: "goal-setting", minutes: 20, on: [restDay] });
  sessions.push({
    id: `${spec.prefix}-visualization`,
    kind: "mental",
    practice: "visualization",
    minutes: 15,
    on: [code(layout.longDay ?? 6)],
  });
  if (spec.kind === "base") {
    sessions.push({
      id: `${spec.prefix}-mindfulness`,
      kind: "mental",
      practice: "mindfulness",
      minutes: 10,
      on: [restDay],
    });
    if (supportCheckIn)
      sessions.push({
        id: `${spec.prefix}-support`,
        kind: "mental",
        practice: "support-check-in",
        minutes: 15,
        repeat: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${restDay}`,
      });
  }
  return sessions;
}

/** The exercises of a strength day: lower body, trunk (and upper body), or upper body and trunk only. */
function strengthExercises(
  mode: StrengthDay["mode"],
  index: number,
  spec: PhaseSpec,
  pick: ReturnType<typeof chooser>,
): Json[] {
  const equipment = spec.strength.equipment;
  const lower =
    index % 2 === 0
      ? [
          { name: pick(["squat", "goblet-squat", "split-squat"]), sets: 3, reps: 10, equipment },
          { name: pick(["romanian-deadlift", "glute-bridge", "hip-thrust"]), sets: 3, reps: 10, equipment },
          { name: "calf-raise", sets: 3, reps: 15, equipment },
        ]
      : [
          { name: pick(["lunge", "step-up"]), sets: 3, reps: 10, equipment },
          { name: pick(["single-leg-deadlift", "glute-bridge"]), sets: 3, reps: 10, equipment },
          { name: pick(["single-leg-calf-raise", "toe-walk"]), sets: 3, reps: 12, equipment: "bodyweight" },
        ];
  const trunk =
    index % 2 === 0
      ? [
          { name: "plank", sets: 3, seconds: 40 },
          { name: "dead-bug", sets: 3, reps: 10 },
        ]
      : [{ name: pick(["side-plank", "leg-lift", "bird-dog"]), sets: 3, reps: 10 }];
  const upper = [
    { name: pick(["push-up", "row"]), sets: 3, reps: 10 },
    { name: "overhead-press", sets: 3, reps: 10, equipment: "resistance-band" },
  ];
  if (mode === "upper") return [...trunk, ...upper];
  const plyometric = spec.strength.plyometric
    ? [{ name: "pogo-jump", sets: 3, reps: 15, equipment: "bodyweight" }]
    : [];
  return [...lower, ...trunk, ...(index % 2 === 0 ? [] : upper.slice(0, 1)), ...plyometric];
}

/** Weekly load of a phase's sessions at multiplier 1 (RPE x minutes of runs, cross-training and strength). */
export function weeklyLoad(sessions: readonly Json[]): number {
  return sessions.reduce(
    (sum, session) =>
      sum +
      (typeof session.rpe === "number"
        ? session.rpe * Number(session.minutes) * (Array.isArray(session.on) ? session.on.length : 0)
        : 0),
    0,
  );
}

/** Weekly minutes of a phase's loaded sessions (runs, cross-training and strength) at multiplier 1. */
export function weeklyTrainingMinutes(sessions: readonly Json[]): number {
  return sessions.reduce(
    (sum, session) =>
      sum +
      (typeof session.rpe === "number" && Array.isArray(session.on) ? Number(session.minutes) * session.on.length : 0),
    0,
  );
}
