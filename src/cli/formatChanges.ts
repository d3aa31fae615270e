/**
 * What changed between two expansions of a plan (`diffOccurrences`), as `adjust` and `diff` print it: text for a
 * person, JSON that names each occurrence by id with its slots only.
 */
import type { Occurrence, OccurrenceChange, OccurrenceDiff } from "../index.js";
import { escapeControls } from "./format.js";

/** The UTC offset of an occurrence's start (`-05:00`, `+01:00`; `Z` as written), empty for an all-day one. */
function offsetOf(occurrence: Occurrence | undefined): string {
  return occurrence?.start?.slice(19).replace(/^\.\d+/, "") ?? "";
}

/** Where an occurrence is: its date, and its wall time when it has one, with the UTC offset when asked. */
function slot(occurrence: Occurrence | undefined, withOffset = false): string {
  if (occurrence === undefined) return "";
  if (occurrence.start === undefined) return occurrence.date;
  return `${occurrence.date} ${occurrence.start.slice(11, 16)}${withOffset ? offsetOf(occurrence) : ""}`;
}

/**
 * A move as `before -> after`. When the two wall times are in different offsets (a trip to another zone, or a
 * daylight-saving change), each shows its offset: "07:00-05:00 -> 07:00+01:00" moved, where "07:00 -> 07:00" would
 * read as nothing.
 */
function move(change: OccurrenceChange): string {
  const zoned = offsetOf(change.before) !== offsetOf(change.after);
  return `${slot(change.before, zoned)} -> ${slot(change.after, zoned)}`;
}

/** One line per added, removed, moved or changed occurrence, then the counts. */
export function diffText(diff: OccurrenceDiff): string {
  const line = (what: string, change: OccurrenceChange) => {
    const where = what === "moved" ? move(change) : slot(change.after ?? change.before);
    return `${what.padEnd(8)} ${escapeControls(change.id)}  ${where}`;
  };
  const lines = [
    ...diff.added.map((change) => line("added", change)),
    ...diff.removed.map((change) => line("removed", change)),
    ...diff.moved.map((change) => line("moved", change)),
    ...diff.changed.map((change) => line("changed", change)),
  ];
  const counts = `${String(diff.added.length)} added, ${String(diff.removed.length)} removed, ${String(diff.moved.length)} moved, ${String(diff.changed.length)} changed, ${String(diff.unchanged.length)} unchanged.`;
  return `${lines.length === 0 ? "No occurrence changed.\n" : `${lines.join("\n")}\n`}${counts}\n`;
}

/** The diff as JSON: ids with their slots (`date`, `start`), not whole occurrences, so that it stays small. */
export function diffJson(diff: OccurrenceDiff): unknown {
  const brief = (occurrence: Occurrence | undefined) =>
    occurrence === undefined
      ? undefined
      : { date: occurrence.date, ...(occurrence.start === undefined ? {} : { start: occurrence.start }) };
  const list = (changes: readonly OccurrenceChange[]) =>
    changes.map((change) => ({ id: change.id, before: brief(change.before), after: brief(change.after) }));
  return {
    added: list(diff.added),
    removed: list(diff.removed),
    moved: list(diff.moved),
    changed: list(diff.changed),
    unchanged: diff.unchanged.length,
  };
}
