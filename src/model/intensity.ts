import { KM_PER_MILE, parsePace } from "./pace.js";
import type { OccurrenceSession } from "./session.js";
import type { Step, StepRepeat } from "./steps.js";

/** What {@link intensityOf} reads of a run or cross-training session as it takes place that day (plain numbers). */
export type IntensitySession =
  | Pick<OccurrenceSession<"run">, "kind" | "runType" | "minutes" | "rpe" | "pace" | "steps">
  | Pick<OccurrenceSession<"cross">, "kind" | "minutes" | "rpe" | "pace" | "steps">;

/** What {@link intensityOf} reads besides the session: the plan's paces by run type ("easy" is the fallback). */
export interface IntensityContext {
  /** The plan's `paces`: `"m:ss/km"` or `"m:ss/mi"` by run type, `easy` the fallback. */
  readonly paces?: Readonly<Record<string, string>>;
}

/** RPE from which an aerobic session is hard (CR-10). */
export const HARD_RPE = 6;
/** Highest RPE of an easy (zone 1) aerobic session. */
export const EASY_MAX_RPE = 4;
/** Run types that are hard whatever their RPE (docs/domain.md, Intensity). */
export const HARD_RUN_TYPES: ReadonlySet<string> = new Set([
  "tempo",
  "intervals",
  "hills",
  "fartlek",
  "race",
  "time-trial",
]);

// A hard-type run without steps keeps this much easy running before and after its work (docs/domain.md, Easy share).
const WARM_UP_MIN = 10;
const COOL_DOWN_MIN = 10;

type IntensityClass = "easyMin" | "moderateMin" | "hardMin";

function classOfRpe(rpe: number): IntensityClass {
  if (rpe >= HARD_RPE) return "hardMin";
  return rpe <= EASY_MAX_RPE ? "easyMin" : "moderateMin";
}

function isHardRunType(session: IntensitySession): boolean {
  return session.kind === "run" && HARD_RUN_TYPES.has(session.runType);
}

function isRepeat(item: Step | StepRepeat): item is StepRepeat {
  return "repeat" in item;
}

/**
 * Minutes of a step given by distance at a pace, in the pace's unit (1 mi at 8:15/mi is 8.25), not rounded: the split
 * is exact, where occurrences round their minutes.
 */
function minutesAtPace(step: Step, pace: string): number | undefined {
  const parsed = parsePace(pace);
  if (!parsed) return undefined;
  const { secondsPerUnit } = parsed;
  const inPaceUnit =
    parsed.unit === "mi"
      ? (step.distanceMi ?? (step.distanceKm ?? 0) / KM_PER_MILE)
      : (step.distanceKm ?? (step.distanceMi ?? 0) * KM_PER_MILE);
  return (inPaceUnit * secondsPerUnit) / 60;
}

interface Tally {
  easyMin: number;
  moderateMin: number;
  hardMin: number;
  /** Distance of the steps no pace could time, by class, to share out what minutes are left. */
  untimedKm: Record<IntensityClass, number>;
}

function tallySteps(
  items: readonly (Step | StepRepeat)[],
  times: number,
  session: IntensitySession,
  fallbackPace: string | undefined,
  tally: Tally,
): void {
  const hardType = isHardRunType(session);
  for (const item of items) {
    if (isRepeat(item)) {
      tallySteps(item.steps, times * item.repeat, session, fallbackPace, tally);
      continue;
    }
    // A walk step is easy whatever its RPE (run/walk).
    const intensity: IntensityClass =
      item.intent === "walk" || item.rpe === undefined
        ? item.intent === "work" && hardType
          ? "hardMin"
          : "easyMin"
        : classOfRpe(item.rpe);
    const pace = item.pace ?? fallbackPace;
    const minutes =
      item.minutes ??
      (item.seconds === undefined ? (pace === undefined ? undefined : minutesAtPace(item, pace)) : item.seconds / 60);
    if (minutes === undefined)
      tally.untimedKm[intensity] += times * (item.distanceKm ?? (item.distanceMi ?? 0) * KM_PER_MILE);
    else tally[intensity] += times * minutes;
  }
}

function withoutSteps(session: IntensitySession): { easyMin: number; moderateMin: number; hardMin: number } {
  const { minutes } = session;
  if (isHardRunType(session)) {
    const hardMin = Math.max(minutes - WARM_UP_MIN - COOL_DOWN_MIN, minutes / 2);
    return { easyMin: minutes - hardMin, moderateMin: 0, hardMin };
  }
  const intensity = classOfRpe(session.rpe);
  return {
    easyMin: intensity === "easyMin" ? minutes : 0,
    moderateMin: intensity === "moderateMin" ? minutes : 0,
    hardMin: intensity === "hardMin" ? minutes : 0,
  };
}

/**
 * How a run or cross-training session splits into easy, moderate and hard minutes (docs/domain.md, Intensity and
 * Easy share). Without steps: a tempo, intervals, hills, fartlek or race run keeps 10 min of warm-up and 10 min of
 * cool-down easy around its work, so its hard minutes are `minutes - 20`, at least half of the session; any other
 * session is all easy (RPE 4 or less), all moderate (between 4 and 6, RPE 5) or all hard (RPE 6 or more). With steps,
 * each step is classed by its RPE the same way, a `work` step without RPE of a hard run type is hard and any other
 * step without RPE is easy; repeats multiply their steps; the three totals are then scaled to the session's minutes.
 * A step given by distance is timed at its pace, else the session's, else `paces[runType]`, else `paces.easy`; the
 * steps no pace can time share out the minutes the timed steps leave, by distance (exact when the session's minutes
 * came from those steps at one pace). Figures are exact, not rounded; they add up to the session's minutes (up to
 * floating-point rounding) and none is negative.
 *
 * @param session - A run or cross-training session as it takes place that day (resolved numbers).
 * @param context - The plan's paces by run type, for steps given by distance.
 * @returns Easy, moderate and hard minutes.
 * @example
 * ```ts
 * import { intensityOf } from "offseason";
 * intensityOf({ kind: "run", runType: "hills", minutes: 45, rpe: 7 }, {}); //=> { easyMin: 20, moderateMin: 0, hardMin: 25 }
 * ```
 */
export function intensityOf(
  session: IntensitySession,
  context: IntensityContext,
): {
  /** Minutes at easy intensity (RPE 4 or less, warm-up and cool-down of a hard-type run). */
  easyMin: number;
  /** Minutes at moderate intensity (RPE 5). */
  moderateMin: number;
  /** Minutes at hard intensity (RPE 6 or more, the work of a hard-type run). */
  hardMin: number;
} {
  if (session.steps === undefined || session.steps.length === 0) return withoutSteps(session);
  const paces = context.paces ?? {};
  const fallbackPace = session.pace ?? (session.kind === "run" ? paces[session.runType] : undefined) ?? paces.easy;
  const tally: Tally = {
    easyMin: 0,
    moderateMin: 0,
    hardMin: 0,
    untimedKm: { easyMin: 0, moderateMin: 0, hardMin: 0 },
  };
  tallySteps(session.steps, 1, session, fallbackPace, tally);
  const untimedKm = tally.untimedKm.easyMin + tally.untimedKm.moderateMin + tally.untimedKm.hardMin;
  if (untimedKm > 0) {
    const left = Math.max(0, session.minutes - tally.easyMin - tally.moderateMin - tally.hardMin);
    for (const key of ["easyMin", "moderateMin", "hardMin"] as const)
      tally[key] += (left * tally.untimedKm[key]) / untimedKm;
  }
  const total = tally.easyMin + tally.moderateMin + tally.hardMin;
  if (total <= 0) return withoutSteps(session);
  const { minutes } = session;
  const hardMin = (tally.hardMin * minutes) / total;
  const moderateMin = (tally.moderateMin * minutes) / total;
  // The remainder, so that the three add up to the minutes however the scaling rounds.
  return { easyMin: Math.max(0, minutes - hardMin - moderateMin), moderateMin, hardMin };
}
