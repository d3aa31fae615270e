import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.js");
const plan = join(root, "examples/plan.json");
const athlete = join(root, "examples/athlete.json");
const scratch = mkdtempSync(join(tmpdir(), "offseason-cli-"));

function offseason(args: string[], input?: string, env: Record<string, string> = {}) {
  // FORCE_COLOR of the environment would override NO_COLOR: colour only where a test asks for it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "FORCE_COLOR"));
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...inherited, NO_COLOR: "1", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const broken = JSON.parse(readFileSync(plan, "utf8")) as { phases: { sessions: Record<string, unknown>[] }[] };
const firstSession = broken.phases[0]?.sessions[0];
if (firstSession) firstSession.rpe = 12;
const dailyRunner = JSON.stringify({
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
});

describe("the offseason command (built, run as a subprocess)", () => {
  it("prints its version and help, exit 0", () => {
    expect(offseason(["--version"])).toMatchObject({
      code: 0,
      stdout: `${(JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version}\n`,
    });
    expect(offseason(["--help"]).stdout).toContain("Commands:");
    for (const command of ["demo", "validate", "schedule", "generate", "rules", "adherence", "fitness"]) {
      const result = offseason([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: offseason ${command}`);
    }
  });

  it("demo generates, validates and shows the example athlete's plan, exit 0", () => {
    const result = offseason(["demo"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Week Phase");
    expect(result.stdout).toMatch(/OK at intermediate level \(0 errors, 0 warnings/);
    expect(JSON.parse(offseason(["demo", "--format", "json"]).stdout)).toMatchObject({ report: { ok: true } });
  });

  it("validate reports a sound plan as OK (exit 0) and a plan with errors as NOT OK (exit 1)", () => {
    expect(offseason(["validate", plan, "--athlete", athlete])).toMatchObject({ code: 0 });
    const bad = offseason(["validate", file("daily.json", dailyRunner)]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("error   rest-day-weekly (week 1)");
    expect(bad.stdout).toContain("Fix: Make Monday a rest or cross-training day.");
  });

  it("validate takes rule settings and a level, and prints the Report as JSON", () => {
    const json = offseason([
      "validate",
      file("daily2.json", dailyRunner),
      "--rule",
      "rest-day-weekly=warning",
      "--level",
      "advanced",
      "--format",
      "json",
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      level: string;
      findings: { ruleId: string; severity: string }[];
    };
    expect(report).toMatchObject({ ok: true, level: "advanced" });
    expect(report.findings.find((finding) => finding.ruleId === "rest-day-weekly")?.severity).toBe("warning");
  });

  it("reads a plan from standard input", () => {
    expect(offseason(["validate", "-"], dailyRunner).code).toBe(1);
    expect(offseason(["schedule", "-", "--from", "2026-11-02", "--to", "2026-11-03"], dailyRunner).stdout).toBe(
      "2026-11-02 all day      Easy run 30 min  [week 1, base]\n2026-11-03 all day      Easy run 30 min  [week 1, base]\n",
    );
  });

  it("schedule prints text, JSON and iCalendar", () => {
    const text = offseason(["schedule", plan, "--from", "2026-11-03", "--to", "2026-11-03"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("2026-11-03 12:00-12:25  Easy run 25 min  [week 1, transition]");
    const json = JSON.parse(offseason(["schedule", plan, "--format", "json", "--to", "2026-11-02"]).stdout) as {
      id: string;
    }[];
    expect(json.map((occurrence) => occurrence.id)).toContain("t-roll@2026-11-02");
    const ics = offseason(["schedule", plan, "--format", "ics", "--now", "2026-11-01T00:00:00Z"]);
    expect(ics.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.stdout).toContain("DTSTAMP:20261101T000000Z");
  });

  it("generate writes a plan that validates", () => {
    const out = join(scratch, "generated.json");
    const result = offseason(["generate", athlete, "--start", "2026-11-02", "--weeks", "16", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Wrote");
    expect(offseason(["validate", out, "--athlete", athlete]).code).toBe(0);
    const stdout = offseason(["generate", "-", "--start", "2026-11-02"], readFileSync(athlete, "utf8"));
    expect(JSON.parse(stdout.stdout)).toMatchObject({ version: 1, startDate: "2026-11-02" });
  });

  it("rules lists every rule, as text and JSON", () => {
    expect(offseason(["rules"]).stdout).toContain("rest-day-weekly  [recovery, error, evidence C]");
    expect((JSON.parse(offseason(["rules", "--format", "json"]).stdout) as unknown[]).length).toBe(rules.length);
  });

  it.each([
    [["frobnicate"], /Unknown command "frobnicate"/],
    [["validate"], /validate needs a plan file/],
    [
      ["validate", plan, "--colour"],
      /^offseason: Unknown option --colour for validate\. Run offseason validate --help for its options\.\n$/,
    ],
    [["validate", plan, "--format", "xml"], /--format must be text or json/],
    [[], /Usage: offseason <command>/],
    [["validate", "-", "--athlete", "-"], /Standard input \(-\) can be read only once/],
    [["schedule", plan, "--from", "2026-13-45"], /--from must be a real calendar date/],
    [["schedule", plan, "--from", "2026-11-05", "--to", "2026-11-04"], /--from 2026-11-05 is after --to 2026-11-04/],
    [["schedule", plan, "--format", "ics", "--now", "Tue Mar 01 2026"], /--now must be an ISO-8601 date-time/],
    [["schedule", plan, "--format", "ics", "--now", "0099-01-01T00:00:00Z"], /--now must be/],
    [["validate", plan, "--rule", "__proto__=error"], /unknown rule "__proto__"/],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", "/no/such/dir/p.json"],
      /^offseason: Cannot write the plan to \/no\/such\/dir\/p\.json: no such file or folder\.\n$/,
    ],
    [
      ["generate", athlete, "--start", "2026-11-02", "--out", "/dev/full"],
      /^offseason: Cannot write the plan to \/dev\/full: it is a device, not a regular file\.\n$/,
    ],
    [["validate", plan, "--level", "pro"], /--level must be one of/],
    [["validate", plan, "--rule", "nope"], /--rule takes id=severity/],
    [["validate", plan, "--rule", "no-such-rule=off"], /unknown rule "no-such-rule"/],
    [["validate", join(scratch, "missing.json")], /no such file/],
    [["schedule", plan, "--from", "yesterday"], /--from must be a real calendar date/],
    [["generate", athlete], /generate needs --start/],
    [["generate", athlete, "--start", "2026-11-02", "--weeks", "60"], /weeks: must be a whole number from 4 to 52/],
    [["generate", athlete, "--start", "2026-11-02", "--weeks", "ten"], /--weeks must be a whole number/],
  ])("bad usage %j exits 2 with a plain message", (args, message) => {
    const result = offseason(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("bad input exits 2 with located issues, one per line, and no stack trace", () => {
    const notJson = offseason(["validate", file("broken.json", "{ not json")]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
    const invalid = offseason(["validate", file("invalid.json", JSON.stringify(broken))]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("  phases[0].sessions[0].rpe: must be at most 10");
    const invalidAthlete = offseason(["validate", plan, "--athlete", file("athlete.json", "{}")]);
    expect(invalidAthlete.stderr).toContain("  level: is required");
    for (const result of [notJson, invalid, invalidAthlete]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses JSON over 2 MiB before parsing it, from a file and from standard input", () => {
    const huge = `{"version":1,"name":"${"x".repeat(2 * 1024 * 1024)}"}`;
    const fromFile = offseason(["validate", file("huge.json", huge)]);
    expect(fromFile).toMatchObject({ code: 2 });
    expect(fromFile.stderr).toContain("larger than 2 MiB");
    expect(offseason(["validate", "-"], huge).stderr).toContain("larger than 2 MiB");
  });

  it("prints the same bytes whatever the process time zone and locale", () => {
    const commands = [
      ["demo", "--format", "json"],
      ["schedule", plan, "--format", "ics", "--now", "2026-11-01T00:00:00Z"],
      ["validate", plan, "--athlete", athlete, "--format", "json"],
    ];
    for (const command of commands) {
      const outputs = [
        { TZ: "UTC", LANG: "C", LC_ALL: "C" },
        { TZ: "America/New_York", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
        { TZ: "Asia/Tokyo", LANG: "ja_JP.UTF-8", LC_ALL: "ja_JP.UTF-8" },
      ].map((env) => offseason(command, undefined, env).stdout);
      expect(new Set(outputs).size, command.join(" ")).toBe(1);
    }
  });

  it("a standard output that fails (ENOSPC on /dev/full) is exit 2 with one line, no stack trace", () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [cli, "schedule", plan, "--format", "json"], {
        cwd: root,
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("offseason: Cannot write to standard output: no space left on the device.\n");
    } finally {
      closeSync(full);
    }
  });

  it("a reader that stops early (EPIPE) is not an error", () => {
    const result = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${cli}" schedule "${plan}" --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS:-}"`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
  });

  it("colours by FORCE_COLOR and NO_COLOR, not only by the terminal", () => {
    expect(offseason(["rules"], undefined, { NO_COLOR: "", FORCE_COLOR: "1" }).stdout).toContain(
      "\u001b[1mrest-day-weekly\u001b[22m",
    );
    expect(offseason(["rules"], undefined, { NO_COLOR: "1", FORCE_COLOR: "0" }).stdout).not.toContain("\u001b[");
    expect(offseason(["rules"]).stdout).not.toContain("\u001b[");
  });

  it("with --format json, bad input is one JSON document on standard output and nothing on standard error", () => {
    const result = offseason(["validate", file("invalid-json.json", JSON.stringify(broken)), "--format", "json"]);
    expect(result).toMatchObject({ code: 2, stderr: "" });
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      errors: [{ path: "phases[0].sessions[0].rpe", code: "too_big" }],
    });
  });

  it("refuses an exception that matches nothing with its path, exit 2", () => {
    const json = JSON.parse(dailyRunner) as Record<string, unknown>;
    json.exceptions = [
      { action: "move", sessionId: "d", date: "2026-11-03", to: "2026-11-03" },
      { action: "skip", date: "2026-11-03", sessionId: "d" },
    ];
    const result = offseason(["schedule", file("exceptions.json", JSON.stringify(json))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("  exceptions[1]:");
  });
});
