import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical.js";
import {
  expandPlan,
  OffseasonError,
  parseAthlete,
  safeParseAthlete,
  safeParsePlan,
  validatePlan,
} from "../../src/index.js";
import { exampleAthleteJson, examplePlanJson } from "../helpers/fixtures.js";
import { mutationOf } from "./mutate.js";

// `npm test` runs a fixed sample; `npm run fuzz` runs FUZZ_RUNS = 35,000 cases per property (105,000 in all).
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const timeout = 3_600_000;
const athlete = parseAthlete(exampleAthleteJson());

/** Everything a server would run on a parsed plan: only OffseasonError (exception, limit) may come out. */
function useFully(input: unknown): void {
  const parsed = safeParsePlan(input);
  if (!parsed.success) {
    expect(parsed.error).toBeInstanceOf(OffseasonError);
    expect(parsed.error.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.error.issues) expect(typeof issue.path).toBe("string");
    return;
  }
  try {
    expandPlan(parsed.data);
    validatePlan(parsed.data, { athlete });
    toICalendar(parsed.data, { now: "2026-11-01T00:00:00Z" });
  } catch (error) {
    expect(error).toBeInstanceOf(OffseasonError);
    expect(["exception", "limit"]).toContain((error as OffseasonError).code);
  }
}

describe("hostile input", () => {
  it(
    "arbitrary JSON values never crash parsing",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          useFully(value);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    "structure-aware mutations of the example plan never crash parse, expand, validate or export",
    () => {
      fc.assert(
        fc.property(mutationOf(examplePlanJson()), (value) => {
          useFully(value);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    "structure-aware mutations of the example athlete never crash parsing",
    () => {
      fc.assert(
        fc.property(mutationOf(exampleAthleteJson()), (value) => {
          const result = safeParseAthlete(value);
          if (!result.success) expect(result.error).toBeInstanceOf(OffseasonError);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it("parsed objects never carry __proto__ or constructor keys, and Object.prototype stays clean", () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    ) as Record<string, unknown>;
    const plan = { ...examplePlanJson() };
    for (const key of ["__proto__", "constructor"])
      Object.defineProperty(plan, key, { value: hostile[key], enumerable: true, configurable: true, writable: true });
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const sessions = (examplePlanJson().phases as { sessions: object[] }[])[0]?.sessions;
    const withKey = JSON.parse(
      '{"id":"x","kind":"run","runType":"easy","minutes":30,"rpe":3,"on":["MO"],"__proto__":{"polluted":1}}',
    ) as object;
    sessions?.push(withKey);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("refuses a rule that would expand past the occurrence limit without expanding it", () => {
    const sessions = Array.from({ length: 64 }, (_, index) => ({
      id: `s${String(index)}`,
      kind: "mobility",
      practice: "yoga",
      minutes: 5,
      repeat: "FREQ=DAILY",
    }));
    const parsed = safeParsePlan({
      version: 1,
      id: "big",
      timezone: "UTC",
      startDate: "2026-01-05",
      phases: [{ id: "a", weeks: 104, sessions }],
    });
    if (!parsed.success) throw parsed.error;
    const start = performance.now();
    expect(() => expandPlan(parsed.data, { maxOccurrences: 1000 })).toThrow(/more than 1000 occurrences/);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("regular expressions on long adversarial strings", () => {
  // Every pattern that reads untrusted text, fed a long string built to make a backtracking engine work hard.
  const inputs = [
    "1".repeat(50_000),
    `${"a".repeat(50_000)}!`,
    `FREQ=DAILY;${"BYDAY=MO,".repeat(5000)}`,
    `${"A/".repeat(20_000)}!`,
    "1111-".repeat(10_000),
    "07:0".repeat(10_000),
  ];
  it.each(inputs.map((input, index) => [index, input] as const))(
    "input %i is refused in linear time",
    (_index, input) => {
      const start = performance.now();
      for (const field of ["id", "timezone", "startDate"]) safeParsePlan({ ...examplePlanJson(), [field]: input });
      safeParsePlan({
        ...examplePlanJson(),
        phases: [
          {
            id: "a",
            weeks: 1,
            sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 5, repeat: input, time: input }],
          },
        ],
      });
      expect(performance.now() - start).toBeLessThan(2000);
    },
  );
});
