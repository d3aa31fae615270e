import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIMITS,
  expandPlan,
  generatePlan,
  LEVELS,
  OffseasonError,
  parseAthlete,
  parsePlan,
  validatePlan,
} from "../../src/index.js";
import { exampleAthleteJson } from "../helpers/fixtures.js";

const athlete = parseAthlete(exampleAthleteJson());

describe("generatePlan", () => {
  it("builds transition, base and pre-season phases for the example athlete, valid without warnings", () => {
    const plan = generatePlan(athlete, { startDate: "2026-11-02" });
    expect(plan.phases.map((phase) => [phase.id, phase.weeks])).toEqual([
      ["transition", 2],
      ["base", 8],
      ["pre-season", 2],
    ]);
    expect(plan.timezone).toBe("America/New_York");
    const report = validatePlan(plan, { athlete });
    expect(report.counts).toMatchObject({ error: 0, warning: 0 });
  });

  it.each(LEVELS)("gives a %s runner with every day available a plan without warnings", (level) => {
    const day = { available: true };
    const runner = parseAthlete({
      id: "r",
      level,
      timezone: "Europe/London",
      availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
      inSeasonWeeklyRunMinutes: { beginner: 100, intermediate: 220, advanced: 380, elite: 520 }[level],
    });
    const report = validatePlan(generatePlan(runner, { startDate: "2027-01-04", weeks: 16 }), { athlete: runner });
    expect(report.findings.filter((finding) => finding.severity !== "info")).toEqual([]);
  });

  it("is deterministic, and the seed varies the choices", () => {
    const a = JSON.stringify(generatePlan(athlete, { startDate: "2026-11-02", seed: 7 }));
    expect(JSON.stringify(generatePlan(athlete, { startDate: "2026-11-02", seed: 7 }))).toBe(a);
    const seeds = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(generatePlan(athlete, { startDate: "2026-11-02", seed }))),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it("puts sessions only on available days and within the minutes of each day", () => {
    const report = validatePlan(generatePlan(athlete, { startDate: "2026-11-02", weeks: 20 }), { athlete });
    expect(report.findings.filter((finding) => finding.ruleId === "availability")).toEqual([]);
  });

  it("adds a fortnightly support check-in to the base phase only when the athlete names no support contacts", () => {
    const checkIns = (runner: typeof athlete) =>
      generatePlan(runner, { startDate: "2026-11-02" }).phases.flatMap((phase) =>
        phase.sessions
          .filter((session) => session.kind === "mental" && session.practice === "support-check-in")
          .map((session) => session.id),
      );
    const withoutContacts = Object.fromEntries(Object.entries(athlete).filter(([key]) => key !== "supportContacts"));
    expect(checkIns(parseAthlete(withoutContacts))).toEqual(["b-support"]);
    expect(checkIns(parseAthlete({ ...withoutContacts, supportContacts: ["coach"] }))).toEqual([]);
  });

  it("adds habits with targets from body mass when known", () => {
    const plan = generatePlan(athlete, { startDate: "2026-11-02" });
    expect(plan.habits?.find((habit) => habit.id === "pre-run-fluids")).toMatchObject({
      mlPerKg: 6,
      hoursBefore: 4,
      notes: "About 370 mL for 62 kg, at least 4 hours before the run.",
    });
    expect(plan.habits?.map((habit) => habit.id)).toEqual([
      "pre-run-fluids",
      "protein",
      "carbs",
      "produce",
      "mindful-eating",
      "sleep",
    ]);
  });

  it("honours phase lengths and refuses options out of range", () => {
    expect(
      generatePlan(athlete, { startDate: "2026-11-02", weeks: 8, phases: { transition: 1, preSeason: 0 } }).phases.map(
        (phase) => phase.weeks,
      ),
    ).toEqual([1, 7]);
    for (const options of [
      { weeks: 3 },
      { weeks: 53 },
      { weeks: 6.5 },
      { phases: { transition: 5 } },
      { phases: { transition: -1 } },
      { phases: { preSeason: 5 } },
      { weeks: 4, phases: { transition: 4 } },
    ]) {
      expect(() => generatePlan(athlete, { startDate: "2026-11-02", ...options })).toThrow(OffseasonError);
    }
    expect(() => generatePlan(athlete, { startDate: "2026-02-30" })).toThrow(/startDate/);
  });
});

describe("generatePlan never throws for an athlete that parses", () => {
  const day = { available: true };
  const runnerWith = (fields: Record<string, unknown>) =>
    parseAthlete({
      id: "r",
      level: "intermediate",
      timezone: "UTC",
      availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
      ...fields,
    });
  const options = { startDate: "2026-11-02", weeks: 4 };

  it.each([1, 106, ...Array.from({ length: 22 }, (_, index) => 107 + index)])(
    "derives a plan id that fits from an athlete id of %i characters",
    (length) => {
      const id = `a${"b".repeat(length - 1)}`;
      const plan = generatePlan(runnerWith({ id }), options);
      expect(parsePlan(plan).id).toBe(plan.id);
      expect(plan.id.length).toBeLessThanOrEqual(128);
      expect(plan.id.endsWith("-offseason-2026-11-02")).toBe(true);
      if (length <= 107) expect(plan.id).toBe(`${id}-offseason-2026-11-02`);
      else expect(plan.id).toMatch(/^ab+-[0-9a-f]{8}-offseason-2026-11-02$/);
      if (length > 107) expect(plan.id).toHaveLength(128);
    },
  );

  it("keeps the plans of two long athlete ids with the same beginning apart, deterministically", () => {
    const stem = "x".repeat(110);
    const first = generatePlan(runnerWith({ id: `${stem}-one` }), options).id;
    expect(generatePlan(runnerWith({ id: `${stem}-two` }), options).id).not.toBe(first);
    expect(generatePlan(runnerWith({ id: `${stem}-one` }), options).id).toBe(first);
  });

  it.each([DEFAULT_LIMITS.maxStringLength - 43, DEFAULT_LIMITS.maxStringLength - 42, DEFAULT_LIMITS.maxStringLength])(
    "derives a plan name that fits from an athlete name of %i characters",
    (length) => {
      const name = "n".repeat(length);
      const plan = generatePlan(runnerWith({ name }), options);
      const rest = "'s off-season from 2026-11-02 to 2026-11-29";
      expect(plan.name?.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStringLength);
      expect(plan.name?.endsWith(rest)).toBe(true);
      if (length + rest.length <= DEFAULT_LIMITS.maxStringLength) expect(plan.name).toBe(`${name}${rest}`);
      else expect(plan.name).toBe(`${"n".repeat(DEFAULT_LIMITS.maxStringLength - rest.length - 1)}…${rest}`);
    },
  );

  it("never cuts a name inside a surrogate pair", () => {
    const rest = "'s off-season from 2026-11-02 to 2026-11-29";
    // The cut falls after the high half of the last emoji: the whole emoji goes.
    const name = `${"n".repeat(DEFAULT_LIMITS.maxStringLength - rest.length - 2)}🏃${"n".repeat(10)}`;
    const plan = generatePlan(runnerWith({ name }), options);
    expect(plan.name).toBe(`${"n".repeat(DEFAULT_LIMITS.maxStringLength - rest.length - 2)}…${rest}`);
    expect(plan.name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("fits an athlete that parses only with raised limits (a longer name)", () => {
    const day7 = { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day };
    const runner = parseAthlete(
      { id: "r", name: "m".repeat(20_000), level: "beginner", timezone: "UTC", availability: day7 },
      { limits: { maxStringLength: 20_000 } },
    );
    expect(generatePlan(runner, options).name?.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStringLength);
  });
});

describe("generatePlan's season, for typical runners", () => {
  const day = { available: true };
  const week = { MO: day, TU: day, WE: day, TH: day, FR: { available: false }, SA: day, SU: day };
  const inSeason = { beginner: 120, intermediate: 240, advanced: 360, elite: 480 } as const;
  const runnerAt = (level: (typeof LEVELS)[number], fields: Record<string, unknown> = {}) =>
    parseAthlete({
      id: "r",
      level,
      timezone: "UTC",
      availability: week,
      inSeasonWeeklyRunMinutes: inSeason[level],
      seasonEndDate: "2027-01-03",
      ...fields,
    });
  const runMinutesByWeek = (plan: ReturnType<typeof generatePlan>) => {
    const byWeek = new Map<number, number>();
    for (const occurrence of expandPlan(plan))
      if (occurrence.kind === "run")
        byWeek.set(occurrence.week, (byWeek.get(occurrence.week) ?? 0) + occurrence.session.minutes);
    return byWeek;
  };

  it.each(LEVELS)("builds a %s runner's base by a quarter or more, from a transition under 60 %%", (level) => {
    const athlete = runnerAt(level);
    const plan = generatePlan(athlete, { startDate: "2027-01-04", weeks: 16 });
    expect(validatePlan(plan, { athlete }).findings.filter((finding) => finding.severity !== "info")).toEqual([]);
    const minutes = runMinutesByWeek(plan);
    const [transition, base] = plan.phases.map((phase) => phase.weeks);
    const weeksOf = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => minutes.get(from + index) ?? 0);
    const transitionWeeks = weeksOf(1, transition ?? 0);
    expect(Math.max(...transitionWeeks)).toBeLessThanOrEqual(0.6 * inSeason[level]);
    expect(transitionWeeks[0]).toBeLessThanOrEqual(0.4 * inSeason[level]);
    const baseWeeks = weeksOf((transition ?? 0) + 1, base ?? 0);
    expect(Math.max(...baseWeeks.slice(-3))).toBeGreaterThanOrEqual(1.25 * (baseWeeks[0] ?? 0));
  });

  it("writes quality as steps, with the athlete's paces, and strength with exercises for every pattern", () => {
    const paces = { easy: "5:40/km", tempo: "4:35/km", intervals: "4:10/km" };
    const plan = generatePlan(runnerAt("advanced", { paces }), { startDate: "2027-01-04", weeks: 16 });
    expect(plan.paces).toEqual(paces);
    const sessions = plan.phases.flatMap((phase) => phase.sessions);
    const runTypes = new Set(sessions.flatMap((session) => (session.kind === "run" ? [session.runType] : [])));
    expect([...runTypes].sort()).toEqual(["easy", "fartlek", "hills", "intervals", "long", "strides", "tempo"]);
    const intervals = sessions.find((session) => session.kind === "run" && session.runType === "intervals");
    expect(JSON.stringify(intervals)).toContain('"pace":"4:10/km"');
    for (const session of sessions) {
      if (session.kind === "cross")
        expect([session.rpe].flat().every((rpe) => rpe === null || (typeof rpe === "number" && rpe <= 3))).toBe(true);
      if (session.kind === "strength") expect(session.exercises?.length).toBeGreaterThan(0);
    }
  });

  it("puts the long run on the athlete's roomiest day", () => {
    const athlete = runnerAt("intermediate", {
      availability: { ...week, WE: { available: true, maxMinutes: 240 }, SA: { available: true, maxMinutes: 60 } },
    });
    const longDays = generatePlan(athlete, { startDate: "2027-01-04" })
      .phases.flatMap((phase) => phase.sessions)
      .flatMap((session) => (session.kind === "run" && session.runType === "long" ? (session.on ?? []) : []));
    expect(new Set(longDays).size).toBe(1);
    expect(["MO", "TU", "WE", "TH", "SU"]).toContain(longDays[0]);
  });

  it("builds toward targetWeeklyRunMinutes when given", () => {
    const athlete = runnerAt("intermediate");
    const low = runMinutesByWeek(generatePlan(athlete, { startDate: "2027-01-04", targetWeeklyRunMinutes: 150 }));
    expect(Math.max(...low.values())).toBeLessThanOrEqual(150);
    expect(() => generatePlan(athlete, { startDate: "2027-01-04", targetWeeklyRunMinutes: 20 })).toThrow(
      /targetWeeklyRunMinutes/,
    );
  });

  it("refuses, with the place and the reason, a season that ends on or after the start or too little in-season running", () => {
    const late = runnerAt("beginner", { seasonEndDate: "2027-01-10" });
    expect(() => generatePlan(late, { startDate: "2027-01-04" })).toThrow(OffseasonError);
    try {
      generatePlan(runnerAt("elite", { inSeasonWeeklyRunMinutes: 60 }), { startDate: "2027-01-04" });
    } catch (error) {
      expect(error).toBeInstanceOf(OffseasonError);
      expect((error as OffseasonError).code).toBe("config");
      expect((error as OffseasonError).issues.map((issue) => issue.path)).toEqual(["athlete.inSeasonWeeklyRunMinutes"]);
    }
  });
});
