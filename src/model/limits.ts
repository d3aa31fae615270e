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
  /** Characters in any one string field (ids are further limited to 128). */
  readonly maxStringLength: number;
  /** Occurrences produced by one expansion of a plan (sessions and habits together). */
  readonly maxOccurrences: number;
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
  maxStringLength: 16_384,
  maxOccurrences: 20_000,
  maxJsonBytes: 2 * 1024 * 1024,
  maxOutputBytes: 64 * 1024 * 1024,
});

/** Characters in an id (plan, phase, session, habit, athlete). */
export const MAX_ID_LENGTH = 128;
