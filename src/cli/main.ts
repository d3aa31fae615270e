#!/usr/bin/env node
// The `offseason` executable: wires the CLI to the process. run.ts dispatches to the commands of commands/index.ts.
import { stdin, stdout } from "node:process";
import { colorEnabled, describeFileError, EXIT, readRegularFile, writeOutputFile, writeRegularFile } from "./io.js";
import { run } from "./run.js";

async function readLimited(chunks: AsyncIterable<Buffer | string>, limit: number): Promise<Buffer | undefined> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) return undefined;
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}

// A reader that stops early (`offseason demo | head`) is not an error; any other failure to write standard output
// (a full disk, /dev/full) is one line and exit 2.
stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`offseason: Cannot write to standard output: ${describeFileError(error)}.\n`);
  process.exit(EXIT.usage);
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: (limit) => readLimited(stdin, limit),
  readFile: readRegularFile,
  writeFile: writeRegularFile,
  writeBytes: writeOutputFile,
  // isTTY is undefined, not false, when standard output is not a terminal.
  color: colorEnabled(process.env, (stdout.isTTY as boolean | undefined) === true),
  now: () => new Date(),
});
process.exitCode = code;
