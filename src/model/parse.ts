import type * as z from "zod/mini";
import { ActivitiesSchema, createActivitiesSchema, type Activity } from "./activity.js";
import { createAthleteSchema, AthleteSchema, type Athlete } from "./athlete.js";
import { errorOf, isOffseasonError, type OffseasonError } from "./errors.js";
import { resolveLimits, type Limits } from "./limits.js";
import { createPlanSchema, PlanSchema, type Plan } from "./plan.js";
import { errorCode, messageOf, toIssues } from "./zodIssues.js";
import type { Locale } from "../locale/types.js";

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
  /**
   * The language of the issues' `message` and of the error's `message` (a `Locale` such as `es` from
   * `offseason/locales/es`); English when left out. Each issue's `messageId` and `data` are the same in every locale.
   */
  readonly locale?: Locale;
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

type What = "summary.invalidPlan" | "summary.invalidAthlete" | "summary.invalidActivities";

function safeParseWith<T>(schema: z.ZodMiniType, input: unknown, what: What, locale?: Locale): SafeParseResult<T> {
  // The input on each issue: what `invalid_type` says the input was instead.
  const result = schema.safeParse(input, { error: messageOf, reportInput: true });
  if (result.success) return { success: true, data: result.data as T };
  const { issues, count } = toIssues(result.error.issues, locale);
  return { success: false, error: errorOf(errorCode(issues), what, issues, { issueCount: count, locale }) };
}

/** The limits of one parse: undefined for the defaults (the prebuilt schema), else the checked overrides. */
function withLimits(options: ParseOptions | undefined): SafeParseResult<Limits | undefined> {
  if (!options?.limits) return { success: true, data: undefined };
  try {
    return { success: true, data: resolveLimits(options.limits, "limits", options.locale) };
  } catch (error) {
    if (isOffseasonError(error)) return { success: false, error };
    throw error;
  }
}

/**
 * Checks an untrusted value (e.g. from `JSON.parse`) against the plan format, without throwing.
 *
 * @param input - Any value.
 * @param options - Limit overrides, and the locale of the messages.
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
  return safeParseWith<Plan>(
    limits.data ? createPlanSchema(limits.data) : PlanSchema,
    input,
    "summary.invalidPlan",
    options?.locale,
  );
}

/**
 * Checks an untrusted value against the plan format.
 *
 * @param input - Any value.
 * @param options - Limit overrides, and the locale of the messages.
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
 * @param options - Limit overrides, and the locale of the messages.
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
  return safeParseWith<Athlete>(
    limits.data ? createAthleteSchema(limits.data) : AthleteSchema,
    input,
    "summary.invalidAthlete",
    options?.locale,
  );
}

/**
 * Checks an untrusted value against the athlete format.
 *
 * @param input - Any value.
 * @param options - Limit overrides, and the locale of the messages.
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
 * @param options - Limit overrides (`maxActivities`, `maxStringLength`), and the locale of the messages.
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
    "summary.invalidActivities",
    options?.locale,
  );
}

/**
 * Checks an untrusted value against the activities format.
 *
 * @param input - Any value.
 * @param options - Limit overrides (`maxActivities`, `maxStringLength`), and the locale of the messages.
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
