import type { Locale, MessageData } from "../locale/types.js";
import { errorOf, issueOf, MAX_ISSUES, type OffseasonIssue, type PathSegment } from "./errors.js";
import { LIMITS_MESSAGES, type LimitsMessageId } from "./issueMessages.js";

/**
 * The limits that keep untrusted input from costing unbounded time or memory. Every one is a default: parsing,
 * expansion and the CLI take overrides.
 */
export interface Limits {
  /** Weeks in a plan, summed over its phases. */
  readonly maxWeeks: number;
  /** Sessions in one phase. */
  readonly maxSessionsPerPhase: number;
  /** Habits in a plan. */
  readonly maxHabits: number;
  /** Exceptions in a plan. */
  readonly maxExceptions: number;
  /** Exercises in one strength session. */
  readonly maxExercisesPerSession: number;
  /** Steps and repeats of one session's `steps`, counted as written (a repeat's steps once, not multiplied). */
  readonly maxStepsPerSession: number;
  /** Times one repeat of steps may run. */
  readonly maxRepeat: number;
  /** Levels of repeats inside one another (2: a repeat inside a repeat, no deeper). */
  readonly maxStepDepth: number;
  /** Characters in any one string field (ids are further limited to 128). */
  readonly maxStringLength: number;
  /** Occurrences produced by one expansion of a plan (sessions and habits together). */
  readonly maxOccurrences: number;
  /** Activities in one list of activities (see `parseActivities`): a year of a busy log is about 600. */
  readonly maxActivities: number;
  /** Bytes of JSON the CLI reads from one file or from standard input. */
  readonly maxJsonBytes: number;
  /**
   * Bytes of output one export may write (the iCalendar text, the CLI's JSON or text), checked up front from the
   * plan's figures before any of it is built.
   */
  readonly maxOutputBytes: number;
}

/**
 * The default limits, as documented in the plan format guide.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS } from "offseason";
 * DEFAULT_LIMITS.maxWeeks; //=> 104
 * ```
 */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxWeeks: 104,
  maxSessionsPerPhase: 64,
  maxHabits: 64,
  maxExceptions: 1_000,
  maxExercisesPerSession: 32,
  maxStepsPerSession: 50,
  maxRepeat: 100,
  maxStepDepth: 2,
  maxStringLength: 16_384,
  maxOccurrences: 20_000,
  maxActivities: 20_000,
  maxJsonBytes: 2 * 1024 * 1024,
  maxOutputBytes: 64 * 1024 * 1024,
});

/** Characters in an id (plan, phase, session, habit, athlete). */
export const MAX_ID_LENGTH = 128;

/**
 * Minutes of one session on one day, written or derived (from steps, or from a distance at a pace), after
 * progression: a day. Fixed, as a day is: not one of the {@link Limits}.
 */
export const MAX_SESSION_MINUTES = 1440;

/** Overrides of some of the {@link Limits}; a name left out or `undefined` keeps its default. */
export type LimitOverrides = { readonly [Name in keyof Limits]?: number | undefined };

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as readonly (keyof Limits)[];

/** What a bad limit value is, as raw data: its type, and the value when it says it. */
function describeLimitValue(value: unknown): MessageData {
  if (typeof value === "number") return { received: "number", value: String(value) };
  if (typeof value === "string")
    return { received: "string", value: JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value) };
  if (value === null) return { received: "null" };
  return { received: Array.isArray(value) ? "array" : typeof value };
}

/**
 * Checks limit overrides as strictly as input, and merges them over the {@link DEFAULT_LIMITS}. Every override must be
 * a positive safe integer (1 to 2^53 - 1): `NaN` or `Infinity` would turn a limit off, `0`, `-1` or `1.5` make no
 * sense, and `"10"` is not a number. Every function that takes a limit option checks it this way.
 *
 * @param overrides - Limits to change, e.g. `{ maxWeeks: 52 }`; names that are not limits are refused too.
 * @param prefix - The option that holds them, for the issue paths: `"limits"` (default) gives `limits.maxWeeks`; `""`
 * gives `maxOccurrences`, for a function whose options hold a limit directly.
 * @param locale - The language of the issues' messages; English when left out.
 * @returns The default limits with the overrides applied.
 * @throws {@link OffseasonError} with code `config`, one issue per bad override, located by its option's path.
 * @example
 * ```ts
 * import { resolveLimits, safeParsePlan } from "offseason";
 * resolveLimits({ maxWeeks: 52 }).maxWeeks; //=> 52
 * resolveLimits({}).maxOccurrences; //=> 20000
 * const result = safeParsePlan({}, { limits: { maxWeeks: Number.NaN } });
 * result.success ? undefined : result.error.issues[0]?.message;
 * //=> "must be a positive whole number (at most 9007199254740991), not NaN"
 * ```
 */
export function resolveLimits(overrides: LimitOverrides | undefined, prefix = "limits", locale?: Locale): Limits {
  if (overrides === undefined) return DEFAULT_LIMITS;
  const at = (name?: string): PathSegment[] => [
    ...(prefix === "" ? [] : [prefix]),
    ...(name === undefined ? [] : [name]),
  ];
  // Callers in plain JavaScript may pass anything: checked like input.
  const given: unknown = overrides;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw errorOf(
      "config",
      "summary.invalidLimits",
      [issueOf(at(), "config", LIMITS_MESSAGES, "limits.notObject", describeLimitValue(given), locale)],
      { locale },
    );
  }
  const issues: OffseasonIssue[] = [];
  let count = 0;
  const problem = (name: string, messageId: LimitsMessageId, data: MessageData) => {
    count += 1;
    if (issues.length < MAX_ISSUES) issues.push(issueOf(at(name), "config", LIMITS_MESSAGES, messageId, data, locale));
  };
  const resolved: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(overrides)) {
    const value: unknown = (overrides as Readonly<Record<string, unknown>>)[name];
    if (!(LIMIT_NAMES as readonly string[]).includes(name)) problem(name, "limits.unknown", { limits: LIMIT_NAMES });
    else if (value === undefined) continue;
    else if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
      // The bound as digits, as a program writes it.
      problem(name, "limits.value", { max: String(Number.MAX_SAFE_INTEGER), ...describeLimitValue(value) });
    } else resolved[name] = value;
  }
  if (count > 0) throw errorOf("config", "summary.invalidLimits", issues, { issueCount: count, locale });
  return resolved as unknown as Limits;
}
