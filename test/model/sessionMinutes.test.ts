// A session's minutes on a day, written or derived, stay within the day (issue 21, item 7), and the check at parse
// agrees with what the expansion makes of the session.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, safeParsePlan } from "../../src/index.js";
import { highestMinutes } from "../../src/model/sessionMinutes.js";
import { planWith, run } from "./realPlanCases.js";

type Json = Record<string, unknown>;

const issuesOf = (input: unknown) => {
  const result = safeParsePlan(input);
  return result.success ? [] : result.error.issues.map(({ path, code, message }) => ({ path, code, message }));
};
const LIMIT = "a session lasts at most 1440 minutes (a day)";
const walk = (fields: Json): Json => ({ id: "w", kind: "cross", modality: "walk", rpe: 2, on: ["SU"], ...fields });

describe("a session's day", () => {
  it("refuses steps that add up to more than a day (100 x 100 x 1,440 min), at the session", () => {
    const steps = [{ repeat: 100, steps: [{ repeat: 100, steps: [{ intent: "work", minutes: 1440 }] }] }];
    expect(issuesOf(planWith([run({ steps })]))).toEqual([
      { path: "phases[0].sessions[0]", code: "limit", message: `its steps add up to 14,400,000 minutes; ${LIMIT}` },
    ]);
    const result = safeParsePlan(planWith([run({ steps })]));
    expect(result.success ? undefined : result.error.code).toBe("limit");
  });

  it("refuses a 500 km walk at 59:59/km, at the session", () => {
    expect(issuesOf(planWith([walk({ distanceKm: 500, pace: "59:59/km" })]))).toEqual([
      {
        path: "phases[0].sessions[0]",
        code: "limit",
        message: `its distance takes 29,992 minutes at its pace; ${LIMIT}`,
      },
    ]);
  });

  it("refuses a distance timed by the plan's pace, and a range by its upper bound", () => {
    expect(
      issuesOf(planWith([run({ runType: "long", distanceMi: { min: 10, max: 200 } })], { paces: { easy: "8:00/mi" } })),
    ).toEqual([
      {
        path: "phases[0].sessions[0]",
        code: "limit",
        message: `its distance takes 1600 minutes at its pace; ${LIMIT}`,
      },
    ]);
  });

  it("locates a per-week entry by its week", () => {
    expect(issuesOf(planWith([run({ distanceKm: [10, 300, null, 400], pace: "6:00/km" })]))).toEqual([
      {
        path: "phases[0].sessions[0].distanceKm[1]",
        code: "limit",
        message: `its distance takes 1800 minutes at its pace in week 2 of its phase; ${LIMIT}`,
      },
    ]);
  });

  it("counts progression where the expansion applies it: runs without a date, not cross-training", () => {
    const progression = { progression: [1, 1.5] };
    const plan = (sessions: Json[]) => ({
      ...planWith(sessions),
      phases: [{ id: "base", weeks: 4, sessions, ...progression }],
    });
    expect(issuesOf(plan([run({ minutes: 1000 })]))).toEqual([
      {
        path: "phases[0].sessions[0]",
        code: "limit",
        message: `lasts 1500 minutes in week 2 of its phase (after progression x1.5); ${LIMIT}`,
      },
    ]);
    expect(issuesOf(plan([run({ minutes: [1000, 1000, 1000, 1000] })]))).toEqual([]);
    expect(issuesOf(plan([run({ minutes: 1000, on: undefined, date: "2026-11-10" })]))).toEqual([]);
    expect(issuesOf(plan([walk({ minutes: 1000 })]))).toEqual([]);
    expect(issuesOf(plan([run({ distanceKm: 200, pace: "6:00/km" })]))).toEqual([
      {
        path: "phases[0].sessions[0]",
        code: "limit",
        message: `its distance takes 1800 minutes at its pace in week 2 of its phase (after progression x1.5); ${LIMIT}`,
      },
    ]);
  });

  it("accepts a day of exactly 1,440 minutes, written or derived", () => {
    expect(issuesOf(planWith([run({ minutes: 1440 })]))).toEqual([]);
    expect(issuesOf(planWith([run({ steps: [{ repeat: 2, steps: [{ intent: "work", minutes: 720 }] }] })]))).toEqual(
      [],
    );
    expect(issuesOf(planWith([walk({ distanceKm: 240, pace: "6:00/km" })]))).toEqual([]);
    expect(issuesOf(planWith([walk({ distanceKm: 240.01, pace: "6:00/km" })]))).toEqual([]);
    expect(issuesOf(planWith([walk({ distanceKm: 240.1, pace: "6:00/km" })]))).toHaveLength(1);
  });

  it("reads only sessions that passed their own checks", () => {
    // An unknown field is reported already: the session's figures are not read.
    const issues = issuesOf(planWith([walk({ distanceKm: 500, pace: "59:59/km", extra: 1 })]));
    expect(issues.map(({ code }) => code)).toEqual(["unrecognized_keys"]);
    // A bad plan pace: runs timed by it are not judged; one with its own pace is.
    const paces = { paces: { easy: "99:99/km" } };
    expect(issuesOf(planWith([run({ distanceKm: 500 })], paces)).map(({ code }) => code)).toEqual(["invalid_format"]);
  });
});

const weeklyArb = (entry: fc.Arbitrary<number>) =>
  fc.oneof(
    entry,
    fc.tuple(entry, entry).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    fc.array(fc.option(entry, { nil: null }), { minLength: 3, maxLength: 3 }),
  );

describe("the check and the expansion agree", () => {
  it("what parses expands to days of at most 1,440 minutes, and the highest minutes are the expansion's", () => {
    const stepArb = fc.oneof(
      fc.record({ intent: fc.constant("work"), minutes: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ intent: fc.constant("work"), distanceKm: fc.integer({ min: 1, max: 80 }) }),
    );
    const sessionArb = fc.record(
      {
        minutes: weeklyArb(fc.integer({ min: 1, max: 1440 })),
        distanceKm: weeklyArb(fc.integer({ min: 1, max: 400 })),
        distanceMi: weeklyArb(fc.integer({ min: 1, max: 250 })),
        steps: fc.array(
          fc.oneof(
            stepArb,
            fc.record({
              repeat: fc.integer({ min: 2, max: 6 }),
              steps: fc.array(stepArb, { minLength: 1, maxLength: 2 }),
            }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        pace: fc.constantFrom("3:00/km", "5:30/km", "12:00/mi"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        sessionArb,
        fc.option(fc.array(fc.constantFrom(0.5, 1, 1.1, 1.5, 3), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        fc.option(fc.constantFrom("5:00/km", "9:00/mi"), { nil: undefined }),
        (fields, progression, easyPace) => {
          const session = { id: "s", kind: "run", runType: "long", rpe: 4, on: ["SA"], ...fields } as Json;
          if (session.distanceKm !== undefined && session.distanceMi !== undefined) delete session.distanceMi;
          const input = {
            ...planWith([]),
            ...(easyPace === undefined ? {} : { paces: { easy: easyPace } }),
            phases: [{ id: "base", weeks: 3, sessions: [session], ...(progression ? { progression } : {}) }],
          };
          const result = safeParsePlan(input);
          if (!result.success) return;
          for (const occurrence of expandPlan(result.data)) {
            if (occurrence.kind !== "run") continue;
            const top = occurrence.ranges?.minutes?.max ?? occurrence.session.minutes;
            expect(top).toBeLessThanOrEqual(1440);
            const week = occurrence.week - 1;
            const parsed = result.data.phases[0]?.sessions[0];
            if (parsed?.kind !== "run") continue;
            expect(highestMinutes(parsed, week, occurrence.multiplier, result.data.paces)?.minutes).toBe(top);
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
