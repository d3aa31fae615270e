// The browser example's server as `npm run example:browser` starts it: PORT chooses the port, and a port that is
// taken (or bad) is one line and exit 1, never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const server = fileURLToPath(new URL("../../examples/browser/server.mjs", import.meta.url));

function listen(port: number): Promise<Server> {
  return new Promise((done, fail) => {
    const taken = createServer();
    taken.once("error", fail);
    taken.listen(port, "127.0.0.1", () => {
      done(taken);
    });
  });
}

describe("examples/browser/server.mjs", () => {
  let taken: Server;
  let takenPort: number;

  beforeAll(async () => {
    taken = await listen(0);
    const address = taken.address();
    takenPort = typeof address === "object" && address ? address.port : 0;
  });

  afterAll(
    () =>
      new Promise<void>((done) =>
        taken.close(() => {
          done();
        }),
      ),
  );

  it("says in one line that the port is in use and how to choose another, exit 1", () => {
    const result = spawnSync(process.execPath, [server], {
      env: { ...process.env, PORT: String(takenPort) },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      new RegExp(
        `^offseason browser example: port ${String(takenPort)} is in use; choose another with PORT, e\\.g\\. PORT=\\d+ npm run example:browser\\n$`,
      ),
    );
  });

  it("refuses a PORT that is not a port number in one line, exit 1", () => {
    for (const port of ["abc", "70000", "-1"]) {
      const result = spawnSync(process.execPath, [server], {
        env: { ...process.env, PORT: port },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status, port).toBe(1);
      expect(result.stderr).toBe(
        `offseason browser example: PORT must be a port number from 0 to 65535, not "${port}".\n`,
      );
    }
  });

  it("listens on PORT", async () => {
    const free = await listen(0);
    const address = free.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise<void>((done) =>
      free.close(() => {
        done();
      }),
    );
    const child = spawn(process.execPath, [server], {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const line = await new Promise<string>((done, fail) => {
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (text.includes("\n")) done(text);
        });
        child.once("exit", (code) => {
          fail(new Error(`exited ${String(code)}`));
        });
      });
      expect(line).toBe(`offseason browser example: http://127.0.0.1:${String(port)}/  (Ctrl+C to stop)\n`);
      expect((await fetch(`http://127.0.0.1:${String(port)}/`)).status).toBe(200);
    } finally {
      child.kill();
    }
  });
});
