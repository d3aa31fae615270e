import ICAL from "ical.js";
import { runCliWriting } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";

const planJson = {
  version: 1,
  id: "winter",
  timezone: "America/New_York",
  startDate: "2026-12-14",
  phases: [
    {
      id: "base",
      weeks: 4,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH", "SA"], time: "07:00" },
        { id: "long", kind: "run", runType: "long", minutes: 60, rpe: 4, on: ["SU"] },
      ],
    },
  ],
};

const files: Record<string, string> = {
  "plan.json": JSON.stringify(planJson),
  "longer.json": JSON.stringify({
    ...planJson,
    phases: [
      {
        ...planJson.phases[0],
        sessions: [{ ...planJson.phases[0]?.sessions[0], minutes: 45 }, planJson.phases[0]?.sessions[1]],
      },
    ],
  }),
  "travel.json": JSON.stringify({
    ...planJson,
    exceptions: [{ action: "travel", from: "2026-12-14", to: "2026-12-16", timezone: "Asia/Tokyo" }],
  }),
  "paused.json": JSON.stringify({
    ...planJson,
    exceptions: [{ action: "pause", from: "2026-12-21", to: "2026-12-27", mode: "drop" }],
  }),
};

interface Json {
  readonly [key: string]: Json | undefined;
}
// Test documents are read as loose JSON.
const parseJson = (text: string) => JSON.parse(text) as Json & Record<string, unknown>;
const ids = (list: unknown) => (list as readonly { id: string }[]).map((change) => change.id);

const cli = (argv: string[]) => runCliWriting(argv, { files, now: "2026-12-01T08:00:00Z" });

describe("offseason adjust", () => {
  it.each([
    [["--shift", "2026-12-20:+7"], { action: "shift", from: "2026-12-20", days: 7 }],
    [
      ["--shift", "2026-12-23:-1", "--session", "easy"],
      { action: "shift", from: "2026-12-23", days: -1, sessionId: "easy" },
    ],
    [["--pause", "2026-12-20..2026-12-27"], { action: "pause", from: "2026-12-20", to: "2026-12-27", mode: "shift" }],
    [
      ["--pause", "2026-12-20..2026-12-27", "--drop", "--reason", "flu"],
      { action: "pause", from: "2026-12-20", to: "2026-12-27", mode: "drop", reason: "flu" },
    ],
    [["--swap", "2026-12-15,2026-12-16"], { action: "swap", date: "2026-12-15", with: "2026-12-16" }],
    [["--rest", "2026-12-17"], { action: "rest", date: "2026-12-17" }],
    [
      ["--travel", "2027-01-03..2027-01-10@Europe/Berlin"],
      { action: "travel", from: "2027-01-03", to: "2027-01-10", timezone: "Europe/Berlin" },
    ],
  ])("%j writes the plan with the adjustment and prints what changed", async (options, exception) => {
    const result = await cli(["adjust", "plan.json", ...options, "--out", "new.json"]);
    expect(result.code).toBe(0);
    expect(parseJson(result.written["new.json"] ?? "{}").exceptions).toEqual([exception]);
    expect(result.stdout).toMatch(/^Wrote new\.json\.\n/);
    expect(result.stdout).toMatch(
      /\d+ added, \d+ removed, \d+ moved, \d+ changed, \d+ unchanged\.\nValidation: \d+ errors?, \d+ warnings?\.\n$/,
    );
  });

  it("lists the moves, and prints the plan to standard output without --out", async () => {
    const result = await cli(["adjust", "plan.json", "--rest", "2027-01-09"]);
    expect(result.code).toBe(0);
    expect(parseJson(result.stdout).exceptions).toEqual([{ action: "rest", date: "2027-01-09" }]);
    expect(result.stderr).toContain("moved    easy@2027-01-09  2027-01-09 07:00 -> 2027-01-10 07:00");
    expect(result.stderr).toContain("moved    long@2027-01-10  2027-01-10 -> 2027-01-11");
  });

  it("shows the offsets of a move that keeps the wall time in another zone (a trip)", async () => {
    const result = await cli(["adjust", "plan.json", "--travel", "2027-01-03..2027-01-10@Europe/Berlin"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("moved    easy@2027-01-05  2027-01-05 07:00-05:00 -> 2027-01-05 07:00+01:00\n");
    expect(result.stderr).toContain("0 added, 0 removed, 3 moved, 0 changed, 13 unchanged.");
    // A move within one offset keeps the short form.
    const rest = await cli(["adjust", "plan.json", "--rest", "2027-01-09"]);
    expect(rest.stderr).toContain("moved    easy@2027-01-09  2027-01-09 07:00 -> 2027-01-10 07:00\n");
  });

  it("prints one JSON document", async () => {
    const result = await cli([
      "adjust",
      "plan.json",
      "--pause",
      "2026-12-21..2026-12-27",
      "--drop",
      "--format",
      "json",
      "--out",
      "new.json",
    ]);
    const document = parseJson(result.stdout);
    expect(document).toMatchObject({ file: "new.json" });
    expect(typeof document.counts?.error).toBe("number");
    expect(ids(document.changes?.removed)).toEqual([
      "easy@2026-12-22",
      "easy@2026-12-24",
      "easy@2026-12-26",
      "long@2026-12-27",
    ]);
  });

  it.each([
    [["adjust", "plan.json"], /exactly one of --shift, --pause, --swap, --rest or --travel/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--swap", "2026-12-15,2026-12-16"], /got --swap and --rest/],
    [["adjust", "plan.json", "--shift", "2026-12-20"], /--shift takes DATE:\+DAYS/],
    [["adjust", "plan.json", "--shift", "2026-02-30:+1"], /not a real calendar date/],
    [["adjust", "plan.json", "--pause", "2026-12-20"], /--pause takes FROM..TO/],
    [["adjust", "plan.json", "--travel", "2027-01-03..2027-01-10"], /--travel takes FROM..TO@ZONE/],
    [["adjust", "plan.json", "--travel", "2027-01-03..2027-01-10@Mars/Base"], /IANA time zone/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--drop"], /--drop goes with --pause only/],
    [["adjust", "plan.json", "--pause", "2027-01-08..2027-01-08", "--drop"], /matches nothing/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--frobnicate"], /Unknown option --frobnicate for adjust/],
    [["adjust", "missing.json", "--rest", "2026-12-17"], /no such file/],
    [["adjust", "plan.json", "--swap", "2026-12-15"], /--swap takes DATE,DATE/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--session", "easy"], /--session goes with --shift only/],
    [["adjust", "plan.json", "other.json", "--rest", "2026-12-17"], /adjust takes one plan file/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--out", ""], /--out needs a file name/],
    [["adjust", "plan.json", "--rest", "2026-12-17", "--out", "/read-only/new.json"], /Cannot write the plan to/],
    [["adjust", "--rest", "2026-12-17"], /adjust needs a plan file/],
    [["diff", "plan.json"], /diff needs two plan files/],
    [["diff", "plan.json", "paused.json", "plan.json"], /diff takes two plan files/],
    [["diff", "plan.json", "paused.json", "--format", "ics", "--organizer", "nobody"], /e-mail address/],
    [["diff", "plan.json", "paused.json", "--format", "yaml"], /--format must be text, json or ics/],
  ])("%j is bad usage or input (exit 2, one message)", async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("reports errors as JSON with --format json", async () => {
    const result = await cli(["adjust", "plan.json", "--format", "json"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false });
  });

  it("has help", async () => {
    expect((await cli(["adjust", "--help"])).stdout).toContain("Usage: offseason adjust");
    expect((await cli(["help", "diff"])).stdout).toContain("Usage: offseason diff");
    expect((await cli(["--help"])).stdout).toContain("adjust <plan.json|->");
  });
});

describe("offseason diff", () => {
  it("prints the changes as text and JSON", async () => {
    const text = await cli(["diff", "plan.json", "paused.json"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("removed  easy@2026-12-22  2026-12-22 07:00");
    expect(text.stdout).toContain("0 added, 4 removed, 0 moved, 0 changed, 12 unchanged.");
    const json = parseJson((await cli(["diff", "plan.json", "paused.json", "--format", "json"])).stdout);
    expect((json.removed as unknown as readonly unknown[])[0]).toEqual({
      id: "easy@2026-12-22",
      before: { date: "2026-12-22", start: "2026-12-22T07:00:00-05:00" },
    });
    expect(json.unchanged).toBe(12);
  });

  it("shows the offsets of a trip's moves, which keep their wall time", async () => {
    const result = await cli(["diff", "plan.json", "travel.json"]);
    expect(result.stdout).toBe(
      "moved    easy@2026-12-15  2026-12-15 07:00-05:00 -> 2026-12-15 07:00+09:00\n" +
        "0 added, 0 removed, 1 moved, 0 changed, 15 unchanged.\n",
    );
  });

  it("lists content changes, and says when nothing changed", async () => {
    const changed = await cli(["diff", "plan.json", "longer.json"]);
    expect(changed.stdout).toContain("changed  easy@2026-12-15  2026-12-15 07:00");
    expect((await cli(["diff", "plan.json", "plan.json"])).stdout).toBe(
      "No occurrence changed.\n0 added, 0 removed, 0 moved, 0 changed, 16 unchanged.\n",
    );
  });

  it("writes a METHOD:CANCEL calendar that ical.js reads", async () => {
    const result = await cli(["diff", "plan.json", "paused.json", "--format", "ics", "--now", "2026-12-20T10:00:00Z"]);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout) as unknown[]);
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.map((event) => String(event.getFirstPropertyValue("uid")))).toEqual([
      "easy@2026-12-22/winter@offseason",
      "easy@2026-12-24/winter@offseason",
      "easy@2026-12-26/winter@offseason",
      "long@2026-12-27/winter@offseason",
    ]);
    expect(result.stdout).toContain("DTSTAMP:20261220T100000Z");
  });
});
