import type { AerobicOccurrenceFields, SessionOccurrence } from "./types.js";

/**
 * The ranges, estimated minutes and intensity of a session occurrence: a run or cross-training occurrence carries them,
 * the other kinds carry their ranges, estimates and alternatives. What the CLI's text and the iCalendar export give the labels besides the session.
 */
export function aerobicFields(
  occurrence: SessionOccurrence,
): Partial<AerobicOccurrenceFields> & Pick<SessionOccurrence, "alternatives"> {
  // Every kind may carry ranges, estimates and alternatives (a strength session of 15-30 min); only runs and cross
  // have intensity.
  return occurrence;
}
