/** A rule's report turned into a finding: its message filled in, its severity resolved, its location normalised. */
import { issueAt, OffseasonError } from "../../model/errors.js";
import { fillTemplate } from "../helpers/text.js";
import type { Finding, RuleMessage, RuleMeta, RuleReport, Severity } from "../types.js";

/** `week` and `weeks` of a finding: a report with weeks is located at the first of them. */
function weeksOf(report: RuleReport): { readonly week?: number; readonly weeks?: readonly number[] } {
  if (report.weeks === undefined || report.weeks.length === 0)
    return report.week === undefined ? {} : { week: report.week };
  const weeks = [...new Set(report.weeks)].sort((a, b) => a - b);
  return { week: weeks[0] ?? 0, weeks };
}

/**
 * The severity of a finding: the user's config, else the message's default, else the rule's. The rule's `check` has
 * no say (a deprecated `report.severity` of an older custom rule still counts, after the config).
 */
function severityOf(
  report: RuleReport,
  message: RuleMessage,
  meta: RuleMeta<object>,
  configured: Severity | undefined,
): Severity {
  // The config sets the severity of violations only; a note of what could not be checked stays info.
  if (report.note === true) return "info";
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- read for the custom rules written before meta severities
  return configured ?? report.severity ?? message.severity ?? meta.defaultSeverity;
}

/**
 * The finding of one report.
 *
 * @param meta - The meta of the rule that reported it.
 * @param configured - The severity the user's config gives the rule, if any.
 * @param report - What the rule reported.
 * @returns The finding.
 * @throws {@link OffseasonError} with code `config` when the message id is not one of `meta.messages`.
 */
export function reportToFinding(meta: RuleMeta<object>, configured: Severity | undefined, report: RuleReport): Finding {
  const message = meta.messages[report.messageId];
  if (!message) {
    throw new OffseasonError("config", `Rule ${meta.id} reported an unknown message id "${report.messageId}"`, [
      issueAt(
        ["customRules", meta.id],
        `reported "${report.messageId}", which its meta.messages does not define (${Object.keys(meta.messages).join(", ")})`,
        "config",
      ),
    ]);
  }
  const data = report.data ?? {};
  return {
    ruleId: meta.id,
    fundamental: meta.fundamental,
    severity: severityOf(report, message, meta, configured),
    ...(report.note === true ? { note: true as const } : {}),
    messageId: report.messageId,
    data,
    message: fillTemplate(message.message, data),
    ...(message.hint === undefined ? {} : { hint: fillTemplate(message.hint, data) }),
    ...weeksOf(report),
    ...(report.date === undefined ? {} : { date: report.date }),
    ...(report.sessionId === undefined ? {} : { sessionId: report.sessionId }),
    ...(report.path === undefined ? {} : { path: report.path }),
    ...(report.measured === undefined ? {} : { measured: report.measured }),
    ...(report.limit === undefined ? {} : { limit: report.limit }),
  };
}
