import * as util from "node:util";
import {
  type Calendar,
  type Occurrence,
  type Rule,
  type SessionOccurrence,
  type AerobicOccurrenceFields,
  LEVELS,
  RUN_TYPE_SHORT_LABELS,
  habitTitle,
  sessionStructure,
  sessionTitle,
} from "../index.js";
import { aerobicFields } from "../schedule/aerobicFields.js";
import { englishLabels, type Labels } from "./labels.js";

/** The styles the CLI uses. */
export type Style = "red" | "green" | "yellow" | "cyan" | "bold" | "dim";

/** `util.styleText`'s shape, for the styles the CLI uses. */
export type StyleText = (style: Style, text: string, options: { validateStream: boolean }) => string;

// SGR codes (open, close) for Node 20.0-20.11, which have no util.styleText (added in 20.12).
const SGR: Readonly<Record<Style, readonly [number, number]>> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

/** A report's counts as a runner reads them: "1 error, 2 warnings, 11 info" (info is uncountable), in the labels' language. */
export function countsText(
  counts: { readonly error: number; readonly warning: number; readonly info: number },
  labels: Labels = englishLabels,
): string {
  return labels("counts", { error: counts.error, warning: counts.warning, info: counts.info });
}

/** Plain ANSI SGR colouring, what `util.styleText` writes. */
export function ansiStyle(style: Style, text: string): string {
  const [open, close] = SGR[style];
  return `\u001b[${String(open)}m${text}\u001b[${String(close)}m`;
}

// A namespace import: a named import of styleText would fail to link on Node before 20.12.
const nodeStyleText = (util as { readonly styleText?: StyleText }).styleText;

/** Colours text when colour is on; plain text otherwise (pipes, files, NO_COLOR). */
export function painter(
  color: boolean,
  styleText: StyleText | undefined = nodeStyleText,
): (style: Style, text: string) => string {
  if (!color) return (_style, text) => text;
  // The CLI decides about colour itself (TTY, NO_COLOR, FORCE_COLOR); styleText must not second-guess it.
  return styleText === undefined ? ansiStyle : (style, text) => styleText(style, text, { validateStream: false });
}

// C0 (with \n, \r, \t), DEL, C1 and the bidi controls: what can retitle, clear or rewrite a terminal, or reorder a line.
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes user text safe for a terminal: control characters (C0, DEL, C1) and bidi controls become visible escapes
 * (`\n`, `\t`, `\u{1b}`). Applied wherever user text (names, notes, ids, keys, file names, echoed input) enters text
 * output; JSON output stays JSON.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED_ESCAPES[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * A short label for a session occurrence: E40 (easy run 40 min), L60, H45, S30 (strength), X40 (cross); E30-45 for a
 * range of minutes, L~80 for minutes estimated from a pace, a trailing ? for an optional session.
 */
function shortLabel(occurrence: Occurrence): string | undefined {
  if (occurrence.kind === "habit" || occurrence.kind === "mobility" || occurrence.kind === "mental") return undefined;
  const session = occurrence.session;
  const { ranges, estimated } = aerobicFields(occurrence);
  const prefix =
    session.kind === "run" ? RUN_TYPE_SHORT_LABELS[session.runType] : session.kind === "strength" ? "S" : "X";
  const minutes = ranges?.minutes
    ? ranges.minutes.min === ranges.minutes.max
      ? String(Math.round(ranges.minutes.min))
      : `${String(Math.round(ranges.minutes.min))}${ranges.minutes.max === undefined ? "+" : `-${String(Math.round(ranges.minutes.max))}`}`
    : estimated?.includes("minutes") === true
      ? `~${String(Math.round(session.minutes))}`
      : String(session.minutes);
  return `${prefix}${minutes}${session.optional === true ? "?" : ""}`;
}

/** The legend under the overview; what only the format additions write is explained only when the calendar has it. */
function overviewLegend(calendar: Calendar, labels: Labels): string[] {
  const sessions = calendar.occurrences.filter(
    (occurrence): occurrence is SessionOccurrence => shortLabel(occurrence) !== undefined,
  );
  const fartlek = sessions.some((occurrence) => occurrence.kind === "run" && occurrence.session.runType === "fartlek");
  const range = sessions.some((occurrence) => aerobicFields(occurrence).ranges?.minutes !== undefined);
  const estimated = sessions.some((occurrence) => aerobicFields(occurrence).estimated?.includes("minutes") === true);
  const optional = sessions.some((occurrence) => occurrence.session.optional === true);
  const numbers = range && estimated ? "both" : range ? "range" : estimated ? "estimated" : "none";
  return [labels("overview.legend", { fartlek, numbers, optional }), labels("overview.more")];
}

/** A week-by-week overview: days as columns, sessions as short labels; mobility, mental practice and habits counted. */
export function formatCalendarOverview(calendar: Calendar, color: boolean, labels: Labels = englishLabels): string {
  const paint = painter(color);
  const width = 11;
  const header = [
    labels("overview.week").padStart(4),
    labels("overview.phase").padEnd(11),
    ...(calendar.weeks[0]?.days.map((day) => `${day.weekday} ${day.date.slice(5)}`.padEnd(width)) ?? []),
  ];
  const lines = [paint("bold", header.join(" "))];
  for (const week of calendar.weeks) {
    const cells = week.days.map((day) => {
      const labels = day.occurrences.map(shortLabel).filter((label): label is string => label !== undefined);
      return (labels.length === 0 ? "-" : labels.join(" ")).padEnd(width);
    });
    lines.push(
      [String(week.index).padStart(4), escapeControls(week.phase.slice(0, 11)).padEnd(11), ...cells].join(" "),
    );
  }
  lines.push("", ...overviewLegend(calendar, labels));
  return `${lines.join("\n")}\n`;
}

/** The title of an occurrence, and for a session with steps its structure: "Tempo run 40 min: 10 min warm-up, ...". */
function occurrenceTitle(occurrence: Occurrence): string {
  if (occurrence.kind === "habit") return escapeControls(habitTitle(occurrence.habit));
  const structure = sessionStructure(occurrence.session as Parameters<typeof sessionStructure>[0]);
  return escapeControls(
    `${sessionTitle(occurrence.session, aerobicFields(occurrence))}${structure === undefined ? "" : `: ${structure}`}`,
  );
}

/** Occurrences as text, one per line. */
export function formatOccurrences(occurrences: readonly Occurrence[]): string {
  const lines = occurrences.map((occurrence) => {
    const time =
      occurrence.start === undefined
        ? "all day    "
        : `${occurrence.start.slice(11, 16)}-${(occurrence.end ?? occurrence.start).slice(11, 16)}`;
    const moved = occurrence.originalDate === undefined ? "" : ` (moved from ${occurrence.originalDate})`;
    return `${occurrence.date} ${time}  ${occurrenceTitle(occurrence)}${moved}  [week ${String(occurrence.week)}, ${escapeControls(occurrence.phase)}]`;
  });
  return lines.length === 0 ? "No occurrences in this range.\n" : `${lines.join("\n")}\n`;
}

// Bytes a scaled copy of a session may add over the copy measured, each number at most 24 digits more: in the text,
// its minutes (or the two bounds of a range, or of a distance); in JSON, its minutes, RPE (per-week values), km and mi.
const SCALED_NUMBERS_SLACK = { text: 48, json: 96 } as const;

/**
 * An upper bound of the bytes of {@link formatOccurrences} (`text`) or of `JSON.stringify(occurrences, null, 2)`
 * (`json`), computed without building either: the session or habit of each occurrence is measured once per phase and
 * id (runs are copies that differ only in their scaled numbers), the rest of each occurrence is small; the `ranges`,
 * `estimated` and `intensity` of an occurrence, when it has them, are measured for each.
 */
export function occurrencesOutputBound(occurrences: readonly Occurrence[], format: "text" | "json"): number {
  const measured = new Map<string, number>();
  let total = 2;
  for (const occurrence of occurrences) {
    const key = `${occurrence.kind === "habit" ? "habit" : "session"}:${occurrence.phase}:${occurrence.sessionId}`;
    let size = measured.get(key);
    if (size === undefined) {
      if (format === "text") size = Buffer.byteLength(occurrenceTitle(occurrence)) + SCALED_NUMBERS_SLACK.text;
      else {
        // Nested two levels deep (array, occurrence): 4 more spaces of indentation on every line.
        const json = JSON.stringify(occurrence.kind === "habit" ? occurrence.habit : occurrence.session, null, 2);
        size = Buffer.byteLength(json) + 4 * json.split("\n").length + SCALED_NUMBERS_SLACK.json;
      }
      measured.set(key, size);
    }
    // The rest: dates, times, week, ids (plain ASCII) and the fixed text or JSON keys around them, generously.
    const ids =
      occurrence.id.length +
      occurrence.sessionId.length +
      2 * occurrence.phase.length +
      (occurrence.kind === "habit" ? (occurrence.runOccurrenceId?.length ?? 0) : 0);
    total +=
      size +
      ids +
      (format === "text" ? 96 : 512) +
      (format === "json" && occurrence.kind !== "habit" ? additionsBytes(aerobicFields(occurrence)) : 0);
  }
  return total;
}

/** The JSON bytes of an occurrence's `ranges` and `estimated`, indented two levels deeper (`intensity` is not enumerable: JSON leaves it out). */
function additionsBytes({ ranges, estimated }: Partial<AerobicOccurrenceFields>): number {
  if (ranges === undefined && estimated === undefined) return 0;
  const json = JSON.stringify({ ranges, estimated }, null, 2);
  return Buffer.byteLength(json) + 4 * json.split("\n").length;
}

/** The rules as a table: id, fundamental, default severity, options per level, description. */
export function formatRules(rules: readonly Rule[], color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const { meta } of rules) {
    lines.push(`${paint("bold", meta.id)}  [${meta.fundamental}, ${meta.defaultSeverity}, evidence ${meta.evidence}]`);
    lines.push(`  ${meta.description}`);
    const options = Object.keys(meta.defaults.intermediate);
    for (const option of options) {
      const values = LEVELS.map(
        (level) => `${level} ${JSON.stringify((meta.defaults[level] as Record<string, unknown>)[option])}`,
      ).join(", ");
      lines.push(`  ${option}: ${values}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The rules as JSON data: meta without the zod schema; `docs` a link that works outside the repository (a rule's
 * `#fragment` joined to `docsPage`, the repository's docs/rules.md).
 */
export function rulesJson(rules: readonly Rule[], docsPage: string): unknown {
  return rules.map(({ meta }) => ({
    id: meta.id,
    fundamental: meta.fundamental,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    evidence: meta.evidence,
    docs: meta.docs.startsWith("#") ? `${docsPage}${meta.docs}` : meta.docs,
    defaults: meta.defaults,
    messages: meta.messages,
  }));
}
