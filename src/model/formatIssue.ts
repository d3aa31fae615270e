/**
 * Input issues worded again in another language: an issue keeps its message id and raw data, so that one made in
 * English (by a function that takes no locale) reads in Spanish or German later, as `formatFinding` does for findings.
 */
import { createFormatter } from "../locale/formatMessage.js";
import type { Locale } from "../locale/types.js";
import { errorText, type OffseasonError, type OffseasonIssue } from "./errors.js";
import { ISSUE_MESSAGES } from "./issueMessages.js";

/**
 * An issue's message in a locale: the locale's template of its `messageId`, else the English one, rendered with its
 * `data`. An issue made with a message of its own (no `data`) keeps it.
 *
 * @param issue - An issue of an {@link OffseasonError}.
 * @param locale - The locale, e.g. `es` from `offseason/locales/es`; English when left out.
 * @returns The message.
 * @example
 * ```ts
 * import { formatIssue, safeParsePlan } from "offseason";
 * const result = safeParsePlan({ version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02", phases: [] });
 * const issue = result.success ? undefined : result.error.issues[0];
 * issue ? formatIssue(issue) : ""; //=> "must have at least 1 item"
 * ```
 */
export function formatIssue(issue: OffseasonIssue, locale?: Locale): string {
  if (issue.data === undefined) return issue.message;
  const template = locale?.issues?.[issue.messageId] ?? ISSUE_MESSAGES[issue.messageId];
  return template === undefined ? issue.message : createFormatter(locale).format(template, issue.data);
}

/**
 * The issues of an error with their messages in a locale (see {@link formatIssue}).
 *
 * @param error - An {@link OffseasonError}.
 * @param locale - The locale; English when left out.
 * @returns The issues, each with its `message` in the locale.
 */
export function localizeIssues(error: OffseasonError, locale?: Locale): OffseasonIssue[] {
  return error.issues.map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
}

/**
 * The summary of an error that has none: one made by an older copy of the package (before summaries were kept) says it
 * on the first line of its message, before the count of problems.
 */
function summaryOf(error: OffseasonError): string {
  const given: unknown = error.summary;
  if (typeof given === "string") return given;
  return (error.message.split("\n")[0] ?? "").replace(/ \([\d,]+ problems?\):$/, "");
}

/**
 * An error's summary line in a locale: its `messageId`'s template, else the summary as it was given.
 *
 * @param error - An {@link OffseasonError}.
 * @param locale - The locale; English when left out.
 * @returns The summary, e.g. "Plan no válido".
 */
export function formatSummary(error: OffseasonError, locale?: Locale): string {
  const id = error.messageId;
  const template = id === undefined ? undefined : (locale?.issues?.[id] ?? ISSUE_MESSAGES[id]);
  return template === undefined ? summaryOf(error) : createFormatter(locale).format(template, error.data ?? {});
}

/**
 * An {@link OffseasonError}'s whole `message` in a locale: the summary with its count of problems, then one located
 * issue per line, as the error's own `message` writes them in English.
 *
 * @param error - An {@link OffseasonError}, made in any locale.
 * @param locale - The locale, e.g. `de` from `offseason/locales/de`; English when left out.
 * @returns The message.
 * @example
 * ```ts
 * import { formatError, safeParsePlan } from "offseason";
 * const result = safeParsePlan({ version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02", phases: [] });
 * result.success ? "" : formatError(result.error);
 * //=> "Invalid plan (1 problem):\n  phases: must have at least 1 item"
 * ```
 */
export function formatError(error: OffseasonError, locale?: Locale): string {
  return errorText(formatSummary(error, locale), localizeIssues(error, locale), error.issueCount, locale);
}
