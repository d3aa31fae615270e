/**
 * The one input loader of the CLI: a JSON document from a regular file or standard input, refused over 2 MiB before it
 * is parsed, then checked by the library's safe parser; every failure is a CliError that names the input and, for a
 * document that does not parse, lists its located issues.
 */
import exampleAthlete from "../../examples/athlete.json" with { type: "json" };
import {
  DEFAULT_LIMITS,
  safeParseActivities,
  safeParseAthlete,
  safeParsePlan,
  type Activity,
  type Athlete,
  type Plan,
  type SafeParseResult,
} from "../index.js";
import { CliError, describeFileError, type CliIo } from "./io.js";

/** The kinds of input document, with the verb each takes in messages ("the plan is", "the activities are"). */
const VERB = { plan: "is", athlete: "is", activities: "are", history: "is" } as const;

/** What an input document is: named in every message about it. */
export type InputKind = keyof typeof VERB;

/** How a source is named in messages: its path, or "standard input" for `-`. */
export function sourceName(source: string): string {
  return source === "-" ? "standard input" : source;
}

/** The `file` of a CliError about a source: its path, none for standard input. */
function fileOf(source: string): { readonly file?: string } {
  return source === "-" ? {} : { file: source };
}

/**
 * Reads a JSON document from a regular file or `-` (standard input), refusing more than 2 MiB before parsing it.
 * Messages may quote the input and the file name: the CLI escapes them where they reach a terminal.
 */
export async function readJson(source: string, io: CliIo, what: InputKind): Promise<unknown> {
  const limit = DEFAULT_LIMITS.maxJsonBytes;
  const the = `The ${what} in ${sourceName(source)} ${VERB[what]}`;
  let bytes: Buffer | undefined;
  try {
    bytes = source === "-" ? await io.readStdin(limit) : await io.readFile(source, limit);
  } catch (error) {
    throw new CliError(`Cannot read the ${what} from ${sourceName(source)}: ${describeFileError(error)}.`, {
      code: "input",
      ...fileOf(source),
    });
  }
  if (bytes === undefined)
    throw new CliError(`${the} larger than ${String(limit / 1024 / 1024)} MiB, the limit for JSON input.`, {
      code: "input",
      ...fileOf(source),
    });
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${the} not valid JSON: ${error instanceof Error ? error.message : "parse error"}.`, {
      code: "input",
      ...fileOf(source),
    });
  }
}

/**
 * Loads one input document: reads it ({@link readJson}) and parses it with `safeParse`; a document that does not
 * parse is a CliError with its located issues (a `limit` issue among them: still exit 2, never a stack trace).
 */
export async function loadDocument<T>(
  source: string,
  io: CliIo,
  what: InputKind,
  safeParse: (input: unknown) => SafeParseResult<T>,
): Promise<T> {
  const result = safeParse(await readJson(source, io, what));
  if (!result.success)
    throw new CliError(`The ${what} in ${sourceName(source)} ${VERB[what]} invalid:`, {
      code: "input",
      issues: result.error.issues,
      label: { id: "input.invalid", data: { what, file: sourceName(source) } },
      ...fileOf(source),
    });
  return result.data;
}

/** A plan from a file or standard input. */
export function loadPlan(source: string, io: CliIo): Promise<Plan> {
  return loadDocument(source, io, "plan", (input) => safeParsePlan(input));
}

/** An athlete from a file or standard input. */
export function loadAthlete(source: string, io: CliIo): Promise<Athlete> {
  return loadDocument(source, io, "athlete", (input) => safeParseAthlete(input));
}

/** An activity log from a file or standard input. */
export function loadActivities(source: string, io: CliIo): Promise<readonly Activity[]> {
  return loadDocument(source, io, "activities", (input) => safeParseActivities(input));
}

/** The example athlete bundled with the CLI (the demo's). */
export function exampleAthleteOf(): Athlete {
  const result = safeParseAthlete(exampleAthlete);
  if (!result.success)
    throw new CliError("The bundled example athlete is invalid:", { code: "input", issues: result.error.issues });
  return result.data;
}
