/**
 * Hard sessions per week by phase (COACHING.md 4): the weeks that `hard-sessions-per-week` reports, so that
 * `intensity-distribution` says nothing of them (one fact, one finding: too much hard work in the week).
 */
import type { Level } from "../../model/athlete.js";
import type { CalendarWeek, Calendar } from "../../schedule/types.js";
import { byLevel } from "../levels.js";
import { sessionsOf } from "./calendar.js";
import { isHardOccurrence } from "./classify.js";

/** The caps of `hard-sessions-per-week`: outside the base (pre-season), in the base, in a transition, easy weeks. */
export interface HardLimits {
  readonly maxPerWeek: number;
  readonly maxInTransition: number;
  readonly maxInBase: number;
  readonly easyBaseWeeks: number;
}

const limitsOf = (maxPerWeek: number, maxInBase: number, easyBaseWeeks = 0): HardLimits => ({
  maxPerWeek,
  maxInTransition: 0,
  maxInBase,
  easyBaseWeeks,
});

/**
 * The defaults by level: 1 / 2 / 2 / 3 in the pre-season, 1 / 1 / 2 / 2 in the base with a beginner's first 4 base
 * weeks easy (Daniels: easy only for 4-6 weeks), none in a transition (COACHING.md 1.5, 4; a coaching convention).
 */
export const HARD_LIMITS: Readonly<Record<Level, HardLimits>> = byLevel(
  limitsOf(1, 1, 4),
  limitsOf(2, 1),
  limitsOf(2, 2),
  limitsOf(3, 2),
);

/**
 * Which cap a week is under, as data for the message (`{where, select, ...}`): a transition, a beginner's first easy
 * base weeks, the base, or the pre-season's (`other`).
 */
export type HardCapWhere = "transition" | "easyBase" | "base" | "other";

/** A week's cap by its phase (`baseWeek`: its 1-based place among the base weeks), and which cap it is. */
export function hardCapOf(
  week: CalendarWeek,
  baseWeek: number,
  limits: HardLimits,
): { readonly max: number; readonly where: HardCapWhere } {
  if (week.phaseType === "transition")
    return { max: Math.min(limits.maxPerWeek, limits.maxInTransition), where: "transition" };
  if (week.phaseType !== "base") return { max: limits.maxPerWeek, where: "other" };
  if (baseWeek <= limits.easyBaseWeeks) return { max: 0, where: "easyBase" };
  return { max: Math.min(limits.maxPerWeek, limits.maxInBase), where: "base" };
}

/** A week over its cap: its count, cap and which cap it is. */
export interface HardWeek {
  readonly week: number;
  readonly count: number;
  readonly max: number;
  readonly where: HardCapWhere;
}

/**
 * The weeks with more hard sessions than their cap. A race counts (COACHING.md 7.2); in a transition only hard
 * runs count (hard cross-training is allowed from week 3 after a marathon, COACHING.md 1.5).
 *
 * @param calendar - The calendar.
 * @param limits - The caps.
 * @returns The weeks over their cap, in order.
 */
export function weeksOverHardCap(calendar: Calendar, limits: HardLimits): HardWeek[] {
  let baseWeek = 0;
  const over: HardWeek[] = [];
  for (const week of calendar.weeks) {
    if (week.phaseType === "base") baseWeek += 1;
    const { max, where } = hardCapOf(week, baseWeek, limits);
    const runsOnly = week.phaseType === "transition";
    let count = 0;
    for (const day of week.days)
      for (const occurrence of sessionsOf(day))
        if ((!runsOnly || occurrence.kind === "run") && isHardOccurrence(occurrence, calendar.plan.paces)) count += 1;
    if (count > max) over.push({ week: week.index, count, max, where });
  }
  return over;
}

// The default reading, once per calendar and level: intensity-distribution asks it on every validation.
const defaultCache = new WeakMap<Calendar, Map<Level, ReadonlySet<number>>>();

/** The weeks that `hard-sessions-per-week` reports at a level's defaults. */
export function overHardWeeks(calendar: Calendar, level: Level): ReadonlySet<number> {
  let byLevelCache = defaultCache.get(calendar);
  if (!byLevelCache) {
    byLevelCache = new Map();
    defaultCache.set(calendar, byLevelCache);
  }
  let weeks = byLevelCache.get(level);
  if (!weeks) {
    weeks = new Set(weeksOverHardCap(calendar, HARD_LIMITS[level]).map((entry) => entry.week));
    byLevelCache.set(level, weeks);
  }
  return weeks;
}
