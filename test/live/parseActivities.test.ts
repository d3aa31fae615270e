import { describe, expect, it } from "vitest";
import { ActivitySchema, DEFAULT_LIMITS, parseActivities, safeParseActivities } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

const run = { id: "a1", date: "2026-11-03", kind: "run", minutes: 42 };

const issuesOf = (input: unknown, options?: Parameters<typeof safeParseActivities>[1]) => {
  const result = safeParseActivities(input, options);
  return result.success ? [] : result.error.issues.map(({ path, code, message }) => ({ path, code, message }));
};

describe("parseActivities", () => {
  it("accepts every kind with its optional fields", () => {
    const activities = parseActivities([
      {
        ...run,
        start: "2026-11-03T07:02:00-05:00",
        runType: "easy",
        distanceKm: 8.2,
        rpe: 3,
        occurrenceId: "easy@2026-11-03",
        source: "garmin",
      },
      { id: "a2", date: "2026-11-03", kind: "strength", minutes: 30, rpe: 5, focus: "core" },
      { id: "a3", date: "2026-11-04", kind: "cross", modality: "swim", minutes: 40.5 },
      { id: "a4", date: "2026-11-04", kind: "mobility", practice: "yoga", minutes: 15 },
      { id: "a5", date: "2026-11-05", start: "2026-11-05T06:00:00Z", kind: "mental", minutes: 10 },
    ]);
    expect(activities.map((activity) => activity.kind)).toEqual(["run", "strength", "cross", "mobility", "mental"]);
    expect(ActivitySchema.safeParse(run).success).toBe(true);
  });

  it.each([
    ["not an array", { ...run }, [{ path: "", code: "invalid_type", message: "must be an array, not an object" }]],
    [
      "minutes of 0, and ids used twice",
      [run, run, run, { ...run, id: "a4", minutes: 0 }],
      [
        { path: "[3].minutes", code: "too_small", message: "must be greater than 0" },
        { path: "[1].id", code: "duplicate_id", message: 'activity id "a1" is used twice (first at [0])' },
        { path: "[2].id", code: "duplicate_id", message: 'activity id "a1" is used twice (first at [0])' },
      ],
    ],
    [
      "a date that does not exist",
      [{ ...run, date: "2026-02-30" }],
      [
        {
          path: "[0].date",
          code: "date",
          message: "must be a real calendar date written YYYY-MM-DD, between 1900 and 2200",
        },
      ],
    ],
    [
      "a start without an offset",
      [{ ...run, start: "2026-11-03T07:00:00" }],
      [
        {
          path: "[0].start",
          code: "date",
          message: "must be an ISO-8601 date-time with its offset, e.g. 2026-11-03T07:00:00-05:00",
        },
      ],
    ],
    [
      "a start on another day",
      [{ ...run, start: "2026-11-04T07:00:00+01:00" }],
      [{ path: "[0].start", code: "conflict", message: "is on 2026-11-04, not on date 2026-11-03" }],
    ],
    [
      "an unknown field",
      [{ ...run, heartRate: 140 }],
      [{ path: "[0].heartRate", code: "unrecognized_keys", message: "is not a known field" }],
    ],
    [
      "an unknown kind",
      [{ ...run, kind: "nap" }],
      [
        {
          path: "[0].kind",
          code: "invalid_value",
          // Intl's English list style.
          message: 'must be one of "run", "strength", "cross", "mobility", or "mental"',
        },
      ],
    ],
    [
      "a field of another kind",
      [{ ...run, modality: "swim" }],
      [{ path: "[0].modality", code: "unrecognized_keys", message: "is not a known field" }],
    ],
    [
      "a bad occurrence id",
      [{ ...run, occurrenceId: "easy" }],
      [
        {
          path: "[0].occurrenceId",
          code: "invalid_format",
          message: "must be an occurrence id such as easy@2026-11-03",
        },
      ],
    ],
    ["an RPE above 10", [{ ...run, rpe: 11 }], [{ path: "[0].rpe", code: "too_big", message: "must be at most 10" }]],
  ] as const)("locates the problem: %s", (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
    const error = offseasonErrorOf(() => parseActivities(input));
    expect(error.code).toBe("invalid");
  });
});

describe("activity limits", () => {
  it("defaults to 20,000 activities", () => {
    expect(DEFAULT_LIMITS.maxActivities).toBe(20_000);
  });

  it("refuses more activities than maxActivities, with code limit", () => {
    const three = [run, { ...run, id: "a2" }, { ...run, id: "a3" }];
    expect(safeParseActivities(three, { limits: { maxActivities: 3 } }).success).toBe(true);
    const result = safeParseActivities(three, { limits: { maxActivities: 2 } });
    expect(result.success ? undefined : result.error.code).toBe("limit");
    expect(issuesOf(three, { limits: { maxActivities: 2 } })).toEqual([
      { path: "", code: "limit", message: "must have at most 2 items" },
    ]);
  });

  it("limits string fields by maxStringLength", () => {
    expect(issuesOf([{ ...run, source: "x".repeat(11) }], { limits: { maxStringLength: 10 } })).toEqual([
      { path: "[0].source", code: "limit", message: "must be at most 10 characters long" },
    ]);
  });

  it("checks limit overrides like input", () => {
    const error = offseasonErrorOf(() => parseActivities([], { limits: { maxActivities: 0 } }));
    expect(error.code).toBe("config");
    expect(error.issues[0]?.path).toBe("limits.maxActivities");
  });
});
