import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

const files: Record<string, string> = {
  "plan.json": readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8"),
  "athlete.json": readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"),
  "daily.json": JSON.stringify({
    version: 1, id: "daily", timezone: "UTC", startDate: "2026-11-02",
    phases: [{ id: "base", weeks: 1, sessions: [{ id: "d", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=DAILY" }] }],
  }),
  "broken.json": "{ nope",
};

/** Runs the CLI in-process against an in-memory file system. */
async function cli(argv: string[], options: { stdin?: string; color?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const limited = (text: string, limit: number) => (Buffer.byteLength(text) > limit ? undefined : Buffer.from(text));
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: (limit) => Promise.resolve(limited(options.stdin ?? "", limit)),
    readFile: (path, limit) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error("missing"), { code: path.endsWith("/") ? "EISDIR" : "ENOENT" }));
      return Promise.resolve(limited(text, limit));
    },
    writeFile: (path, text) => {
      written[path] = text;
      return Promise.resolve();
    },
    color: options.color ?? false,
    now: () => new Date("2026-11-01T08:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}

describe("offseason CLI, in-process", () => {
  it("prints usage without a command, and help for each command", async () => {
    expect((await cli([])).stdout).toContain("Usage: offseason <command>");
    expect((await cli(["help", "schedule"])).stdout).toContain("Usage: offseason schedule");
    expect((await cli(["-v"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("validates with colour on a terminal", async () => {
    const result = await cli(["validate", "daily.json"], { color: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("\u001b[");
    expect((await cli(["validate", "daily.json"])).stdout).not.toContain("\u001b[");
  });

  it("validates with an athlete and prints JSON", async () => {
    const result = await cli(["validate", "plan.json", "--athlete", "athlete.json", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, level: "intermediate" });
  });

  it("schedules as text, JSON and iCalendar with the clock passed in", async () => {
    expect((await cli(["schedule", "plan.json", "--to", "2026-11-02"])).stdout).toContain("2026-11-02 all day");
    expect((await cli(["schedule", "daily.json", "--from", "2027-01-01"])).stdout).toBe("No occurrences in this range.\n");
    expect((await cli(["schedule", "plan.json", "--format", "ics"])).stdout).toContain("DTSTAMP:20261101T080000Z");
    expect(JSON.parse((await cli(["schedule", "daily.json", "--format", "json"])).stdout)).toHaveLength(7);
  });

  it("generates to standard output or a file, from a file or standard input", async () => {
    const out = await cli(["generate", "athlete.json", "--start", "2026-11-02", "--weeks", "8", "--seed", "3", "--out", "plan-out.json"]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.written["plan-out.json"] ?? "{}")).toMatchObject({ startDate: "2026-11-02" });
    expect(out.stderr).toContain("Wrote plan-out.json: 2 phases, 8 weeks.");
    const fromStdin = await cli(["generate", "-", "--start", "2026-11-02"], { stdin: files["athlete.json"] ?? "" });
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ version: 1 });
  });

  it("runs the demo and lists the rules", async () => {
    const demo = await cli(["demo"]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain("OK at intermediate level");
    expect(JSON.parse((await cli(["demo", "--format", "json"])).stdout)).toHaveProperty("plan");
    expect((await cli(["rules"])).stdout).toContain("minRunFreeDays: beginner 2");
  });

  it.each([
    [["demo", "extra"], /demo takes no arguments/],
    [["rules", "extra"], /rules takes no arguments/],
    [["validate", "a.json", "b.json"], /takes one plan file/],
    [["validate", "missing.json"], /no such file/],
    [["validate", "dir/"], /it is a directory/],
    [["validate", "broken.json"], /not valid JSON/],
    [["validate", "daily.json", "--athlete", "plan.json"], /The athlete in plan.json is invalid/],
    [["generate", "athlete.json", "--start", "2026-11-02", "--seed", "x"], /--seed must be a whole number/],
    [["schedule", "daily.json", "--format", "xml"], /--format must be text, json, ics/],
    [["validate", "daily.json", "--rule", "rest-day-weekly=loud"], /severity must be/],
  ])("refuses %j with exit 2", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("reads standard input and refuses input over 2 MiB", async () => {
    expect((await cli(["validate", "-"], { stdin: files["daily.json"] ?? "" })).code).toBe(1);
    const huge = await cli(["validate", "-"], { stdin: "x".repeat(2 * 1024 * 1024 + 1) });
    expect(huge).toMatchObject({ code: 2 });
    expect(huge.stderr).toContain("larger than 2 MiB");
  });
});
