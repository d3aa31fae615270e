#!/usr/bin/env node
// The `offseason` executable: wires the CLI to the process. Everything else lives in run.ts.
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { stdin, stdout } from "node:process";
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

// A reader that stops early (`offseason demo | head`) is not an error.
stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: (limit) => readLimited(stdin, limit),
  async readFile(path, limit) {
    const stream = createReadStream(path);
    try {
      return await readLimited(stream, limit);
    } finally {
      stream.destroy();
    }
  },
  writeFile: (path, text) => writeFile(path, text),
  color: stdout.isTTY && process.env.NO_COLOR === undefined,
  now: () => new Date(),
});
process.exitCode = code;
