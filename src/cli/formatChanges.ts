/**
 * What changed between two expansions of a plan (`diffOccurrences`), as `adjust` and `diff` print it: text for a
 * person, JSON that names each occurrence by id with its slots only.
 */
import type { Occurrence, OccurrenceChange, OccurrenceDiff } from "../index.js";
import { escapeControls } from "./format.js";
import { englishLabels, type Labels } from "./labels.js";

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

const KINDS = ["added", "removed", "moved", "changed"] as const;

/** One line per added, removed, moved or changed occurrence, then the counts, in the labels' language. */
export function diffText(diff: OccurrenceDiff, label: Labels = englishLabels): string {
  const words = KINDS.map((kind) => label(`changes.${kind}`));
  const width = Math.max(8, ...words.map((word) => word.length + 1));
  const lines = KINDS.flatMap((kind, index) =>
    diff[kind].map((change) => {
      const where = kind === "moved" ? move(change) : slot(change.after ?? change.before);
      return `${(words[index] ?? kind).padEnd(width)} ${escapeControls(change.id)}  ${where}`;
    }),
  );
  const counts = label("changes.counts", {
    added: diff.added.length,
    removed: diff.removed.length,
    moved: diff.moved.length,
    changed: diff.changed.length,
    unchanged: diff.unchanged.length,
  });
  return `${lines.length === 0 ? `${label("changes.none")}\n` : `${lines.join("\n")}\n`}${counts}\n`;
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
