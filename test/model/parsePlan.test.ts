import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, OffseasonError, parsePlan, safeParsePlan } from "../../src/index.js";
import { applyPatch, examplePlanJson, readJson, type PatchCase } from "../helpers/fixtures.js";

const invalidCases = readJson("test/fixtures/invalid-plans.json") as PatchCase[];

function issuesOf(input: unknown) {
  const result = safeParsePlan(input);
  if (result.success) throw new Error("expected the plan to be rejected");
  return result.error.issues;
}

function minimalPlan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: "p",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 2,
        sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] }],
      },
    ],
    ...overrides,
  };
}

describe("parsePlan", () => {
  it("accepts the bundled example plan and returns it unchanged", () => {
    const json = examplePlanJson();
    expect(parsePlan(json)).toEqual(json);
  });

  it("does not return the input object itself", () => {
    const json = examplePlanJson();
    expect(parsePlan(json)).not.toBe(json);
  });

  it.each(invalidCases)("rejects: $name", (patch) => {
    const issues = issuesOf(applyPatch(examplePlanJson, patch));
    for (const expected of patch.issues) expect(issues).toContainEqual(expect.objectContaining(expected));
  });

  it("throws OffseasonError with every issue listed as path: message", () => {
    const input = minimalPlan({ timezone: "Nowhere/Land", startDate: "2026-13-01" });
    expect(() => parsePlan(input)).toThrow(OffseasonError);
    try {
      parsePlan(input);
    } catch (error) {
      expect(error).toBeInstanceOf(OffseasonError);
      const offseasonError = error as OffseasonError;
      expect(offseasonError.code).toBe("invalid");
      expect(offseasonError.message).toBe(
        [
          "Invalid plan (2 problems):",
          "  timezone: must be an IANA time zone name such as America/New_York",
          "  startDate: must be a real calendar date written YYYY-MM-DD, between 1900 and 2200",
        ].join("\n"),
      );
    }
  });

  it.each([null, undefined, 0, "plan", true, [], [minimalPlan()], 1e308, -0])(
    "rejects the non-object %j at the root",
    (input) => {
      const issues = issuesOf(input);
      expect(issues).toEqual([expect.objectContaining({ path: "", code: "invalid_type" })]);
    },
  );

  it("says what is missing when fields are absent", () => {
    expect(issuesOf({ version: 1 }).map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      "id: is required",
      "timezone: is required",
      "startDate: is required",
      "phases: is required",
    ]);
  });

  it("locates a bad value inside a session", () => {
    const plan = minimalPlan();
    (plan.phases as { sessions: Record<string, unknown>[] }[])[0]?.sessions.push({
      id: "gym",
      kind: "strength",
      minutes: 30,
      rpe: 12,
      on: ["MO"],
      exercises: [{ name: "squat", sets: 3, reps: 8 }],
    });
    expect(issuesOf(plan)).toEqual([
      {
        path: "phases[0].sessions[1].rpe",
        pathSegments: ["phases", 0, "sessions", 1, "rpe"],
        message: "must be at most 10",
        code: "too_big",
        messageId: "too_big",
        data: { origin: "number", maximum: 10, inclusive: true },
      },
    ]);
  });

  it("writes counts in good English: 1 item, 2 items, 1 character", () => {
    expect(issuesOf(minimalPlan({ phases: [] })).map((issue) => issue.message)).toEqual(["must have at least 1 item"]);
    const on = minimalPlan({
      phases: [
        { id: "base", weeks: 1, sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: [] }] },
      ],
    });
    expect(issuesOf(on).map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      "phases[0].sessions[0].on: must have at least 1 item",
    ]);
    const tooMany = minimalPlan({
      phases: [
        {
          id: "base",
          weeks: 1,
          sessions: [
            {
              id: "easy",
              kind: "run",
              runType: "easy",
              minutes: 30,
              rpe: 3,
              on: ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO"],
            },
          ],
        },
      ],
    });
    expect(issuesOf(tooMany).map((issue) => issue.message)).toContain("must have at most 7 items");
    const short = safeParsePlan(
      minimalPlan({
        name: "ab",
        habits: [
          { id: "h", category: "sleep", hours: 8, repeat: "FREQ=DAILY" },
          { id: "i", category: "sleep", hours: 8, repeat: "FREQ=DAILY" },
        ],
      }),
      { limits: { maxStringLength: 1, maxHabits: 1 } },
    );
    expect(short.success ? [] : short.error.issues.map((issue) => issue.message)).toEqual([
      "must be at most 1 character long",
      "must have at most 1 item",
    ]);
  });

  it("lists every unknown key, each with its own path", () => {
    const issues = issuesOf(minimalPlan({ colour: "red", size: 3 }));
    expect(issues.map((issue) => issue.path)).toEqual(["colour", "size"]);
  });

  it("quotes odd keys in paths and shortens very long ones", () => {
    const longKey = "k".repeat(200);
    const issues = issuesOf(minimalPlan({ "my key": 1, [longKey]: 2 }));
    expect(issues.map((issue) => issue.path)).toEqual(['["my key"]', `["${"k".repeat(64)}…"]`]);
  });

  it("never lets a __proto__ key through or pollute Object.prototype", () => {
    const hostile = JSON.parse(
      '{"version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    ) as unknown;
    const issues = issuesOf(hostile);
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  describe("limits", () => {
    it("allows exactly 104 weeks and refuses 105", () => {
      expect(safeParsePlan(minimalPlan({ phases: [{ id: "a", weeks: 104, sessions: [] }] })).success).toBe(true);
      const result = safeParsePlan(
        minimalPlan({
          phases: [
            { id: "a", weeks: 100, sessions: [] },
            { id: "b", weeks: 5, sessions: [] },
          ],
        }),
      );
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe("limit");
        expect(result.error.issues).toEqual([
          {
            path: "phases",
            pathSegments: ["phases"],
            code: "limit",
            message: "the phases add up to 105 weeks; the limit is 104",
            messageId: "limit.weeks",
            data: { weeks: 105, limit: 104 },
          },
        ]);
      }
    });

    it("allows 64 sessions in a phase and refuses 65", () => {
      const sessions = (count: number) =>
        Array.from({ length: count }, (_, index) => ({
          id: `s${String(index)}`,
          kind: "mobility",
          practice: "yoga",
          minutes: 5,
          on: ["MO"],
        }));
      expect(safeParsePlan(minimalPlan({ phases: [{ id: "a", weeks: 1, sessions: sessions(64) }] })).success).toBe(
        true,
      );
      expect(issuesOf(minimalPlan({ phases: [{ id: "a", weeks: 1, sessions: sessions(65) }] }))).toEqual([
        {
          path: "phases[0].sessions",
          pathSegments: ["phases", 0, "sessions"],
          code: "limit",
          message: "must have at most 64 items",
          messageId: "too_big",
          data: { origin: "array", maximum: 64, inclusive: true },
        },
      ]);
    });

    it("allows 16,384 characters in a string field and refuses one more", () => {
      expect(safeParsePlan(minimalPlan({ name: "x".repeat(16_384) })).success).toBe(true);
      expect(issuesOf(minimalPlan({ name: "x".repeat(16_385) }))).toEqual([
        {
          path: "name",
          pathSegments: ["name"],
          code: "limit",
          // Intl's English digits: grouped from 10,000 on.
          message: "must be at most 16,384 characters long",
          messageId: "too_big",
          data: { origin: "string", maximum: 16_384, inclusive: true },
        },
      ]);
    });

    it("takes overrides of the default limits", () => {
      const plan = minimalPlan({ phases: [{ id: "a", weeks: 30, sessions: [] }] });
      expect(safeParsePlan(plan).success).toBe(true);
      const result = safeParsePlan(plan, { limits: { maxWeeks: 26 } });
      expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toContain("too_big");
      expect(DEFAULT_LIMITS.maxWeeks).toBe(104);
    });

    it("caps the number of issues listed in the message but keeps them all in issues", () => {
      const sessions = Array.from({ length: 60 }, (_, index) => ({
        id: `s${String(index)}`,
        kind: "run",
        runType: "easy",
        minutes: 30,
        rpe: 99,
        on: ["MO"],
      }));
      const result = safeParsePlan(minimalPlan({ phases: [{ id: "a", weeks: 1, sessions }] }));
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues).toHaveLength(60);
        expect(result.error.message).toContain("... and 10 more");
      }
    });
  });

  it("accepts every RRULE form the scheduler supports", () => {
    for (const repeat of [
      "FREQ=DAILY",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
      "FREQ=MONTHLY;BYDAY=1SA",
      "FREQ=MONTHLY;BYDAY=-1SU",
      "FREQ=MONTHLY;BYMONTHDAY=1,15",
      "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24",
      "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10",
      "FREQ=DAILY;UNTIL=20261120",
      "FREQ=DAILY;UNTIL=20261120T120000Z",
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
      "FREQ=WEEKLY;WKST=SU;BYDAY=SU,SA;INTERVAL=2",
    ]) {
      const plan = minimalPlan({
        phases: [
          { id: "a", weeks: 4, sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 10, repeat }] },
        ],
      });
      expect(safeParsePlan(plan).success, repeat).toBe(true);
    }
  });
});
