import type { MessageData } from "../locale/types.js";
import { constants } from "node:fs";
import { mkdir, open, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { OffseasonIssue } from "../index.js";

/** What the CLI touches of the outside world, passed in so that tests can run it in-process too. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads standard input, at most `limit` bytes; resolves undefined when there is more. */
  readonly readStdin: (limit: number) => Promise<Buffer | undefined>;
  /** Reads a regular file, at most `limit` bytes; resolves undefined when it is larger. */
  readonly readFile: (path: string, limit: number) => Promise<Buffer | undefined>;
  /** Writes a regular file (created when missing). */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /**
   * Writes a regular file of bytes, creating it and its folder when missing (`offseason export`). Optional so that
   * in-process test harnesses written before it still type-check; the executable always has it.
   */
  readonly writeBytes?: (path: string, data: Uint8Array) => Promise<void>;
  /** Whether the output is coloured: see {@link colorEnabled}. */
  readonly color: boolean;
  /** The current instant, for DTSTAMP in iCalendar output. */
  readonly now: () => Date;
}

/**
 * Exit codes: 0 success, 1 the plan has errors, 2 bad usage or bad input (every CliError and OffseasonError); 1 also
 * for an unexpected error, a bug (what Node itself would exit with).
 */
export const EXIT = { ok: 0, planErrors: 1, usage: 2, bug: 1 } as const;

/** What a {@link CliError} is about: its `code` in the JSON error document. */
export type CliErrorCode = "usage" | "input" | "output" | "limit";

/** The message of a {@link CliError} as a label of the output's language (labels.ts): its id and raw data. */
export interface CliErrorLabel {
  readonly id: "input.invalid";
  readonly data: MessageData;
}

/** A failure the CLI reports as located lines and exit code 2, never as a stack trace. */
export class CliError extends Error {
  /** The code of the JSON error document when there are no located issues. */
  readonly code: CliErrorCode;
  /** Located issues (a plan's or an athlete's), printed one per line under the message. */
  readonly issues: readonly OffseasonIssue[];
  /** The file the issues are in, when they are in one. */
  readonly file: string | undefined;
  /** The message as a label, worded in the `--locale` when it is printed; `message` is its English. */
  readonly label: CliErrorLabel | undefined;

  constructor(
    message: string,
    options: {
      readonly code?: CliErrorCode;
      readonly issues?: readonly OffseasonIssue[];
      readonly file?: string;
      readonly label?: CliErrorLabel;
    } = {},
  ) {
    super(message);
    this.name = "CliError";
    this.code = options.code ?? "usage";
    this.issues = options.issues ?? [];
    this.file = options.file;
    this.label = options.label;
  }
}

/**
 * Whether to colour the output: `FORCE_COLOR` set to anything but "0" or "false" forces colour (also into a pipe),
 * "0" or "false" turns it off; otherwise a non-empty `NO_COLOR` turns it off (no-color.org); otherwise colour iff
 * standard output is a terminal.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

/** Thrown by {@link readRegularFile} and {@link writeRegularFile} for a path that is not a regular file. */
export class NotRegularFileError extends Error {
  constructor(readonly what: string) {
    super(`it is ${what}, not a regular file`);
    this.name = "NotRegularFileError";
  }
}

function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

// O_NONBLOCK: should the path turn into a FIFO between stat and open, opening it must not wait for a writer.
const NONBLOCK = (constants as { readonly O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

/**
 * Reads a regular file, at most `limit` bytes (undefined when it is larger). Anything else (a FIFO that would block
 * forever, a device, a directory) is refused before it is opened.
 */
export async function readRegularFile(path: string, limit: number): Promise<Buffer | undefined> {
  const info = await stat(path);
  if (!info.isFile()) throw new NotRegularFileError(kindOf(info));
  const handle = await open(path, constants.O_RDONLY | NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotRegularFileError(kindOf(opened));
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(parts);
      size += bytesRead;
      if (size > limit) return undefined;
      parts.push(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Writes a regular file, creating it when missing; refuses a path that exists and is not a regular file. */
export async function writeRegularFile(path: string, text: string | Uint8Array): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  });
  if (info !== undefined && !info.isFile()) throw new NotRegularFileError(kindOf(info));
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NONBLOCK, 0o666);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/** Writes a regular file of bytes as {@link writeRegularFile} does, creating its folder first when missing. */
export async function writeOutputFile(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeRegularFile(path, data);
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EFBIG: "the file is too large",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  ENXIO: "no such device or nothing reads from it",
  EIO: "input/output error",
};

/** Why a file (or standard output) could not be read or written, in plain words, e.g. "permission denied". */
export function describeFileError(error: unknown): string {
  if (error instanceof NotRegularFileError) return error.message;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string") return "it cannot be accessed";
  return REASONS[code] ?? `it cannot be accessed (${code})`;
}
