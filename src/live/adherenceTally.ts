import type { AdherenceCounts, AdherenceStatus, OccurrenceAdherence } from "./adherenceTypes.js";

type Fundamental = "strength" | "mobility" | "mental";

/** Counts kept while a span of days (a week, or the plan) is summed up. */
export interface Tally {
  readonly status: Record<AdherenceStatus, number>;
  unplanned: number;
  shiftCount: number;
  shiftDays: number;
  actualLoad: number;
  plannedLoad: number;
  readonly fundamentals: Record<Fundamental, { planned: number; done: number; missed: number }>;
}

/** An empty tally. */
export function newTally(): Tally {
  const fundamental = () => ({ planned: 0, done: 0, missed: 0 });
  return {
    status: { done: 0, shifted: 0, partial: 0, missed: 0, skipped: 0, upcoming: 0 },
    unplanned: 0,
    shiftCount: 0,
    shiftDays: 0,
    actualLoad: 0,
    plannedLoad: 0,
    fundamentals: { strength: fundamental(), mobility: fundamental(), mental: fundamental() },
  };
}

/** What one occurrence adds to a tally: its result, and its planned and actual load. */
export interface Counted {
  readonly result: OccurrenceAdherence;
  /** The session's load (0 for a skipped occurrence). */
  readonly plannedLoad: number;
  /** The linked activity's load (0 without one). */
  readonly actualLoad: number;
}

/**
 * Adds one occurrence to a tally: its status; a linked one its shift, loads and fundamental; a missed one its planned
 * load; a skipped one only its status.
 */
export function tallyOccurrence(tally: Tally, { result, plannedLoad, actualLoad }: Counted): void {
  const { status, kind } = result;
  tally.status[status] += 1;
  if (status === "skipped") return;
  const fundamental: Fundamental | undefined = kind === "run" || kind === "cross" ? undefined : kind;
  if (fundamental) tally.fundamentals[fundamental].planned += 1;
  if (status === "missed") {
    tally.plannedLoad += plannedLoad;
    if (fundamental) tally.fundamentals[fundamental].missed += 1;
  }
  if (result.activityId === undefined) return;
  if (result.shiftDays !== undefined) {
    tally.shiftCount += 1;
    tally.shiftDays += Math.abs(result.shiftDays);
  }
  tally.actualLoad += actualLoad;
  tally.plannedLoad += plannedLoad;
  if (fundamental) tally.fundamentals[fundamental].done += 1;
}

/** The counts of a tally. */
export function countsOf(tally: Tally): AdherenceCounts {
  const { done, shifted, partial, missed, skipped, upcoming } = tally.status;
  return {
    planned: done + shifted + partial + missed + upcoming,
    done,
    shifted,
    partial,
    missed,
    skipped,
    upcoming,
    unplanned: tally.unplanned,
    averageShiftDays: tally.shiftCount === 0 ? null : tally.shiftDays / tally.shiftCount,
    loadCompliance: tally.plannedLoad === 0 ? null : tally.actualLoad / tally.plannedLoad,
    fundamentals: {
      strength: { ...tally.fundamentals.strength },
      mobility: { ...tally.fundamentals.mobility },
      mental: { ...tally.fundamentals.mental },
    },
  };
}
