import type { Plan } from "../model/plan.js";
import { expandPlan } from "../schedule/expandPlan.js";
import type { SessionOccurrence } from "../schedule/types.js";

/**
 * The session occurrences that the plan's `skip` exceptions removed, as they would have taken place: the plan
 * expanded without its skips, less the ids of its real expansion (`kept`, the ids {@link expandPlan} gives). When
 * every skip names its session, only those sessions (and their moves) are expanded again, which costs little. Sorted
 * as {@link expandPlan} sorts.
 *
 * Integration note: the expansion engine is growing a list of cancelled occurrences of its own (the adjustments
 * issue: `pause` with `mode: "drop"` removes occurrences too). When it lands, this function is the one place to
 * swap for that list; {@link adherence} reads nothing else to mark occurrences `skipped`.
 */
export function skippedOccurrences(
  plan: Plan,
  kept: ReadonlySet<string>,
  maxOccurrences?: number,
): readonly SessionOccurrence[] {
  const exceptions = plan.exceptions ?? [];
  const skips = exceptions.filter((exception) => exception.action === "skip");
  if (skips.length === 0) return [];
  // A session's occurrences do not depend on the other sessions: the skipped sessions alone give the same ids.
  const named = skips.every((skip) => skip.sessionId !== undefined)
    ? new Set(skips.map((skip) => skip.sessionId))
    : undefined;
  const unskipped: Plan = {
    ...plan,
    phases: named
      ? plan.phases.map((phase) => ({ ...phase, sessions: phase.sessions.filter((session) => named.has(session.id)) }))
      : plan.phases,
    exceptions: exceptions.filter(
      (exception) => exception.action !== "skip" && (named === undefined || named.has(exception.sessionId)),
    ),
  };
  const limit = maxOccurrences === undefined ? {} : { maxOccurrences };
  return expandPlan(unskipped, { includeHabits: false, ...limit }).filter(
    (occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit" && !kept.has(occurrence.id),
  );
}
