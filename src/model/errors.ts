/**
 * What went wrong, as data: each problem has a JSON path into the input, a plain message and a code.
 */
export interface OffseasonIssue {
  /** Where the problem is, as a JSON path such as `phases[0].sessions[2].rpe`; `""` for the whole input. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  /**
   * What kind of problem: zod's codes for shapes (`invalid_type`, `too_small`, `too_big`, `invalid_value`,
   * `invalid_format`, `unrecognized_keys`, `invalid_union`) and offseason's own (`timezone`, `date`, `rrule`,
   * `duplicate_id`, `unknown_reference`, `out_of_range`, `conflict`, `limit`, `exception`, `config`).
   */
  readonly code: string;
}

/**
 * The error codes an {@link OffseasonError} carries.
 * - `invalid`: the input does not match the schema.
 * - `limit`: the input exceeds one of the {@link Limits}.
 * - `exception`: a plan exception matches no occurrence.
 * - `config`: a validation config names an unknown rule or gives bad options.
 * - `input`: the CLI could not read its input (missing file, not JSON).
 */
export type OffseasonErrorCode = "invalid" | "limit" | "exception" | "config" | "input";

const MAX_LISTED_ISSUES = 50;

/**
 * One issue as one line, `path: message` (`(root)` for the whole input): the form of {@link OffseasonError}'s message
 * and of the CLI's output. Internal.
 */
export function describeIssue(issue: OffseasonIssue): string {
  return `${issue.path === "" ? "(root)" : issue.path}: ${issue.message}`;
}

/**
 * The one error class of offseason. Invalid input, exceeded limits and bad configuration all throw it, with every
 * problem listed in `issues`; its `message` lists them one per line, e.g. `phases[0].sessions[2].rpe: must be at most
 * 10`.
 *
 * @example
 * ```ts
 * import { OffseasonError, parsePlan } from "offseason";
 * try {
 *   parsePlan({ version: 1 });
 * } catch (error) {
 *   if (error instanceof OffseasonError) console.log(error.issues[0]?.path);
 * }
 * ```
 */
export class OffseasonError extends Error {
  /** What kind of failure this is. */
  readonly code: OffseasonErrorCode;
  /** Every problem found, each located by a JSON path. */
  readonly issues: readonly OffseasonIssue[];

  /**
   * @param code - What kind of failure this is.
   * @param summary - One line that says what failed, e.g. "Invalid plan".
   * @param issues - The problems, each located by a JSON path.
   */
  constructor(code: OffseasonErrorCode, summary: string, issues: readonly OffseasonIssue[]) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  ${describeIssue(issue)}`);
    if (issues.length > MAX_LISTED_ISSUES) listed.push(`  ... and ${String(issues.length - MAX_LISTED_ISSUES)} more`);
    const count = issues.length === 1 ? "1 problem" : `${String(issues.length)} problems`;
    super([`${summary} (${count}):`, ...listed].join("\n"));
    this.name = "OffseasonError";
    this.code = code;
    this.issues = issues;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_IN_PATH = 64;

/**
 * Formats path segments as a JSON path: `["phases", 0, "rpe"]` becomes `phases[0].rpe`; keys that are not plain
 * identifiers are quoted (`["my key"]`) and cut to 64 characters.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${String(segment)}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key) && key.length <= MAX_KEY_IN_PATH) path += path === "" ? key : `.${key}`;
      else path += `[${JSON.stringify(key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)}]`;
    }
  }
  return path;
}
