// The CLI run in-process against files held in memory: one fake of the CLI's I/O for every test of src/cli.
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

/** What a run reads and how it writes. */
export interface FakeCliOptions {
  /** Input files by path; a missing one is ENOENT (EISDIR for a path ending in "/"). */
  readonly files?: Readonly<Record<string, string>>;
  /** Standard input. */
  readonly stdin?: string;
  /** Whether the output is coloured. */
  readonly color?: boolean;
  /** The current instant (DTSTAMP), ISO; default 2026-11-01T08:00:00Z. */
  readonly now?: string;
  /** Any part of the I/O to replace (writeBytes for `export`, a failing read...). */
  readonly io?: Partial<CliIo>;
}

/** The outcome of a run: its exit code and its output. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const failure = (message: string, code: string) => Object.assign(new Error(message), { code });

/** A read that honours the CLI's size limit: undefined past it, as the real reads do. */
const limited = (text: string, limit: number) => (Buffer.byteLength(text) > limit ? undefined : Buffer.from(text));

/**
 * Runs `offseason` with the arguments against the files and standard input given, and the text files it wrote by path.
 * Writes under "/read-only/" fail with EACCES.
 */
export async function runCliWriting(
  argv: readonly string[],
  options: FakeCliOptions = {},
): Promise<CliRun & { readonly written: Readonly<Record<string, string>> }> {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const files = options.files ?? {};
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: (limit) => Promise.resolve(limited(options.stdin ?? "", limit)),
    readFile: (path, limit) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(failure("missing", path.endsWith("/") ? "EISDIR" : "ENOENT"));
      return Promise.resolve(limited(text, limit));
    },
    writeFile: (path, text) => {
      if (path.startsWith("/read-only/")) return Promise.reject(failure("read-only", "EACCES"));
      written[path] = text;
      return Promise.resolve();
    },
    color: options.color ?? false,
    now: () => new Date(options.now ?? "2026-11-01T08:00:00Z"),
    ...options.io,
  };
  const code = await run([...argv], io);
  return { code, stdout, stderr, written };
}

/** Runs `offseason` with the arguments against the files and standard input given: its exit code and output. */
export async function runCli(argv: readonly string[], options: FakeCliOptions = {}): Promise<CliRun> {
  const { code, stdout, stderr } = await runCliWriting(argv, options);
  return { code, stdout, stderr };
}
