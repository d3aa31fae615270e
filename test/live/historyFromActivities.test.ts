import { describe, expect, it } from "vitest";
import { historyFromActivities, parseActivities, parsePlan, validatePlan, type Finding } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

const dateOf = (offset: number) => new Date(Date.UTC(2026, 8, 28 + offset)).toISOString().slice(0, 10);

// Five weeks lived from Monday 2026-09-28: four weeks of 30-minute easy runs every other day as planned, then a
// fifth week over-run (60-minute runs at RPE 5 six days in a row, the last one 70 minutes).
const lived = parseActivities(
  Array.from({ length: 35 }, (_, day) => day)
    .filter((day) => (day < 28 ? day % 2 === 0 : day !== 34))
    .map((day) => ({
      id: `a${String(day)}`,
      date: dateOf(day),
      kind: "run",
      minutes: day < 28 ? 30 : day === 33 ? 70 : 60,
      rpe: day < 28 ? 3 : 5,
    })),
);

// The rest of the plan, from Monday 2026-11-02.
const rest = parsePlan({
  version: 1,
  id: "rest",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 4,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 60, rpe: 5, on: ["MO", "TU", "TH", "FR"] },
        { id: "long", kind: "run", runType: "long", minutes: 110, rpe: 5, on: ["SA"] },
      ],
    },
  ],
});

const loadFindings = (findings: readonly Finding[]) =>
  findings
    .filter((finding) => ["acwr-band", "single-run-spike", "deload-week"].includes(finding.ruleId))
    .map(({ ruleId, severity, week, note, measured }) => ({ ruleId, severity, week, note, measured }));

describe("historyFromActivities", () => {
  it("gives one day per local day up to the day before until, rest days included", () => {
    const activities = parseActivities([
      { id: "a1", date: "2026-10-30", kind: "run", minutes: 50, rpe: 4 },
      { id: "a2", date: "2026-11-01", kind: "run", minutes: 90, rpe: 5 },
      { id: "a3", date: "2026-11-01", kind: "run", minutes: 20 },
      { id: "a4", date: "2026-11-01", kind: "mobility", minutes: 20 },
      { id: "a5", date: "2026-11-02", kind: "run", minutes: 40, rpe: 3 },
    ]);
    expect(historyFromActivities(activities, { until: "2026-11-02" })).toEqual({
      days: [
        { load: 200, runMinutes: 50, longestRunMinutes: 50 },
        { load: 0, runMinutes: 0, longestRunMinutes: 0 },
        { load: 450 + 80, runMinutes: 110, longestRunMinutes: 90 },
      ],
    });
    expect(historyFromActivities(activities, { until: "2026-11-02", defaultRpe: 2 }).days?.[2]?.load).toBe(490);
    expect(historyFromActivities(activities, { until: "2026-11-02", days: 2 }).days).toHaveLength(1);
    expect(historyFromActivities(activities, { until: "2026-10-30" })).toEqual({ days: [] });
  });

  it("dates an activity by its start in the given zone", () => {
    // 23:30 in New York on Oct 31 is Nov 1 in Berlin.
    const activities = parseActivities([
      { id: "a", date: "2026-10-31", start: "2026-10-31T23:30:00-04:00", kind: "run", minutes: 30, rpe: 4 },
    ]);
    expect(historyFromActivities(activities, { until: "2026-11-02" }).days).toHaveLength(2);
    expect(historyFromActivities(activities, { until: "2026-11-02", timezone: "Europe/Berlin" }).days).toEqual([
      { load: 120, runMinutes: 30, longestRunMinutes: 30 },
    ]);
  });

  it("round trip: activities -> history -> validatePlan draws the load findings of the over-run weeks", () => {
    const history = historyFromActivities(lived, { until: rest.startDate });
    expect(history.days).toHaveLength(35);
    const without = loadFindings(validatePlan(rest).findings);
    expect(without.filter((finding) => finding.ruleId !== "deload-week").every((finding) => finding.note)).toBe(true);
    const found = loadFindings(validatePlan(rest, { history }).findings);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: "acwr-band", week: 1, severity: "info" }),
        // The 110-minute long run against the over-run week's 70 minutes.
        expect.objectContaining({ ruleId: "single-run-spike", week: 1, severity: "warning" }),
      ]),
    );
    // The plan's weeks are as big as the over-run week, not bigger: loading weeks that do not build ask for no
    // step-back (docs/domain.md, Coaching model: deload-week).
    expect(found.some((finding) => finding.ruleId === "deload-week")).toBe(false);
    // Week 2's EWMA peak passes 1.5 (1.55) but its rolling sums (1.45) do not confirm a spike (acwr-band, Gabbett
    // 2016): it joins week 1 in the band's info note, and is its highest.
    expect(found.find((finding) => finding.ruleId === "acwr-band")?.measured).toBeCloseTo(1.552, 2);
    expect(found.some((finding) => finding.note === true)).toBe(false);
  });

  it.each([
    [{ until: "2026-02-29" }, "until"],
    [{ until: "2026-11-02", days: 0 }, "days"],
    [{ until: "2026-11-02", timezone: "Mars/Olympus" }, "timezone"],
    [{ until: "2026-11-02", defaultRpe: -1 }, "defaultRpe"],
  ])("refuses %j", (options, path) => {
    const error = offseasonErrorOf(() => historyFromActivities([], options));
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
