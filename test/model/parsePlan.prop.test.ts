import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, safeParseAthlete, safeParsePlan } from "../../src/index.js";
import { planArb } from "../arbitraries/plan.js";

describe("parsing, for any input", () => {
  it("safeParsePlan never throws on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParsePlan(value);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("safeParsePlan and safeParseAthlete never throw on arbitrary values, odd keys included", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
        }),
        (value) => {
          safeParsePlan(value);
          safeParseAthlete(value);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("parsePlan(JSON.parse(JSON.stringify(plan))) equals plan for valid plans", () => {
    fc.assert(
      fc.property(planArb(), (json) => {
        const plan = parsePlan(json);
        expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
        expect(plan).toEqual(json);
      }),
      { numRuns: 200 },
    );
  });
});
