import type { Occurrence } from "./types.js";

/** One occurrence in a {@link OccurrenceDiff}: its id and its two versions (one is absent when it was added or removed). */
export interface OccurrenceChange {
  /** The occurrence id, `<sessionId>@<originalDate>`. */
  readonly id: string;
  /** The occurrence in the first list, unless it was added. */
  readonly before?: Occurrence;
  /** The occurrence in the second list, unless it was removed. */
  readonly after?: Occurrence;
}

/** What {@link diffOccurrences} returns: every id of either list in exactly one group, each group sorted by id. */
export interface OccurrenceDiff {
  /** Only in the second list. */
  readonly added: readonly OccurrenceChange[];
  /** Only in the first list (a skip, a dropped pause, a session taken out). */
  readonly removed: readonly OccurrenceChange[];
  /** In both, on another date or at another time (start). */
  readonly moved: readonly OccurrenceChange[];
  /** In both, in the same slot, with other content (minutes, RPE, end, ...). */
  readonly changed: readonly OccurrenceChange[];
  /** In both, the same. */
  readonly unchanged: readonly OccurrenceChange[];
}

function byId(occurrences: readonly Occurrence[]): Map<string, Occurrence> {
  return new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
}

/**
 * Compares two expansions of a plan (before and after an adjustment) by occurrence id: which occurrences were
 * added, removed, moved (a new date or start time), changed (same slot, other content) or left as they were. The
 * single source for a preview of a change, for calendar updates (SEQUENCE, cancellations) and for resyncing a device.
 *
 * @param before - The occurrences before, e.g. `expandPlan(plan)`.
 * @param after - The occurrences after, e.g. `expandPlan(shiftPlan(plan, ...))`.
 * @returns The groups, each sorted by id (code-unit order), so that the same lists give the same diff.
 * @example
 * ```ts
 * import { diffOccurrences, expandPlan, insertRestDay, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"] },
 *   ] }],
 * });
 * const diff = diffOccurrences(expandPlan(plan), expandPlan(insertRestDay(plan, "2026-11-05")));
 * diff.moved.map((change) => change.id); //=> ["easy@2026-11-05"]
 * diff.unchanged.length; //=> 1
 * ```
 */
export function diffOccurrences(before: readonly Occurrence[], after: readonly Occurrence[]): OccurrenceDiff {
  const old = byId(before);
  const next = byId(after);
  const ids = [...new Set([...old.keys(), ...next.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const added: OccurrenceChange[] = [];
  const removed: OccurrenceChange[] = [];
  const moved: OccurrenceChange[] = [];
  const changed: OccurrenceChange[] = [];
  const unchanged: OccurrenceChange[] = [];
  for (const id of ids) {
    const was = old.get(id);
    const is = next.get(id);
    if (was === undefined) {
      if (is !== undefined) added.push({ id, after: is });
    } else if (is === undefined) removed.push({ id, before: was });
    else if (was.date !== is.date || was.start !== is.start) moved.push({ id, before: was, after: is });
    else if (JSON.stringify(was) !== JSON.stringify(is)) changed.push({ id, before: was, after: is });
    else unchanged.push({ id, before: was, after: is });
  }
  return { added, removed, moved, changed, unchanged };
}
