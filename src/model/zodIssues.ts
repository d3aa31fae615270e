/**
 * zod's issues in offseason's words: a plain English message per issue, the closest alternative of a union, JSON
 * paths, and the cap on how many issues one error keeps.
 */
import { pluralWord } from "./plural.js";
import type * as z from "zod/mini";
import { issueAt, MAX_ISSUES, type OffseasonIssue, type PathSegment } from "./errors.js";

type RawIssue = z.core.$ZodRawIssue;
type FinalIssue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((value) => JSON.stringify(value));
  return values.length > 12 ? `${shown.join(", ")}, ...` : shown.join(", ");
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  int: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** `1 item`, `2 items`: the count and its noun, singular for exactly one. */
function countOf(value: unknown, one: string, many: string): string {
  // zod reports bounds as numbers or bigints; a bound that is neither reads as "many".
  const count = typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : Number.NaN;
  return `${String(value)} ${pluralWord(count, one, many)}`;
}

function bound(issue: { origin?: string; inclusive?: boolean }, value: unknown, words: [string, string]): string {
  if (issue.origin === "string") return `must be ${words[0]} ${countOf(value, "character", "characters")} long`;
  if (issue.origin === "array") return `must have ${words[0]} ${countOf(value, "item", "items")}`;
  return `must be ${issue.inclusive === false ? words[1] : words[0]} ${String(value)}`;
}

/** Writes a plain message for each zod issue; offseason's own checks carry their messages with them. */
export function messageOf(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is required";
      if (issue.expected === "int" && typeof issue.input === "number" && Number.isFinite(issue.input)) {
        return `must be a whole number, not ${String(issue.input)}`;
      }
      const expected = EXPECTED_NAMES[issue.expected] ?? String(issue.expected);
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case "too_small":
      return bound(issue, issue.minimum, ["at least", "greater than"]);
    case "too_big":
      return bound(issue, issue.maximum, ["at most", "less than"]);
    case "invalid_value":
      if (issue.input === undefined) return `is required (one of ${quoteList(issue.values)})`;
      return issue.values.length === 1
        ? `must be ${quoteList(issue.values)}`
        : `must be one of ${quoteList(issue.values)}`;
    case "invalid_union":
      return "does not match any allowed form";
    case "unrecognized_keys":
      return "is not a known field";
    default:
      return "is invalid";
  }
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
export function toIssues(issues: readonly FinalIssue[]): { readonly issues: OffseasonIssue[]; readonly count: number } {
  const result: OffseasonIssue[] = [];
  let count = 0;
  const add = (segments: readonly PathSegment[], message: string, code: string) => {
    count += 1;
    if (result.length < MAX_ISSUES) result.push(issueAt(segments, message, code));
  };
  const take = (issue: FinalIssue, prefix: readonly PathSegment[]) => {
    const at = [...prefix, ...segmentsOf(issue.path)];
    if (issue.code === "unrecognized_keys") {
      const room = Math.max(0, MAX_ISSUES - result.length);
      for (const key of issue.keys.slice(0, room)) add([...at, key], issue.message, issue.code);
      count += issue.keys.length - Math.min(room, issue.keys.length);
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      for (const inner of closestAlternative(issue.errors)) take(inner, at);
    } else if (issue.code === "invalid_union" && issue.errors.length === 0 && "options" in issue) {
      const options = (issue as { options?: readonly unknown[] }).options ?? [];
      add(at, `must be one of ${quoteList(options)}`, "invalid_value");
    } else {
      add(at, issue.message, codeOf(issue));
    }
  };
  for (const issue of issues) take(issue, []);
  return { issues: result, count };
}

/** An error's code from its issues: `limit` when one of them is a limit, else `invalid`. */
export function errorCode(issues: readonly OffseasonIssue[]): "invalid" | "limit" {
  return issues.some((issue) => issue.code === "limit") ? "limit" : "invalid";
}
