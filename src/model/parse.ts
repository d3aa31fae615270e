import type * as z from "zod/mini";
import { createAthleteSchema, AthleteSchema, type Athlete } from "./athlete.js";
import { formatPath, OffseasonError, type OffseasonIssue } from "./errors.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { createPlanSchema, PlanSchema, type Plan } from "./plan.js";

/** Options of {@link parsePlan}, {@link safeParsePlan}, {@link parseAthlete} and {@link safeParseAthlete}. */
export interface ParseOptions {
  /** Overrides of the {@link DEFAULT_LIMITS}, e.g. `{ maxWeeks: 52 }`. */
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

function bound(issue: { origin?: string; inclusive?: boolean }, value: unknown, words: [string, string]): string {
  const limit = String(value);
  if (issue.origin === "string") return `must be ${words[0]} ${limit} characters long`;
  if (issue.origin === "array") return `must have ${words[0]} ${limit} items`;
  return `must be ${issue.inclusive === false ? words[1] : words[0]} ${limit}`;
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
      return issue.values.length === 1 ? `must be ${quoteList(issue.values)}` : `must be one of ${quoteList(issue.values)}`;
    case "invalid_union":
      return "does not match any allowed form";
    case "unrecognized_keys":
      return "is not a known field";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
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

/** Turns zod's issues into offseason's: one per unknown key, each with a JSON path and a plain message. */
function toIssues(issues: readonly FinalIssue[]): OffseasonIssue[] {
  const result: OffseasonIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) result.push({ path: formatPath([...issue.path, key]), message: issue.message, code: issue.code });
    } else if (issue.code === "invalid_union" && issue.errors.length === 0 && "options" in issue) {
      const options = (issue as { options?: readonly unknown[] }).options ?? [];
      result.push({ path: formatPath(issue.path), message: `must be one of ${quoteList(options)}`, code: "invalid_value" });
    } else {
      result.push({ path: formatPath(issue.path), message: issue.message, code: codeOf(issue) });
    }
  }
  return result;
}

function errorCode(issues: readonly OffseasonIssue[]): "invalid" | "limit" {
  return issues.some((issue) => issue.code === "limit") ? "limit" : "invalid";
}

function safeParseWith<T>(schema: z.ZodMiniType, input: unknown, what: string): SafeParseResult<T> {
  const result = schema.safeParse(input, { error: messageOf });
  if (result.success) return { success: true, data: result.data as T };
  const issues = toIssues(result.error.issues);
  return { success: false, error: new OffseasonError(errorCode(issues), `Invalid ${what}`, issues) };
}

function withLimits(options: ParseOptions | undefined): Limits | undefined {
  return options?.limits ? { ...DEFAULT_LIMITS, ...options.limits } : undefined;
}

/**
 * Checks an untrusted value (e.g. from `JSON.parse`) against the plan format, without throwing.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns `{ success: true, data }` with the plan, or `{ success: false, error }` with an {@link OffseasonError}
 * (code `invalid` or `limit`) that lists every problem with its JSON path.
 * @example
 * ```ts
 * import { safeParsePlan } from "offseason";
 * const result = safeParsePlan({ version: 2 });
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path));
 * ```
 */
export function safeParsePlan(input: unknown, options?: ParseOptions): SafeParseResult<Plan> {
  const limits = withLimits(options);
  return safeParseWith<Plan>(limits ? createPlanSchema(limits) : PlanSchema, input, "plan");
}

/**
 * Checks an untrusted value against the plan format.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns The plan.
 * @throws {@link OffseasonError} with code `invalid` (or `limit` when a limit is exceeded), listing every problem with
 * its JSON path.
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
 * @returns `{ success: true, data }` with the athlete, or `{ success: false, error }` with an {@link OffseasonError}.
 * @example
 * ```ts
 * import { safeParseAthlete } from "offseason";
 * safeParseAthlete({ id: "ana" }).success; //=> false
 * ```
 */
export function safeParseAthlete(input: unknown, options?: ParseOptions): SafeParseResult<Athlete> {
  const limits = withLimits(options);
  return safeParseWith<Athlete>(limits ? createAthleteSchema(limits) : AthleteSchema, input, "athlete");
}

/**
 * Checks an untrusted value against the athlete format.
 *
 * @param input - Any value.
 * @param options - Limit overrides.
 * @returns The athlete.
 * @throws {@link OffseasonError} with code `invalid` (or `limit`), listing every problem with its JSON path.
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
