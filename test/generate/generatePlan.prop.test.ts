import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan, validatePlan } from "../../src/index.js";
import { athleteArb } from "../arbitraries/athlete.js";
import { localDateArb } from "../arbitraries/plan.js";

// `npm test` runs a fixed sample; FUZZ_RUNS (and FC_SEED) explore further, e.g. FUZZ_RUNS=3000 npm run test:unit.
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const timeout = 600_000;

describe("generatePlan, for any athlete with at least 4 available days", () => {
  it(
    "gives a plan that validates with no error and no warning at the athlete's level",
    () => {
      fc.assert(
        fc.property(
          athleteArb(4),
          localDateArb,
          fc.integer({ min: 4, max: 52 }),
          fc.integer({ min: 0, max: 1000 }),
          (athlete, startDate, weeks, seed) => {
            const report = validatePlan(generatePlan(athlete, { startDate, weeks, seed }), { athlete });
            const problems = report.findings
              .filter((finding) => finding.severity !== "info")
              .map((finding) => `${finding.ruleId} week ${String(finding.week ?? "-")}: ${finding.message}`);
            expect(problems).toEqual([]);
          },
        ),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    "never throws for fewer days, and the report explains what did not fit",
    () => {
      fc.assert(
        fc.property(athleteArb(0), localDateArb, fc.integer({ min: 4, max: 20 }), (athlete, startDate, weeks) => {
          const report = validatePlan(generatePlan(athlete, { startDate, weeks }), { athlete });
          expect(
            report.findings.every((finding) => finding.message.length > 0 && (finding.hint?.length ?? 0) > 0),
          ).toBe(true);
        }),
        { numRuns: Math.ceil(runs / 3) },
      );
    },
    timeout,
  );
});
