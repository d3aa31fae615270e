import { withoutControls } from "./fitString.js";
import type { PlannedStep, StepLength } from "./plannedStep.js";
import type { Occurrence } from "../schedule/types.js";
import { asWorkoutOccurrence, planWorkout } from "./planWorkout.js";
import type { IntervalsWorkout, WorkoutWarning } from "./types.js";

/** Whole or decimal, at most three decimals, no trailing zeros. */
const decimal = (value: number) => String(Math.round(value * 1000) / 1000);

/** A duration as intervals.icu writes it: `10m`, `90s` as `1m30s`, `1h5m`. */
function durationText(totalSeconds: number): string {
  const rounded = Math.round(totalSeconds);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const seconds = rounded % 60;
  const parts = [hours > 0 ? `${String(hours)}h` : "", minutes > 0 ? `${String(minutes)}m` : ""];
  if (seconds > 0 || rounded === 0) parts.push(`${String(seconds)}s`);
  return parts.join("");
}

/** A length: `10m`, `400mtr` (under a km), `1.6km`, `1mi`; reps and open steps end on the lap button. */
function lengthText(length: StepLength): string {
  if (length.kind === "time") return durationText(length.seconds);
  if (length.kind === "distance") {
    if (length.unit === "mi") return `${decimal(length.amount)}mi`;
    return length.meters < 1000 ? `${decimal(length.meters)}mtr` : `${decimal(length.amount)}km`;
  }
  return "press lap";
}

/** Cue text: the step's name, then its notes (RPE among them), on one line. */
function cueOf(step: PlannedStep): string {
  const words = [step.name, step.notes].filter((text) => text !== undefined && text !== "");
  // A leading "-" would read as a new step.
  return withoutControls(words.join(" ")).replace(/^[-\s]+/u, "");
}

function stepLine(step: PlannedStep, warnings: WorkoutWarning[]): string {
  if (step.length.kind === "reps")
    warnings.push({
      code: "reps",
      message: `${String(step.length.reps)} reps: intervals.icu has no repetition count, the step ends on the lap button`,
      stepIndex: step.index,
    });
  const reps = step.length.kind === "reps" ? `${String(step.length.reps)} reps` : "";
  const cue = [cueOf(step), reps].filter((text) => text !== "").join(" ");
  const pace = step.pace === undefined ? "" : ` ${step.pace.text} Pace`;
  return `- ${cue === "" ? "" : `${cue} `}${lengthText(step.length)}${pace}`;
}

/**
 * A run, cross-training or strength occurrence as intervals.icu's workout-builder text, which intervals.icu sends to
 * Garmin, COROS, Wahoo and Suunto: one line per step (`- 10m 5:30/km Pace`, `- 400mtr 4:05-3:55/km Pace`), a repeat
 * as an `Nx` line with its steps and a blank line before and after, notes and RPE as the step's cue text. What the
 * text cannot say (a repeat inside a repeat, which is unrolled; RPE as a target; repetitions) is in `warnings`.
 *
 * @param occurrence - A run, cross-training or strength occurrence of {@link offseason!expandPlan}.
 * @returns The text, ending with a newline, and its warnings.
 * @throws {@link offseason!OffseasonError} with code `limit` at `session.steps` when the steps, nested repeats unrolled, are more
 * than {@link MAX_WORKOUT_STEPS}; code `invalid` at `kind` for a mobility or mental occurrence or a habit.
 * @example
 * ```ts
 * import { expandPlan, parsePlan } from "offseason";
 * import { toIntervalsText } from "offseason/workouts";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "i", kind: "run", runType: "intervals", rpe: 8, on: ["TU"],
 *       steps: [{ intent: "warmup", minutes: 10 }, { repeat: 6, steps: [{ intent: "work", distanceKm: 0.4, pace: "4:00/km" }, { intent: "recovery", seconds: 90 }] }] },
 *   ] }],
 * });
 * expandPlan(plan).map((occurrence) => toIntervalsText(occurrence).text);
 * //=> ["- 10m\n\n6x\n- 400mtr 4:00/km Pace\n- 1m30s\n"]
 * ```
 */
export function toIntervalsText(occurrence: Occurrence): IntervalsWorkout {
  const planned = planWorkout(asWorkoutOccurrence(occurrence));
  const warnings = [...planned.warnings];
  const blocks: string[][] = [];
  let loose: string[] = [];
  for (const entry of planned.entries) {
    if ("step" in entry) {
      loose.push(stepLine(entry.step, warnings));
      continue;
    }
    if (loose.length > 0) blocks.push(loose);
    loose = [];
    blocks.push([`${String(entry.repeat.times)}x`, ...entry.repeat.steps.map((step) => stepLine(step, warnings))]);
  }
  if (loose.length > 0) blocks.push(loose);
  const byStep = (warning: WorkoutWarning) => warning.stepIndex ?? -1;
  return {
    text: `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`,
    warnings: warnings.sort((a, b) => byStep(a) - byStep(b)),
  };
}
