import { readFileSync } from "node:fs";
import { runCli } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const files: Record<string, string> = {
  "plan.json": read("../../examples/plan.json"),
  "log.json": read("../../examples/activities.json"),
  "bad-log.json": JSON.stringify([{ id: "a", date: "2026-11-03", kind: "run", minutes: -5 }]),
  "broken.json": "[ nope",
};

const cli = (argv: string[], stdin = "") => runCli(argv, { files, stdin, now: "2026-11-23T15:00:00Z" });

describe("offseason adherence", () => {
  it("prints a week-by-week table with a mark per planned session", async () => {
    const result = await cli(["adherence", "plan.json", "--activities", "log.json", "--as-of", "2026-11-23"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Adherence of jordan-winter-2026 as of 2026-11-23");
    expect(lines[2]).toMatch(
      /^Week +Starts +Mo +Tu +We +Th +Fr +Sa +Su +Done +Moved +Partial +Missed +Unplanned +Load$/,
    );
    // Week 1: Wednesday's swim and foam rolling were missed; Sunday's long run was done on Monday (moved).
    expect(lines[3]).toMatch(/^ {3}1 {2}2026-11-02 {2}oo +ooo +xx +ooo +o +ox +>o +12\/15 +1 +0 +3 +0 +90%$/);
    expect(result.stdout).toContain("o done  > moved");
    expect(lines.find((line) => line.startsWith("Total"))).toBeDefined();
    expect(lines.filter((line) => /^ +\d+ {2}20\d\d-/.test(line))).toHaveLength(12);
    // Columns line up: every week row is as long as the header.
    const header = lines[2] ?? "";
    for (const line of lines.slice(3, 15)) expect(line.length).toBe(header.length);
  });

  it("takes today in the plan's zone as --as-of by default, and writes JSON", async () => {
    const result = await cli(["adherence", "plan.json", "--activities=log.json", "--format", "json"]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      asOf: string;
      unplanned: string[];
      totals: { planned: number; missed: number; shifted: number; partial: number };
    };
    expect(document.asOf).toBe("2026-11-23");
    expect(document.unplanned).toEqual(["watch-bike-1"]);
    expect(document.totals.shifted).toBeGreaterThan(0);
    expect(document.totals.partial).toBeGreaterThan(0);
    expect(document.totals.missed).toBeGreaterThan(0);
  });

  it.each([
    [["adherence", "plan.json"], /^offseason: adherence needs --activities FILE/],
    [["adherence", "--activities", "log.json"], /^offseason: adherence needs a plan file/],
    [["adherence", "plan.json", "--activities", "log.json", "--as-of", "2026-11-31"], /--as-of must be a real/],
    [["adherence", "plan.json", "--activities", "log.json", "--since", "x"], /Unknown option --since for adherence/],
    [["adherence", "-", "--activities", "-"], /Standard input \(-\) can be read only once/],
    [["adherence", "plan.json", "--activities", "broken.json"], /The activities in broken.json are not valid JSON/],
    [["adherence", "plan.json", "--activities", "none.json"], /Cannot read the activities from none.json/],
    [["adherence", "plan.json", "--activities", "log.json", "--format", "ics"], /--format must be text or json/],
  ])("refuses %j with exit 2 and one line", async (argv, message) => {
    const result = await cli(argv);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("speaks of activities in the plural and of a plan or an athlete in the singular, whatever went wrong", async () => {
    files["huge.json"] = `[${" ".repeat(2 * 1024 * 1024)}]`;
    const huge = await cli(["adherence", "plan.json", "--activities", "huge.json"]);
    expect(huge.stderr).toBe(
      "offseason: The activities in huge.json are larger than 2 MiB, the limit for JSON input.\n",
    );
    expect((await cli(["adherence", "huge.json", "--activities", "log.json"])).stderr).toBe(
      "offseason: The plan in huge.json is larger than 2 MiB, the limit for JSON input.\n",
    );
    expect((await cli(["fitness", "plan.json", "--activities", "broken.json"])).stderr).toMatch(
      /^offseason: The activities in broken\.json are not valid JSON: /,
    );
    expect((await cli(["fitness", "broken.json"])).stderr).toMatch(
      /^offseason: The plan in broken\.json is not valid JSON: /,
    );
    expect((await cli(["fitness", "plan.json", "--activities", "-"], "[{}]")).stderr).toMatch(
      /^offseason: The activities in standard input are invalid:\n/,
    );
  });

  it("locates the problems of invalid activities", async () => {
    const result = await cli(["adherence", "plan.json", "--activities", "bad-log.json"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      "offseason: The activities in bad-log.json are invalid:\n  [0].minutes: must be greater than 0\n",
    );
    const json = await cli(["adherence", "plan.json", "--activities", "bad-log.json", "--format", "json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      errors: [{ file: "bad-log.json", path: "[0].minutes", message: "must be greater than 0", code: "too_small" }],
    });
  });

  it("has help", async () => {
    expect((await cli(["adherence", "--help"])).stdout).toContain("Usage: offseason adherence");
    expect((await cli(["--help"])).stdout).toContain("adherence <plan.json|->");
  });
});

describe("offseason fitness", () => {
  it("prints one row per week of planned load without activities", async () => {
    const result = await cli(["fitness", "plan.json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const lines = result.stdout.trim().split("\n");
    expect(lines[2]).toBe("Week  Ends          Load     CTL     ATL     TSB    Ramp  Source");
    expect(lines).toHaveLength(3 + 12);
    expect(lines[3]).toMatch(/^ {3}1 {2}2026-11-08 .* planned$/);
  });

  it("mixes actual and planned load with activities, as JSON every day", async () => {
    const result = await cli([
      "fitness",
      "plan.json",
      "--activities",
      "log.json",
      "--as-of",
      "2026-11-23",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const { days } = JSON.parse(result.stdout) as { days: { date: string; source: string; ctl: number }[] };
    expect(days).toHaveLength(84);
    expect(days[20]).toMatchObject({ date: "2026-11-22", source: "actual" });
    expect(days[21]).toMatchObject({ date: "2026-11-23", source: "planned" });
    const text = await cli(["fitness", "plan.json", "--activities", "log.json", "--as-of", "2026-11-23"]);
    expect(text.stdout).toMatch(/ {2}actual\n/);
  });

  it("refuses bad usage", async () => {
    expect((await cli(["fitness"])).stderr).toMatch(/^offseason: fitness needs a plan file/);
    expect((await cli(["fitness", "plan.json", "--as-of", "soon"])).code).toBe(2);
    expect((await cli(["fitness", "--help"])).stdout).toContain("Usage: offseason fitness");
  });
});
