import { describe, expect, it } from "vitest";
import { safeParseAthlete, safeParsePlan } from "../../src/index.js";
import { exampleAthleteJson, examplePlanJson } from "../helpers/fixtures.js";

// The structural part of the attack on 0.1.0 (docs/testing.md, "Attack baseline"): values no JSON parser refuses, and
// values that only JavaScript callers can build. Each must come back as located issues, never as a stack overflow,
// a hang or a crash.

function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

function nestedObjects(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
}

function issuesOf(input: unknown): { path: string; code: string }[] {
  const result = safeParsePlan(input);
  if (result.success) throw new Error("expected the plan to be refused");
  return result.error.issues.map(({ path, code }) => ({ path, code }));
}

describe("structural junk", () => {
  it("refuses nesting 100,000 deep in a known field, an unknown field and a string field at the first level", () => {
    expect(issuesOf({ ...examplePlanJson(), phases: nestedArrays(100_000) })).toEqual([
      { path: "phases[0]", code: "invalid_type" },
    ]);
    expect(issuesOf({ ...examplePlanJson(), junk: nestedArrays(100_000) })).toEqual([
      { path: "junk", code: "unrecognized_keys" },
    ]);
    expect(issuesOf({ ...examplePlanJson(), name: nestedObjects(100_000) })).toEqual([
      { path: "name", code: "invalid_type" },
    ]);
  });

  it("refuses 1e6 elements where a short list is expected by its limit, once", () => {
    expect(issuesOf({ ...examplePlanJson(), phases: new Array<number>(1_000_000).fill(0) })).toEqual([
      { path: "phases", code: "limit" },
    ]);
    expect(issuesOf({ ...examplePlanJson(), exceptions: new Array<object>(1_000_000).fill({}) })).toEqual([
      { path: "exceptions", code: "limit" },
    ]);
  });

  it("refuses 1e6 unknown keys with the first 100 issues and a count of all, not 1e6 issues", () => {
    const plan: Record<string, unknown> = examplePlanJson();
    for (let index = 0; index < 1_000_000; index++) plan[`k${String(index)}`] = 1;
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issueCount).toBe(1_000_000);
    expect(result.error.issues.length).toBeLessThanOrEqual(101);
    expect(result.error.issues[0]).toMatchObject({ path: "k0", code: "unrecognized_keys" });
  });

  it("refuses cycles where they are read, and never follows them where they are not", () => {
    const selfReferencing: Record<string, unknown> = examplePlanJson();
    selfReferencing.self = selfReferencing;
    expect(issuesOf(selfReferencing)).toEqual([{ path: "self", code: "unrecognized_keys" }]);
    const cyclicSessions = examplePlanJson() as { phases: Record<string, unknown>[] };
    const phase = cyclicSessions.phases[0];
    if (phase) phase.sessions = [cyclicSessions];
    expect(issuesOf(cyclicSessions)[0]).toEqual({ path: "phases[0].sessions[0].kind", code: "invalid_value" });
  });

  it("reads values through getters and proxies like plain data", () => {
    const withGetter = examplePlanJson();
    const id = withGetter.id;
    Object.defineProperty(withGetter, "id", { get: () => id, enumerable: true });
    expect(safeParsePlan(withGetter).success).toBe(true);
    expect(safeParsePlan(new Proxy(examplePlanJson(), {})).success).toBe(true);
    const athlete = new Proxy(exampleAthleteJson(), {
      get: (target, key): unknown => (key === "level" ? "wizard" : Reflect.get(target, key)),
    });
    const result = safeParseAthlete(athlete);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual(["level"]);
  });

  it("lets an error thrown by the caller's own getter or proxy trap through unchanged (documented: input is data)", () => {
    const boom = new Error("boom");
    const throwing = examplePlanJson();
    Object.defineProperty(throwing, "id", {
      get: () => {
        throw boom;
      },
      enumerable: true,
    });
    expect(() => safeParsePlan(throwing)).toThrow(boom);
  });
});
