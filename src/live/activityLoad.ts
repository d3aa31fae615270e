import type { Activity } from "../model/activity.js";
import type { SessionOccurrence } from "../schedule/types.js";

/**
 * The session-RPE load of an activity: RPE x minutes for runs, cross-training and strength, 0 for mobility and mental
 * practice (as {@link sessionLoad} for sessions).
 *
 * @param activity - A parsed activity.
 * @param rpe - The RPE to use when the activity gives none (its session's, or a default).
 * @returns The load in arbitrary units.
 * @example
 * ```ts
 * import { activityLoad } from "offseason";
 * activityLoad({ id: "a1", date: "2026-11-03", kind: "run", minutes: 45 }, 4); //=> 180
 * ```
 */
export function activityLoad(activity: Activity, rpe: number): number {
  if (activity.kind === "mobility" || activity.kind === "mental") return 0;
  return (activity.rpe ?? rpe) * activity.minutes;
}

/** The RPE of an occurrence's session, 0 for kinds without one. */
export function plannedRpe(occurrence: SessionOccurrence): number {
  const { session } = occurrence;
  return session.kind === "run" || session.kind === "cross" || session.kind === "strength" ? session.rpe : 0;
}
