/**
 * generatePlan on the coaching model (COACHING.md §8 "Generator"): the promise over levels, ages, availabilities of
 * 3-7 days, zones, season ends and lengths, and the shape a coach checks first.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  generatePlan,
  parseAthlete,
  validatePlan,
  type Athlete,
  type GeneratePlanOptions,
  type Plan,
} from "../../src/index.js";
import { athleteArb } from "../arbitraries/athlete.js";

// `npm test` runs a fixed sample; FUZZ_RUNS (and FC_SEED) explore further: `npm run test:deep` sets 3000.
const runs = Number(process.env.FUZZ_RUNS ?? 40);
const timeout = 600_000;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Race distances that end seasons, 5K to marathon. */
const DISTANCES = [5, 10, 21.0975, 42.195] as const;

/** An athlete of any level, age band, availability of 3-7 days and season end, with a start date and a length. */
export const coachedArb = fc
  .record({
    athlete: athleteArb(3),
    age: fc.option(fc.constantFrom(13, 14, 16, 17, 30, 45, 52, 60, 70), { nil: undefined }),
    race: fc.option(
      fc.record({
        km: fc.constantFrom(...DISTANCES),
        daysBefore: fc.integer({ min: 0, max: 60 }),
        timed: fc.boolean(),
      }),
      { nil: undefined },
    ),
    endOnly: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    startDate: fc.date({ min: new Date("2024-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
    weeks: fc.integer({ min: 4, max: 52 }),
  })
  .map(({ athlete, age, race, endOnly, startDate, weeks }) => {
    const start = startDate.toISOString().slice(0, 10);
    const raceDate = race && addDays(start, -race.daysBefore);
    const time = race && { 5: "24:00", 10: "50:00", 21.0975: "1:52:00", 42.195: "3:55:00" }[race.km];
    const parsed = parseAthlete({
      ...athlete,
      ...(age === undefined ? {} : { age }),
      ...(race === undefined
        ? {}
        : { recentRaces: [{ date: raceDate, distanceKm: race.km, ...(race.timed && time ? { time } : {}) }] }),
      ...(race === undefined && endOnly !== undefined ? { seasonEndDate: addDays(start, -endOnly) } : {}),
      ...(race !== undefined && race.daysBefore > 0 ? { seasonEndDate: raceDate } : {}),
    });
    return { athlete: parsed, options: { startDate: start, weeks } satisfies GeneratePlanOptions };
  });

/** Warnings and errors of a plan at the athlete's level, one line each. */
function problemsOf(plan: Plan, athlete: Athlete): string[] {
  return validatePlan(plan, { athlete })
    .findings.filter((finding) => finding.severity !== "info")
    .map((finding) => `${finding.ruleId} week ${String(finding.week ?? "-")}: ${finding.message}`);
}

describe("generatePlan's promise on the coaching model", () => {
  it(
    "gives every level, age, availability of 3-7 days, season end and length a plan with no error and no warning",
    () => {
      fc.assert(
        fc.property(coachedArb, ({ athlete, options }) => {
          expect(problemsOf(generatePlan(athlete, options), athlete)).toEqual([]);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );
});
