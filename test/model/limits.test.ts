import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIMITS,
  parseAthlete,
  parsePlan,
  resolveLimits,
  safeParseAthlete,
  safeParsePlan,
  validatePlan,
  type Limits,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

const planJson = {
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    { id: "base", weeks: 2, sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] }] },
  ],
};
const day = { available: true };
const athleteJson = {
  id: "ana",
  level: "beginner",
  timezone: "UTC",
  availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
};

const BAD: readonly [unknown, string][] = [
  [Number.NaN, "NaN"],
  [Number.POSITIVE_INFINITY, "Infinity"],
  [-1, "-1"],
  [0, "0"],
  [1.5, "1.5"],
  ["10", 'the string "10"'],
  [2 ** 53, String(2 ** 53)],
  [null, "null"],
];

describe("limit overrides are checked like input", () => {
  it.each(BAD)("refuses limits.maxWeeks = %s in parsePlan and safeParsePlan", (value, shown) => {
    const limits = { maxWeeks: value } as Partial<Limits>;
    const error = offseasonErrorOf(() => parsePlan(planJson, { limits }));
    expect(error.code).toBe("config");
    expect(error.issues).toEqual([
      {
        path: "limits.maxWeeks",
        pathSegments: ["limits", "maxWeeks"],
        message: `must be a positive whole number (at most 9007199254740991), not ${shown}`,
        code: "config",
        messageId: "limits.value",
        data: expect.objectContaining({ max: "9007199254740991" }) as unknown,
      },
    ]);
    const result = safeParsePlan(planJson, { limits });
    expect(result.success ? undefined : result.error.issues).toEqual(error.issues);
  });

  it.each(BAD)("refuses limits.maxStringLength = %s for athletes", (value) => {
    const limits = { maxStringLength: value } as Partial<Limits>;
    expect(offseasonErrorOf(() => parseAthlete(athleteJson, { limits })).issues.map((issue) => issue.path)).toEqual([
      "limits.maxStringLength",
    ]);
    expect(safeParseAthlete(athleteJson, { limits }).success).toBe(false);
  });

  it.each(BAD)("refuses maxOccurrences = %s in validatePlan (NaN and Infinity used to turn the limit off)", (value) => {
    const error = offseasonErrorOf(() => validatePlan(parsePlan(planJson), { maxOccurrences: value as number }));
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => [issue.path, issue.pathSegments])).toEqual([
      ["maxOccurrences", ["maxOccurrences"]],
    ]);
  });

  it("lists every bad override, and refuses names that are not limits", () => {
    const error = offseasonErrorOf(() =>
      parsePlan(planJson, { limits: { maxWeeks: 0, maxHabits: Number.NaN, maxWeek: 5 } as Partial<Limits> }),
    );
    expect(error.message.split("\n")).toEqual([
      "Invalid limits (3 problems):",
      "  limits.maxWeeks: must be a positive whole number (at most 9007199254740991), not 0",
      "  limits.maxHabits: must be a positive whole number (at most 9007199254740991), not NaN",
      // The names as a list, in Intl's English style ("a, b, and c").
      `  limits.maxWeek: is not a limit (the limits are ${new Intl.ListFormat("en").format(Object.keys(DEFAULT_LIMITS))})`,
    ]);
  });

  it("refuses limits that are not an object", () => {
    for (const limits of [5, "big", [1]]) {
      const result = safeParsePlan(planJson, { limits: limits as Partial<Limits> });
      expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual(["limits"]);
    }
  });

  it("takes good overrides, the largest safe integer included, and keeps undefined as the default", () => {
    expect(resolveLimits({ maxWeeks: 1, maxOccurrences: Number.MAX_SAFE_INTEGER, maxHabits: undefined })).toEqual({
      ...DEFAULT_LIMITS,
      maxWeeks: 1,
      maxOccurrences: Number.MAX_SAFE_INTEGER,
    });
    expect(resolveLimits(undefined)).toBe(DEFAULT_LIMITS);
    expect(parsePlan(planJson, { limits: { maxWeeks: 2 } }).id).toBe("p");
    expect(validatePlan(parsePlan(planJson), { maxOccurrences: 2 }).level).toBe("intermediate");
    expect(offseasonErrorOf(() => validatePlan(parsePlan(planJson), { maxOccurrences: 1 })).code).toBe("limit");
  });

  it("names the option as the caller wrote it: limits.<name>, or the bare option name", () => {
    expect(offseasonErrorOf(() => resolveLimits({ maxOutputBytes: -1 }, "")).issues[0]?.path).toBe("maxOutputBytes");
    expect(offseasonErrorOf(() => resolveLimits({ maxOutputBytes: -1 }, "options")).issues[0]?.pathSegments).toEqual([
      "options",
      "maxOutputBytes",
    ]);
  });
});
