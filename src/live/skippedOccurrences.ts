import type { Plan } from "../model/plan.js";
import { expandPlan } from "../schedule/expandPlan.js";
import type { SessionOccurrence } from "../schedule/types.js";

/**
 * The session occurrences that the plan's `skip` exceptions removed, as they would have taken place: the plan
 * expanded without its skips, less the ids of its real expansion. Sorted as {@link expandPlan} sorts.
 *
 * Integration note: the expansion engine is growing a list of cancelled occurrences of its own (the adjustments
 * issue: `pause` with `mode: "drop"` removes occurrences too). When it lands, this function is the one place to
 * swap for that list; {@link adherence} reads nothing else to mark occurrences `skipped`.
 */
export function skippedOccurrences(plan: Plan, maxOccurrences?: number): readonly SessionOccurrence[] {
  const exceptions = plan.exceptions ?? [];
  if (!exceptions.some((exception) => exception.action === "skip")) return [];
  const limit = maxOccurrences === undefined ? {} : { maxOccurrences };
  const kept = new Set(expandPlan(plan, { includeHabits: false, ...limit }).map((occurrence) => occurrence.id));
  const unskipped: Plan = { ...plan, exceptions: exceptions.filter((exception) => exception.action !== "skip") };
  return expandPlan(unskipped, { includeHabits: false, ...limit }).filter(
    (occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit" && !kept.has(occurrence.id),
  );
}
