import { addDays, civilToDays, daysBetween, parseCivilDate } from "../calendar/civilDate.js";
import { progressionMultiplier } from "./progression.js";
import { PHASE_TYPES, type Phase, type PhaseType, type Plan } from "./plan.js";

/**
 * The days an exception can push the plan's end out by: a shift's positive days, a pause's length in `shift` mode, a
 * rest day's one. {@link planWeeks} adds the weeks they make.
 */
function extensionDays(exception: NonNullable<PlanLength["exceptions"]>[number]): number {
  const dayOf = (date: string | undefined) => {
    const civil = date === undefined ? undefined : parseCivilDate(date);
    return civil ? civilToDays(civil) : Number.NaN;
  };
  const { action } = exception;
  const days =
    action === "rest"
      ? 1
      : action === "shift"
        ? (exception.days ?? 0)
        : action === "pause" && exception.mode === "shift"
          ? dayOf(exception.to) - dayOf(exception.from) + 1
          : 0;
  return days > 0 ? days : 0;
}

/** What a plan's length depends on: its phases' weeks, and the days that shifts, pauses and rest days add. */
export interface PlanLength {
  /** The phases, by their weeks. */
  readonly phases: readonly {
    /** The phase's length in weeks. */
    readonly weeks: number;
  }[];
  /** The exceptions; the adjustments among them may lengthen the plan. */
  readonly exceptions?:
    | readonly {
        /** The exception's kind: `shift`, `pause` and `rest` may lengthen the plan. */
        readonly action: string;
        /** A shift's days. */
        readonly days?: number;
        /** A pause's mode: `shift` lengthens the plan by the pause. */
        readonly mode?: string;
        /** A pause's first day. */
        readonly from?: string;
        /** A pause's last day. */
        readonly to?: string;
      }[]
    | undefined;
}

/**
 * The number of weeks in a plan: the sum of its phases' weeks, plus the weeks its shifts, pauses (in `shift` mode)
 * and rest days push the end out by (their days added up, rounded up to whole weeks). Those weeks past the last
 * phase are weeks of the calendar like any other.
 *
 * @param plan - A parsed plan.
 * @returns Weeks, 1 to 104.
 * @example
 * ```ts
 * import { planWeeks } from "offseason";
 * planWeeks({ phases: [{ weeks: 2 }, { weeks: 8 }] }); //=> 10
 * planWeeks({ phases: [{ weeks: 2 }], exceptions: [{ action: "shift", from: "2026-11-05", days: 3 }] }); //=> 3
 * ```
 */
export function planWeeks(plan: PlanLength): number {
  let weeks = 0;
  for (const phase of plan.phases) weeks += phase.weeks;
  let extension = 0;
  for (const exception of ("exceptions" in plan ? plan.exceptions : undefined) ?? [])
    extension += extensionDays(exception);
  return weeks + Math.ceil(extension / 7);
}

/**
 * The last calendar day of a plan (the last day of its last week, counting the weeks shifts and pauses add).
 *
 * @param plan - A parsed plan.
 * @returns A `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { planEndDate } from "offseason";
 * planEndDate({ startDate: "2026-11-02", phases: [{ weeks: 1 }] }); //=> "2026-11-08"
 * ```
 */
export function planEndDate(plan: PlanLength & { readonly startDate: string }): string {
  return addDays(plan.startDate, planWeeks(plan) * 7 - 1);
}

/**
 * The 1-based week of the plan that a date falls in (week 1 is the 7 days from the start date).
 *
 * @param plan - A parsed plan.
 * @param date - A `YYYY-MM-DD` date.
 * @returns The week number; 0 or less before the plan starts, more than {@link planWeeks} after it ends.
 * @example
 * ```ts
 * import { weekOfDate } from "offseason";
 * weekOfDate({ startDate: "2026-11-02" }, "2026-11-09"); //=> 2
 * ```
 */
export function weekOfDate(plan: { readonly startDate: string }, date: string): number {
  return Math.floor(daysBetween(plan.startDate, date) / 7) + 1;
}

/**
 * The type of a phase: its `type` when given, else its id when the id names a type (`transition`, `base`,
 * `pre-season`), else `base`.
 *
 * @param phase - A phase of a plan.
 * @returns The phase type.
 * @example
 * ```ts
 * import { phaseType } from "offseason";
 * phaseType({ id: "transition" }); //=> "transition"
 * ```
 */
export function phaseType(phase: Pick<Phase, "id" | "type">): PhaseType {
  return phase.type ?? PHASE_TYPES.find((type) => type === phase.id) ?? "base";
}

/** Where a week of a plan stands within its phase. */
export interface PhaseWeek {
  /** The phase that holds the week. */
  readonly phase: Phase;
  /** The phase's index in `plan.phases`. */
  readonly phaseIndex: number;
  /** The week's 1-based index inside the phase. */
  readonly weekInPhase: number;
  /** The run-volume multiplier of the week: the phase's progression, cycling; 1 without one. */
  readonly multiplier: number;
}

/**
 * The phase a week of the plan belongs to, the week's place in it and its progression multiplier.
 *
 * @param plan - A parsed plan.
 * @param week - A 1-based week number.
 * @returns The phase and the week's place in it, or undefined outside the plan.
 * @example
 * ```ts
 * import { phaseOfWeek } from "offseason";
 * const plan = { phases: [
 *   { id: "transition", weeks: 2, sessions: [] },
 *   { id: "base", weeks: 8, progression: [1, 1.1], sessions: [] },
 * ] };
 * phaseOfWeek(plan, 4)?.multiplier; //=> 1.1
 * ```
 */
export function phaseOfWeek(plan: Pick<Plan, "phases">, week: number): PhaseWeek | undefined {
  if (!Number.isInteger(week) || week < 1) return undefined;
  const firstWeeks = phaseFirstWeeks(plan);
  for (const [phaseIndex, phase] of plan.phases.entries()) {
    const first = firstWeeks[phaseIndex] ?? 1;
    if (week < first + phase.weeks) {
      const weekInPhase = week - first + 1;
      return { phase, phaseIndex, weekInPhase, multiplier: progressionMultiplier(phase, weekInPhase) };
    }
  }
  return undefined;
}

/** The 1-based plan week in which each phase starts: week 1, then each phase's first week plus its weeks. */
function phaseFirstWeeks(plan: { readonly phases: readonly { readonly weeks: number }[] }): number[] {
  const firstWeeks: number[] = [];
  let first = 1;
  for (const phase of plan.phases) {
    firstWeeks.push(first);
    first += phase.weeks;
  }
  return firstWeeks;
}

/**
 * The first calendar day of each phase, in the order of `plan.phases`: the plan's start date, then each phase's start
 * plus its weeks (`2026-11-02` with phases of 2 and 8 weeks gives `2026-11-02`, `2026-11-16`). The one place where
 * phase starts are worked out (expansion, calendar, rules). Internal: not exported from the package, so no runnable
 * example here; test/schedule/phaseStarts.test.ts holds it.
 *
 * @param plan - A plan's start date and phases.
 * @returns One `YYYY-MM-DD` date per phase.
 */
export function phaseStartDates(plan: {
  readonly startDate: string;
  readonly phases: readonly { readonly weeks: number }[];
}): readonly string[] {
  return phaseFirstWeeks(plan).map((week) => addDays(plan.startDate, (week - 1) * 7));
}
