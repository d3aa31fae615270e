/** A week's counts and minutes, as a fold over its days' session occurrences. */
import { isHardSession } from "../model/sessionKinds.js";
import { runningMinutes } from "../model/stepsOfDay.js";
import type { CalendarDay, SessionOccurrence } from "../schedule/types.js";

/** What a week ran and trained, before the load metrics. */
export interface WeekTotals {
  readonly runMinutes: number;
  /** Walk minutes inside runs (run/walk): in the week's total and load, not in its running minutes. */
  readonly walkMinutes: number;
  readonly runKm: number;
  readonly runs: number;
  readonly runDays: number;
  readonly crossMinutes: number;
  readonly strengthMinutes: number;
  readonly mobilityMinutes: number;
  readonly mentalMinutes: number;
  readonly hardSessions: number;
  readonly aerobicMinutes: number;
  readonly easyMinutes: number;
  readonly longestRunMinutes: number;
}

/** A week with nothing in it. */
export const EMPTY_TOTALS: WeekTotals = {
  runMinutes: 0,
  walkMinutes: 0,
  runKm: 0,
  runs: 0,
  runDays: 0,
  crossMinutes: 0,
  strengthMinutes: 0,
  mobilityMinutes: 0,
  mentalMinutes: 0,
  hardSessions: 0,
  aerobicMinutes: 0,
  easyMinutes: 0,
  longestRunMinutes: 0,
};

/** What {@link isHardSession} needs to know of the plan. */
type HardContext = Parameters<typeof isHardSession>[1];

/** The minutes of one session added to its kind's total (a run adds its distance, count and length too). */
function addByKind(totals: WeekTotals, occurrence: SessionOccurrence): WeekTotals {
  const { session } = occurrence;
  switch (session.kind) {
    case "run": {
      // Walk steps (run/walk) are not running minutes; they stay in the total and the load.
      const running = runningMinutes(session);
      return {
        ...totals,
        runMinutes: totals.runMinutes + running,
        walkMinutes: totals.walkMinutes + session.minutes - running,
        runKm: totals.runKm + (session.distanceKm ?? 0),
        runs: totals.runs + 1,
        longestRunMinutes: Math.max(totals.longestRunMinutes, running),
      };
    }
    case "cross":
      return { ...totals, crossMinutes: totals.crossMinutes + session.minutes };
    case "strength":
      return { ...totals, strengthMinutes: totals.strengthMinutes + session.minutes };
    case "mobility":
      return { ...totals, mobilityMinutes: totals.mobilityMinutes + session.minutes };
    case "mental":
      return { ...totals, mentalMinutes: totals.mentalMinutes + session.minutes };
  }
}

/** One session occurrence added to the totals: hard sessions, aerobic and easy minutes, and its kind's total. */
function addOccurrence(totals: WeekTotals, occurrence: SessionOccurrence, context: HardContext): WeekTotals {
  const hard = isHardSession(occurrence.session, context);
  const counted = hard ? { ...totals, hardSessions: totals.hardSessions + 1 } : totals;
  if (occurrence.kind !== "run" && occurrence.kind !== "cross") return addByKind(counted, occurrence);
  // Classed step by step with steps; a step-less hard-type run is its work between 10 easy minutes either side
  // (docs/domain.md, Easy share); any other session is easy or not as a whole.
  const aerobic = {
    ...counted,
    aerobicMinutes: counted.aerobicMinutes + occurrence.session.minutes,
    easyMinutes: counted.easyMinutes + occurrence.intensity.easyMin,
  };
  return addByKind(aerobic, occurrence);
}

/** One day added to the totals: its sessions in order (habits carry none), and a run day when it has a run. */
function addDay(totals: WeekTotals, day: CalendarDay, context: HardContext): WeekTotals {
  const sessions = day.occurrences.filter((occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit");
  const added = sessions.reduce((sum, occurrence) => addOccurrence(sum, occurrence, context), totals);
  return sessions.some((occurrence) => occurrence.session.kind === "run")
    ? { ...added, runDays: added.runDays + 1 }
    : added;
}

/**
 * The totals of a week's days: run minutes, km, runs and run days, minutes per kind, hard sessions, aerobic and easy
 * minutes, and the longest run.
 *
 * @param days - The week's days, in order.
 * @param context - The plan's paces, which decide whether a pace-only session is hard.
 * @returns The totals (km not yet rounded).
 */
export function weekTotals(days: readonly CalendarDay[], context: HardContext): WeekTotals {
  return days.reduce((totals, day) => addDay(totals, day, context), EMPTY_TOTALS);
}
