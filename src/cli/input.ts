import { DEFAULT_LIMITS, OffseasonError } from "../index.js";
import { describeIssue } from "../model/errors.js";
import { CliError, type CliIo } from "./io.js";

/** Reads a JSON document from a file or `-` (standard input), refusing more than 2 MiB before parsing it. */
export async function readJson(source: string, io: CliIo, what: string): Promise<unknown> {
  const limit = DEFAULT_LIMITS.maxJsonBytes;
  const name = source === "-" ? "standard input" : source;
  let bytes: Buffer | undefined;
  try {
    bytes = source === "-" ? await io.readStdin(limit) : await io.readFile(source, limit);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : "it cannot be read";
    throw new CliError(`Cannot read the ${what} from ${name}: ${reason}.`);
  }
  if (bytes === undefined) throw new CliError(`The ${what} in ${name} is larger than ${String(limit / 1024 / 1024)} MiB, the limit for JSON input.`);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`The ${what} in ${name} is not valid JSON: ${error instanceof Error ? error.message : "parse error"}.`);
  }
}

/** Turns an OffseasonError into located lines, one issue per line. */
export function issueLines(error: OffseasonError): string[] {
  return error.issues.map((issue) => `  ${describeIssue(issue)}`);
}
