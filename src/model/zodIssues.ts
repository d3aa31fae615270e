/**
 * zod's issues in offseason's words: a message id and raw data per issue (worded in a locale), the closest alternative
 * of a union, JSON paths, and the cap on how many issues one error keeps.
 */
import type * as z from "zod/mini";
import type { Locale, MessageData } from "../locale/types.js";
import { issueAt, issueOf, MAX_ISSUES, type OffseasonIssue, type PathSegment } from "./errors.js";
import { MODEL_MESSAGES, SHAPE_MESSAGES, SHARED_MESSAGES } from "./issueMessages.js";

type RawIssue = z.core.$ZodRawIssue;
type FinalIssue = z.core.$ZodIssue;

/** Marks a message written by {@link messageOf}: zod's own code, worded from the catalog with the issue's data. */
const NATIVE = "\u0000";

/**
 * The error map of a parse: zod's code behind a mark, so that {@link toIssues} words it from {@link SHAPE_MESSAGES};
 * a check's own message (one of {@link MODEL_MESSAGES}) is kept by zod and found again by its text.
 */
export function messageOf(issue: RawIssue): string {
  return NATIVE + issue.code;
}

/** What the input was instead, for `invalid_type`: a type name, or `value` when the value itself says it. */
function receivedOf(input: unknown, expected: string): MessageData {
  if (input === undefined) return { received: "undefined" };
  if (input === null) return { received: "null" };
  if (Array.isArray(input)) return { received: "array" };
  if (typeof input === "number" && (!Number.isFinite(input) || expected === "int"))
    return { received: "value", value: String(input) };
  return { received: typeof input === "object" ? "object" : typeof input };
}

/** The raw data of one of zod's issues, by its code. */
function dataOf(issue: FinalIssue): MessageData {
  switch (issue.code) {
    case "invalid_type":
      return { expected: String(issue.expected), ...receivedOf(issue.input, String(issue.expected)) };
    case "too_small":
      return { origin: String(issue.origin), minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
    case "too_big":
      return { origin: String(issue.origin), maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
    case "invalid_value":
      return valuesOf(issue.values, issue.input === undefined);
    case "custom": {
      const data: unknown = issue.params?.data;
      return typeof data === "object" && data !== null ? (data as MessageData) : {};
    }
    default:
      return {};
  }
}

/** The allowed values as the input would write them (JSON), the first 12 of them. */
function valuesOf(values: readonly unknown[], required: boolean): MessageData {
  const shown = values.slice(0, 12).map((value) => (JSON.stringify(value) as string | undefined) ?? "undefined");
  return { values: shown, count: values.length, more: values.length - shown.length, required };
}

let byText: ReadonlyMap<string, string> | undefined;

/** The message id of a check's own English message (its template has no placeholder). */
function idOfText(message: string): string | undefined {
  byText ??= new Map(Object.entries(MODEL_MESSAGES).map(([id, text]) => [text, id]));
  return byText.get(message);
}

/** The message id of an issue: the check's own (custom checks carry it), else zod's code. */
function messageIdOf(issue: FinalIssue): string | undefined {
  const given: unknown = issue.code === "custom" ? issue.params?.messageId : undefined;
  if (typeof given === "string") return given;
  if (issue.message.startsWith(NATIVE)) return Object.hasOwn(SHAPE_MESSAGES, issue.code) ? issue.code : "invalid";
  return idOfText(issue.message);
}

function codeOf(issue: FinalIssue): string {
  if (issue.code === "custom") {
    const code: unknown = issue.params?.code;
    return typeof code === "string" ? code : "custom";
  }
  if (issue.code === "too_big" && (issue.origin === "string" || issue.origin === "array")) return "limit";
  return issue.code;
}

function segmentsOf(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * The issues of the alternative of a union (a number, a range or a per-week array; a step or a repeat) that the input
 * came closest to: one whose type matched at the top, then one without unknown fields, then the fewest issues, then
 * the first. So `"rpe": "7"` says what an RPE must be, and `{ "min": 3 }` that `max` is required.
 */
function closestAlternative(alternatives: readonly (readonly FinalIssue[])[]): readonly FinalIssue[] {
  const distance = (issues: readonly FinalIssue[]) =>
    (issues.some((inner) => inner.code === "invalid_type" && inner.path.length === 0) ? 2 : 0) +
    (issues.some((inner) => inner.code === "unrecognized_keys" && inner.path.length === 0) ? 1 : 0);
  let best = alternatives[0] ?? [];
  for (const issues of alternatives.slice(1)) {
    const [a, b] = [distance(issues), distance(best)];
    if (a < b || (a === b && issues.length < best.length)) best = issues;
  }
  return best;
}

/**
 * Turns zod's issues into offseason's: one per unknown key, each with a JSON path and a plain message. Stops making
 * them at {@link MAX_ISSUES} (1e6 unknown keys must not cost 1e6 issues) but counts them all.
 */
export function toIssues(
  issues: readonly FinalIssue[],
  locale?: Locale,
): { readonly issues: OffseasonIssue[]; readonly count: number } {
  const result: OffseasonIssue[] = [];
  let count = 0;
  const add = (segments: readonly PathSegment[], issue: FinalIssue, code: string) => {
    count += 1;
    if (result.length >= MAX_ISSUES) return;
    const messageId = messageIdOf(issue);
    if (messageId === undefined) {
      // A message of no catalog (a custom schema's): kept as it is.
      result.push(issueAt(segments, issue.message, code));
      return;
    }
    const messages: Readonly<Record<string, string>> = Object.hasOwn(SHAPE_MESSAGES, messageId)
      ? SHAPE_MESSAGES
      : Object.hasOwn(SHARED_MESSAGES, messageId)
        ? SHARED_MESSAGES
        : MODEL_MESSAGES;
    result.push(issueOf(segments, code, messages, messageId, dataOf(issue), locale));
  };
  const take = (issue: FinalIssue, prefix: readonly PathSegment[]) => {
    const at = [...prefix, ...segmentsOf(issue.path)];
    if (issue.code === "unrecognized_keys") {
      const room = Math.max(0, MAX_ISSUES - result.length);
      for (const key of issue.keys.slice(0, room)) add([...at, key], issue, issue.code);
      count += issue.keys.length - Math.min(room, issue.keys.length);
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      for (const inner of closestAlternative(issue.errors)) take(inner, at);
    } else if (issue.code === "invalid_union" && issue.errors.length === 0 && "options" in issue) {
      const options = (issue as { options?: readonly unknown[] }).options ?? [];
      count += 1;
      if (result.length < MAX_ISSUES)
        result.push(issueOf(at, "invalid_value", SHAPE_MESSAGES, "invalid_value", valuesOf(options, false), locale));
    } else {
      add(at, issue, codeOf(issue));
    }
  };
  for (const issue of issues) take(issue, []);
  return { issues: result, count };
}

/** An error's code from its issues: `limit` when one of them is a limit, else `invalid`. */
export function errorCode(issues: readonly OffseasonIssue[]): "invalid" | "limit" {
  return issues.some((issue) => issue.code === "limit") ? "limit" : "invalid";
}
