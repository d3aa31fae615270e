import type { AerobicOccurrenceFields, SessionOccurrence } from "./types.js";

/**
 * The ranges, estimated minutes and intensity of a session occurrence: a run or cross-training occurrence carries them,
 * the other kinds carry none. What the CLI's text and the iCalendar export give the labels besides the session.
 */
export function aerobicFields(occurrence: SessionOccurrence): Partial<AerobicOccurrenceFields> {
  return occurrence.kind === "run" || occurrence.kind === "cross" ? occurrence : {};
}
