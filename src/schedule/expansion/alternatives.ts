/** Either/or in the expansion: the alternatives of one occurrence, each resolved for its week. Internal to it. */
import { alternativeSessions } from "../../model/alternatives.js";
import { intensityOf } from "../../model/intensity.js";
import type { Plan } from "../../model/plan.js";
import type { Session } from "../../model/session.js";
import type { OccurrenceAlternative } from "../types.js";
import { resolveSession, takesPlace } from "./resolveSession.js";

/**
 * The alternatives of a session in one week of its phase, each as the main session's occurrence would carry it: plain
 * numbers, its `ranges` and `estimated`. An alternative whose size is `null` that week is not offered that week.
 *
 * @param session - The main session, with `alternatives`.
 * @param weekIndex - The 0-based week of its phase.
 * @param multiplier - The week's progression, applied to recurring runs.
 * @param paces - The plan's paces.
 * @returns The alternatives, or undefined for a session without them.
 */
export function resolveAlternatives(
  session: Session,
  weekIndex: number,
  multiplier: number,
  paces: Plan["paces"],
): readonly OccurrenceAlternative[] | undefined {
  if (session.alternatives === undefined) return undefined;
  return (alternativeSessions(session) as unknown as Session[])
    .filter((alternative) => takesPlace(alternative, weekIndex))
    .map((alternative) => {
      const scale = alternative.kind === "run" && alternative.date === undefined ? multiplier : 1;
      const { session: resolved, ranges, estimated } = resolveSession(alternative, weekIndex, scale, paces);
      const entry: OccurrenceAlternative = {
        ...resolved,
        ...(ranges === undefined ? {} : { ranges }),
        ...(estimated === undefined ? {} : { estimated }),
      };
      // Not enumerable, as on occurrences: what the rules read of a choice (rules/helpers/choices.ts).
      if (resolved.kind === "run" || resolved.kind === "cross")
        Object.defineProperty(entry, "intensity", { value: intensityOf(resolved, { paces }), enumerable: false });
      return entry;
    });
}
