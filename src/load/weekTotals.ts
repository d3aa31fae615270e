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

/** The totals while a week is added up: one object per week, each field summed in the order of the days. */
type Totals = { -readonly [Key in keyof WeekTotals]: WeekTotals[Key] };

/** The minutes of one session added to its kind's total (a run adds its distance, count and length too). */
function addByKind(totals: Totals, occurrence: SessionOccurrence): void {
  const { session } = occurrence;
  switch (session.kind) {
    case "run": {
      // Walk steps (run/walk) are not running minutes; they stay in the total and the load.
      const running = runningMinutes(session);
      totals.runMinutes += running;
      totals.walkMinutes += session.minutes - running;
      totals.runKm += session.distanceKm ?? 0;
      totals.runs += 1;
      totals.longestRunMinutes = Math.max(totals.longestRunMinutes, running);
      return;
    }
    case "cross":
      totals.crossMinutes += session.minutes;
      return;
    case "strength":
      totals.strengthMinutes += session.minutes;
      return;
    case "mobility":
      totals.mobilityMinutes += session.minutes;
      return;
    case "mental":
      totals.mentalMinutes += session.minutes;
      return;
  }
}

/** One session occurrence added to the totals: hard sessions, aerobic and easy minutes, and its kind's total. */
function addOccurrence(totals: Totals, occurrence: SessionOccurrence, context: HardContext): void {
  if (isHardSession(occurrence.session, context)) totals.hardSessions += 1;
  if (occurrence.kind === "run" || occurrence.kind === "cross") {
    // Classed step by step with steps; a step-less hard-type run is its work between 10 easy minutes either side
    // (docs/domain.md, Easy share); any other session is easy or not as a whole.
    totals.aerobicMinutes += occurrence.session.minutes;
    totals.easyMinutes += occurrence.intensity.easyMin;
  }
  addByKind(totals, occurrence);
}

/** One day added to the totals: its sessions in order (habits carry none), and a run day when it has a run. */
function addDay(totals: Totals, day: CalendarDay, context: HardContext): void {
  let ran = false;
  for (const occurrence of day.occurrences) {
    if (occurrence.kind === "habit") continue;
    addOccurrence(totals, occurrence, context);
    if (occurrence.session.kind === "run") ran = true;
  }
  if (ran) totals.runDays += 1;
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
  // Summed in place rather than folded into a new object per session: a long plan's weeks add up thousands of them.
  const totals: Totals = { ...EMPTY_TOTALS };
  for (const day of days) addDay(totals, day, context);
  return totals;
}
