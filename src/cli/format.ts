import { styleText } from "node:util";
import { type Calendar, type Finding, type Occurrence, type Report, type Rule, LEVELS, habitTitle, sessionTitle } from "../index.js";

type Style = Parameters<typeof styleText>[0];

/** Colours text when colour is on; plain text otherwise (pipes, files, NO_COLOR). */
export function painter(color: boolean): (style: Style, text: string) => string {
  // The CLI decides about colour itself (TTY, NO_COLOR); styleText must not second-guess it.
  return (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
}

const SEVERITY_STYLE: Readonly<Record<Finding["severity"], Style>> = { error: "red", warning: "yellow", info: "cyan" };

/** The report as text: a verdict line, one block per finding (what, where, how to fix), the fundamentals. */
export function formatReport(report: Report, planId: string, color: boolean): string {
  const paint = painter(color);
  const { error, warning, info } = report.counts;
  const verdict = report.ok ? paint("green", "OK") : paint("red", "NOT OK");
  const lines = [`Plan ${planId}: ${verdict} at ${report.level} level (${String(error)} errors, ${String(warning)} warnings, ${String(info)} info)`];
  for (const finding of report.findings) {
    const where = [finding.week === undefined ? "" : `week ${String(finding.week)}`, finding.date ?? "", finding.sessionId ?? "", finding.path ?? ""].filter(Boolean).join(", ");
    lines.push(`${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7))} ${paint("bold", finding.ruleId)}${where === "" ? "" : ` (${where})`}`);
    lines.push(`        ${finding.message}`);
    if (finding.hint !== undefined) lines.push(`        ${paint("dim", `Fix: ${finding.hint}`)}`);
  }
  lines.push("", "Fundamentals:");
  for (const [name, result] of Object.entries(report.fundamentals)) {
    const counts = `${String(result.counts.error)} errors, ${String(result.counts.warning)} warnings, ${String(result.counts.info)} info`;
    lines.push(`  ${(result.ok ? paint("green", "ok    ") : paint("red", "not ok"))} ${name.padEnd(15)} ${counts}`);
  }
  return `${lines.join("\n")}\n`;
}

const RUN_LABELS: Readonly<Record<string, string>> = { easy: "E", recovery: "R", long: "L", tempo: "T", intervals: "I", hills: "H", strides: "St", race: "Race" };

/** A short label for a session occurrence: E40 (easy run 40 min), L60, H45, S30 (strength), X40 (cross). */
function shortLabel(occurrence: Occurrence): string | undefined {
  if (occurrence.kind === "habit" || occurrence.kind === "mobility" || occurrence.kind === "mental") return undefined;
  const session = occurrence.session;
  const prefix = session.kind === "run" ? (RUN_LABELS[session.runType] ?? "E") : session.kind === "strength" ? "S" : "X";
  return `${prefix}${String(session.minutes)}`;
}

/** A week-by-week overview: days as columns, sessions as short labels; mobility, mental practice and habits counted. */
export function formatCalendarOverview(calendar: Calendar, color: boolean): string {
  const paint = painter(color);
  const width = 11;
  const header = ["Week", "Phase".padEnd(11), ...(calendar.weeks[0]?.days.map((day) => `${day.weekday} ${day.date.slice(5)}`.padEnd(width)) ?? [])];
  const lines = [paint("bold", header.join(" "))];
  for (const week of calendar.weeks) {
    const cells = week.days.map((day) => {
      const labels = day.occurrences.map(shortLabel).filter((label): label is string => label !== undefined);
      return (labels.length === 0 ? "-" : labels.join(" ")).padEnd(width);
    });
    lines.push([String(week.index).padStart(4), week.phase.slice(0, 11).padEnd(11), ...cells].join(" "));
  }
  lines.push(
    "",
    "E easy run, R recovery run, L long run, H hills, T tempo, I intervals, S strength, X cross-training; numbers are minutes.",
    "Every day also has mobility work; mental practice and habits are in the calendar export.",
  );
  return `${lines.join("\n")}\n`;
}

/** Occurrences as text, one per line. */
export function formatOccurrences(occurrences: readonly Occurrence[]): string {
  const lines = occurrences.map((occurrence) => {
    const time = occurrence.start === undefined ? "all day    " : `${occurrence.start.slice(11, 16)}-${(occurrence.end ?? occurrence.start).slice(11, 16)}`;
    const title = occurrence.kind === "habit" ? habitTitle(occurrence.habit) : sessionTitle(occurrence.session);
    const moved = occurrence.originalDate === undefined ? "" : ` (moved from ${occurrence.originalDate})`;
    return `${occurrence.date} ${time}  ${title}${moved}  [week ${String(occurrence.week)}, ${occurrence.phase}]`;
  });
  return lines.length === 0 ? "No occurrences in this range.\n" : `${lines.join("\n")}\n`;
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
      const values = LEVELS.map((level) => `${level} ${JSON.stringify((meta.defaults[level] as Record<string, unknown>)[option])}`).join(", ");
      lines.push(`  ${option}: ${values}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The rules as JSON data: meta without the zod schema. */
export function rulesJson(rules: readonly Rule[]): unknown {
  return rules.map(({ meta }) => ({
    id: meta.id,
    fundamental: meta.fundamental,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    evidence: meta.evidence,
    docs: meta.docs,
    defaults: meta.defaults,
    messages: meta.messages,
  }));
}
