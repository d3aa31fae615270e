/**
 * Either/or for the rules: the choices of an occurrence (itself and its `alternatives`) as occurrences. A rule that
 * caps judges the choice worst for its cap; a rule that asks for enough is satisfied when any choice satisfies it.
 */
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { choicesOf as choicesOfOccurrence } from "../../schedule/choices.js";
import type { SessionOccurrence } from "../../schedule/types.js";

// The rules ask each occurrence with alternatives for its choices many times; each answer builds new occurrences, so
// it is built once per occurrence and kept as long as the occurrence is. An occurrence without alternatives is its
// own only choice and needs no entry.
const choicesByOccurrence = new WeakMap<SessionOccurrence, readonly SessionOccurrence[]>();

/**
 * The choices of a session occurrence, itself first, then its alternatives as occurrences (`choicesOf` of the
 * schedule), worked out once per occurrence.
 *
 * @param occurrence - A session occurrence.
 * @returns The occurrence and its alternatives.
 */
export function choicesOf(occurrence: SessionOccurrence): readonly SessionOccurrence[] {
  if (occurrence.alternatives === undefined) return [occurrence];
  let choices = choicesByOccurrence.get(occurrence);
  if (choices === undefined) {
    choices = choicesOfOccurrence(occurrence);
    choicesByOccurrence.set(occurrence, choices);
  }
  return choices;
}

/**
 * The run a rule that caps running judges for an occurrence: the run itself, else its alternative run with the most
 * minutes (the first of equals), else undefined.
 *
 * @param occurrence - A session occurrence.
 * @param minutes - The minutes a cap reads of a run.
 * @returns A run occurrence, or undefined.
 */
export function runChoiceOf(
  occurrence: SessionOccurrence,
  minutes: (run: SessionOccurrence) => number,
): SessionOccurrence | undefined {
  if (occurrence.kind === "run") return occurrence;
  let heaviest: SessionOccurrence | undefined;
  for (const choice of choicesOf(occurrence))
    if (choice.kind === "run" && (heaviest === undefined || minutes(choice) > minutes(heaviest))) heaviest = choice;
  return heaviest;
}

/**
 * The most minutes of an occurrence's choices, each at the upper bound of its range (caps judge it), else as planned:
 * of the choices of its own kind, or of any kind with `anyKind` (a day's time).
 *
 * @param occurrence - A session occurrence.
 * @param anyKind - Whether choices of another kind count.
 * @returns Minutes.
 */
export function heaviestMinutes(occurrence: SessionOccurrence, anyKind = false): number {
  const upper = (choice: SessionOccurrence) => aerobicFields(choice).ranges?.minutes?.max ?? choice.session.minutes;
  const choices = choicesOf(occurrence).filter((choice) => anyKind || choice.kind === occurrence.kind);
  return Math.max(...choices.map(upper));
}
