/**
 * The three athletes of docs/generate.md, their seasons checked by hand against COACHING.md: a runner the day after
 * her marathon, a high-school runner after his 5K season, a beginner with 3 free days.
 */
import { describe, expect, it } from "vitest";
import {
  expandPlan,
  generatePlan,
  parseAthlete,
  trainingPaces,
  validatePlan,
  type Athlete,
  type Plan,
} from "../../src/index.js";

const day = { available: true };
const off = { available: false };
const upTo = (maxMinutes: number) => ({ available: true, maxMinutes });

/** Marta, intermediate, 300 in-season minutes, a 3:29 marathon the day before her plan. */
const marta = parseAthlete({
  id: "marta",
  name: "Marta",
  level: "intermediate",
  timezone: "Europe/Madrid",
  inSeasonWeeklyRunMinutes: 300,
  seasonEndDate: "2026-11-01",
  recentRaces: [{ date: "2026-11-01", distanceKm: 42.195, time: "3:29:00", priority: "A" }],
  availability: { MO: off, TU: day, WE: upTo(60), TH: day, FR: upTo(45), SA: day, SU: day },
});

/** Leo, 16, a high-school runner: 240 in-season minutes, a 17:40 5K to end the cross-country season. */
const leo = parseAthlete({
  id: "leo",
  name: "Leo",
  level: "intermediate",
  age: 16,
  timezone: "America/Chicago",
  inSeasonWeeklyRunMinutes: 240,
  seasonEndDate: "2026-11-07",
  recentRaces: [{ date: "2026-11-07", distanceKm: 5, time: "17:40" }],
  availability: { MO: upTo(75), TU: upTo(75), WE: upTo(75), TH: upTo(75), FR: upTo(75), SA: upTo(120), SU: off },
});

/** Sam, a beginner with 3 free days (45, 45 and 90 minutes) and no season to recover from. */
const sam = parseAthlete({
  id: "sam",
  name: "Sam",
  level: "beginner",
  timezone: "Europe/London",
  inSeasonWeeklyRunMinutes: 100,
  availability: { MO: off, TU: upTo(45), WE: off, TH: upTo(45), FR: off, SA: upTo(90), SU: off },
});

/** The weekday code of a date. */
const weekdayOf = (date: string) =>
  ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][new Date(`${date}T12:00:00Z`).getUTCDay()];

const HARD = new Set(["hills", "tempo", "intervals", "fartlek"]);

/** The plan's runs, strength and weekly run minutes. */
function read(plan: Plan) {
  const occurrences = expandPlan(plan);
  const runs = occurrences.flatMap((occurrence) => (occurrence.kind === "run" ? [occurrence] : []));
  const weeks = plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
  const minutes = Array.from({ length: weeks }, (_, index) =>
    runs.filter((run) => run.week === index + 1).reduce((sum, run) => sum + run.session.minutes, 0),
  );
  const strength = occurrences.flatMap((occurrence) => (occurrence.kind === "strength" ? [occurrence] : []));
  return { runs, minutes, strength, hard: runs.filter((run) => HARD.has(run.session.runType)) };
}

function problems(plan: Plan, athlete: Athlete): string[] {
  return validatePlan(plan, { athlete })
    .findings.filter((finding) => finding.severity !== "info")
    .map((finding) => `${finding.ruleId}: ${finding.message}`);
}

describe("Marta, the day after her marathon", () => {
  const plan = generatePlan(marta, { startDate: "2026-11-02", weeks: 16 });
  const { runs, minutes, strength, hard } = read(plan);

  it("recovers for 4 weeks: no running on days 1-3, short runs in week 1, no hard session before day 28", () => {
    expect(plan.phases.map((phase) => `${phase.id} ${String(phase.weeks)}`)).toEqual([
      "transition 4",
      "base 10",
      "pre-season 2",
    ]);
    expect(runs.filter((run) => run.date <= "2026-11-04")).toEqual([]);
    const firstWeek = runs.filter((run) => run.date <= "2026-11-08");
    expect(Math.max(...firstWeek.map((run) => run.session.minutes))).toBeLessThanOrEqual(45);
    expect(firstWeek.reduce((sum, run) => sum + run.session.minutes, 0)).toBeLessThanOrEqual(0.4 * 300);
    // Foster: a day without hard efforts for each of the 26.2 miles.
    expect(hard[0]?.date).toBeDefined();
    expect((hard[0]?.date ?? "") > "2026-11-28").toBe(true);
    expect(strength.filter((session) => session.date <= "2026-11-08")).toEqual([]);
  });

  it("is back at 80 % of her in-season week in week 5 and builds to 110 %", () => {
    expect(minutes.findIndex((week) => week >= 240) + 1).toBe(5);
    expect(Math.max(...minutes)).toBe(330);
  });

  it("runs the paces of her marathon, hills then tempo then intervals, and lifts heavy from week 9", () => {
    expect(plan.paces?.easy).toBe(trainingPaces({ distanceKm: 42.195, time: "3:29:00" }).easy);
    expect([...new Set(hard.map((run) => run.session.runType))]).toEqual(["hills", "tempo", "intervals"]);
    const heavy = strength.filter((session) => JSON.stringify(session.session).includes("% 1RM, RPE 7"));
    expect(heavy[0]?.week).toBe(9);
    expect(problems(plan, marta)).toEqual([]);
  });
});

describe("Leo, 16, after his cross-country season", () => {
  const plan = generatePlan(leo, { startDate: "2026-11-09", weeks: 12 });
  const { runs, minutes, hard } = read(plan);

  it("takes 2 weeks of active rest, then 5 runs a week, long runs of 90 minutes at most", () => {
    expect(plan.phases.map((phase) => `${phase.id} ${String(phase.weeks)}`)).toEqual([
      "transition 2",
      "base 8",
      "pre-season 2",
    ]);
    expect(Math.max(...runs.map((run) => run.session.minutes))).toBeLessThanOrEqual(90);
    const days = (week: number) => new Set(runs.filter((run) => run.week === week).map((run) => run.date)).size;
    expect([3, 4, 6, 7].map(days)).toEqual([5, 5, 5, 5]);
    expect(minutes.findIndex((week) => week >= 0.8 * 240) + 1).toBe(4);
  });

  it("keeps to one hard session a week, none in the transition", () => {
    for (let week = 1; week <= 12; week += 1)
      expect(hard.filter((run) => run.week === week).length).toBeLessThanOrEqual(week <= 2 ? 0 : 1);
    expect(problems(plan, leo)).toEqual([]);
  });
});

describe("Sam, a beginner with 3 free days", () => {
  const plan = generatePlan(sam, { startDate: "2026-11-02", weeks: 12 });
  const { runs, strength, hard } = read(plan);

  it("gets a plan, not a refusal: 3 runs a week, the long one on Saturday, strength after the weekday runs", () => {
    expect(plan.phases.map((phase) => `${phase.id} ${String(phase.weeks)}`)).toEqual(["base 10", "pre-season 2"]);
    for (let week = 1; week <= 12; week += 1)
      expect(new Set(runs.filter((run) => run.week === week).map((run) => run.date)).size).toBe(3);
    expect(new Set(runs.filter((run) => run.session.runType === "long").map((run) => weekdayOf(run.date)))).toEqual(
      new Set(["SA"]),
    );
    expect(new Set(strength.map((session) => weekdayOf(session.date)))).toEqual(new Set(["TU", "TH"]));
    expect(Math.max(...strength.map((session) => session.session.minutes))).toBe(15);
  });

  it("runs easy for 6 weeks before a first fartlek, and never lifts heavy", () => {
    expect(hard[0]?.week).toBe(7);
    expect(hard[0]?.session.runType).toBe("fartlek");
    expect(JSON.stringify(strength)).not.toContain("80-85 % 1RM");
    expect(problems(plan, sam)).toEqual([]);
  });
});
