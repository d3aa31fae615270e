/**
 * A field a coach may write as one value, a range `{ min, max }`, or one entry per week of the phase: its schema, its
 * types, and how to read a week's entry or its highest value.
 */
import * as z from "zod/mini";
import { addIssue } from "./primitives.js";

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

/** A week's entry of a field as written: the field itself when it is not per week; `null` when the week has none. */
export function entryOf(value: WeeklyValue | undefined, weekIndex: number): number | Range | null | undefined {
  if (value === undefined || !Array.isArray(value)) return value as number | Range | undefined;
  return (value as readonly (number | Range | null)[])[weekIndex] ?? null;
}

/** A range `{ min, max }` of values that each pass `value`, with `min <= max`. */
export function rangeOf(value: z.ZodMiniType<number>) {
  return z
    .strictObject({
      /** The lower bound. */
      min: value,
      /** The upper bound, at least `min`. */
      max: value,
    })
    .check(
      z.superRefine((range, context) => {
        if (range.min > range.max) addIssue(context, range, ["max"], "must be at least min", "range");
      }),
    );
}

/**
 * A field a coach may write as one value, a range, or one entry per week of the phase (a value, a range or `null`).
 * The length of a per-week array is checked against the phase's weeks by the phase.
 */
export function weeklyOf(value: z.ZodMiniType<number>, maxWeeks: number) {
  const one = z.union([value, rangeOf(value)]);
  return z.union([value, rangeOf(value), z.array(z.nullable(one)).check(z.minLength(1), z.maxLength(maxWeeks))]);
}
