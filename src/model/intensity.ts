import type { Plan } from "./plan.js";
import { secondsPerKm } from "./primitives.js";
import { KM_PER_MILE, type OccurrenceSession, type Step, type StepRepeat } from "./session.js";

const HARD_RUN_TYPES: ReadonlySet<string> = new Set(["tempo", "intervals", "hills", "fartlek", "race"]);

/** Minutes by intensity class, as docs/domain.md's "Easy share" classes them. */
interface Split {
  easyMin: number;
  moderateMin: number;
  hardMin: number;
}

function classOf(rpe: number): keyof Split {
  if (rpe >= 6) return "hardMin";
  return rpe >= 5 ? "moderateMin" : "easyMin";
}

/**
 * The minutes of a run or cross-training session by intensity class (docs/domain.md, "Easy share"). Without steps, a
 * tempo, intervals, hills, fartlek or race run is 10 easy minutes of warm-up and 10 of cool-down around its hard work
 * (hard minutes = minutes - 20, at least half), any other session all easy (RPE below 5), moderate (5) or hard (6 or
 * more). With steps, each step is classed by its RPE (a `work` step without one is hard in a hard run type), repeats
 * multiply, and the totals are scaled to the session's minutes.
 *
 * @param session - The session as it takes place (an occurrence's `session`).
 * @param context - The plan's `paces`, which time steps given by distance.
 * @returns `{ easyMin, moderateMin, hardMin }`, adding up to the session's minutes (zero for other kinds).
 * @example
 * ```ts
 * import { intensityOf } from "offseason";
 * intensityOf({ id: "t", kind: "run", runType: "tempo", minutes: 50, rpe: 7, on: ["TH"] }, {});
 * //=> { easyMin: 20, moderateMin: 0, hardMin: 30 }
 * ```
 */
export function intensityOf(
  session: OccurrenceSession,
  context: {
    /** The plan's paces by run type. */
    readonly paces?: Plan["paces"];
  },
): {
  /** Easy minutes. */
  easyMin: number;
  /** Moderate minutes. */
  moderateMin: number;
  /** Hard minutes. */
  hardMin: number;
} {
  const split: Split = { easyMin: 0, moderateMin: 0, hardMin: 0 };
  if (session.kind !== "run" && session.kind !== "cross") return split;
  const hardType = session.kind === "run" && HARD_RUN_TYPES.has(session.runType);
  if (session.steps === undefined) {
    if (hardType) {
      split.hardMin = Math.max(session.minutes - 20, session.minutes / 2);
      split.easyMin = session.minutes - split.hardMin;
    } else split[classOf(session.rpe)] = session.minutes;
    return split;
  }
  const fallback = session.pace ?? (session.kind === "run" ? (context.paces?.[session.runType] ?? context.paces?.easy) : undefined);
  const add = (steps: readonly (Step | StepRepeat)[], times: number) => {
    for (const item of steps) {
      if ("repeat" in item) {
        add(item.steps, times * item.repeat);
        continue;
      }
      const km = item.distanceKm ?? (item.distanceMi === undefined ? undefined : item.distanceMi * KM_PER_MILE);
      const pace = item.pace ?? fallback;
      const minutes = item.minutes ?? (item.seconds === undefined ? (km !== undefined && pace !== undefined ? (km * secondsPerKm(pace)) / 60 : 0) : item.seconds / 60);
      const hard = item.rpe === undefined ? hardType && item.intent === "work" : item.rpe >= 6;
      split[hard ? "hardMin" : item.rpe === undefined ? "easyMin" : classOf(item.rpe)] += minutes * times;
    }
  };
  add(session.steps, 1);
  const total = split.easyMin + split.moderateMin + split.hardMin;
  if (total > 0) {
    const scale = session.minutes / total;
    split.easyMin *= scale;
    split.moderateMin *= scale;
    split.hardMin *= scale;
  }
  return split;
}
