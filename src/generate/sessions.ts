/** Typed sessions of the generator: quality runs with steps, strides, strength with named exercises, cross-training. */
import type { PlanPaces } from "../model/plan.js";
import type { SessionOf } from "../model/session.js";
import type { Step, StepRepeat } from "../model/steps.js";

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
export type QualityType = "hills" | "tempo" | "intervals" | "fartlek";

/** A structured run: its type, session RPE, steps and their total minutes. */
export interface Workout {
  readonly runType: QualityType | "strides";
  readonly rpe: number;
  readonly steps: readonly (Step | StepRepeat)[];
  /** Minutes of the steps, in all. */
  readonly minutes: number;
  /** Minutes of the steps at RPE 6 or more. */
  readonly hardMinutes: number;
  /** What makes it this session and no other (type, reps, work): the week-by-week progression compares it. */
  readonly key: string;
}

/** A quality session's shape: its type, repeats, and the minutes of each work bout and recovery. */
export interface QualitySpec {
  readonly type: QualityType;
  readonly reps: number;
  readonly work: number;
  readonly recovery: number;
}

/** Warm-up and cool-down of every quality session, in minutes. */
const WARMUP = 12;
const COOLDOWN = 10;
/** The shorter warm-up and cool-down of a day (or a week) with less room. */
const SHORT_WARMUP = 10;
const SHORT_COOLDOWN = 5;
/** Work steps of quality sessions run at these RPEs (hard: 6 or more); recoveries jog at 2. */
const WORK_RPE: Readonly<Record<QualityType, number>> = { hills: 7, tempo: 7, intervals: 8, fartlek: 7 };
const NOTES: Readonly<Record<QualityType, string | undefined>> = {
  hills: "Up a 5-6 % hill, hard but controlled; jog or walk back down.",
  tempo: "Comfortably hard: a pace you could hold for about an hour.",
  intervals: "At 3K-5K effort; jog the recoveries.",
  fartlek: "Faster bouts by feel, relaxed; easy running between them.",
};

function withPace(step: Step, pace: string | undefined): Step {
  return pace === undefined ? step : { ...step, pace };
}

/**
 * A quality session (COACHING.md §4): `reps` work bouts of `work` minutes with `recovery` minutes of jogging, between
 * a 12-minute warm-up and a 10-minute cool-down (10 and 5 minutes when `short`); work steps carry the athlete's pace
 * for the type when known (tempo, intervals).
 */
export function qualityWorkout(spec: QualitySpec, paces: PlanPaces | undefined, short = false): Workout {
  const { type, reps, work, recovery } = spec;
  const warmup = short ? SHORT_WARMUP : WARMUP;
  const cooldown = short ? SHORT_COOLDOWN : COOLDOWN;
  const pace = type === "tempo" || type === "intervals" ? paces?.[type] : undefined;
  const notes = NOTES[type];
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
    key: `${type} ${String(reps)}x${String(work)} ${String(warmup + cooldown + reps * (work + recovery))}`,
  };
}

/**
 * The add-on after an easy run (COACHING.md §4): strides (`reps` x 20 s quick, 70 s walk back) or hill sprints
 * (`reps` x 10 s all-out up a 6-8 % hill, 2 min walk back); an easy session either way.
 */
export function stridesWorkout(reps = 6, hill = false): Workout {
  const [seconds, back] = hill ? [10, 120] : [20, 70];
  const notes = hill ? "All-out up a steep hill (6-8 %), full walk-back recovery." : "Quick and relaxed, not a sprint.";
  return {
    runType: "strides",
    rpe: 3,
    steps: [
      {
        repeat: reps,
        steps: [
          { intent: "work", seconds, rpe: hill ? 8 : 7, notes },
          { intent: "recovery", seconds: back, rpe: 2 },
        ],
      },
    ],
    minutes: Math.ceil((reps * (seconds + back)) / 60),
    hardMinutes: Math.ceil((reps * seconds) / 60),
    key: `${hill ? "hill-sprints" : "strides"} ${String(reps)}`,
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
