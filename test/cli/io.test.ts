import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { colorEnabled, readRegularFile, writeRegularFile, type CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

const scratch = mkdtempSync(join(tmpdir(), "offseason-cli-io-"));
const athlete = join(scratch, "athlete.json");
writeFileSync(athlete, readFileSync(new URL("../../examples/athlete.json", import.meta.url)));
const plan = join(scratch, "plan.json");
writeFileSync(plan, readFileSync(new URL("../../examples/plan.json", import.meta.url)));
const fifo = join(scratch, "no-writer.fifo");
execFileSync("mkfifo", [fifo]);
const folder = join(scratch, "folder");
mkdirSync(folder);
const readOnly = join(scratch, "read-only.json");
writeFileSync(readOnly, "{}");
chmodSync(readOnly, 0o444);
// root writes a 0444 file anyway; /proc/version refuses writes even to root.
const readOnlyTarget = process.getuid?.() === 0 ? "/proc/version" : readOnly;

const socketPath = join(scratch, "plan.sock");
const socket = createServer();
await new Promise<void>((done) => socket.listen(socketPath, done));
afterAll(
  () =>
    new Promise<void>((done) =>
      socket.close(() => {
        done();
      }),
    ),
);

/** Runs the CLI in-process with the real file functions of the executable, on real files in a temp folder. */
async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Promise.resolve(Buffer.from("")),
    readFile: readRegularFile,
    writeFile: writeRegularFile,
    color: false,
    now: () => new Date("2026-11-01T08:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("colour", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ NO_COLOR: "" }, false, false],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "" }, false, true],
    [{ FORCE_COLOR: "true" }, false, true],
    [{ FORCE_COLOR: "3" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "false" }, true, false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0", NO_COLOR: "" }, true, false],
  ])("env %j, terminal %s: colour %s", (env, isTTY, expected) => {
    expect(colorEnabled(env, isTTY)).toBe(expected);
  });
});

describe("file problems are exit 2 with one line naming the file", () => {
  it.each([
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", join(scratch, "no/such/dir/p.json")],
      `Cannot write the plan to ${join(scratch, "no/such/dir/p.json")}: no such file or folder.`,
    ],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", folder],
      `Cannot write the plan to ${folder}: it is a directory, not a regular file.`,
    ],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", "/dev/full"],
      "Cannot write the plan to /dev/full: it is a device, not a regular file.",
    ],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", fifo],
      `Cannot write the plan to ${fifo}: it is a named pipe (FIFO), not a regular file.`,
    ],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", `${plan}/p.json`],
      `Cannot write the plan to ${plan}/p.json: a part of the path is not a folder.`,
    ],
    [["generate", athlete, "--start", "2026-11-02", "--out", ""], "--out needs a file name."],
    [
      ["validate", join(scratch, "missing.json")],
      `Cannot read the plan from ${join(scratch, "missing.json")}: no such file or folder.`,
    ],
    [["validate", folder], `Cannot read the plan from ${folder}: it is a directory, not a regular file.`],
    [["validate", fifo], `Cannot read the plan from ${fifo}: it is a named pipe (FIFO), not a regular file.`],
    [
      ["validate", plan, "--athlete", fifo],
      `Cannot read the athlete from ${fifo}: it is a named pipe (FIFO), not a regular file.`,
    ],
    [["validate", "/dev/zero"], "Cannot read the plan from /dev/zero: it is a device, not a regular file."],
    [["schedule", "/dev/null"], "Cannot read the plan from /dev/null: it is a device, not a regular file."],
    [["validate", socketPath], `Cannot read the plan from ${socketPath}: it is a socket, not a regular file.`],
  ])("%j", async (argv, line) => {
    const result = await cli(argv);
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `offseason: ${line}\n` });
  });

  it("a read-only file", async () => {
    const result = await cli(["generate", athlete, "--start", "2026-11-02", "--out", readOnlyTarget]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^offseason: Cannot write the plan to ${readOnlyTarget}: (permission denied|input/output error)\\.\\n$`,
      ),
    );
  });

  it("with --format json, the JSON error document names the file", async () => {
    const result = await cli(["validate", fifo, "--format", "json"]);
    expect(result).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      errors: [
        {
          file: fifo,
          path: "",
          message: `Cannot read the plan from ${fifo}: it is a named pipe (FIFO), not a regular file.`,
          code: "input",
        },
      ],
    });
  });

  it("reads and writes regular files, through a symbolic link too, and refuses one over the limit", async () => {
    const out = join(scratch, "out.json");
    expect((await cli(["generate", athlete, "--start", "2026-11-02", "--out", out])).code).toBe(0);
    expect((await cli(["generate", athlete, "--start", "2026-11-02", "--weeks", "8", "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ startDate: "2026-11-02" });
    const link = join(scratch, "link.json");
    execFileSync("ln", ["-s", out, link]);
    expect((await cli(["validate", link, "--athlete", athlete])).code).toBe(0);
    expect(await readRegularFile(out, 10)).toBeUndefined();
    expect((await readRegularFile(out, 10_000_000))?.toString("utf8")).toBe(readFileSync(out, "utf8"));
  });
});
