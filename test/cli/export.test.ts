import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { decodeWithParser, decodeWithSdk } from "../workouts/decoders.js";

const files: Record<string, string> = {
  "plan.json": readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8"),
};

/** Runs the CLI in-process; files written land in `written`. */
async function cli(argv: string[], options: { writeBytes?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, Uint8Array> = {};
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Promise.resolve(undefined),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error("missing"), { code: "ENOENT" }));
      return Promise.resolve(Buffer.from(text));
    },
    writeFile: () => Promise.reject(new Error("export writes bytes")),
    ...(options.writeBytes === false
      ? {}
      : {
          writeBytes: (path: string, data: Uint8Array) => {
            if (path.startsWith("/read-only/"))
              return Promise.reject(Object.assign(new Error("read-only"), { code: "EACCES" }));
            written[path] = data;
            return Promise.resolve();
          },
        }),
    color: false,
    now: () => new Date("2026-11-01T08:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}

describe("offseason export", () => {
  it("writes one <occurrenceId>.fit per run and cross-training occurrence of the window, that both decoders read", async () => {
    const result = await cli(["export", "plan.json", "--from", "2026-11-02", "--to", "2026-11-08", "--out", "week1"]);
    expect(result.code).toBe(0);
    const names = Object.keys(result.written).sort();
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(name).toMatch(/^week1\/[\w.:-]+@\d{4}-\d{2}-\d{2}\.fit$/);
    for (const data of Object.values(result.written)) {
      decodeWithSdk(data);
      expect((await decodeWithParser(data)).steps.length).toBeGreaterThan(0);
    }
    expect(result.stderr).toContain(`Wrote ${String(names.length)} .fit files to week1.`);
    // The runs' RPE has no FIT target: said once per file, on standard error.
    expect(result.stderr).toMatch(/\.fit: step 0: RPE \d+ has no target/);
  });

  it("writes to the current folder by default, and nothing when the window is empty", async () => {
    const result = await cli(["export", "plan.json", "--to", "2026-11-03"]);
    expect(Object.keys(result.written).every((name) => name.startsWith("./"))).toBe(true);
    const empty = await cli(["export", "plan.json", "--from", "2030-01-01"]);
    expect(empty).toMatchObject({ code: 0, written: {} });
  });

  it("prints intervals.icu text to standard output, or writes one .txt per occurrence with --out", async () => {
    const printed = await cli(["export", "plan.json", "--format", "intervals", "--to", "2026-11-08"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^[\w.:-]+@2026-11-0\d\n- RPE \d+ \d+m\n/);
    expect(printed.written).toEqual({});
    const saved = await cli(["export", "plan.json", "--format", "intervals", "--to", "2026-11-08", "--out", "txt/"]);
    const names = Object.keys(saved.written);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^txt\/[\w.:-]+@[\d-]+\.txt$/);
    expect(Buffer.from(saved.written[names[0] ?? ""] ?? new Uint8Array()).toString("utf8")).toMatch(/^- /);
  });

  it("refuses bad usage and unwritable folders with exit 2", async () => {
    expect((await cli(["export", "plan.json", "--format", "zwo"])).code).toBe(2);
    expect((await cli(["export", "plan.json", "--from", "2026-12-01", "--to", "2026-11-01"])).stderr).toContain(
      "the window is empty",
    );
    const denied = await cli(["export", "plan.json", "--out", "/read-only/x"]);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain("Cannot write /read-only/x/");
    expect((await cli(["export", "plan.json"], { writeBytes: false })).code).toBe(2);
  });

  it("has help", async () => {
    expect((await cli(["export", "--help"])).stdout).toContain("Usage: offseason export");
  });
});
