import { readFileSync } from "node:fs";
import { runCliWriting } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";

const files: Record<string, string> = {
  "plan.json": readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8"),
  "athlete.json": readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"),
  "daily.json": JSON.stringify({
    version: 1,
    id: "daily",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 1,
        sessions: [{ id: "d", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=DAILY" }],
      },
    ],
  }),
  "broken.json": "{ nope",
};

const cli = (argv: string[], options: { stdin?: string; color?: boolean } = {}) =>
  runCliWriting(argv, { files, ...options });

describe("offseason CLI, in-process", () => {
  it("prints usage without a command (exit 2, on standard error), and help for each command", async () => {
    expect(await cli([])).toMatchObject({ code: 2, stdout: "" });
    expect((await cli([])).stderr).toContain("Usage: offseason <command>");
    expect(await cli(["help"])).toMatchObject({ code: 0 });
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
    expect((await cli(["schedule", "daily.json", "--from", "2027-01-01"])).stdout).toBe(
      "No occurrences in this range.\n",
    );
    expect((await cli(["schedule", "plan.json", "--format", "ics"])).stdout).toContain("DTSTAMP:20261101T080000Z");
    expect(JSON.parse((await cli(["schedule", "daily.json", "--format", "json"])).stdout)).toHaveLength(7);
  });

  it("generates to standard output or a file, from a file or standard input", async () => {
    const out = await cli([
      "generate",
      "athlete.json",
      "--start",
      "2026-11-02",
      "--weeks",
      "8",
      "--seed",
      "3",
      "--out",
      "plan-out.json",
    ]);
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
    [["schedule", "a.json", "b.json"], /takes one plan file/],
    [["validate", "missing.json"], /no such file/],
    [["validate", "dir/"], /it is a directory/],
    [["validate", "broken.json"], /not valid JSON/],
    [["validate", "daily.json", "--athlete", "plan.json"], /The athlete in plan.json is invalid/],
    [["generate", "athlete.json", "--start", "2026-11-02", "--seed", "x"], /--seed must be a whole number/],
    [["schedule", "daily.json", "--format", "xml"], /--format must be text, json or ics, not "xml"\./],
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

/** The plan of issue 17: 27 daily sessions with 16 KiB names and notes, for 104 weeks (valid; about 888 KB of JSON). */
function hugeOutputPlan(sessions = 27): string {
  const text = "x".repeat(16 * 1024);
  return JSON.stringify({
    version: 1,
    id: "huge",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 104,
        sessions: Array.from({ length: sessions }, (_, index) => ({
          id: `s${String(index)}`,
          kind: "cross",
          modality: "bike",
          minutes: 30,
          rpe: 3,
          name: text,
          notes: text,
          repeat: "FREQ=DAILY",
        })),
      },
    ],
  });
}

const hostile = "\u001b]0;PWNED\u0007\u001b[2J\r\nFAKE OK\u009b31m\u202eevil\u2066\t\u007f";
const hostilePlan = JSON.stringify({
  version: 1,
  id: "hostile",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [
        { id: "d", kind: "run", runType: "easy", minutes: 30, rpe: 3, name: hostile, notes: hostile, on: ["TU"] },
      ],
    },
  ],
});
/** No control character, DEL, C1 or bidi control may reach the terminal (\n ends lines). */
// eslint-disable-next-line no-control-regex -- control characters are what must not appear
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("offseason CLI: usage", () => {
  it.each([
    [["validate", "-", "--athlete", "-"], /Standard input \(-\) can be read only once/],
    [["validate", "-", "-"], /Standard input \(-\) can be read only once/],
    [
      ["schedule", "daily.json", "--from", "2026-11-05", "--to", "2026-11-04"],
      /--from 2026-11-05 is after --to 2026-11-04/,
    ],
    [
      ["schedule", "daily.json", "--from", "2026-13-45"],
      /--from must be a real calendar date written YYYY-MM-DD, not "2026-13-45"/,
    ],
    [["schedule", "daily.json", "--to", "2026-02-29"], /--to must be a real calendar date/],
    [["generate", "athlete.json", "--start", "2026-02-30"], /--start must be a real calendar date/],
    [
      ["validate", "daily.json", "--colour"],
      /^offseason: Unknown option --colour for validate\. Run offseason validate --help for its options\.\n$/,
    ],
    [["validate", "daily.json", "-x"], /^offseason: Unknown option -x for validate\./],
    [["schedule", "daily.json", "--athlete", "athlete.json"], /Unknown option --athlete for schedule/],
    [["validate", "daily.json", "--format"], /--format needs a value\./],
    [["validate", "daily.json", "--help=yes"], /--help takes no value\./],
    [
      ["schedule", "daily.json", "--from", "--to"],
      /--from needs a value; for one that starts with "-", write --from=--to\./,
    ],
    [["validate", "daily.json", "--format", "xml"], /--format must be text or json, not "xml"\./],
    [
      ["generate", "athlete.json", "--start", "2026-11-02", "--format", "text"],
      /--format can only be json, not "text"\./,
    ],
    [
      ["validate", "daily.json", "--level", "pro"],
      /--level must be one of beginner, intermediate, advanced or elite, not "pro"\./,
    ],
    [["validate", "daily.json", "--rule", "__proto__=error"], /unknown rule "__proto__"/],
    [["validate", "daily.json", "--rule", "constructor=off"], /unknown rule "constructor"/],
    [["validate", "daily.json", "--rule", "toString=off"], /unknown rule "toString"/],
    [
      ["validate", "daily.json", "--rule", "rest-day-weekly=loud"],
      /the severity must be off, info, warning or error, not "loud"/,
    ],
    [["schedule", "plan.json", "--format", "ics", "--now", "Tue Mar 01 2026"], /--now must be an ISO-8601 date-time/],
    [["schedule", "plan.json", "--format", "ics", "--now", "0099-01-01T00:00:00Z"], /in the years 1000 to 9999/],
    [["schedule", "plan.json", "--format", "ics", "--now", "1000-01-01T00:30:00+01:00"], /in the years 1000 to 9999/],
    [["schedule", "plan.json", "--format", "ics", "--now", "2026-11-01"], /--now must be/],
    [["schedule", "plan.json", "--format", "ics", "--now", "2026-11-01T08:00:00"], /--now must be/],
    [["schedule", "plan.json", "--format", "ics", "--now", "2026-02-30T08:00:00Z"], /--now must be/],
    [["schedule", "plan.json", "--format", "ics", "--now", "2026-11-01T24:00:00Z"], /--now must be/],
    [["schedule", "plan.json", "--format", "ics", "--now", "+002026-11-01T08:00:00Z"], /--now must be/],
    [["validate", "daily.json", "--max-warnings=-1"], /--max-warnings must be a whole number of 0 or more, not "-1"/],
    [
      ["validate", "daily.json", "--max-warnings", "-1"],
      /--max-warnings needs a value; for one that starts with "-", write --max-warnings=-1\./,
    ],
    [["validate", "daily.json", "--max-warnings", "1.5"], /--max-warnings must be a whole number/],
    [["validate", "daily.json", "--max-warnings", "ten"], /--max-warnings must be a whole number/],
    [["generate", "athlete.json", "--start", "2026-11-02", "--out", ""], /--out needs a file name/],
    [["help", "nope"], /Unknown command "nope"/],
  ])("refuses %j with exit 2 and one line of its own", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("takes --now in strict ISO-8601 with Z or an offset, seconds and milliseconds optional", async () => {
    for (const [now, stamp] of [
      ["2026-11-01T08:00:00Z", "20261101T080000Z"],
      ["2026-11-01T09:30+01:30", "20261101T080000Z"],
      ["2026-11-01T03:00:00.250-05:00", "20261101T080000Z"],
      ["9999-12-31T23:59:59Z", "99991231T235959Z"],
    ] as const) {
      const result = await cli(["schedule", "plan.json", "--format", "ics", "--now", now, "--to", "2026-11-02"]);
      expect(result.code, now).toBe(0);
      expect(result.stdout).toContain(`DTSTAMP:${stamp}`);
    }
  });

  it("passes an own __proto__ key of a config to the engine as an unknown rule (the engine does not ignore it)", async () => {
    const { validatePlan, parsePlan } = await import("../../src/index.js");
    expect(() =>
      validatePlan(parsePlan(JSON.parse(files["daily.json"] ?? "")), {
        rules: JSON.parse('{"__proto__":"error"}') as Record<string, "error">,
      }),
    ).toThrow(/unknown rule "__proto__"/);
  });
});

describe("offseason CLI: errors of the library", () => {
  it("lists located issues one per line under the summary, or in the JSON error document", async () => {
    const plan = JSON.parse(files["daily.json"] ?? "") as {
      phases: { sessions: Record<string, unknown>[] }[];
      exceptions?: unknown;
    };
    plan.phases[0]?.sessions.splice(0, 1, { id: "d", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] });
    // Both are valid exceptions that match no occurrence: the expansion (not the parser) refuses them.
    plan.exceptions = [
      { action: "skip", sessionId: "d", date: "2026-11-03" },
      { action: "skip", sessionId: "d", date: "2026-11-04" },
      { action: "skip", sessionId: "d", date: "2026-11-05" },
    ];
    files["exceptions.json"] = JSON.stringify(plan);
    const text = await cli(["schedule", "exceptions.json"]);
    expect(text.code).toBe(2);
    const lines = text.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^offseason: [^\n]*:$/);
    expect(lines[0]).not.toContain("is invalid");
    expect(lines.slice(1).map((line) => line.slice(0, 15))).toEqual(["  exceptions[1]", "  exceptions[2]"]);
    const json = await cli(["schedule", "exceptions.json", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      errors: [
        { path: expect.stringMatching(/^exceptions\[1\]/) as unknown },
        { path: expect.stringMatching(/^exceptions\[2\]/) as unknown },
      ],
    });
  });
});

describe("offseason CLI: --format json gives one JSON document in every outcome", () => {
  it.each([
    [["validate", "daily.json", "--colour", "--format", "json"], { path: "", code: "usage" }],
    [["validate", "daily.json", "--format=json", "--level", "pro"], { path: "", code: "usage" }],
    [["validate", "missing.json", "--format", "json"], { path: "", code: "input", file: "missing.json" }],
    [["validate", "broken.json", "--format", "json"], { path: "", code: "input", file: "broken.json" }],
    [["validate", "daily.json", "--athlete", "plan.json", "--format", "json"], { file: "plan.json" }],
    [["schedule", "daily.json", "--from", "2026-13-45", "--format", "json"], { path: "", code: "usage" }],
    [["rules", "extra", "--format", "json"], { path: "", code: "usage" }],
    [["demo", "extra", "--format", "json"], { path: "", code: "usage" }],
    [["generate", "athlete.json", "--format", "json"], { path: "", code: "usage" }],
    [
      ["generate", "athlete.json", "--start", "2026-11-02", "--weeks", "60", "--format", "json"],
      { path: "weeks", code: "out_of_range" },
    ],
  ])("%j", async (argv, error) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("");
    const document = JSON.parse(result.stdout) as {
      ok: boolean;
      errors: { path: string; message: string; code: string }[];
    };
    expect(document.ok).toBe(false);
    expect(document.errors[0]).toMatchObject(error);
    for (const item of document.errors)
      expect(Object.keys(item).sort()).toEqual(expect.arrayContaining(["code", "message", "path"]));
  });

  it("lists every located issue of an invalid plan with its path and code", async () => {
    files["bad-rpe.json"] = JSON.stringify({
      ...(JSON.parse(files["daily.json"] ?? "") as object),
      timezone: "Mars/Base",
      startDate: "2026-13-01",
    });
    const result = await cli(["schedule", "bad-rpe.json", "--format", "json"]);
    expect(result).toMatchObject({ code: 2, stderr: "" });
    const document = JSON.parse(result.stdout) as { errors: { path: string; code: string; file: string }[] };
    expect(document.errors.map((error) => error.path)).toEqual(["timezone", "startDate"]);
    expect(document.errors.every((error) => error.file === "bad-rpe.json" && error.code !== "")).toBe(true);
  });

  it("writes with --out and says so in JSON, nothing on standard error", async () => {
    const result = await cli([
      "generate",
      "athlete.json",
      "--start",
      "2026-11-02",
      "--weeks",
      "8",
      "--out",
      "p.json",
      "--format",
      "json",
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, file: "p.json", phases: 2, weeks: 8 });
  });
});

describe("offseason CLI: validate like eslint", () => {
  it("--quiet lists errors only, in text and JSON", async () => {
    const loud = await cli(["validate", "daily.json", "--level", "beginner"]);
    expect(loud.stdout).toMatch(/^warning /m);
    const quiet = await cli(["validate", "daily.json", "--level", "beginner", "--quiet"]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/^error /m);
    expect(quiet.stdout).not.toMatch(/^(warning|info) /m);
    const json = JSON.parse(
      (await cli(["validate", "daily.json", "--level", "beginner", "--quiet", "--format", "json"])).stdout,
    ) as { findings: { severity: string }[]; counts: { warning: number } };
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((finding) => finding.severity === "error")).toBe(true);
    expect(json.counts.warning).toBeGreaterThan(0);
  });

  it("--max-warnings N exits 1 when there are more than N warnings, also with --quiet", async () => {
    const errors = JSON.parse((await cli(["validate", "daily.json", "--format", "json"])).stdout) as {
      findings: { ruleId: string; severity: string }[];
    };
    const base = [
      "validate",
      "daily.json",
      ...errors.findings
        .filter((finding) => finding.severity === "error")
        .flatMap((finding) => ["--rule", `${finding.ruleId}=warning`]),
    ];
    const report = JSON.parse((await cli([...base, "--format", "json"])).stdout) as {
      ok: boolean;
      counts: { warning: number };
    };
    expect(report.ok).toBe(true);
    const warnings = report.counts.warning;
    expect(warnings).toBeGreaterThan(0);
    expect((await cli([...base, "--max-warnings", String(warnings)])).code).toBe(0);
    expect((await cli(base)).code).toBe(0);
    const over = await cli([...base, "--max-warnings", String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      `offseason: ${String(warnings)} warnings, more than --max-warnings ${String(warnings - 1)}.\n`,
    );
    expect((await cli([...base, "--quiet", "--max-warnings", "0"])).code).toBe(1);
    const json = await cli([...base, "--max-warnings", "0", "--format", "json"]);
    expect(json).toMatchObject({ code: 1, stderr: "" });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
  });

  it("validates several plans in one call: reports one after another, JSON an array, the worst exit code", async () => {
    const text = await cli(["validate", "plan.json", "daily.json", "--athlete", "athlete.json"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Plan [\w-]+ in plan\.json: OK at intermediate level/m);
    expect(text.stdout).toMatch(/^Plan daily in daily\.json: NOT OK at intermediate level/m);
    const json = await cli(["validate", "plan.json", "-", "--format", "json"], { stdin: files["daily.json"] ?? "" });
    expect(json.code).toBe(1);
    const reports = JSON.parse(json.stdout) as { file: string; report: { ok: boolean } }[];
    expect(reports.map(({ file, report }) => [file, report.ok])).toEqual([
      ["plan.json", true],
      ["-", false],
    ]);
    expect((await cli(["validate", "plan.json", "plan.json"])).code).toBe(0);
    expect((await cli(["validate", "plan.json", "missing.json"])).code).toBe(2);
    const single = JSON.parse((await cli(["validate", "plan.json", "--format", "json"])).stdout) as object;
    expect(single).toHaveProperty("findings");
  });
});

describe("offseason CLI: schedule", () => {
  const events = (ics: string) => ics.split("BEGIN:VEVENT").length - 1;

  it("honours --from/--to and --no-habits in every format, iCalendar included", async () => {
    const all = await cli(["schedule", "plan.json", "--format", "ics"]);
    const day = await cli(["schedule", "plan.json", "--format", "ics", "--from", "2026-11-03", "--to", "2026-11-03"]);
    const dayJson = JSON.parse(
      (await cli(["schedule", "plan.json", "--format", "json", "--from", "2026-11-03", "--to", "2026-11-03"])).stdout,
    ) as { kind: string }[];
    expect(events(day.stdout)).toBe(dayJson.length);
    expect(events(day.stdout)).toBeLessThan(events(all.stdout));
    expect(day.stdout).not.toMatch(/DTSTART[^:]*:2026110[24]/);
    const noHabitsJson = JSON.parse(
      (await cli(["schedule", "plan.json", "--format", "json", "--no-habits"])).stdout,
    ) as { kind: string }[];
    const allJson = JSON.parse((await cli(["schedule", "plan.json", "--format", "json"])).stdout) as { kind: string }[];
    expect(allJson.some((occurrence) => occurrence.kind === "habit")).toBe(true);
    expect(noHabitsJson.some((occurrence) => occurrence.kind === "habit")).toBe(false);
    expect(noHabitsJson).toHaveLength(allJson.filter((occurrence) => occurrence.kind !== "habit").length);
    // The iCalendar also carries the example's skipped session, as STATUS:CANCELLED.
    const noHabitsIcs = (await cli(["schedule", "plan.json", "--format", "ics", "--no-habits"])).stdout;
    expect(events(noHabitsIcs) - noHabitsIcs.split("STATUS:CANCELLED").length + 1).toBe(noHabitsJson.length);
    const text = (await cli(["schedule", "plan.json", "--no-habits"])).stdout.trimEnd().split("\n");
    expect(text).toHaveLength(noHabitsJson.length);
  });

  it("refuses JSON or text output over the output limit up front: exit 2, one line with the figure, the limit and how to narrow", async () => {
    files["huge.json"] = hugeOutputPlan();
    const started = Date.now();
    const text = await cli(["schedule", "huge.json"]);
    expect(text).toMatchObject({ code: 2, stdout: "" });
    expect(text.stderr).toMatch(
      /^offseason: The schedule as text would be up to \d+(\.\d)? MiB \(19656 occurrences\), over the 64 MiB output limit; narrow it with --from\/--to or --no-habits\.\n$/,
    );
    const json = await cli(["schedule", "huge.json", "--format", "json"]);
    expect(json).toMatchObject({ code: 2, stderr: "" });
    const document = JSON.parse(json.stdout) as {
      ok: boolean;
      errors: { path: string; code: string; message: string }[];
    };
    expect(document).toMatchObject({ ok: false, errors: [{ path: "", code: "limit" }] });
    expect(document.errors[0]?.message).toMatch(
      /^The schedule as JSON would be up to \d+(\.\d)? MiB \(19656 occurrences\), over the 64 MiB output limit; narrow it with --from\/--to or --no-habits\.$/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    const narrowed = await cli(["schedule", "huge.json", "--format", "json", "--to", "2026-11-08"]);
    expect(narrowed.code).toBe(0);
    expect(JSON.parse(narrowed.stdout)).toHaveLength(27 * 7);
  });

  it("the output bound is an upper bound close to the real size", async () => {
    const { occurrencesOutputBound, formatOccurrences } = await import("../../src/cli/format.js");
    const { expandPlan, parsePlan } = await import("../../src/index.js");
    for (const name of ["plan.json", "daily.json"]) {
      const occurrences = expandPlan(parsePlan(JSON.parse(files[name] ?? "")));
      const json = Buffer.byteLength(`${JSON.stringify(occurrences, null, 2)}\n`);
      const text = Buffer.byteLength(formatOccurrences(occurrences));
      expect(occurrencesOutputBound(occurrences, "json")).toBeGreaterThanOrEqual(json);
      expect(occurrencesOutputBound(occurrences, "json")).toBeLessThan(json * 3);
      expect(occurrencesOutputBound(occurrences, "text")).toBeGreaterThanOrEqual(text);
    }
  });

  it("prints a limit error of the library (too many occurrences) as one line, or the JSON error document", async () => {
    files["too-many.json"] = JSON.stringify({
      version: 1,
      id: "many",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        {
          id: "base",
          weeks: 104,
          sessions: Array.from({ length: 28 }, (_, index) => ({
            id: `s${String(index)}`,
            kind: "cross",
            modality: "bike",
            minutes: 30,
            rpe: 3,
            repeat: "FREQ=DAILY",
          })),
        },
      ],
    });
    for (const format of ["text", "ics"]) {
      const result = await cli(["schedule", "too-many.json", "--format", format]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        // Intl's English digits: grouped from 10,000 on.
        /^offseason: Plan too large: the plan expands to more than 20,000 occurrences[^\n]*\n$/,
      );
    }
    const json = await cli(["schedule", "too-many.json", "--format", "json"]);
    expect(json).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errors: [{ path: "", code: "limit" }] });
  });
});

describe("offseason CLI: output that could attack the reader", () => {
  it("escapes control and bidi characters of names and notes in text, keeps JSON as JSON", async () => {
    files["hostile.json"] = hostilePlan;
    const text = await cli(["schedule", "hostile.json"]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(UNSAFE);
    expect(text.stdout).toContain(
      "2026-11-03 all day      \\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\r\\nFAKE OK\\u{9b}31m\\u{202e}evil\\u{2066}\\t\\u{7f}  [week 1, base]\n",
    );
    expect(text.stdout.split("\n")).toHaveLength(2);
    const json = await cli(["schedule", "hostile.json", "--format", "json"]);
    expect((JSON.parse(json.stdout) as { session: { name: string } }[])[0]?.session.name).toBe(hostile);
  });

  it("escapes hostile invalid JSON, keys, ids and file names in messages", async () => {
    files["evil.json"] = `{ "version": 1, "a": ${hostile} }`;
    files[`name${hostile}.json`] = "{";
    files["keys.json"] = JSON.stringify({ ...(JSON.parse(files["daily.json"] ?? "") as object), [hostile]: 1 });
    for (const argv of [
      ["validate", "evil.json"],
      ["validate", `name${hostile}.json`],
      ["validate", "keys.json"],
      ["validate", "daily.json", "--rule", `${hostile}=off`],
      ["validate", `${hostile}.json`],
      ["validate", "daily.json", "--level", hostile],
      [hostile],
    ]) {
      const result = await cli(argv);
      expect(result.code, JSON.stringify(argv)).toBe(2);
      expect(result.stderr, JSON.stringify(argv)).not.toMatch(UNSAFE);
      expect(result.stderr).toMatch(/\\u\{(1b|9b)\}/);
    }
    const keys = await cli(["validate", "keys.json", "--format", "json"]);
    expect((JSON.parse(keys.stdout) as { errors: { path: string }[] }).errors[0]?.path).toContain("\u202e");
  });

  it("escapes what a rule finding quotes", async () => {
    const { formatReport } = await import("../../src/cli/formatReport.js");
    const report = {
      ok: false,
      level: "beginner",
      counts: { error: 1, warning: 0, info: 0 },
      fundamentals: {},
      findings: [
        {
          ruleId: "r",
          severity: "error",
          message: `named ${hostile}`,
          hint: hostile,
          sessionId: hostile,
          path: hostile,
        },
      ],
    };
    const text = formatReport(report as never, hostile, false, { source: hostile });
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain("Fix: \\u{1b}]0;PWNED");
  });
});

describe("offseason CLI: demo and rules", () => {
  it("the demo header names the athlete once", async () => {
    const [header] = (await cli(["demo"])).stdout.split("\n");
    expect(header).toBe(
      "Off-season plan for Jordan Reyes (intermediate): 12 weeks, 2026-11-02 to 2027-01-24, America/New_York",
    );
  });

  it("the demo output quoted in the README and docs/cli.md is the demo's output", async () => {
    const lines = new Set((await cli(["demo"])).stdout.split("\n").map((line) => line.trimEnd()));
    for (const doc of ["../../README.md", "../../docs/cli.md"]) {
      const markdown = readFileSync(new URL(doc, import.meta.url), "utf8");
      const quoted = /```text\n(Off-season plan for [\s\S]*?)```/.exec(markdown)?.[1];
      expect(quoted, doc).toBeDefined();
      for (const line of (quoted ?? "").split("\n").filter((text) => text !== "..." && text !== ""))
        expect(lines, `${doc}: ${line}`).toContain(line);
    }
  });

  it("rules --format json links each rule to its section of docs/rules.md in the repository", async () => {
    const rulesDoc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    const listed = JSON.parse((await cli(["rules", "--format", "json"])).stdout) as { id: string; docs: string }[];
    expect(listed.find((rule) => rule.id === "rest-day-weekly")?.docs).toBe(
      "https://github.com/offseason-dev/offseason/blob/main/docs/rules.md#rest-day-weekly",
    );
    for (const { id, docs } of listed) {
      expect(docs).toBe(`https://github.com/offseason-dev/offseason/blob/main/docs/rules.md#${id}`);
      expect(rulesDoc).toContain(`\n## ${id}\n`);
    }
    const { rules } = await import("../../src/index.js");
    expect(rules.find((rule) => rule.meta.id === "rest-day-weekly")?.meta.docs).toBe("#rest-day-weekly");
  });
});
