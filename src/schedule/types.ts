import type { Habit } from "../model/habit.js";
import type { PhaseType, Plan } from "../model/plan.js";
import type { OccurrenceSession, Session } from "../model/session.js";
import type { Range } from "../model/weekly.js";
import type { OpenRange } from "../model/weekly.js";
import type { Weekday } from "../calendar/weekdays.js";

/** What every occurrence has, whether it comes from a session or a habit. */
export interface OccurrenceBase {
  /** Stable id: `<sessionId>@<originalDate>` for sessions and `repeat` habits, `<habitId>@<run occurrence id>` for habits before each run. */
  readonly id: string;
  /** The id of the session (or habit) it comes from. */
  readonly sessionId: string;
  /** The local calendar day it takes place on: for a timed occurrence, always the local day of `start`. */
  readonly date: string;
  /** The date it was planned on, when an exception moved it or a DST gap or skipped day pushed it to the next day. */
  readonly originalDate?: string;
  /** True when it has no time of day. */
  readonly allDay: boolean;
  /** Start instant, ISO-8601 with the zone's offset (`2026-11-03T07:00:00-05:00`; `-00:44:30` when the offset has seconds), when it has a time. */
  readonly start?: string;
  /** End instant (start + minutes), when it has a time. */
  readonly end?: string;
  /** The 1-based week of the plan that `date` falls in. */
  readonly week: number;
  /** The id of the phase it comes from. */
  readonly phase: string;
}

/**
 * One dated occurrence of a session, with the phase's progression applied to runs. A union by `kind`, one member per
 * session kind, so that checking `kind` narrows `session` too: `if (o.kind === "run") o.session.runType`.
 * `SessionOccurrence<"run">` is the occurrence of a run only.
 */
export type SessionOccurrence<K extends Session["kind"] = Session["kind"]> = K extends Session["kind"]
  ? OccurrenceBase & {
      /** The session kind. */
      readonly kind: K;
      /**
       * The session as it takes place that day: run minutes and km scaled by the week's progression multiplier, and
       * for runs and cross-training plain numbers (the week's entry, a range's midpoint, miles in km).
       */
      readonly session: OccurrenceSession<K>;
      /** The progression multiplier applied (1 for sessions that are not runs). */
      readonly multiplier: number;
      /** The sessions the athlete may do instead (`alternatives`), each resolved for the week like `session`. */
      readonly alternatives?: readonly OccurrenceAlternative[];
      /** True for a session of `timesPerWeek`, whose days the expansion picked among its candidate days. */
      readonly flexible?: true;
    } & OccurrenceEstimates &
      (K extends "run" | "cross" ? AerobicOccurrenceFields : unknown)
  : never;

/**
 * One alternative of an occurrence: a session in the shape of `occurrence.session` (its `kind`, plain numbers for the
 * week), with the bounds of its ranges and what was estimated, as a run or cross-training occurrence carries them.
 */
export type OccurrenceAlternative = OccurrenceSession & Pick<AerobicOccurrenceFields, "ranges" | "estimated">;

/** Minutes of a run or cross-training occurrence by intensity class (docs/domain.md, "Easy share"); they add up to its minutes. */
export interface Intensity {
  /** Easy minutes (RPE 4 or less, warm-ups, recoveries, cool-downs). */
  readonly easyMin: number;
  /** Moderate minutes (RPE 5). */
  readonly moderateMin: number;
  /** Hard minutes (RPE 6 or more, the work of a hard run type). */
  readonly hardMin: number;
}

/** What run and cross-training occurrences carry besides the session (and its {@link OccurrenceEstimates}). */
export interface AerobicOccurrenceFields extends OccurrenceEstimates {
  /**
   * The session's minutes by intensity class, from `intensityOf`. Not enumerable: `JSON.stringify` and spreads leave
   * it out, so that the JSON of every plan written before it stays byte for byte the same.
   */
  readonly intensity: Intensity;
}

/** What a session occurrence of any kind carries besides the session, when the plan wrote ranges or left values out. */
export interface OccurrenceEstimates {
  /** The bounds of the fields the plan wrote as ranges, after progression (distance in km). */
  readonly ranges?: {
    /** Minutes; an open range (`{ min: 120 }`, "120 or more") has no max, and the session's minutes are its min. */
    readonly minutes?: OpenRange;
    /** Distance in km; open as `minutes`. */
    readonly distanceKm?: OpenRange;
    /** RPE. */
    readonly rpe?: Range;
  };
  /**
   * Fields estimated rather than written: `minutes` from a distance and a pace, or docs/domain.md's default for the
   * kind; `rpe` from an effort word, or the default of the run type or kind.
   */
  readonly estimated?: readonly ("minutes" | "rpe")[];
}

/** One dated occurrence of a habit. */
export interface HabitOccurrence extends OccurrenceBase {
  /** Always `habit`. */
  readonly kind: "habit";
  /** The habit. */
  readonly habit: Habit;
  /** For a habit before each run: the id of the run occurrence it belongs to. */
  readonly runOccurrenceId?: string;
}

/**
 * A dated occurrence of a session or a habit, as {@link expandPlan} returns it: a union discriminated by `kind`
 * (`run`, `strength`, `cross`, `mobility`, `mental`, `habit`).
 */
export type Occurrence = SessionOccurrence | HabitOccurrence;

/** One local calendar day of a {@link Calendar}. */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `MO` to `SU`. */
  readonly weekday: Weekday;
  /** Its occurrences, in the order of {@link expandPlan}. */
  readonly occurrences: readonly Occurrence[];
}

/** One 7-day week of a {@link Calendar}. */
export interface CalendarWeek {
  /** 1-based week of the plan. */
  readonly index: number;
  /** Id of the phase the week belongs to. */
  readonly phase: string;
  /** Type of that phase. */
  readonly phaseType: PhaseType;
  /** 1-based week inside the phase. */
  readonly weekInPhase: number;
  /** The week's run-volume progression multiplier. */
  readonly multiplier: number;
  /** First day. */
  readonly startDate: string;
  /** Last day. */
  readonly endDate: string;
  /**
   * The 7 days, every one present, empty or not. The last week also holds the day after the plan when a session
   * lands there (a DST gap over midnight on the plan's last evening): it still happens and counts in that week.
   */
  readonly days: readonly CalendarDay[];
}

/** A plan expanded into weeks of days, the one structure that rules, metrics, the CLI and export read. */
export interface Calendar {
  /** The plan it was built from. */
  readonly plan: Plan;
  /** The plan's time zone. */
  readonly timezone: string;
  /** First day of week 1. */
  readonly startDate: string;
  /** Last day of the last week. */
  readonly endDate: string;
  /** The weeks, in order. */
  readonly weeks: readonly CalendarWeek[];
  /** Every occurrence, sorted as {@link expandPlan} sorts them. */
  readonly occurrences: readonly Occurrence[];
}

/**
 * The occurrence limit of a function that expands a plan. Every such function takes it under this name, with this
 * meaning, and passes it on to the expansion: extend this interface rather than declaring the option again.
 *
 * @example
 * ```ts
 * import { expandPlan, isOffseasonError, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"] },
 *   ] }],
 * });
 * expandPlan(plan, { maxOccurrences: 4 }).length; //=> 4
 * let caught;
 * try {
 *   expandPlan(plan, { maxOccurrences: 3 });
 * } catch (error) {
 *   caught = error;
 * }
 * isOffseasonError(caught) && caught.code; //=> "limit"
 * ```
 */
export interface OccurrenceLimitOption {
  /**
   * The most occurrences one expansion may produce (sessions and habits together); default
   * {@link offseason!DEFAULT_LIMITS}.maxOccurrences (20,000). A positive whole number, else an {@link offseason!OffseasonError} (code
   * `config`, path `maxOccurrences`). A plan that would produce more is refused with code `limit` after at most one
   * more, never after expanding it all.
   */
  readonly maxOccurrences?: number;
}

/**
 * The week limit of a function that expands a plan: how long the plan may grow by its adjustments. Every such
 * function takes it under this name and passes it on to the expansion: extend this interface rather than declaring
 * the option again.
 *
 * @example
 * ```ts
 * import { expandPlan, parsePlan } from "offseason";
 * const input = {
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 120, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] },
 *   ] }],
 *   exceptions: [{ action: "rest", date: "2026-11-03" }],
 * };
 * const plan = parsePlan(input, { limits: { maxWeeks: 156 } });
 * expandPlan(plan, { maxWeeks: 156 }).length; //=> 120
 * ```
 */
export interface WeekLimitOption {
  /**
   * The most weeks the plan may span once its shifts, pauses (in `shift` mode) and rest days have lengthened it.
   * Default: {@link offseason!DEFAULT_LIMITS}.maxWeeks (104), or the weeks of the plan's phases when they are more, since
   * parsing held them to the limit it was given: a plan parsed with a raised `limits.maxWeeks` expands as parsed, and
   * the same `maxWeeks` given here lets its adjustments lengthen it up to that limit. A positive whole number, else an
   * {@link offseason!OffseasonError} (code `config`, path `maxWeeks`). A plan that is longer is refused with code `limit`, at
   * `phases` when its phases alone are, else at `exceptions`.
   */
  readonly maxWeeks?: number;
}

/** Options of {@link expandPlan}: a date window, whether to include habits, and the limits of the expansion. */
export interface ExpandPlanOptions extends OccurrenceLimitOption, WeekLimitOption {
  /** First date to return (inclusive); the whole plan is still expanded, so that exceptions are checked. */
  readonly from?: string;
  /** Last date to return (inclusive). */
  readonly to?: string;
  /** Whether habit occurrences are included; default true. */
  readonly includeHabits?: boolean;
}
