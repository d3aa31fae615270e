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

/**
 * A range of a session's length that may be open above: `{ min: 120 }` is "120 or more" (volume, load and caps read
 * its minimum).
 *
 * @example
 * ```ts
 * import { SessionSchema } from "offseason";
 * SessionSchema.safeParse({ id: "long", kind: "run", runType: "long", minutes: { min: 120 }, rpe: 4, on: ["SU"] }).success; //=> true
 * ```
 */
export interface OpenRange {
  /** The lower bound. */
  readonly min: number;
  /** The upper bound; without it, no upper bound. */
  readonly max?: number;
}

/** A field of a session as written: a number, a range, or one entry per week (`null`: not that week). */
export type WeeklyValue = number | OpenRange | readonly (number | OpenRange | null)[];

/** The value a range's cap reads: its max, or its min when it is open. */
const upper = (entry: number | OpenRange) => (typeof entry === "number" ? entry : (entry.max ?? entry.min));

/** The highest value a field as written can take (a range's max, the highest week), or undefined for only nulls. */
export function highestOf(value: WeeklyValue): number | undefined {
  if (!Array.isArray(value)) return upper(value as number | OpenRange);
  let highest: number | undefined;
  for (const entry of value as readonly (number | OpenRange | null)[])
    if (entry !== null) highest = Math.max(highest ?? -Infinity, upper(entry));
  return highest;
}

/** A week's entry of a field as written: the field itself when it is not per week; `null` when the week has none. */
export function entryOf(value: WeeklyValue | undefined, weekIndex: number): number | OpenRange | null | undefined {
  if (value === undefined || !Array.isArray(value)) return value as number | OpenRange | undefined;
  return (value as readonly (number | OpenRange | null)[])[weekIndex] ?? null;
}

/** A range `{ min, max }` of values that each pass `value`, with `min <= max`; `max` may be left out when `open`. */
export function rangeOf(value: z.ZodMiniType<number>, open = false) {
  return z
    .strictObject({
      /** The lower bound. */
      min: value,
      /** The upper bound, at least `min`. */
      max: open ? z.optional(value) : value,
    })
    .check(
      z.superRefine((range, context) => {
        if (range.max !== undefined && range.min > range.max) addIssue(context, range, ["max"], "range.order", "range");
      }),
    );
}

/**
 * A field a coach may write as one value, a range, or one entry per week of the phase (a value, a range or `null`).
 * The length of a per-week array is checked against the phase's weeks by the phase. `open` lets a range leave out
 * its max (lengths); `steps` leaves out `null` (a step has a length every week).
 */
export function weeklyOf(value: z.ZodMiniType<number>, maxWeeks: number, open = false, steps = false) {
  const range = rangeOf(value, open);
  const one = z.union([value, range]);
  return z.union([value, range, z.array(steps ? one : z.nullable(one)).check(z.minLength(1), z.maxLength(maxWeeks))]);
}
