import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import {
  IdSchema,
  issueParams,
  LocalTimeSchema,
  MinutesSchema,
  RecurrenceRuleSchema,
  RpeSchema,
  text,
  WeekdaySchema,
} from "./primitives.js";

/** Run types. Tempo, intervals, hills and race runs are hard whatever their RPE. */
export const RUN_TYPES = ["easy", "recovery", "long", "tempo", "intervals", "hills", "strides", "race"] as const;
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
          context.addIssue({
            code: "custom",
            message: 'give either "reps" or "seconds" (one of them, not both)',
            input: exercise,
            path: [],
            ...issueParams("conflict"),
          });
        }
        if (exercise.name === "other") {
          if (exercise.pattern === undefined) {
            context.addIssue({
              code: "custom",
              message:
                'an exercise named "other" needs a "pattern" (knee-dominant, hip-hinge, calf-foot, trunk, plyometric or upper)',
              input: exercise,
              path: ["pattern"],
              ...issueParams("conflict"),
            });
          }
        } else if (exercise.pattern !== undefined && exercise.pattern !== EXERCISE_PATTERNS[exercise.name]) {
          context.addIssue({
            code: "custom",
            message: `${exercise.name} is a ${EXERCISE_PATTERNS[exercise.name]} exercise; drop "pattern" or use name "other"`,
            input: exercise,
            path: ["pattern"],
            ...issueParams("conflict"),
          });
        }
      }),
    );
}

function commonFields(limits: Limits) {
  return {
    /** Unique among the sessions and habits of the plan. */
    id: IdSchema,
    /** A display name; calendars fall back to a generated summary. */
    name: z.optional(text(limits.maxStringLength)),
    /** Free notes for the athlete. */
    notes: z.optional(text(limits.maxStringLength)),
    /** Duration in whole minutes, 1 to 1440 (before progression). */
    minutes: MinutesSchema,
    /** Weekdays the session recurs on every week; sugar for `FREQ=WEEKLY;BYDAY=...`. */
    on: z.optional(z.array(WeekdaySchema).check(z.minLength(1), z.maxLength(7))),
    /** An RFC 5545 RRULE without DTSTART; the phase start is its start and the phase end bounds it. */
    repeat: z.optional(RecurrenceRuleSchema),
    /** Local start time `HH:mm`; without it the session is all-day. */
    time: z.optional(LocalTimeSchema),
  };
}

const recurrenceCheck = z.superRefine(
  (session: { on?: readonly string[] | undefined; repeat?: string | undefined }, context) => {
    if ((session.on === undefined) === (session.repeat === undefined)) {
      context.addIssue({
        code: "custom",
        message: 'give either "on" (weekdays) or "repeat" (an RRULE), exactly one of them',
        input: session,
        path: [],
        ...issueParams("conflict"),
      });
    } else if (session.on && new Set(session.on).size !== session.on.length) {
      context.addIssue({
        code: "custom",
        message: "lists a weekday twice",
        input: session.on,
        path: ["on"],
        ...issueParams("conflict"),
      });
    }
  },
);

/** Builds the session schema for the given limits. */
export function createSessionSchema(limits: Limits) {
  const common = commonFields(limits);
  return z.discriminatedUnion("kind", [
    z
      .strictObject({
        /** A run. */
        kind: z.literal("run"),
        ...common,
        /** Easy, recovery, long, tempo, intervals, hills, strides or race. */
        runType: z.enum(RUN_TYPES),
        /** Session RPE on the CR-10 scale, 0 to 10. */
        rpe: RpeSchema,
        /** Distance in km (before progression). */
        distanceKm: z.optional(z.number().check(z.gt(0), z.lte(500))),
      })
      .check(recurrenceCheck),
    z
      .strictObject({
        /** Strength training. */
        kind: z.literal("strength"),
        ...common,
        /** Session RPE on the CR-10 scale, 0 to 10. */
        rpe: RpeSchema,
        /** The exercises, at least one. */
        exercises: z.array(exerciseSchema(limits)).check(z.minLength(1), z.maxLength(limits.maxExercisesPerSession)),
      })
      .check(recurrenceCheck),
    z
      .strictObject({
        /** Cross-training: non-running aerobic work. */
        kind: z.literal("cross"),
        ...common,
        /** Swim, bike, elliptical, row, ski, walk, hike or other. */
        modality: z.enum(CROSS_MODALITIES),
        /** Session RPE on the CR-10 scale, 0 to 10. */
        rpe: RpeSchema,
        /** Distance in km (before progression). */
        distanceKm: z.optional(z.number().check(z.gt(0), z.lte(1000))),
      })
      .check(recurrenceCheck),
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
export interface Exercise extends DeepReadonly<SessionOf<"strength">["exercises"][number]> {}
