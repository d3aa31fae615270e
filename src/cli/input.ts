import { DEFAULT_LIMITS, OffseasonError } from "../index.js";
import { describeIssue } from "../model/errors.js";
import { CliError, describeFileError, type CliIo } from "./io.js";

/** How a source is named in messages: its path, or "standard input" for `-`. */
export function sourceName(source: string): string {
  return source === "-" ? "standard input" : source;
}

/**
 * Reads a JSON document from a regular file or `-` (standard input), refusing more than 2 MiB before parsing it.
 * Messages may quote the input and the file name: the CLI escapes them where they reach a terminal.
 */
export async function readJson(source: string, io: CliIo, what: string): Promise<unknown> {
  const limit = DEFAULT_LIMITS.maxJsonBytes;
  const name = sourceName(source);
  const file = source === "-" ? undefined : source;
  let bytes: Buffer | undefined;
  try {
    bytes = source === "-" ? await io.readStdin(limit) : await io.readFile(source, limit);
  } catch (error) {
    throw new CliError(`Cannot read the ${what} from ${name}: ${describeFileError(error)}.`, {
      code: "input",
      ...(file === undefined ? {} : { file }),
    });
  }
  if (bytes === undefined)
    throw new CliError(
      `The ${what} in ${name} is larger than ${String(limit / 1024 / 1024)} MiB, the limit for JSON input.`,
      { code: "input", ...(file === undefined ? {} : { file }) },
    );
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `The ${what} in ${name} is not valid JSON: ${error instanceof Error ? error.message : "parse error"}.`,
      { code: "input", ...(file === undefined ? {} : { file }) },
    );
  }
}

/** Turns an OffseasonError into located lines, one issue per line. */
export function issueLines(error: OffseasonError): string[] {
  return error.issues.map((issue) => `  ${describeIssue(issue)}`);
}
