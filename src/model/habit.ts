import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { addIssue, IdSchema, LocalTimeSchema, RecurrenceRuleSchema, text } from "./primitives.js";

/** Habit categories. */
export const HABIT_CATEGORIES = ["hydration", "nutrition", "sleep"] as const;
/** What a nutrition habit attends to. */
export const NUTRITION_FOCUSES = ["lean-protein", "complex-carbs", "fruit-vegetables", "mindful-eating"] as const;

function commonFields(limits: Limits) {
  return {
    /** Unique among the sessions and habits of the plan. */
    id: IdSchema,
    /** A display name. */
    name: z.optional(text(limits.maxStringLength)),
    /** Free notes for the athlete. */
    notes: z.optional(text(limits.maxStringLength)),
    /** An RFC 5545 RRULE without DTSTART, starting on the plan start date. */
    repeat: z.optional(RecurrenceRuleSchema),
    /** `before-each-run`: one occurrence per run. */
    when: z.optional(z.literal("before-each-run")),
    /** Local time `HH:mm` of a `repeat` habit; without it the habit is all-day. */
    time: z.optional(LocalTimeSchema),
  };
}

const recurrenceCheck = /* @__PURE__ */ (() =>
  z.superRefine(
    (habit: { repeat?: string | undefined; when?: string | undefined; time?: string | undefined }, context) => {
      if ((habit.repeat === undefined) === (habit.when === undefined)) {
        addIssue(context, habit, [], "habit.repeatOrWhen", "conflict");
      } else if (habit.when !== undefined && habit.time !== undefined) {
        addIssue(context, habit, ["time"], "habit.timeBeforeRun", "conflict");
      }
    },
  ))();

/** Builds the habit schema for the given limits. */
export function createHabitSchema(limits: Limits) {
  const common = commonFields(limits);
  return z.discriminatedUnion("category", [
    z
      .strictObject({
        /** Drinking enough before running. */
        category: z.literal("hydration"),
        ...common,
        /** Fluid target in mL per kg of body mass (5-7 recommended). */
        mlPerKg: z.optional(z.number().check(z.gt(0), z.lte(30))),
        /** Hours before the run to drink it (at least 4 recommended). */
        hoursBefore: z.optional(z.number().check(z.gte(0), z.lte(24))),
      })
      .check(recurrenceCheck),
    z
      .strictObject({
        /** A balanced-diet habit. */
        category: z.literal("nutrition"),
        ...common,
        /** Lean protein, complex carbohydrates, fruit and vegetables, or mindful eating. */
        focus: z.enum(NUTRITION_FOCUSES),
        /** Daily target in g per kg of body mass, for protein or carbohydrate. */
        gPerKg: z.optional(z.number().check(z.gt(0), z.lte(20))),
      })
      .check(
        recurrenceCheck,
        z.superRefine((habit, context) => {
          if (habit.gPerKg !== undefined && habit.focus !== "lean-protein" && habit.focus !== "complex-carbs") {
            addIssue(context, habit, ["gPerKg"], "habit.gPerKg", "conflict");
          }
        }),
      ),
    z
      .strictObject({
        /** A sleep target. */
        category: z.literal("sleep"),
        ...common,
        /** Hours of sleep a night. */
        hours: z.number().check(z.gt(0), z.lte(16)),
      })
      .check(recurrenceCheck),
  ]);
}

/**
 * The schema of a habit: hydration (`mlPerKg`, `hoursBefore`), nutrition (`focus`, `gPerKg`) or sleep (`hours`),
 * told apart by `category`. A habit recurs by `repeat` (an RRULE) or by `when: "before-each-run"`.
 *
 * @example
 * ```ts
 * import { HabitSchema } from "offseason";
 * HabitSchema.safeParse({ id: "fluids", category: "hydration", when: "before-each-run", mlPerKg: 6, hoursBefore: 4 }).success; //=> true
 * ```
 */
export const HabitSchema: z.ZodMiniType<Habit> = /* @__PURE__ */ createHabitSchema(DEFAULT_LIMITS);

/** A habit, as {@link HabitSchema} parses it. */
export type Habit = DeepReadonly<z.output<ReturnType<typeof createHabitSchema>>>;
