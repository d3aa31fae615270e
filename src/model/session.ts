/**
 * The session of a phase: the union of its five kinds (run, strength, cross, mobility, mental), the checks across its
 * fields, and the types that name it as written and as it takes place.
 */
import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { exerciseSchema } from "./exercises.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { choiceChecks, choiceFields } from "./alternatives.js";
import { PaceRefSchema } from "./pace.js";
import {
  addIssue,
  IdSchema,
  LocalTimeSchema,
  LocalDateSchema,
  MinutesSchema,
  RecurrenceRuleSchema,
  RpeSchema,
  text,
  WeekdaySchema,
} from "./primitives.js";
import { aerobicCheck, recurrenceCheck } from "./sessionChecks.js";
import { stepListSchema, type Step, type StepRepeat } from "./steps.js";
import { weeklyOf } from "./weekly.js";
import {
  CROSS_MODALITIES,
  EFFORTS,
  MENTAL_PRACTICES,
  MOBILITY_PRACTICES,
  RACE_PRIORITIES,
  RUN_TYPES,
  STRENGTH_FOCUSES,
} from "./vocabulary.js";

/** The fields every kind has; `minutes` keeps its place among them, so that parsed sessions keep their key order. */
function commonFields<M extends z.ZodMiniType>(limits: Limits, minutes: M, choices: ReturnType<typeof choiceFields>) {
  return {
    /** Unique among the sessions and habits of the plan. */
    id: IdSchema,
    /** A display name; calendars fall back to a generated summary. */
    name: z.optional(text(limits.maxStringLength)),
    /** Free notes for the athlete. */
    notes: z.optional(text(limits.maxStringLength)),
    /**
     * Duration in whole minutes, 1 to 1440 (before progression): a number, a range (`{ "min": 120 }`: 120 or more)
     * or one entry per week. Strength, cross-training, mobility and mental sessions may leave it out (docs/domain.md's
     * default for the kind).
     */
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
    ...choices,
  };
}

/** Builds the session schema for the given limits: the kinds twice, since alternatives say their fields. */
export function createSessionSchema(limits: Limits) {
  const kinds = sessionKinds(limits, choiceFields(sessionKinds(limits, choiceFields(undefined, 1)), limits.maxWeeks));
  return kinds.check(...choiceChecks(kinds));
}

/** The union of the kinds of session, each with the given fields of either/or and flexible days. */
function sessionKinds(limits: Limits, choices: ReturnType<typeof choiceFields>) {
  // Lengths may be open ranges ({ "min": 120 }); RPE may not.
  const weekly = (value: z.ZodMiniType<number>, open = true) => weeklyOf(value, limits.maxWeeks, open);
  const common = commonFields(limits, z.optional(weekly(MinutesSchema)), choices);
  const steps = stepListSchema(limits, limits.maxStepDepth);
  const effort = {
    /** Session RPE on the CR-10 scale, 0 to 10: a number, a range or one entry per week; without it, from `effort`. */
    rpe: z.optional(weekly(RpeSchema, false)),
    /** Effort in words (recovery to max), instead of `rpe`. */
    effort: z.optional(z.enum(EFFORTS)),
  };
  return z.discriminatedUnion("kind", [
    z
      .strictObject({
        /** A run. */
        kind: z.literal("run"),
        ...common,
        /** Easy, recovery, long, tempo, intervals, hills, strides, race, fartlek or time-trial. */
        runType: z.enum(RUN_TYPES),
        ...effort,
        /** Distance in km (before progression). */
        distanceKm: z.optional(weekly(z.number().check(z.gt(0), z.lte(500)))),
        /** Distance in miles (before progression); not with `distanceKm`. */
        distanceMi: z.optional(weekly(z.number().check(z.gt(0), z.lte(311)))),
        /** Target pace, or the name of one of the plan's paces; times a distance given without minutes. */
        pace: z.optional(PaceRefSchema),
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
        ...effort,
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
            addIssue(context, session, [], "session.exercisesOrFocus", "conflict");
          }
        }),
      ),
    z
      .strictObject({
        /** Cross-training: non-running aerobic work. */
        kind: z.literal("cross"),
        ...common,
        /** Swim, bike, elliptical, row, ski, walk, hike or other. */
        modality: z.enum(CROSS_MODALITIES),
        ...effort,
        /** Distance in km (before progression). */
        distanceKm: z.optional(weekly(z.number().check(z.gt(0), z.lte(1000)))),
        /** Distance in miles; not with `distanceKm`. */
        distanceMi: z.optional(weekly(z.number().check(z.gt(0), z.lte(622)))),
        /** Target pace: times the distance of a walk or hike given without minutes, and steps given by distance. */
        pace: z.optional(PaceRefSchema),
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
 * The session as it takes place on one day, as occurrences carry it: `minutes`, `rpe`, `distanceKm` and `distanceMi`
 * are plain numbers (the week's entry, the midpoint of a range after progression, the minimum of an open range, or
 * docs/domain.md's default for what the plan left out), and steps plain {@link Step}s.
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
  : K extends "strength"
    ? Omit<SessionOf<K>, "minutes" | "rpe"> & {
        /** Minutes that day: the week's entry, a range's midpoint, or the default for strength. */
        readonly minutes: number;
        /** RPE that day: the week's entry, a range's midpoint, or the effort's (else strength's default). */
        readonly rpe: number;
      }
    : Omit<SessionOf<K>, "minutes"> & {
        /** Minutes that day: the week's entry, a range's midpoint, or the default for the kind. */
        readonly minutes: number;
      };
