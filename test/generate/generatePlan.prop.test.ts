import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan, validatePlan } from "../../src/index.js";
import { athleteArb } from "../arbitraries/athlete.js";
import { localDateArb } from "../arbitraries/plan.js";

describe("generatePlan, for any athlete with at least 4 available days", () => {
  it("gives a plan that validates with no error and no warning at the athlete's level", () => {
    fc.assert(
      fc.property(athleteArb(4), localDateArb, fc.integer({ min: 4, max: 52 }), fc.integer({ min: 0, max: 1000 }), (athlete, startDate, weeks, seed) => {
        const plan = generatePlan(athlete, { startDate, weeks, seed });
        const report = validatePlan(plan, { athlete });
        const problems = report.findings.filter((finding) => finding.severity !== "info").map((finding) => `${finding.ruleId} week ${String(finding.week ?? "-")}: ${finding.message}`);
        expect(problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws for fewer days, and the report explains what did not fit", () => {
    fc.assert(
      fc.property(athleteArb(0), localDateArb, fc.integer({ min: 4, max: 20 }), (athlete, startDate, weeks) => {
        const plan = generatePlan(athlete, { startDate, weeks });
        const report = validatePlan(plan, { athlete });
        expect(report.findings.every((finding) => finding.message.length > 0 && (finding.hint?.length ?? 0) > 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
