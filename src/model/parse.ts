import type * as z from "zod/mini";
import { ActivitiesSchema, createActivitiesSchema, type Activity } from "./activity.js";
import { createAthleteSchema, AthleteSchema, type Athlete } from "./athlete.js";
import {
  isOffseasonError,
  issueAt,
  MAX_ISSUES,
  OffseasonError,
  type OffseasonIssue,
  type PathSegment,
} from "./errors.js";
import { resolveLimits, type Limits } from "./limits.js";
import { createPlanSchema, PlanSchema, type Plan } from "./plan.js";

/**
 * Options of {@link parsePlan}, {@link safeParsePlan}, {@link parseAthlete}, {@link safeParseAthlete},
 * {@link parseActivities} and {@link safeParseActivities}.
 */
export interface ParseOptions {
  /**
   * Overrides of the {@link DEFAULT_LIMITS}, e.g. `{ maxWeeks: 52 }`. Each must be a positive whole number (a safe
   * integer): `NaN`, `Infinity`, `0`, `-1`, `1.5` or `"10"` give an {@link OffseasonError} with code `config` (thrown by
   * `parse*`, returned by `safeParse*`) whose issue path names the option, e.g. `limits.maxWeeks`.
   */
  readonly limits?: Partial<Limits>;
}

/** The result of a `safeParse*` function: the parsed value, or the error that `parse*` would have thrown. */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The parsed value. */
      readonly data: T;
    }
  | {
      /** The input is invalid. */
      readonly success: false;
      /** Every problem, located. */
      readonly error: OffseasonError;
    };

type RawIssue = z.core.$ZodRawIssue;
type FinalIssue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((value) => JSON.stringify(value));
  return values.length > 12 ? `${shown.join(", ")}, ...` : shown.join(", ");
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  int: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** `1 item`, `2 items`: the count and its noun, singular for exactly one. */
function countOf(value: unknown, one: string, many: string): string {
  return `${String(value)} ${value === 1 || value === 1n ? one : many}`;
}

function bound(issue: { origin?: string; inclusive?: boolean }, value: unknown, words: [string, string]): string {
  if (issue.origin === "string") return `must be ${words[0]} ${countOf(value, "character", "characters")} long`;
  if (issue.origin === "array") return `must have ${words[0]} ${countOf(value, "item", "items")}`;
  return `must be ${issue.inclusive === false ? words[1] : words[0]} ${String(value)}`;
}

/** Writes a plain message for each zod issue; offseason's own checks carry their messages with them. */
function messageOf(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is required";
      if (issue.expected === "int" && typeof issue.input === "number" && Number.isFinite(issue.input)) {
        return `must be a whole number, not ${String(issue.input)}`;
      }
      const expected = EXPECTED_NAMES[issue.expected] ?? String(issue.expected);
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case "too_small":
      return bound(issue, issue.minimum, ["at least", "greater than"]);
    case "too_big":
      return bound(issue, issue.maximum, ["at most", "less than"]);
    case "invalid_value":
      if (issue.input === undefined) return `is required (one of ${quoteList(issue.values)})`;
      return issue.values.length === 1
        ? `must be ${quoteList(issue.values)}`
        : `must be one of ${quoteList(issue.values)}`;
    case "invalid_union":
      return "does not match any allowed form";
    case "unrecognized_keys":
      return "is not a known field";
    default:
      return "is invalid";
  }
}

function codeOf(issue: FinalIssue): string {
  if (issue.code === "custom") {
    const code: unknown = issue.params?.code;
    return typeof code === "string" ? code : "custom";
  }
  if (issue.code === "too_big" && (issue.origin === "string" || issue.origin === "array")) return "limit";
  return issue.code;
}

function segmentsOf(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * The issues of the alternative of a union (a number, a range or a per-week array; a step or a repeat) that the input
 * came closest to: one whose type matched at the top, then one without unknown fields, then the fewest issues, then
 * the first. So `"rpe": "7"` says what an RPE must be, and `{ "min": 3 }` that `max` is required.
 */
function closestAlternative(alternatives: readonly (readonly FinalIssue[])[]): readonly FinalIssue[] {
  const distance = (issues: readonly FinalIssue[]) =>
    (issues.some((inner) => inner.code === "invalid_type" && inner.path.length === 0) ? 2 : 0) +
    (issues.some((inner) => inner.code === "unrecognized_keys" && inner.path.length === 0) ? 1 : 0);
  let best = alternatives[0] ?? [];
  for (const issues of alternatives.slice(1)) {
    const [a, b] = [distance(issues), distance(best)];
    if (a < b || (a === b && issues.length < best.length)) best = issues;
  }
  return best;
}

/**
 * Turns zod's issues into offseason's: one per unknown key, each with a JSON path and a plain message. Stops making
 * them at {@link MAX_ISSUES} (1e6 unknown keys must not cost 1e6 issues) but counts them all.
 */
function toIssues(issues: readonly FinalIssue[]): { readonly issues: OffseasonIssue[]; readonly count: number } {
  const result: OffseasonIssue[] = [];
  let count = 0;
  const add = (segments: readonly PathSegment[], message: string, code: string) => {
    count += 1;
    if (result.length < MAX_ISSUES) result.push(issueAt(segments, message, code));
  };
  const take = (issue: FinalIssue, prefix: readonly PathSegment[]) => {
    const at = [...prefix, ...segmentsOf(issue.path)];
    if (issue.code === "unrecognized_keys") {
      const room = Math.max(0, MAX_ISSUES - result.length);
      for (const key of issue.keys.slice(0, room)) add([...at, key], issue.message, issue.code);
      count += issue.keys.length - Math.min(room, issue.keys.length);
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      for (const inner of closestAlternative(issue.errors)) take(inner, at);
    } else if (issue.code === "invalid_union" && issue.errors.length === 0 && "options" in issue) {
      const options = (issue as { options?: readonly unknown[] }).options ?? [];
      add(at, `must be one of ${quoteList(options)}`, "invalid_value");
    } else {
      add(at, issue.message, codeOf(issue));
    }
  };
  for (const issue of issues) take(issue, []);
  return { issues: result, count };
}

function errorCode(issues: readonly OffseasonIssue[]): "invalid" | "limit" {
  return issues.some((issue) => issue.code === "limit") ? "limit" : "invalid";
}

function safeParseWith<T>(schema: z.ZodMiniType, input: unknown, what: string): SafeParseResult<T> {
  const result = schema.safeParse(input, { error: messageOf });
  if (result.success) return { success: true, data: result.data as T };
  const { issues, count } = toIssues(result.error.issues);
  return {
    success: false,
    error: new OffseasonError(errorCode(issues), `Invalid ${what}`, issues, { issueCount: count }),
  };
}

/** The limits of one parse: undefined for the defaults (the prebuilt schema), else the checked overrides. */
function withLimits(options: ParseOptions | undefined): SafeParseResult<Limits | undefined> {
  if (!options?.limits) return { success: true, data: undefined };
  try {
    return { success: true, data: resolveLimits(options.limits) };
  } catch (error) {
    if (isOffseasonError(error)) return { success: false, error };
    throw error;
  }
}

/**
 * Checks an untrusted value (e.g. from `JSON.parse`) against the plan format, without throwing.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns `{ success: true, data }` with the plan, or `{ success: false, error }` with an {@link OffseasonError}
 * (code `invalid` or `limit`) that lists every problem with its JSON path (at most {@link MAX_ISSUES}; `issueCount`
 * counts them all), or code `config` for a limit override that is not a positive whole number.
 * @example
 * ```ts
 * import { safeParsePlan } from "offseason";
 * const result = safeParsePlan({ version: 2 });
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path));
 * ```
 */
export function safeParsePlan(input: unknown, options?: ParseOptions): SafeParseResult<Plan> {
  const limits = withLimits(options);
  if (!limits.success) return limits;
  return safeParseWith<Plan>(limits.data ? createPlanSchema(limits.data) : PlanSchema, input, "plan");
}

/**
 * Checks an untrusted value against the plan format.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns The plan.
 * @throws {@link OffseasonError} with code `invalid` (or `limit` when a limit is exceeded), listing every problem with
 * its JSON path; code `config` for a limit override that is not a positive whole number.
 * @example
 * ```ts
 * import { parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "winter", timezone: "Europe/London", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 4, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "SA"] },
 *   ] }],
 * });
 * plan.phases[0]?.weeks; //=> 4
 * ```
 */
export function parsePlan(input: unknown, options?: ParseOptions): Plan {
  const result = safeParsePlan(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Checks an untrusted value against the athlete format, without throwing.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns `{ success: true, data }` with the athlete, or `{ success: false, error }` with an {@link OffseasonError}
 * (code `invalid`, `limit`, or `config` for a bad limit override).
 * @example
 * ```ts
 * import { safeParseAthlete } from "offseason";
 * safeParseAthlete({ id: "ana" }).success; //=> false
 * ```
 */
export function safeParseAthlete(input: unknown, options?: ParseOptions): SafeParseResult<Athlete> {
  const limits = withLimits(options);
  if (!limits.success) return limits;
  return safeParseWith<Athlete>(limits.data ? createAthleteSchema(limits.data) : AthleteSchema, input, "athlete");
}

/**
 * Checks an untrusted value against the athlete format.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns The athlete.
 * @throws {@link OffseasonError} with code `invalid` (or `limit`), listing every problem with its JSON path; code
 * `config` for a limit override that is not a positive whole number.
 * @example
 * ```ts
 * import { parseAthlete } from "offseason";
 * const day = { available: true };
 * const athlete = parseAthlete({
 *   id: "ana", level: "beginner", timezone: "Europe/Berlin",
 *   availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
 * });
 * athlete.level; //=> "beginner"
 * ```
 */
export function parseAthlete(input: unknown, options?: ParseOptions): Athlete {
  const result = safeParseAthlete(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Checks an untrusted value (e.g. a watch export mapped to activities) against the activities format, without
 * throwing: an array of at most `maxActivities` (20,000) activities with unique ids.
 *
 * @param input - Any value.
 * @param options - Limit overrides (`maxActivities`, `maxStringLength`).
 * @returns `{ success: true, data }` with the activities, or `{ success: false, error }` with an
 * {@link OffseasonError} (code `invalid`, `limit`, or `config` for a bad limit override) whose issues are located
 * like `[3].minutes`.
 * @example
 * ```ts
 * import { safeParseActivities } from "offseason";
 * const result = safeParseActivities([{ id: "a1", date: "2026-11-03", kind: "run", minutes: 0 }]);
 * result.success ? undefined : result.error.issues[0]?.path; //=> "[0].minutes"
 * ```
 */
export function safeParseActivities(input: unknown, options?: ParseOptions): SafeParseResult<readonly Activity[]> {
  const limits = withLimits(options);
  if (!limits.success) return limits;
  return safeParseWith<readonly Activity[]>(
    limits.data ? createActivitiesSchema(limits.data) : ActivitiesSchema,
    input,
    "activities",
  );
}

/**
 * Checks an untrusted value against the activities format.
 *
 * @param input - Any value.
 * @param options - Limit overrides (`maxActivities`, `maxStringLength`).
 * @returns The activities, in the order given.
 * @throws {@link OffseasonError} with code `invalid` (or `limit`), listing every problem with its JSON path
 * (`[3].minutes`); code `config` for a limit override that is not a positive whole number.
 * @example
 * ```ts
 * import { parseActivities } from "offseason";
 * const activities = parseActivities([
 *   { id: "a1", date: "2026-11-03", start: "2026-11-03T07:02:00-05:00", kind: "run", minutes: 41, rpe: 3 },
 * ]);
 * activities[0]?.minutes; //=> 41
 * ```
 */
export function parseActivities(input: unknown, options?: ParseOptions): readonly Activity[] {
  const result = safeParseActivities(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
