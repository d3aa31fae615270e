/** The order of an expansion's occurrences. */
import { parseInstant } from "../../calendar/civilDate.js";
import type { Occurrence } from "../types.js";
import type { Expansion } from "./context.js";

/** Sorts by date, then all-day first, then start instant, then session id, then id; keys are computed once. */
export function sortOccurrences<T extends Occurrence>(expansion: Expansion, occurrences: readonly T[]): T[] {
  const keyed = occurrences.map((occurrence) => ({
    occurrence,
    timed: occurrence.allDay ? 0 : 1,
    startMs:
      occurrence.start === undefined ? 0 : (expansion.startMs.get(occurrence.start) ?? parseInstant(occurrence.start)),
  }));
  keyed.sort((a, b) => {
    const x = a.occurrence;
    const y = b.occurrence;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    if (a.timed !== b.timed) return a.timed - b.timed;
    if (a.startMs !== b.startMs) return a.startMs - b.startMs;
    if (x.sessionId !== y.sessionId) return x.sessionId < y.sessionId ? -1 : 1;
    return x.id < y.id ? -1 : 1; // ids are unique
  });
  return keyed.map((entry) => entry.occurrence);
}
