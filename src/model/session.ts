import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import {
  addIssue,
  IdSchema,
  LocalTimeSchema,
  LocalDateSchema,
  MinutesSchema,
  PaceSchema,
  RecurrenceRuleSchema,
  RpeSchema,
  text,
  WeekdaySchema,
  weeklyOf,
} from "./primitives.js";

/** Run types. Tempo, intervals, hills, fartlek and race runs are hard whatever their RPE. */
export const RUN_TYPES = [
  "easy",
  "recovery",
  "long",
  "tempo",
  "intervals",
  "hills",
  "strides",
  "race",
  "fartlek",
] as const;
/**
 * What a step of a structured workout is for.
 *
 * @example
 * ```ts
 * import { STEP_INTENTS } from "offseason";
 * STEP_INTENTS.includes("warmup"); //=> true
 * ```
 */
export const STEP_INTENTS = ["warmup", "work", "recovery", "rest", "cooldown", "steady"] as const;
/**
 * Race priorities: A (the goal race) to C (a tune-up, the default).
 *
 * @example
 * ```ts
 * import { RACE_PRIORITIES } from "offseason";
 * RACE_PRIORITIES.length; //=> 3
 * ```
 */
export const RACE_PRIORITIES = ["A", "B", "C"] as const;
/**
 * What a strength session given without exercises trains.
 *
 * @example
 * ```ts
 * import { STRENGTH_FOCUSES } from "offseason";
 * STRENGTH_FOCUSES[0]; //=> "full-body"
 * ```
 */
export const STRENGTH_FOCUSES = ["full-body", "lower-body", "upper-body", "core"] as const;
/**
 * 1 mile in km; occurrences of a session written in miles carry its distance in km too.
 *
 * @example
 * ```ts
 * import { KM_PER_MILE } from "offseason";
 * KM_PER_MILE * 5; //=> 8.04672
 * ```
 */
export const KM_PER_MILE = 1.609344;
/** Cross-training modalities. */
export const CROSS_MODALITIES = ["swim", "bike", "elliptical", "row", "ski", "walk", "hike", "other"] as const;
/** Mobility practices. */
export const MOBILITY_PRACTICES = ["stretching", "foam-rolling", "yoga"] as const;
/** Mental practices. */
export const MENTAL_PRACTICES = ["visualization", "mindfulness", "goal-setting", "support-check-in"] as const;
/** Strength equipment. */
export const EQUIPMENT = ["bodyweight", "free-weights", "resistance-band", "machine"] as const;
/** Movement patterns that strength exercises train. */
export const MOVEMENT_PATTERNS = ["knee-dominant", "hip-hinge", "calf-foot", "trunk", "plyometric", "upper"] as const;

/** A movement pattern: knee-dominant, hip-hinge, calf-foot, trunk, plyometric or upper. */
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];

/** A known exercise name; anything else is written as `other` with a `pattern`. */
export type ExerciseName =
  | "squat"
  | "goblet-squat"
  | "split-squat"
  | "lunge"
  | "step-up"
  | "deadlift"
  | "romanian-deadlift"
  | "hip-thrust"
  | "glute-bridge"
  | "single-leg-deadlift"
  | "calf-raise"
  | "single-leg-calf-raise"
  | "toe-walk"
  | "plank"
  | "side-plank"
  | "leg-lift"
  | "dead-bug"
  | "bird-dog"
  | "pogo-jump"
  | "skipping"
  | "bounding"
  | "box-jump"
  | "push-up"
  | "row"
  | "overhead-press";

/**
 * The known strength exercises and the movement pattern each trains. An exercise not in this list is written with
 * `name: "other"` and an explicit `pattern`.
 */
export const EXERCISE_PATTERNS: Readonly<Record<ExerciseName, MovementPattern>> = Object.freeze({
  squat: "knee-dominant",
  "goblet-squat": "knee-dominant",
  "split-squat": "knee-dominant",
  lunge: "knee-dominant",
  "step-up": "knee-dominant",
  deadlift: "hip-hinge",
  "romanian-deadlift": "hip-hinge",
  "hip-thrust": "hip-hinge",
  "glute-bridge": "hip-hinge",
  "single-leg-deadlift": "hip-hinge",
  "calf-raise": "calf-foot",
  "single-leg-calf-raise": "calf-foot",
  "toe-walk": "calf-foot",
  plank: "trunk",
  "side-plank": "trunk",
  "leg-lift": "trunk",
  "dead-bug": "trunk",
  "bird-dog": "trunk",
  "pogo-jump": "plyometric",
  skipping: "plyometric",
  bounding: "plyometric",
  "box-jump": "plyometric",
  "push-up": "upper",
  row: "upper",
  "overhead-press": "upper",
} satisfies Record<ExerciseName, MovementPattern>);

const EXERCISE_NAMES = [...(Object.keys(EXERCISE_PATTERNS) as ExerciseName[]), "other"] as const;

function exerciseSchema(limits: Limits) {
  return z
    .strictObject({
      /** The exercise, from the known list, or `other` with a `pattern`. */
      name: z.enum(EXERCISE_NAMES),
      /** The movement pattern; required for `other`, else implied by the name. */
      pattern: z.optional(z.enum(MOVEMENT_PATTERNS)),
      /** A display name, e.g. for an `other` exercise. */
      label: z.optional(text(limits.maxStringLength)),
      /** Sets, 1 to 20. */
      sets: z.int().check(z.gte(1), z.lte(20)),
      /** Repetitions per set, 1 to 100 (or give `seconds`). */
      reps: z.optional(z.int().check(z.gte(1), z.lte(100))),
      /** Seconds per set for holds such as planks, 1 to 600 (or give `reps`). */
      seconds: z.optional(z.int().check(z.gte(1), z.lte(600))),
      /** Bodyweight, free weights, resistance band or machine. */
      equipment: z.optional(z.enum(EQUIPMENT)),
      /** External load in kg. */
      loadKg: z.optional(z.number().check(z.gt(0), z.lte(500))),
    })
    .check(
      z.superRefine((exercise, context) => {
        if ((exercise.reps === undefined) === (exercise.seconds === undefined)) {
          addIssue(context, exercise, [], 'give either "reps" or "seconds" (one of them, not both)', "conflict");
        }
        if (exercise.name === "other") {
          if (exercise.pattern === undefined) {
            addIssue(
              context,
              exercise,
              ["pattern"],
              'an exercise named "other" needs a "pattern" (knee-dominant, hip-hinge, calf-foot, trunk, plyometric or upper)',
              "conflict",
            );
          }
        } else if (exercise.pattern !== undefined && exercise.pattern !== EXERCISE_PATTERNS[exercise.name]) {
          addIssue(
            context,
            exercise,
            ["pattern"],
            `${exercise.name} is a ${EXERCISE_PATTERNS[exercise.name]} exercise; drop "pattern" or use name "other"`,
            "conflict",
          );
        }
      }),
    );
}

/** The fields every kind has; `minutes` keeps its place among them, so that parsed sessions keep their key order. */
function commonFields<M extends z.ZodMiniType>(limits: Limits, minutes: M) {
  return {
    /** Unique among the sessions and habits of the plan. */
    id: IdSchema,
    /** A display name; calendars fall back to a generated summary. */
    name: z.optional(text(limits.maxStringLength)),
    /** Free notes for the athlete. */
    notes: z.optional(text(limits.maxStringLength)),
    /** Duration in whole minutes, 1 to 1440 (before progression). */
    minutes,
    /** Weekdays the session recurs on every week; sugar for `FREQ=WEEKLY;BYDAY=...`. */
    on: z.optional(z.array(WeekdaySchema).check(z.minLength(1), z.maxLength(7))),
    /** An RFC 5545 RRULE without DTSTART; the phase start is its start and the phase end bounds it. */
    repeat: z.optional(RecurrenceRuleSchema),
    /** One day, `YYYY-MM-DD`, inside the session's phase, instead of `on` or `repeat`: a race, a time trial. */
    date: z.optional(LocalDateSchema),
    /** Local start time `HH:mm`; without it the session is all-day. */
    time: z.optional(LocalTimeSchema),
    /** The athlete may leave it out: rules that cap count it, rules that ask for enough do not rely on it. */
    optional: z.optional(z.boolean()),
  };
}

const recurrenceCheck = z.superRefine(
  (
    session: { on?: readonly string[] | undefined; repeat?: string | undefined; date?: string | undefined },
    context,
  ) => {
    const given = [session.on, session.repeat, session.date].filter((value) => value !== undefined).length;
    if (given !== 1) {
      addIssue(context, session, [], 'give exactly one of "on", "repeat" or "date"', "conflict");
    } else if (session.on && new Set(session.on).size !== session.on.length) {
      addIssue(context, session.on, ["on"], "lists a weekday twice", "conflict");
    }
  },
);

const STEP_SIZES = ["minutes", "seconds", "distanceKm", "distanceMi"] as const;

function stepSchema(limits: Limits) {
  return z
    .strictObject({
      /** Warm-up, work, recovery, rest, cool-down or steady running. */
      intent: z.enum(STEP_INTENTS),
      /** Length in minutes (give exactly one of minutes, seconds, distanceKm, distanceMi). */
      minutes: z.optional(z.number().check(z.gt(0), z.lte(1440))),
      /** Length in seconds. */
      seconds: z.optional(z.int().check(z.gte(1), z.lte(86_400))),
      /** Length in km; timed by a pace (the step's, else the session's, else the plan's). */
      distanceKm: z.optional(z.number().check(z.gt(0), z.lte(500))),
      /** Length in miles; timed by a pace as `distanceKm`. */
      distanceMi: z.optional(z.number().check(z.gt(0), z.lte(311))),
      /** RPE of the step, 0 to 10. */
      rpe: z.optional(RpeSchema),
      /** Target pace of the step. */
      pace: z.optional(PaceSchema),
      /** Free notes. */
      notes: z.optional(text(limits.maxStringLength)),
    })
    .check(
      z.superRefine((step, context) => {
        const given = STEP_SIZES.filter((name) => step[name] !== undefined);
        if (given.length !== 1) {
          addIssue(context, step, [], 'give one of "minutes", "seconds", "distanceKm", "distanceMi"', "conflict");
        }
      }),
    );
}

/** Steps and repeats, nested at most `depth` levels of repeats deep; one more level is a located `limit` issue. */
function stepListSchema(limits: Limits, depth: number): z.ZodMiniType<(Step | StepRepeat)[]> {
  const step = stepSchema(limits);
  const repeat = z.strictObject({
    /** How many times, 2 to 100. */
    repeat: z.int().check(z.gte(2), z.lte(limits.maxRepeat)),
    /** What is repeated. */
    steps:
      depth > 0
        ? stepListSchema(limits, depth - 1)
        : z.array(z.unknown()).check(
            z.superRefine((_steps, context) => {
              addIssue(context, _steps, [], `repeats nest at most ${String(limits.maxStepDepth)} deep`, "limit");
            }),
          ),
  });
  const list = z.array(z.union([step, repeat])).check(z.minLength(1));
  // The nesting is built level by level (no recursive schema), so the type is written by hand.
  return list as unknown as z.ZodMiniType<(Step | StepRepeat)[]>;
}

/** Counts the entries of a step tree as written (a repeat and each of its steps once, not multiplied). */
function countSteps(steps: readonly unknown[]): number {
  let count = 0;
  for (const item of steps) {
    count += 1;
    if (typeof item === "object" && item !== null && "steps" in item && Array.isArray(item.steps))
      count += countSteps(item.steps as unknown[]);
  }
  return count;
}

/** A field of a run or cross session that is set (a number, a range or a per-week array). */
const isSet = (value: unknown) => value !== undefined;

/** Checks of runs and cross sessions: their size, steps and which fields go together. */
function aerobicCheck(limits: Limits) {
  return z.superRefine(
    (
      session: {
        kind: string;
        runType?: string;
        modality?: string;
        minutes?: unknown;
        distanceKm?: unknown;
        distanceMi?: unknown;
        steps?: readonly unknown[] | undefined;
        priority?: string | undefined;
        pace?: string | undefined;
      },
      context,
    ) => {
      if (isSet(session.distanceKm) && isSet(session.distanceMi)) {
        addIssue(context, session, ["distanceMi"], 'give "distanceKm" or "distanceMi", not both', "conflict");
      }
      const walk = session.modality === "walk" || session.modality === "hike";
      const sized =
        isSet(session.minutes) ||
        session.steps !== undefined ||
        ((session.kind === "run" || walk) && (isSet(session.distanceKm) || isSet(session.distanceMi)));
      if (!sized)
        addIssue(
          context,
          session,
          ["minutes"],
          "is required (or steps, or for runs, walks and hikes a distance)",
          "required",
        );
      if (session.priority !== undefined && session.runType !== "race") {
        addIssue(context, session, ["priority"], "only races take a priority", "conflict");
      }
      if (session.steps !== undefined) {
        const count = countSteps(session.steps);
        if (count > limits.maxStepsPerSession) {
          addIssue(
            context,
            session,
            ["steps"],
            `has ${String(count)} steps; the limit is ${String(limits.maxStepsPerSession)}`,
            "limit",
          );
        }
      }
    },
  );
}

/** Builds the session schema for the given limits. */
export function createSessionSchema(limits: Limits) {
  const weekly = (value: z.ZodMiniType<number>) => weeklyOf(value, limits.maxWeeks);
  const common = commonFields(limits, MinutesSchema);
  const aerobicCommon = commonFields(limits, z.optional(weekly(MinutesSchema)));
  const steps = stepListSchema(limits, limits.maxStepDepth);
  const aerobic = {
    /** Session RPE on the CR-10 scale, 0 to 10: a number, a range or one entry per week. */
    rpe: weekly(RpeSchema),
  };
  return z.discriminatedUnion("kind", [
    z
      .strictObject({
        /** A run. */
        kind: z.literal("run"),
        ...aerobicCommon,
        /** Easy, recovery, long, tempo, intervals, hills, strides, race or fartlek. */
        runType: z.enum(RUN_TYPES),
        ...aerobic,
        /** Distance in km (before progression). */
        distanceKm: z.optional(weekly(z.number().check(z.gt(0), z.lte(500)))),
        /** Distance in miles (before progression); not with `distanceKm`. */
        distanceMi: z.optional(weekly(z.number().check(z.gt(0), z.lte(311)))),
        /** Target pace; times a distance given without minutes. */
        pace: z.optional(PaceSchema),
        /** Warm-up, work, recoveries and cool-down: steps and repeats. */
        steps: z.optional(steps),
        /** A race's priority: A, B or C (the default). */
        priority: z.optional(z.enum(RACE_PRIORITIES)),
      })
      .check(recurrenceCheck, aerobicCheck(limits)),
    z
      .strictObject({
        /** Strength training. */
        kind: z.literal("strength"),
        ...common,
        /** Session RPE on the CR-10 scale, 0 to 10. */
        rpe: RpeSchema,
        /** The exercises, at least one (or give `focus`). */
        exercises: z.optional(
          z.array(exerciseSchema(limits)).check(z.minLength(1), z.maxLength(limits.maxExercisesPerSession)),
        ),
        /** What the session trains, instead of `exercises`: full-body, lower-body, upper-body or core. */
        focus: z.optional(z.enum(STRENGTH_FOCUSES)),
      })
      .check(
        recurrenceCheck,
        z.superRefine((session, context) => {
          if ((session.exercises === undefined) === (session.focus === undefined)) {
            addIssue(context, session, [], 'give one of "exercises" or "focus"', "conflict");
          }
        }),
      ),
    z
      .strictObject({
        /** Cross-training: non-running aerobic work. */
        kind: z.literal("cross"),
        ...aerobicCommon,
        /** Swim, bike, elliptical, row, ski, walk, hike or other. */
        modality: z.enum(CROSS_MODALITIES),
        ...aerobic,
        /** Distance in km (before progression). */
        distanceKm: z.optional(weekly(z.number().check(z.gt(0), z.lte(1000)))),
        /** Distance in miles; not with `distanceKm`. */
        distanceMi: z.optional(weekly(z.number().check(z.gt(0), z.lte(622)))),
        /** Target pace: times the distance of a walk or hike given without minutes, and steps given by distance. */
        pace: z.optional(PaceSchema),
        /** Warm-up, work, recoveries and cool-down: steps and repeats. */
        steps: z.optional(steps),
      })
      .check(recurrenceCheck, aerobicCheck(limits)),
    z
      .strictObject({
        /** Mobility work. */
        kind: z.literal("mobility"),
        ...common,
        /** Stretching, foam rolling or yoga. */
        practice: z.enum(MOBILITY_PRACTICES),
      })
      .check(recurrenceCheck),
    z
      .strictObject({
        /** Mental practice. */
        kind: z.literal("mental"),
        ...common,
        /** Visualization, mindfulness, goal-setting or a support check-in. */
        practice: z.enum(MENTAL_PRACTICES),
      })
      .check(recurrenceCheck),
  ]);
}

/**
 * The schema of one session of a phase: a run, strength, cross-training, mobility or mental session, told apart by
 * `kind`. Each recurs by `on` (weekdays) or by `repeat` (an RRULE), never both.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * SessionSchema.safeParse({ id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] }).success; //=> true
 * ```
 */
export const SessionSchema: z.ZodMiniType<Session> = /* @__PURE__ */ createSessionSchema(DEFAULT_LIMITS);

/** A session of a phase, as {@link SessionSchema} parses it. */
export type Session = DeepReadonly<z.output<ReturnType<typeof createSessionSchema>>>;
/** A session of one kind, e.g. `SessionOf<"run">`. */
export type SessionOf<K extends Session["kind"]> = Extract<
  Session,
  {
    /** The kind asked for. */
    readonly kind: K;
  }
>;
/** One exercise of a strength session. */
export interface Exercise extends DeepReadonly<NonNullable<SessionOf<"strength">["exercises"]>[number]> {}

/**
 * A range of a field, `{ min, max }` with `min <= max`.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * const easy = { id: "easy", kind: "run", runType: "easy", minutes: { min: 30, max: 45 }, rpe: 3, on: ["TU"] };
 * SessionSchema.safeParse(easy).success; //=> true
 * SessionSchema.safeParse({ ...easy, minutes: { min: 45, max: 30 } }).success; //=> false
 * ```
 */
export interface Range {
  /** The lower bound. */
  readonly min: number;
  /** The upper bound. */
  readonly max: number;
}

/**
 * A pace, minutes and seconds per km or per mile: `"4:50/km"`, `"8:15/mi"`.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * const long = { id: "long", kind: "run", runType: "long", distanceMi: 8, pace: "10:30/mi", rpe: 4, on: ["SU"] };
 * SessionSchema.safeParse(long).success; //=> true
 * SessionSchema.safeParse({ ...long, pace: "10:3/mi" }).success; //=> false
 * ```
 */
export type Pace = `${number}:${number}/${"km" | "mi"}`;

/**
 * One step of a structured workout: its intent and exactly one of `minutes`, `seconds`, `distanceKm`, `distanceMi`.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * const steps = [{ intent: "warmup", minutes: 10, rpe: 3 }, { intent: "work", minutes: 20, rpe: 7 }, { intent: "cooldown", minutes: 10 }];
 * SessionSchema.safeParse({ id: "t", kind: "run", runType: "tempo", rpe: 7, on: ["TH"], steps }).success; //=> true
 * ```
 */
export interface Step {
  /** warmup, work, recovery, rest, cooldown or steady. */
  readonly intent: (typeof STEP_INTENTS)[number];
  /** Length in minutes. */
  readonly minutes?: number;
  /** Length in seconds. */
  readonly seconds?: number;
  /** Length in km. */
  readonly distanceKm?: number;
  /** Length in miles. */
  readonly distanceMi?: number;
  /** RPE of the step, 0 to 10. */
  readonly rpe?: number;
  /** Target pace. */
  readonly pace?: string;
  /** Free notes. */
  readonly notes?: string;
}

/**
 * Steps repeated `repeat` times (2 to 100); a repeat may hold another repeat, no deeper.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * const intervals = { repeat: 3, steps: [{ intent: "work", distanceMi: 1, pace: "8:15/mi" }, { intent: "recovery", seconds: 90 }] };
 * SessionSchema.safeParse({ id: "i", kind: "run", runType: "intervals", rpe: 7, on: ["SA"], steps: [intervals] }).success; //=> true
 * ```
 */
export interface StepRepeat {
  /** How many times. */
  readonly repeat: number;
  /** The steps (and repeats) repeated. */
  readonly steps: readonly (Step | StepRepeat)[];
}

/**
 * The session as it takes place on one day, as occurrences carry it: for runs and cross-training, `minutes`, `rpe`,
 * `distanceKm` and `distanceMi` are plain numbers (the week's entry, or the midpoint of a range after progression);
 * the other kinds are their {@link Session} as written.
 *
 * @example
 * ```ts
 * import { expandPlan, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: { min: 30, max: 45 }, rpe: 3, on: ["TU"] },
 *   ] }],
 * });
 * const first = expandPlan(plan)[0];
 * first?.kind === "run" ? first.session.minutes : undefined; //=> 37.5
 * ```
 */
export type OccurrenceSession<K extends Session["kind"] = Session["kind"]> = K extends "run" | "cross"
  ? Omit<SessionOf<K>, "minutes" | "rpe" | "distanceKm" | "distanceMi" | "steps"> & {
      /** Minutes that day: the week's entry, the midpoint of a range after progression, the steps' total, or estimated from a pace. */
      readonly minutes: number;
      /** RPE that day (the midpoint of a range). */
      readonly rpe: number;
      /** Distance that day in km, miles converted. */
      readonly distanceKm?: number;
      /** Distance that day in miles, when the plan wrote miles (for displays in the plan's unit). */
      readonly distanceMi?: number;
      /** The steps, as given. */
      readonly steps?: readonly (Step | StepRepeat)[];
    }
  : SessionOf<K>;

/** A field of a run or cross session as written: a number, a range, or one entry per week (`null`: not that week). */
export type WeeklyValue = number | Range | readonly (number | Range | null)[];

/** The highest value a field as written can take (a range's max, the highest week), or undefined for only nulls. */
export function highestOf(value: WeeklyValue): number | undefined {
  const one = (entry: number | Range) => (typeof entry === "number" ? entry : entry.max);
  if (!Array.isArray(value)) return one(value as number | Range);
  let highest: number | undefined;
  for (const entry of value as readonly (number | Range | null)[])
    if (entry !== null) highest = Math.max(highest ?? -Infinity, one(entry));
  return highest;
}
