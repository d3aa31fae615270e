/**
 * Structured workouts: steps and repeats, their schema with its depth and size limits, and their total minutes.
 */
import * as z from "zod/mini";
import type { Limits } from "./limits.js";
import { PaceRefSchema, KM_PER_MILE, secondsPerKm } from "./pace.js";
import { addIssue, RpeSchema, text } from "./primitives.js";
import { EFFORTS, STEP_INTENTS, type Effort } from "./vocabulary.js";
import { weeklyOf, type Range } from "./weekly.js";

/**
 * One step of a structured workout: its intent and exactly one of `minutes`, `seconds`, `distanceKm`, `distanceMi`.
 *
 */
export interface Step {
  /** warmup, work, recovery, rest, cooldown, steady or walk (walking inside a run: run/walk). */
  readonly intent: (typeof STEP_INTENTS)[number];
  /** Length in minutes. */
  readonly minutes?: number;
  /** Length in seconds. */
  readonly seconds?: number;
  /** Length in km. */
  readonly distanceKm?: number;
  /** Length in miles. */
  readonly distanceMi?: number;
  /** RPE of the step, 0 to 10 (in an occurrence: the midpoint of a range, or its effort word's). */
  readonly rpe?: number;
  /** Effort in words, instead of an RPE. */
  readonly effort?: Effort;
  /** Target pace (in an occurrence: a pace name resolved to the plan's pace). */
  readonly pace?: string;
  /** Free notes. */
  readonly notes?: string;
  /** In an occurrence: the bounds of the fields written as ranges. */
  readonly ranges?: Readonly<Partial<Record<"minutes" | "seconds" | "distanceKm" | "distanceMi" | "rpe", Range>>>;
  /** In an occurrence: `rpe` when it came from the effort word or, for a walk step, docs/domain.md's default (2). */
  readonly estimated?: readonly "rpe"[];
}

/**
 * Steps repeated `repeat` times (2 to 100); a repeat may hold another repeat, no deeper.
 *
 */
export interface StepRepeat {
  /** How many times (in an occurrence: the midpoint of a range, rounded). */
  readonly repeat: number;
  /** The steps (and repeats) repeated. */
  readonly steps: readonly (Step | StepRepeat)[];
  /** In an occurrence: the bounds of a repeat count written as a range. */
  readonly ranges?: {
    /** The bounds of a repeat count given as a range ("6-10 x"); `repeat` is its midpoint, rounded. */
    readonly repeat?: Range;
  };
}

/** A step's length, RPE or repeat count as written: a number, a range, or one entry per week of the phase. */
export type StepValue = number | Range | readonly (number | Range)[];

/**
 * A step as a session's `steps` holds it: its lengths, RPE and repeat count may be ranges or per-week arrays, and
 * its pace a name of the plan's paces. Occurrences carry it as a {@link Step}.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * const hills = { repeat: [3, 4, 5], steps: [{ intent: "work", seconds: { min: 60, max: 90 }, effort: "hard" }] };
 * SessionSchema.safeParse({ id: "h", kind: "run", runType: "hills", effort: "hard", on: ["TH"], steps: [hills] }).success; //=> true
 * ```
 */
export interface WrittenStep extends Omit<
  Step,
  "minutes" | "seconds" | "distanceKm" | "distanceMi" | "rpe" | "ranges" | "estimated"
> {
  /** Length in minutes. */
  readonly minutes?: StepValue;
  /** Length in seconds. */
  readonly seconds?: StepValue;
  /** Length in km. */
  readonly distanceKm?: StepValue;
  /** Length in miles. */
  readonly distanceMi?: StepValue;
  /** RPE of the step. */
  readonly rpe?: StepValue;
}

/** A repeat as a session's `steps` holds it: its count may be a range or a per-week array. */
export interface WrittenStepRepeat {
  /** How many times. */
  readonly repeat: StepValue;
  /** The steps (and repeats) repeated. */
  readonly steps: readonly (WrittenStep | WrittenStepRepeat)[];
}

/** The fields that give a step its length: exactly one of them. */
export const STEP_SIZES = ["minutes", "seconds", "distanceKm", "distanceMi"] as const;

function stepSchema(limits: Limits) {
  // A number, a range or one entry per week (no null, no open range: a step has a length every week).
  const value = (schema: z.ZodMiniType<number>) => z.optional(weeklyOf(schema, limits.maxWeeks, false, true));
  return z
    .strictObject({
      /** Warm-up, work, recovery, rest, cool-down, steady running or walking (run/walk). */
      intent: z.enum(STEP_INTENTS),
      /** Length in minutes (give exactly one of minutes, seconds, distanceKm, distanceMi). */
      minutes: value(z.number().check(z.gt(0), z.lte(1440))),
      /** Length in seconds. */
      seconds: value(z.int().check(z.gte(1), z.lte(86_400))),
      /** Length in km; timed by a pace (the step's, else the session's, else the plan's). */
      distanceKm: value(z.number().check(z.gt(0), z.lte(500))),
      /** Length in miles; timed by a pace as `distanceKm`. */
      distanceMi: value(z.number().check(z.gt(0), z.lte(311))),
      /** RPE of the step, 0 to 10. */
      rpe: value(RpeSchema),
      /** Effort in words, instead of an RPE. */
      effort: z.optional(z.enum(EFFORTS)),
      /** Target pace of the step: a pace, or the name of one of the plan's paces. */
      pace: z.optional(PaceRefSchema),
      /** Free notes. */
      notes: z.optional(text(limits.maxStringLength)),
    })
    .check(
      z.superRefine((step, context) => {
        const given = STEP_SIZES.filter((name) => step[name] !== undefined);
        if (given.length !== 1) {
          addIssue(context, step, [], "step.length", "conflict");
        }
      }),
    );
}

/** Steps and repeats, nested at most `depth` levels of repeats deep; one more level is a located `limit` issue. */
export function stepListSchema(limits: Limits, depth: number): z.ZodMiniType<(WrittenStep | WrittenStepRepeat)[]> {
  const step = stepSchema(limits);
  const repeat = z.strictObject({
    /** How many times, 2 to 100: a number, a range or one entry per week. */
    repeat: weeklyOf(z.int().check(z.gte(2), z.lte(limits.maxRepeat)), limits.maxWeeks, false, true),
    /** What is repeated. */
    steps:
      depth > 0
        ? stepListSchema(limits, depth - 1)
        : z.array(z.unknown()).check(
            z.superRefine((_steps, context) => {
              addIssue(context, _steps, [], "limit.stepDepth", "limit", {
                depth: limits.maxStepDepth,
              });
            }),
          ),
  });
  const list = z.array(z.union([step, repeat])).check(z.minLength(1));
  // The nesting is built level by level (no recursive schema), so the type is written by hand.
  return list as unknown as z.ZodMiniType<(WrittenStep | WrittenStepRepeat)[]>;
}

/**
 * Counts the entries of a step tree as written (a repeat and each of its steps once, not multiplied). Total on any
 * input: it runs on steps that may have failed their own checks.
 */
export function countSteps(steps: readonly unknown[]): number {
  let count = 0;
  for (const item of steps) {
    count += 1;
    if (typeof item === "object" && item !== null && "steps" in item && Array.isArray(item.steps))
      count += countSteps(item.steps as unknown[]);
  }
  return count;
}

/**
 * The steps' total minutes, whether a step was timed by a pace, and whether a step given by distance had no pace to
 * time it (it then adds nothing to the total).
 *
 * @param steps - Parsed steps and repeats.
 * @param pace - The pace of a step without its own (the session's, else the plan's).
 * @returns The total (repeats multiplied, not rounded), `paced` and `untimed`.
 */
export function stepMinutes(
  steps: readonly (Step | StepRepeat)[],
  pace: string | undefined,
): { minutes: number; paced: boolean; untimed: boolean } {
  let minutes = 0;
  let paced = false;
  let untimed = false;
  for (const item of steps) {
    if ("repeat" in item) {
      const inner = stepMinutes(item.steps, pace);
      minutes += inner.minutes * item.repeat;
      paced ||= inner.paced;
      untimed ||= inner.untimed;
    } else if (item.minutes !== undefined) minutes += item.minutes;
    else if (item.seconds !== undefined) minutes += item.seconds / 60;
    else {
      const km = item.distanceKm ?? (item.distanceMi ?? 0) * KM_PER_MILE;
      const stepPace = item.pace ?? pace;
      if (stepPace !== undefined) minutes += (km * secondsPerKm(stepPace)) / 60;
      else untimed = true;
      paced = true;
    }
  }
  return { minutes, paced, untimed };
}

/** An entry of a step tree whose shape no check has vouched for. */
export type LooseStep = Readonly<Record<string, unknown>>;

/**
 * Visits every step (not repeat) of a step tree as a check sees it: before or despite its own checks, so total on any
 * input. Entries that are not objects are passed over, and so are the steps of a repeat nested deeper than `depth`
 * (the schema reports that repeat and does not look inside it: neither does this).
 *
 * @param steps - A session's `steps`, of any shape.
 * @param depth - Levels of repeats allowed below this list (`maxStepDepth` at the top).
 * @param path - The path of `steps`.
 * @param visit - Called with each step and its path.
 * @returns Nothing.
 */
export function forEachStep(
  steps: unknown,
  depth: number,
  path: readonly PropertyKey[],
  visit: (step: LooseStep, path: PropertyKey[]) => void,
): void {
  if (!Array.isArray(steps)) return;
  steps.forEach((item: unknown, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return;
    const entry = item as LooseStep;
    if (!Array.isArray(entry.steps)) visit(entry, [...path, index]);
    else if (depth > 0) forEachStep(entry.steps, depth - 1, [...path, index, "steps"], visit);
  });
}
