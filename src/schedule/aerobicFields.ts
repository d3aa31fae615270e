import type { AerobicOccurrenceFields, SessionOccurrence } from "./types.js";

/**
 * The ranges, estimated minutes and intensity of a session occurrence: a run or cross-training occurrence carries them,
 * the other kinds carry none. What the CLI's text and the iCalendar export give the labels besides the session.
 */
export function aerobicFields(occurrence: SessionOccurrence): Partial<AerobicOccurrenceFields> {
  // Every kind may carry ranges and estimates (a strength session of 15-30 min); only runs and cross have intensity.
  return occurrence;
}
