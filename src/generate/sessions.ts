/** Typed sessions of the generator: quality runs with steps, strides, strength with named exercises, cross-training. */
import type { PlanPaces } from "../model/plan.js";
import type { ExerciseName } from "../model/exercises.js";
import type { SessionOf } from "../model/session.js";
import type { Step, StepRepeat } from "../model/steps.js";
import type { LevelProfile } from "./profiles.js";
import type { StrengthDay } from "./weekLayout.js";

/** A small deterministic generator for variety (Park-Miller). */
export function chooser(seed: number) {
  let state = (Math.abs(Math.trunc(seed)) % 2_147_483_646) + 1;
  return <T>(options: readonly [T, ...T[]]): T => {
    state = (state * 16_807) % 2_147_483_647;
    return options[state % options.length] ?? options[0];
  };
}

/** A pick from a list, as {@link chooser} returns it. */
export type Pick = ReturnType<typeof chooser>;

/** The run types of quality work. */
export type QualityType = "hills" | "tempo" | "intervals";

/** A structured run: its type, session RPE, steps and their total minutes. */
export interface Workout {
  readonly runType: QualityType | "strides";
  readonly rpe: number;
  readonly steps: readonly (Step | StepRepeat)[];
  /** Minutes of the steps, in all. */
  readonly minutes: number;
  /** Minutes of the steps at RPE 6 or more. */
  readonly hardMinutes: number;
}

/** Warm-up and cool-down of every quality session, in minutes. */
const WARMUP = 12;
const COOLDOWN = 10;
/** The shorter warm-up and cool-down of a day (or a week) with less room. */
const SHORT_WARMUP = 10;
const SHORT_COOLDOWN = 5;
/** Work steps of quality sessions run at these RPEs (hard: 6 or more); recoveries jog at 2. */
const WORK_RPE: Readonly<Record<QualityType, number>> = { hills: 7, tempo: 7, intervals: 8 };

function withPace(step: Step, pace: string | undefined): Step {
  return pace === undefined ? step : { ...step, pace };
}

/**
 * A quality session of `reps` repeats: hill repeats (60 s climbs, 2 min jog down), tempo (`tempoMinutes` at RPE 7,
 * 2 min jog) or intervals (`intervalMinutes` at RPE 8, half as long jogging, rounded up), between a 12-minute warm-up and a
 * 10-minute cool-down (10 and 5 minutes when `short`); work steps carry the athlete's pace for the type when known.
 */
export function qualityWorkout(
  type: QualityType,
  reps: number,
  profile: LevelProfile,
  paces: PlanPaces | undefined,
  short = false,
): Workout {
  const warmup = short ? SHORT_WARMUP : WARMUP;
  const cooldown = short ? SHORT_COOLDOWN : COOLDOWN;
  const [work, recovery] =
    type === "hills"
      ? [1, 2]
      : type === "tempo"
        ? [profile.tempoMinutes, 2]
        : [profile.intervalMinutes, Math.ceil(profile.intervalMinutes / 2)];
  const pace = type === "hills" ? undefined : paces?.[type];
  const notes = type === "hills" ? "Up a moderate hill, strong but controlled; jog back down." : undefined;
  const workStep = withPace(
    { intent: "work", minutes: work, rpe: WORK_RPE[type], ...(notes === undefined ? {} : { notes }) },
    pace,
  );
  const steps: (Step | StepRepeat)[] = [
    withPace({ intent: "warmup", minutes: warmup, rpe: 3 }, paces?.easy),
    { repeat: reps, steps: [workStep, { intent: "recovery", minutes: recovery, rpe: 2 }] },
    withPace({ intent: "cooldown", minutes: cooldown, rpe: 3 }, paces?.easy),
  ];
  return {
    runType: type,
    rpe: type === "intervals" ? 7 : 6,
    steps,
    minutes: warmup + cooldown + reps * (work + recovery),
    hardMinutes: reps * work,
  };
}

/** Six strides (20 s quick, relaxed running) with walk-backs, after an easy run: 9 minutes, an easy session. */
export function stridesWorkout(): Workout {
  return {
    runType: "strides",
    rpe: 3,
    steps: [
      {
        repeat: 6,
        steps: [
          { intent: "work", seconds: 20, rpe: 7, notes: "Quick and relaxed, not a sprint." },
          { intent: "recovery", seconds: 70, rpe: 2 },
        ],
      },
    ],
    minutes: 9,
    hardMinutes: 2,
  };
}

/** A run session of the plan: per-week minutes (`null`: not that week), or a workout's steps. */
export function runSession(
  id: string,
  runType: SessionOf<"run">["runType"],
  rpe: number,
  day: SessionOf<"run">["on"],
  minutes: readonly (number | null)[],
  workout?: Workout,
): SessionOf<"run"> {
  return {
    id,
    kind: "run",
    runType,
    minutes: weekly(minutes),
    rpe,
    on: day,
    ...(workout === undefined ? {} : { steps: workout.steps }),
  };
}

/** Per-week minutes as written: one number when every week is the same, else the array. */
export function weekly(minutes: readonly (number | null)[]): number | readonly (number | null)[] {
  const first = minutes[0];
  return first !== undefined && first !== null && minutes.every((entry) => entry === first) ? first : minutes;
}

type ExerciseInput = NonNullable<SessionOf<"strength">["exercises"]>[number];

function exercise(
  name: ExerciseName,
  sets: number,
  size: { readonly reps: number } | { readonly seconds: number },
  equipment?: ExerciseInput["equipment"],
): ExerciseInput {
  return { name, sets, ...size, ...(equipment === undefined ? {} : { equipment }) };
}

/**
 * The exercises of a strength day. A full session covers the four patterns the off-season asks for (knee-dominant,
 * hip hinge, calf and foot, trunk), alternating two sets of choices; plyometric hops for advanced and elite runners
 * in the pre-season; upper body and trunk only when the next day's run needs fresh legs.
 */
export function strengthExercises(
  mode: StrengthDay["mode"],
  index: number,
  equipment: ExerciseInput["equipment"],
  plyometric: boolean,
  pick: Pick,
): ExerciseInput[] {
  const lower =
    index % 2 === 0
      ? [
          exercise(pick(["squat", "goblet-squat", "split-squat"]), 3, { reps: 10 }, equipment),
          exercise(pick(["romanian-deadlift", "glute-bridge", "hip-thrust"]), 3, { reps: 10 }, equipment),
          exercise("calf-raise", 3, { reps: 15 }, equipment),
        ]
      : [
          exercise(pick(["lunge", "step-up"]), 3, { reps: 10 }, equipment),
          exercise(pick(["single-leg-deadlift", "glute-bridge"]), 3, { reps: 10 }, equipment),
          exercise(pick(["single-leg-calf-raise", "toe-walk"]), 3, { reps: 12 }, "bodyweight"),
        ];
  const trunk =
    index % 2 === 0
      ? [exercise("plank", 3, { seconds: 40 }), exercise("dead-bug", 3, { reps: 10 })]
      : [exercise(pick(["side-plank", "leg-lift", "bird-dog"]), 3, { reps: 10 })];
  const upper = [
    exercise(pick(["push-up", "row"]), 3, { reps: 10 }),
    exercise("overhead-press", 3, { reps: 10 }, "resistance-band"),
  ];
  if (mode === "upper") return [...trunk, ...upper];
  const hops = plyometric ? [exercise("pogo-jump", 3, { reps: 15 }, "bodyweight")] : [];
  return [...lower, ...trunk, ...(index % 2 === 0 ? [] : upper.slice(0, 1)), ...hops];
}
