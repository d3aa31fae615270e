/** A rule's report turned into a finding: its message filled in, its severity resolved, its location normalised. */
import { issueAt, OffseasonError } from "../../model/errors.js";
import type { MessageFormatter } from "../../locale/formatMessage.js";
import type { LocaleMessage } from "../../locale/types.js";
import type { Finding, RuleMessage, RuleMeta, RuleReport, Severity } from "../types.js";

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
 * The words of a rule's message in a locale: the locale's own, else the rule's `meta.locales` for the locale's code,
 * else the English of `meta.messages`, message by message (and the hint with the message it belongs to).
 */
export function localeMessage(
  meta: RuleMeta<object>,
  messageId: string,
  formatter: MessageFormatter,
): LocaleMessage | undefined {
  const { locale } = formatter;
  return locale.rules?.[meta.id]?.[messageId] ?? meta.locales?.[locale.code]?.[messageId] ?? meta.messages[messageId];
}

/**
 * The finding of one report.
 *
 * @param meta - The meta of the rule that reported it.
 * @param configured - The severity the user's config gives the rule, if any.
 * @param report - What the rule reported.
 * @param formatter - Renders the message in the validation's locale.
 * @returns The finding.
 * @throws {@link OffseasonError} with code `config` when the message id is not one of `meta.messages`.
 */
export function reportToFinding(
  meta: RuleMeta<object>,
  configured: Severity | undefined,
  report: RuleReport,
  formatter: MessageFormatter,
): Finding {
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
  // Built key by key, not by conditional spreads: every finding of every validation passes here. The key order is the
  // finding's JSON order.
  const finding: Record<string, unknown> = {
    ruleId: meta.id,
    fundamental: meta.fundamental,
    severity: severityOf(report, message, meta, configured),
  };
  if (report.note === true) finding.note = true;
  finding.messageId = report.messageId;
  finding.data = data;
  const words = localeMessage(meta, report.messageId, formatter) ?? message;
  finding.message = formatter.format(words.message, data);
  const hint = words.hint ?? message.hint;
  if (hint !== undefined) finding.hint = formatter.format(hint, data);
  if (report.weeks === undefined || report.weeks.length === 0) {
    if (report.week !== undefined) finding.week = report.week;
  } else {
    const weeks = [...new Set(report.weeks)].sort((a, b) => a - b);
    finding.week = weeks[0] ?? 0;
    finding.weeks = weeks;
  }
  if (report.date !== undefined) finding.date = report.date;
  if (report.sessionId !== undefined) finding.sessionId = report.sessionId;
  if (report.path !== undefined) finding.path = report.path;
  if (report.measured !== undefined) finding.measured = report.measured;
  if (report.limit !== undefined) finding.limit = report.limit;
  return finding as unknown as Finding;
}
