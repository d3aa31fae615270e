import type { AerobicOccurrenceFields, SessionOccurrence } from "./types.js";

/**
 * The ranges, estimated minutes and intensity of a session occurrence: a run or cross-training occurrence carries them,
 * the other kinds carry none (only their alternatives). What the CLI's text and the iCalendar export give the labels besides the session.
 */
export function aerobicFields(
  occurrence: SessionOccurrence,
): Partial<AerobicOccurrenceFields> & Pick<SessionOccurrence, "alternatives"> {
  if (occurrence.kind === "run" || occurrence.kind === "cross") return occurrence;
  // Alternatives, which any kind may have, for the "or" of the texts.
  return occurrence.alternatives === undefined ? {} : { alternatives: occurrence.alternatives };
}
