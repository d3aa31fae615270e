/**
 * Strength periodised for runners (COACHING.md §5, §8 item 6): light bodyweight work late in the transition,
 * anatomical adaptation (2-3 x 10-15 at 50-60 % 1RM), a heavy phase (3-4 x 3-6 at 80-85 % 1RM) in the base of plans
 * of 10 weeks or more for intermediate runners and up, power and plyometrics in the pre-season. Loads are stated as
 * %1RM and RPE / reps in reserve, never as "free weights" alone; youth under 15 keep to bodyweight and light loads.
 */
import type { ExerciseName } from "../model/exercises.js";
import type { SessionOf } from "../model/session.js";
import type { Pick } from "./sessions.js";
import type { StrengthDay } from "./weekLayout.js";

/** A strength phase. */
export type StrengthPhase = "light" | "adaptation" | "heavy" | "power";

/** One week's strength: its phase, sets and reps of the main lifts, the load in words, the session RPE. */
export interface StrengthDose {
  readonly phase: StrengthPhase;
  readonly sets: number;
  readonly reps: number;
  /** The load of the main lifts, e.g. "80-85 % 1RM, RPE 8 (2 reps in reserve)". */
  readonly load: string;
  readonly rpe: number;
  /** Plyometric sets of foot contacts (0: none). */
  readonly plyoReps: number;
  /** Whether external load is used (free weights), else bodyweight. */
  readonly loaded: boolean;
}

/** What decides a week's dose: its phase, the week's index within that phase, and whether the week steps back. */
export interface DoseInput {
  readonly phase: StrengthPhase;
  readonly index: number;
  readonly reduced: boolean;
  /** Youth under 15: bodyweight and light loads only (COACHING.md §5, P). */
  readonly young: boolean;
}

/** Heavy-phase steps (sets, reps): one variable at a time, every week or two (ACSM-RT progression; Ronnestad 2010). */
const HEAVY_STEPS: readonly (readonly [number, number])[] = [
  [3, 6],
  [3, 5],
  [4, 5],
  [4, 4],
  [3, 4],
  [4, 3],
];

/** The dose of one week (COACHING.md §5's table); a step-back week drops a set, as the running does. */
export function strengthDose(input: DoseInput): StrengthDose {
  const { phase, index, reduced, young } = input;
  const less = reduced ? 1 : 0;
  if (phase === "light")
    return { phase, sets: 2, reps: 12, load: "bodyweight, easy (RPE 3-4)", rpe: 3, plyoReps: 0, loaded: false };
  if (phase === "adaptation" || young) {
    const sets = Math.max(2, Math.min(3, 2 + Math.floor(index / 2)) - less);
    const reps = Math.max(10, 15 - 2 * Math.floor(index / 3));
    const loaded = !young && index >= 2;
    const load = loaded ? "50-60 % 1RM, RPE 6 (4 reps in reserve)" : "bodyweight, RPE 5-6 (4 reps in reserve)";
    return { phase: "adaptation", sets, reps, load, rpe: 5, plyoReps: young && index >= 4 ? 6 : 0, loaded };
  }
  if (phase === "heavy") {
    const [sets, reps] = HEAVY_STEPS[Math.min(HEAVY_STEPS.length - 1, Math.floor(index / 2))] ?? [3, 5];
    const load = index < 2 ? "75-80 % 1RM, RPE 7 (3 reps in reserve)" : "80-85 % 1RM, RPE 8 (2 reps in reserve)";
    return { phase, sets: sets - less, reps, load, rpe: 7, plyoReps: 6, loaded: true };
  }
  return {
    phase,
    sets: 2,
    reps: Math.max(3, 4 - Math.floor(index / 2)),
    load: "85 % 1RM, RPE 8 (2 reps in reserve), moved fast",
    rpe: 7,
    plyoReps: Math.min(10, 6 + 2 * index) - 2 * less,
    loaded: true,
  };
}

type ExerciseInput = NonNullable<SessionOf<"strength">["exercises"]>[number];

function exercise(
  name: ExerciseName,
  sets: number,
  size: { readonly reps: number } | { readonly seconds: number },
  extra: { readonly equipment?: ExerciseInput["equipment"]; readonly label?: string } = {},
): ExerciseInput {
  return { name, sets, ...size, ...extra };
}

/**
 * The exercises of a strength day: the four patterns (knee-dominant, hinge, calf and foot, trunk) at the week's
 * dose, progressing bodyweight squat -> goblet squat -> back squat and glute bridge -> RDL (COACHING.md §5); low hops,
 * then pogo jumps and bounds, as plyometrics; upper body and trunk only when the next day's run needs fresh legs.
 */
export function strengthExercises(mode: StrengthDay["mode"], dose: StrengthDose, pick: Pick): ExerciseInput[] {
  const { sets, reps, load, loaded, phase } = dose;
  const weights = loaded ? { equipment: "free-weights" as const } : { equipment: "bodyweight" as const };
  const main = (name: ExerciseName, label: string) =>
    exercise(name, sets, { reps }, { ...weights, label: `${label}: ${String(sets)} x ${String(reps)} at ${load}` });
  const trunk = [
    exercise("side-plank", 2, { seconds: phase === "light" ? 20 : 30 + 5 * Math.min(4, sets) }),
    exercise("dead-bug", 2, { reps: 8 }),
  ];
  const upper = [exercise(pick(["push-up", "row"]), 2, { reps: 10 }), exercise("bird-dog", 2, { reps: 8 })];
  if (mode === "upper") return [...trunk, ...upper];
  const squat: readonly [ExerciseName, string] =
    phase === "heavy" || phase === "power"
      ? ["squat", "Back squat (or trap-bar deadlift)"]
      : loaded
        ? ["goblet-squat", "Goblet squat"]
        : ["squat", "Bodyweight squat"];
  const hinge: readonly [ExerciseName, string] = loaded
    ? ["romanian-deadlift", "Romanian deadlift"]
    : ["glute-bridge", "Glute bridge"];
  const calfReps = phase === "heavy" || phase === "power" ? 8 : reps;
  const lifts = [
    main(squat[0], squat[1]),
    main(hinge[0], hinge[1]),
    loaded
      ? exercise(
          "calf-raise",
          3,
          { reps: calfReps },
          { ...weights, label: `Calf raise: 3 x ${String(calfReps)} at ${load}` },
        )
      : exercise("single-leg-calf-raise", 3, { reps: calfReps }, weights),
    ...(phase === "adaptation" || phase === "light"
      ? [exercise(pick(["split-squat", "step-up"]), 2, { reps: 10 })]
      : []),
  ];
  const plyo =
    dose.plyoReps === 0
      ? []
      : phase === "power"
        ? [
            exercise("pogo-jump", 3, { reps: dose.plyoReps }, { equipment: "bodyweight" }),
            exercise("bounding", 2, { reps: dose.plyoReps }, { equipment: "bodyweight" }),
          ]
        : [exercise("skipping", 2, { reps: dose.plyoReps }, { equipment: "bodyweight", label: "Low hops / skips" })];
  return [...lifts, ...plyo, ...trunk];
}
