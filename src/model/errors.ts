import { createFormatter } from "../locale/formatMessage.js";
import type { Locale, MessageData } from "../locale/types.js";
import { ERROR_TEXT, SUMMARY_MESSAGES } from "./issueMessages.js";
import { formatPath, segmentsOf, type PathSegment } from "./paths.js";

export { formatPath, type PathSegment } from "./paths.js";

/**
 * What went wrong, as data: each problem has a JSON path into the input, a plain message and a code.
 */
export interface OffseasonIssue {
  /** Where the problem is, as a JSON path such as `phases[0].sessions[2].rpe`; `""` for the whole input. */
  readonly path: string;
  /**
   * The same place as segments, like zod's `path`: `["phases", 0, "sessions", 2, "rpe"]`; `[]` for the whole input.
   * Keys are kept whole here (the formatted `path` shortens keys longer than 64 characters).
   */
  readonly pathSegments: readonly PathSegment[];
  /** What is wrong, in plain words. */
  readonly message: string;
  /**
   * What kind of problem: zod's codes for shapes (`invalid_type`, `too_small`, `too_big`, `invalid_value`,
   * `invalid_format`, `unrecognized_keys`, `invalid_union`) and offseason's own (`timezone`, `date`, `rrule`,
   * `duplicate_id`, `unknown_reference`, `out_of_range`, `conflict`, `limit`, `exception`, `config`, and
   * `truncated` for the last issue of a list cut at {@link MAX_ISSUES}).
   */
  readonly code: string;
  /**
   * Which message this is: zod's code for a shape problem (`invalid_type`, `too_small`, ...) or a dotted id of
   * offseason's own checks (`date.notReal`, `rrule.invalid`, `limit.occurrences`; the list is `ISSUE_MESSAGES`).
   * A locale's `issues[messageId]` words it; an issue made with a message of its own has its `code` here.
   */
  readonly messageId: string;
  /**
   * The raw values `message` was rendered from (numbers, ids, the offending value as the input gave it), by
   * placeholder; absent when the message was given as text, which {@link formatIssue} then keeps as it is.
   */
  readonly data?: MessageData;
}

/**
 * An issue as the {@link OffseasonError} constructor takes it: `pathSegments` may be left out, and is then read back
 * from `path`.
 */
export type OffseasonIssueInput = Omit<OffseasonIssue, "pathSegments" | "messageId"> & {
  /** The path as segments; read from `path` when left out. */
  readonly pathSegments?: readonly PathSegment[];
  /** The message id; the `code` when left out (the message is then kept as given). */
  readonly messageId?: string;
};

/**
 * The error codes an {@link OffseasonError} carries.
 * - `invalid`: the input does not match the schema.
 * - `limit`: the input exceeds one of the {@link Limits}.
 * - `exception`: a plan exception matches no occurrence.
 * - `config`: a validation config names an unknown rule or gives bad options, or a limit override is not a positive
 *   whole number.
 * - `input`: the CLI could not read its input (missing file, not JSON).
 */
export type OffseasonErrorCode = "invalid" | "limit" | "exception" | "config" | "input";

/**
 * The most issues one {@link OffseasonError} keeps: past it, `issues` holds the first 100 and one last issue with code
 * `truncated` that says how many more there were, and `issueCount` counts them all.
 */
export const MAX_ISSUES = 100;

const MAX_LISTED_ISSUES = 50;

/** Marks every OffseasonError, whichever copy of the package made it (ESM and CJS builds, two installs). */
const BRAND = Symbol.for("offseason.error");

/**
 * One issue as one line, `path: message` (`(root)` for the whole input): the form of {@link OffseasonError}'s message
 * and of the CLI's output. Internal.
 */
export function describeIssue(issue: Pick<OffseasonIssue, "path" | "message">): string {
  return `${issue.path === "" ? "(root)" : issue.path}: ${issue.message}`;
}

/**
 * Builds an issue located by path segments, with its formatted `path` beside them, from a message given as text.
 * Internal.
 */
export function issueAt(segments: readonly PathSegment[], message: string, code: string): OffseasonIssue {
  return { path: formatPath(segments), pathSegments: segments, message, code, messageId: code };
}

/**
 * The text of a message id: the locale's template, else the English one, rendered with its data. Internal.
 *
 * @param messageId - The message id.
 * @param english - The English template.
 * @param data - Its raw values.
 * @param locale - The locale, English when left out.
 * @returns The text.
 */
export function renderIssueText(messageId: string, english: string, data: MessageData, locale?: Locale): string {
  return createFormatter(locale).format(locale?.issues?.[messageId] ?? english, data);
}

/**
 * Builds an issue located by path segments from a message id of one of the English catalogs (issueMessages.ts) and
 * its raw data, worded in the locale (English when left out). Internal.
 */
export function issueOf(
  segments: readonly PathSegment[],
  code: string,
  messages: Readonly<Record<string, string>>,
  messageId: string,
  data: MessageData = {},
  locale?: Locale,
): OffseasonIssue {
  const message = renderIssueText(messageId, messages[messageId] ?? messageId, data, locale);
  return { path: formatPath(segments), pathSegments: segments, message, code, messageId, data };
}

function completeIssue(issue: OffseasonIssueInput): OffseasonIssue {
  const { path, message, code, data } = issue;
  const pathSegments = issue.pathSegments ?? segmentsOf(path);
  const messageId = issue.messageId ?? code;
  return data === undefined
    ? { path, pathSegments, message, code, messageId }
    : { path, pathSegments, message, code, messageId, data };
}

/** Options of the {@link OffseasonError} constructor. */
export interface OffseasonErrorOptions {
  /** How many problems were found in all, when `issues` holds only the first of them; default `issues.length`. */
  readonly issueCount?: number;
  /** The summary's message id (e.g. `summary.invalidPlan`), for rendering it again in another locale. */
  readonly messageId?: string;
  /** The raw values of the summary's message, by placeholder. */
  readonly data?: MessageData;
  /** The locale of the message's own words (the problem count, the truncation); English when left out. */
  readonly locale?: Locale;
}

/**
 * The text of an error from its parts: the summary and count line, then one line per issue (the first 50). Internal:
 * the constructor and `formatError` write it.
 */
export function errorText(
  summary: string,
  issues: readonly OffseasonIssue[],
  issueCount: number,
  locale?: Locale,
): string {
  const formatter = createFormatter(locale);
  const text = (id: keyof typeof ERROR_TEXT, data: MessageData) =>
    formatter.format(locale?.issues?.[id] ?? ERROR_TEXT[id], data);
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  ${describeIssue(issue)}`);
  if (issueCount > MAX_LISTED_ISSUES) listed.push(`  ${text("error.more", { count: issueCount - MAX_LISTED_ISSUES })}`);
  return [text("error.summary", { summary, count: issueCount }), ...listed].join("\n");
}

/** The last issue of a list cut at {@link MAX_ISSUES}: how many more problems there were. Internal. */
export function truncatedIssue(more: number, locale?: Locale): OffseasonIssue {
  const data = { count: more };
  const message = renderIssueText("truncated", ERROR_TEXT.truncated, data, locale);
  return { path: "", pathSegments: [], message, code: "truncated", messageId: "truncated", data };
}

/**
 * The one error class of offseason. Invalid input, exceeded limits and bad configuration all throw it, with every
 * problem listed in `issues` (at most {@link MAX_ISSUES}; `issueCount` counts them all); its `message` lists them one
 * per line, e.g. `phases[0].sessions[2].rpe: must be at most 10`. Tell it apart with {@link isOffseasonError}, which,
 * unlike `instanceof`, also recognises an error thrown by the other build of the package (ESM or CommonJS).
 *
 * @example
 * ```ts
 * import { isOffseasonError, parsePlan } from "offseason";
 * try {
 *   parsePlan({ version: 1 });
 * } catch (error) {
 *   if (isOffseasonError(error)) console.log(error.issues[0]?.path);
 * }
 * ```
 */
export class OffseasonError extends Error {
  /** What kind of failure this is. */
  readonly code: OffseasonErrorCode;
  /**
   * The problems found, each located by a JSON path: all of them, or the first {@link MAX_ISSUES} and one last issue
   * with code `truncated` that says how many more there were.
   */
  readonly issues: readonly OffseasonIssue[];
  /** How many problems were found in all, listed in `issues` or not. */
  readonly issueCount: number;
  /** The one line that says what failed, e.g. "Invalid plan", as the first line of `message` words it. */
  readonly summary: string;
  /** The summary's message id (e.g. `summary.invalidPlan`); absent when the summary was given as text only. */
  readonly messageId?: string;
  /** The raw values of the summary's message. */
  readonly data?: MessageData;

  /**
   * @param code - What kind of failure this is.
   * @param summary - One line that says what failed, e.g. "Invalid plan".
   * @param issues - The problems, each located by a JSON path (`pathSegments` is read from `path` when left out).
   * @param options - How many problems there were in all, when `issues` holds only the first of them; the summary's
   * message id and data; the locale of the count line.
   */
  constructor(
    code: OffseasonErrorCode,
    summary: string,
    issues: readonly OffseasonIssueInput[],
    options: OffseasonErrorOptions = {},
  ) {
    const kept = issues.slice(0, MAX_ISSUES).map(completeIssue);
    const issueCount = Math.max(options.issueCount ?? issues.length, kept.length);
    if (issueCount > kept.length) kept.push(truncatedIssue(issueCount - kept.length, options.locale));
    super(errorText(summary, kept, issueCount, options.locale));
    this.name = "OffseasonError";
    this.code = code;
    this.issues = kept;
    this.issueCount = issueCount;
    this.summary = summary;
    if (options.messageId !== undefined) this.messageId = options.messageId;
    if (options.data !== undefined) this.data = options.data;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/**
 * Whether a value is an {@link OffseasonError}, made by this copy of offseason or by any other: the ESM and the
 * CommonJS build of one install, or two installs. `instanceof OffseasonError` is false across them; this checks a
 * brand (`Symbol.for("offseason.error")`) that every OffseasonError carries as its own property, never the prototype
 * chain.
 *
 * @param value - Anything, typically what a `catch` caught.
 * @returns True for an OffseasonError from any copy of the package.
 * @example
 * ```ts
 * import { isOffseasonError, parsePlan } from "offseason";
 * let caught;
 * try {
 *   parsePlan({ version: 2 });
 * } catch (error) {
 *   caught = error;
 * }
 * isOffseasonError(caught); //=> true
 * isOffseasonError(new Error("no")); //=> false
 * ```
 */
export function isOffseasonError(value: unknown): value is OffseasonError {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  try {
    return Object.getOwnPropertyDescriptor(value, BRAND)?.value === true;
  } catch {
    // A proxy whose trap throws is not one of ours.
    return false;
  }
}

/** A summary's message id. */
export type SummaryId = keyof typeof SUMMARY_MESSAGES;

/**
 * An {@link OffseasonError} whose summary is a message id of `SUMMARY_MESSAGES`, worded in the locale. Internal.
 *
 * @param code - What kind of failure this is.
 * @param summaryId - The summary's message id.
 * @param issues - The problems.
 * @param options - The issue count, the summary's data and the locale.
 * @returns The error.
 */
export function errorOf(
  code: OffseasonErrorCode,
  summaryId: SummaryId,
  issues: readonly OffseasonIssueInput[],
  options: OffseasonErrorOptions = {},
): OffseasonError {
  const summary = renderIssueText(summaryId, SUMMARY_MESSAGES[summaryId], options.data ?? {}, options.locale);
  return new OffseasonError(code, summary, issues, { ...options, messageId: summaryId });
}
