import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  expandPlan,
  generatePlan,
  isOffseasonError,
  LEVEL_PROFILES,
  LEVELS,
  parseAthlete,
  validatePlan,
  type Athlete,
  type GeneratePlanOptions,
  type Plan,
} from "../../src/index.js";
import { athleteArb } from "../arbitraries/athlete.js";
import { localDateArb } from "../arbitraries/plan.js";

// `npm test` runs a fixed sample; FUZZ_RUNS (and FC_SEED) explore further, e.g. FUZZ_RUNS=3000 npm run test:unit.
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const timeout = 600_000;

/** Warnings and errors of a plan at the athlete's level, one line each. */
function problemsOf(plan: Plan, athlete: Athlete): string[] {
  return validatePlan(plan, { athlete })
    .findings.filter((finding) => finding.severity !== "info")
    .map((finding) => `${finding.ruleId} week ${String(finding.week ?? "-")}: ${finding.message}`);
}

/** The plan, or the refusal's issues when generatePlan refuses the athlete (and a refusal is located). */
function planOrRefusal(athlete: Athlete, options: GeneratePlanOptions): Plan | undefined {
  try {
    return generatePlan(athlete, options);
  } catch (error) {
    if (!isOffseasonError(error) || error.code !== "config") throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.path.startsWith("athlete.")).toBe(true);
      expect(issue.message.length).toBeGreaterThan(20);
    }
    return undefined;
  }
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("generatePlan's promise", () => {
  it(
    "gives any athlete with at least 4 available days a plan with no error and no warning at its level",
    () => {
      fc.assert(
        fc.property(
          athleteArb(4),
          localDateArb,
          fc.integer({ min: 4, max: 52 }),
          fc.integer({ min: 0, max: 1000 }),
          (athlete, startDate, weeks, seed) => {
            expect(problemsOf(generatePlan(athlete, { startDate, weeks, seed }), athlete)).toEqual([]);
          },
        ),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    "keeps it for every athlete that parses, or refuses up front with located reasons",
    () => {
      fc.assert(
        fc.property(athleteArb(0), localDateArb, fc.integer({ min: 4, max: 20 }), (athlete, startDate, weeks) => {
          const plan = planOrRefusal(athlete, { startDate, weeks });
          if (plan) expect(problemsOf(plan, athlete)).toEqual([]);
        }),
        { numRuns: Math.ceil(runs / 3) },
      );
    },
    timeout,
  );

  it(
    "keeps it for every choice of phase lengths",
    () => {
      fc.assert(
        fc.property(
          athleteArb(4),
          fc.integer({ min: 4, max: 16 }),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 0, max: 4 }),
          (athlete, weeks, transition, preSeason) => {
            fc.pre(weeks - transition - preSeason >= 1);
            const plan = generatePlan(athlete, { startDate: "2027-01-04", weeks, phases: { transition, preSeason } });
            expect(problemsOf(plan, athlete)).toEqual([]);
          },
        ),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it.each(LEVELS)(
    "keeps it for a %s runner with every phase choice of the plans of 4 to 12 weeks (where deload-week once broke it)",
    (level) => {
      const day = { available: true };
      const athlete = parseAthlete({
        id: "r",
        level,
        timezone: "UTC",
        availability: { MO: day, TU: day, WE: day, TH: day, FR: { available: false }, SA: day, SU: day },
        inSeasonWeeklyRunMinutes: LEVEL_PROFILES[level].defaultInSeasonWeeklyRunMinutes,
      });
      const broken: string[] = [];
      for (let weeks = 4; weeks <= 12; weeks += 1)
        for (let transition = 1; transition <= 4; transition += 1)
          for (let preSeason = 0; preSeason <= 4 && weeks - transition - preSeason >= 1; preSeason += 1) {
            const plan = generatePlan(athlete, { startDate: "2027-01-04", weeks, phases: { transition, preSeason } });
            for (const problem of problemsOf(plan, athlete))
              broken.push(`${String(weeks)}/${String(transition)}/${String(preSeason)}: ${problem}`);
          }
      expect(broken).toEqual([]);
    },
    timeout,
  );

  it.each(LEVELS)("keeps it for a %s runner with 5 weeks, a 1-week transition and a 3-week pre-season", (level) => {
    const day = { available: true };
    const athlete = parseAthlete({
      id: "r",
      level,
      timezone: "UTC",
      availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    const plan = generatePlan(athlete, { startDate: "2027-01-04", weeks: 5, phases: { transition: 1, preSeason: 3 } });
    expect(problemsOf(plan, athlete)).toEqual([]);
  });

  it.each(LEVELS)("refuses a %s runner whose seven days have 19 minutes or less, saying where and why", (level) => {
    const day = { available: true, maxMinutes: 19 };
    const athlete = parseAthlete({
      id: "r",
      level,
      timezone: "UTC",
      availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    expect(() => generatePlan(athlete, { startDate: "2027-01-04" })).toThrow(/availability/);
    expect(planOrRefusal(athlete, { startDate: "2027-01-04" })).toBeUndefined();
  });
});

/** Whether the athlete's days have room for the level's week: 5 available days or more, none under 150 minutes. */
const roomy = (athlete: Athlete) => {
  const days = Object.values(athlete.availability).filter((day) => day.available);
  return days.length >= 5 && days.every((day) => (day.maxMinutes ?? 240) >= 150);
};

/**
 * An athlete with room for the level's week and an in-season week at least the level's usual one, whose season
 * ended the day before the plan. (Below it, strength and cross-training carry most of the load the season can
 * take: the base builds more slowly, and a week holds too few easy minutes for 10 hard ones at 80 % easy.)
 */
const seasonArb = fc
  .tuple(athleteArb(5), localDateArb, fc.integer({ min: 10, max: 40 }))
  .filter(
    ([athlete]) =>
      roomy(athlete) &&
      (athlete.inSeasonWeeklyRunMinutes ?? 0) >= LEVEL_PROFILES[athlete.level].defaultInSeasonWeeklyRunMinutes,
  )
  .map(([athlete, startDate, weeks]) => ({
    athlete: parseAthlete({ ...athlete, seasonEndDate: addDays(startDate, -1) }),
    startDate,
    weeks,
  }));

describe("generatePlan's season shape", () => {
  it(
    "recovers in the transition, builds in the base, holds quality in the pre-season, and has a real long run",
    () => {
      fc.assert(
        fc.property(seasonArb, ({ athlete, startDate, weeks }) => {
          const plan = generatePlan(athlete, { startDate, weeks });
          const inSeason = athlete.inSeasonWeeklyRunMinutes ?? 0;
          const occurrences = expandPlan(plan);
          const runs = occurrences.flatMap((occurrence) => (occurrence.kind === "run" ? [occurrence] : []));
          const weekCount = plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
          const weeksOf = (phase: string) =>
            Array.from({ length: weekCount }, (_, index) => index + 1).filter((week) =>
              occurrences.some((occurrence) => occurrence.week === week && occurrence.phase === phase),
            );
          const runMinutes = (week: number) =>
            runs.filter((run) => run.week === week).reduce((sum, run) => sum + run.session.minutes, 0);

          for (const week of weeksOf("transition")) expect(runMinutes(week)).toBeLessThanOrEqual(0.6 * inSeason);
          const firstDays = occurrences.filter((occurrence) => occurrence.date < addDays(startDate, 7));
          for (const occurrence of firstDays) {
            if (occurrence.kind !== "run" && occurrence.kind !== "cross") continue;
            expect(occurrence.intensity.hardMin).toBe(0);
            if (occurrence.kind === "run") expect(occurrence.session.minutes).toBeLessThanOrEqual(45);
          }

          const base = weeksOf("base").map(runMinutes);
          expect(Math.max(...base.slice(-3))).toBeGreaterThanOrEqual(1.25 * (base[0] ?? 0));

          if (athlete.level !== "beginner") {
            // Loading weeks: a reduced pre-season week of a low-volume runner may lack the easy minutes for it.
            const reduced = (week: number) =>
              runMinutes(week) <= 0.8 * Math.max(...[1, 2, 3].map((back) => runMinutes(week - back)));
            for (const week of weeksOf("pre-season").filter((entry) => !reduced(entry))) {
              const quality = runs.filter((run) => run.week === week && run.intensity.hardMin >= 10);
              expect(quality.length, `pre-season week ${String(week)}`).toBeGreaterThan(0);
            }
          }

          for (let week = 1; week <= weekCount; week += 1) {
            const ofWeek = runs.filter((run) => run.week === week);
            const long = ofWeek.find((run) => run.session.runType === "long");
            const easy = ofWeek
              .filter((run) => run.session.runType === "easy")
              .map((run) => run.session.minutes)
              .sort((a, b) => a - b);
            if (!long || easy.length === 0) continue;
            const middle = easy.length / 2;
            const median =
              easy.length % 2 === 1
                ? (easy[Math.floor(middle)] ?? 0)
                : ((easy[middle - 1] ?? 0) + (easy[middle] ?? 0)) / 2;
            expect(long.session.minutes, `week ${String(week)}`).toBeGreaterThanOrEqual(1.25 * median);
          }
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );
});
