/**
 * Either/or: the choices of an occurrence (itself and its `alternatives`) as occurrences, for what judges a day by its
 * worst choice (hard, key, the most minutes) or by any choice (floors).
 */
import type { SessionOccurrence } from "./types.js";

/**
 * The choices of a session occurrence: itself, then each alternative as an occurrence of its kind on the same day
 * (its session, `ranges`, `estimated` and intensity), without alternatives of its own.
 *
 * @param occurrence - A session occurrence.
 * @returns The occurrence alone when it has no alternatives.
 */
export function choicesOf(occurrence: SessionOccurrence): readonly SessionOccurrence[] {
  if (occurrence.alternatives === undefined) return [occurrence];
  return [
    occurrence,
    ...occurrence.alternatives.map((alternative) => {
      const { ranges, estimated, ...session } = alternative;
      const choice: Record<string, unknown> = { ...occurrence, kind: session.kind, session };
      delete choice.alternatives;
      delete choice.ranges;
      delete choice.estimated;
      if (ranges !== undefined) choice.ranges = ranges;
      if (estimated !== undefined) choice.estimated = estimated;
      const intensity = Object.getOwnPropertyDescriptor(alternative, "intensity");
      if (intensity) Object.defineProperty(choice, "intensity", intensity);
      return choice as unknown as SessionOccurrence;
    }),
  ];
}
