/**
 * The report of `validate` and `demo` as text: a verdict line, one block per finding (what, where, how to fix), the
 * fundamentals table; its own words from the labels of the output's language (labels.ts).
 */
import type { Finding, Report } from "../index.js";
import type { MessageData } from "../locale/types.js";
import { countsText, escapeControls, painter, type Style } from "./format.js";
import { englishLabels, type Labels } from "./labels.js";

const SEVERITIES = ["error", "warning", "info"] as const;

/** Where a finding is, in words: its week or weeks. */
function whereOf(finding: Finding, label: Labels): string {
  if (finding.weeks !== undefined)
    return label("report.weeks", { count: new Set(finding.weeks).size, weeks: finding.weeks });
  return finding.week === undefined ? "" : label("report.week", { week: finding.week });
}

const SEVERITY_STYLE: Readonly<Record<Finding["severity"], Style>> = { error: "red", warning: "yellow", info: "cyan" };

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** The labels of the output's language (`--locale`); English by default. */
  readonly labels?: Labels;
  /** List error findings only (the verdict line still counts everything). */
  readonly quiet?: boolean;
  /** The file the plan came from, named in the verdict line when several plans are reported. */
  readonly source?: string;
}

/** The report as text: a verdict line, one block per finding (what, where, how to fix), the fundamentals. */
export function formatReport(
  report: Report,
  planId: string,
  color: boolean,
  options: FormatReportOptions = {},
): string {
  const paint = painter(color);
  const label = options.labels ?? englishLabels;
  const verdict = report.ok ? paint("green", label("report.ok")) : paint("red", label("report.notOk"));
  const source: MessageData =
    options.source === undefined ? { inSource: false } : { inSource: true, source: escapeControls(options.source) };
  const counts = countsText(report.counts, label);
  const data = { planId: escapeControls(planId), ...source, verdict, level: report.level, counts };
  const lines = [label("report.verdict", data)];
  const severityWidth = Math.max(...SEVERITIES.map((severity) => label(`severity.${severity}`).length));
  for (const finding of report.findings) {
    if (options.quiet === true && finding.severity !== "error") continue;
    const where = escapeControls(
      [whereOf(finding, label), finding.date ?? "", finding.sessionId ?? "", finding.path ?? ""]
        .filter(Boolean)
        .join(", "),
    );
    const severity = label(`severity.${finding.severity}`).padEnd(severityWidth);
    lines.push(
      `${paint(SEVERITY_STYLE[finding.severity], severity)} ${paint("bold", escapeControls(finding.ruleId))}${where === "" ? "" : ` (${where})`}`,
    );
    lines.push(`        ${escapeControls(finding.message)}`);
    if (finding.hint !== undefined)
      lines.push(`        ${paint("dim", label("report.fix", { hint: escapeControls(finding.hint) }))}`);
  }
  lines.push("", label("report.fundamentals"));
  const [ok, notOk] = [label("report.fundamentalOk"), label("report.fundamentalNotOk")];
  const okWidth = Math.max(ok.length, notOk.length);
  const names = Object.keys(report.fundamentals).map((name) => label("report.fundamental", { name }));
  const nameWidth = Math.max(15, ...names.map((name) => name.length));
  Object.values(report.fundamentals).forEach((result, index) => {
    const status = result.ok ? paint("green", ok.padEnd(okWidth)) : paint("red", notOk.padEnd(okWidth));
    lines.push(`  ${status} ${(names[index] ?? "").padEnd(nameWidth)} ${countsText(result.counts, label)}`);
  });
  return `${lines.join("\n")}\n`;
}
