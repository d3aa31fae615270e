/**
 * The plan: its schema (phases, exceptions, habits, paces) and its types. The checks across its fields are in
 * planChecks.ts.
 */
import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { createHabitSchema } from "./habit.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { PACE_NAMES, PaceSchema } from "./pace.js";
import { checkCrossFields, checkWeeklyFields } from "./planChecks.js";
import { IdSchema, LocalDateSchema, text, TimeZoneSchema } from "./primitives.js";
import { createSessionSchema } from "./session.js";

/** Phase types of an off-season: transition (right after the season), base, pre-season. */
export const PHASE_TYPES = ["transition", "base", "pre-season"] as const;

/** A phase type: transition, base or pre-season. */
export type PhaseType = (typeof PHASE_TYPES)[number];

function exceptionSchema(limits: Limits) {
  const reason = z.optional(text(limits.maxStringLength));
  // An adjustment (shift, pause, swap, rest, travel): its action, its fields, and why, for the athlete.
  const adjustment = <A extends string, S extends z.core.$ZodLooseShape>(action: A, shape: S) =>
    z.strictObject({
      /** The adjustment: shift, pause, swap, rest or travel. */
      action: z.literal(action),
      ...shape,
      /** Why, for the athlete. */
      reason,
    });
  return z.discriminatedUnion("action", [
    z.strictObject({
      /** Drop the occurrences of the date (all sessions, or only `sessionId`). */
      action: z.literal("skip"),
      /** The date to skip. */
      date: LocalDateSchema,
      /** The one session to skip; without it every session of the date is skipped. */
      sessionId: z.optional(IdSchema),
      /** Why, for the athlete. */
      reason,
    }),
    z.strictObject({
      /** Move one session's occurrence to another date. */
      action: z.literal("move"),
      /** The session to move. */
      sessionId: IdSchema,
      /** The date it was planned on. */
      date: LocalDateSchema,
      /** The date it moves to, inside the plan. */
      to: LocalDateSchema,
      /** Why, for the athlete. */
      reason,
    }),
    adjustment("shift", {
      /** The first date that moves. */
      from: LocalDateSchema,
      /** Days to move by (not 0), negative to pull in; nothing may land before `from`. */
      days: z.int(),
      /** The one session to shift; without it every session shifts. */
      sessionId: z.optional(IdSchema),
    }),
    adjustment("pause", {
      /** The first day of the pause. */
      from: LocalDateSchema,
      /** The last day of the pause (on or after `from`). */
      to: LocalDateSchema,
      /** `shift`: what was planned from `from` on starts after `to`; `drop`: the days' occurrences are skipped. */
      mode: z.enum(["shift", "drop"]),
    }),
    adjustment("swap", {
      /** One date. */
      date: LocalDateSchema,
      /** The other date. */
      with: LocalDateSchema,
    }),
    adjustment("rest", {
      /** The day that becomes a rest day: every occurrence on or after it moves one day later. */
      date: LocalDateSchema,
    }),
    adjustment("travel", {
      /** The first day away. */
      from: LocalDateSchema,
      /** The last day away (on or after `from`). */
      to: LocalDateSchema,
      /** IANA time zone of those days: their sessions keep their wall times there. */
      timezone: TimeZoneSchema,
    }),
  ]);
}

function phaseSchema(limits: Limits) {
  return z
    .strictObject({
      /** Unique among the phases of the plan. */
      id: IdSchema,
      /** A display name. */
      name: z.optional(text(limits.maxStringLength)),
      /** Transition, base or pre-season; see `phaseType` for the default. */
      type: z.optional(z.enum(PHASE_TYPES)),
      /** Length in weeks. */
      weeks: z.int().check(z.gte(1), z.lte(limits.maxWeeks)),
      /** Weekly multipliers on run minutes and km, cycling (e.g. `[1, 1.08, 1.16, 0.8]`). */
      progression: z.optional(z.array(z.number().check(z.gt(0), z.lte(3))).check(z.minLength(1), z.maxLength(52))),
      /** The sessions of every week of the phase. */
      sessions: z.array(createSessionSchema(limits)).check(z.maxLength(limits.maxSessionsPerPhase)),
    })
    .check(z.superRefine(checkWeeklyFields));
}

/**
 * A plan's paces by run type, `m:ss/km` or `m:ss/mi`: they time distances given without minutes; `easy` also times
 * every run type without its own. Race paces (`mile`, `5k`, `10k`, `half`, `marathon`) are there for a session's or
 * step's `pace` to name (`"pace": "5k"`), as any key here may be; `trainingPaces` returns such an object.
 *
 * @example
 * ```ts
 * import { PlanSchema } from "offseason";
 * const plan = { version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02", paces: { easy: "10:00/mi", tempo: "8:15/mi" },
 *   phases: [{ id: "base", weeks: 1, sessions: [{ id: "long", kind: "run", runType: "long", distanceMi: 6, rpe: 4, on: ["SU"] }] }] };
 * PlanSchema.safeParse(plan).success; //=> true
 * ```
 */
export type PlanPaces = {
  /** Easy runs, and the fallback of every run type without a pace. */
  readonly easy?: string;
  /** Recovery runs. */
  readonly recovery?: string;
  /** Long runs. */
  readonly long?: string;
  /** Tempo runs. */
  readonly tempo?: string;
  /** Interval sessions. */
  readonly intervals?: string;
  /** Hill repeats. */
  readonly hills?: string;
  /** Easy runs with strides. */
  readonly strides?: string;
  /** Races. */
  readonly race?: string;
  /** Fartlek runs. */
  readonly fartlek?: string;
  /** Time trials. */
  readonly "time-trial"?: string;
  /** Mile race pace. */
  readonly mile?: string;
  /** 5 km race pace. */
  readonly "5k"?: string;
  /** 10 km race pace. */
  readonly "10k"?: string;
  /** Half-marathon race pace. */
  readonly half?: string;
  /** Marathon race pace. */
  readonly marathon?: string;
};

// Built from the run types and race paces (a pace each, none required), so that a new run type gets its pace key.
export const pacesSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    Object.fromEntries(PACE_NAMES.map((name) => [name, z.optional(PaceSchema)])),
  ))() as unknown as z.ZodMiniType<PlanPaces>;

/** Builds the plan schema for the given limits. */
export function createPlanSchema(limits: Limits) {
  return z
    .strictObject({
      /** A JSON Schema reference for editors; ignored. */
      $schema: z.optional(text(limits.maxStringLength)),
      /** Format version, 1. */
      version: z.literal(1),
      /** The plan's id. */
      id: IdSchema,
      /** A display name. */
      name: z.optional(text(limits.maxStringLength)),
      /** IANA time zone of all dates and times of the plan. */
      timezone: TimeZoneSchema,
      /** First day of week 1; weeks are 7-day blocks from here. */
      startDate: LocalDateSchema,
      /** Paces by run type and race (`"8:15/mi"`, `"4:50/km"`), `easy` the fallback: they time distances given without minutes; a `pace` may name one. */
      paces: z.optional(pacesSchema),
      /** The phases, in order. */
      phases: z.array(phaseSchema(limits)).check(z.minLength(1), z.maxLength(limits.maxWeeks)),
      /** Hydration, nutrition and sleep habits across the whole plan. */
      habits: z.optional(z.array(createHabitSchema(limits)).check(z.maxLength(limits.maxHabits))),
      /** Skips and moves of single dates or occurrences, and adjustments (shift, pause, swap, rest, travel), applied in order. */
      exceptions: z.optional(z.array(exceptionSchema(limits)).check(z.maxLength(limits.maxExceptions))),
    })
    .check(
      z.superRefine((plan, context) => {
        checkCrossFields(plan, context, limits);
      }),
    );
}

/**
 * The schema of a plan (format version 1): its time zone, start date, phases of weekly sessions, habits and
 * exceptions. Cross-field rules are part of it: unique ids, exceptions that point at real sessions and at dates inside
 * the plan, and at most 104 weeks in all.
 *
 * @example
 * ```ts
 * import { PlanSchema } from "offseason";
 * const result = PlanSchema.safeParse({ version: 1 });
 * result.success; //=> false
 * ```
 */
export const PlanSchema: z.ZodMiniType<Plan> = /* @__PURE__ */ createPlanSchema(DEFAULT_LIMITS);

/** A plan, as {@link PlanSchema} parses it. */
export interface Plan extends DeepReadonly<z.output<ReturnType<typeof createPlanSchema>>> {}
/** One phase of a plan. */
export interface Phase extends DeepReadonly<z.output<ReturnType<typeof createPlanSchema>>["phases"][number]> {}
/** An exception of a plan: a skip or a move, or an adjustment (shift, pause, swap, rest, travel). */
export type PlanException = NonNullable<Plan["exceptions"]>[number];
