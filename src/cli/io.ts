/** What the CLI touches of the outside world, passed in so that tests can run it in-process too. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads standard input, at most `limit` bytes; resolves undefined when there is more. */
  readonly readStdin: (limit: number) => Promise<Buffer | undefined>;
  /** Reads a file, at most `limit` bytes; resolves undefined when it is larger. */
  readonly readFile: (path: string, limit: number) => Promise<Buffer | undefined>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Whether standard output is a terminal and colour is allowed (no NO_COLOR). */
  readonly color: boolean;
  /** The current instant, for DTSTAMP in iCalendar output. */
  readonly now: () => Date;
}

/** Exit codes: 0 success, 1 the plan has errors, 2 bad usage or bad input. */
export const EXIT = { ok: 0, planErrors: 1, usage: 2 } as const;

/** A failure the CLI reports as located lines and exit code 2, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}
