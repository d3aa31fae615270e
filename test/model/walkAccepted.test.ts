// Checks across fields never walk what the schema has not accepted (issue 21, item 1): the steps of a repeat nested one
// level too deep are never checked, so they may hold anything; the pace check must refuse them as a limit, not crash.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParsePlan } from "../../src/index.js";
import { forEachStep } from "../../src/model/steps.js";
import { planWith, run } from "./realPlanCases.js";

const issuesOf = (input: unknown) => {
  const result = safeParsePlan(input);
  return result.success ? [] : result.error.issues.map(({ path, code, message }) => ({ path, code, message }));
};

const tooDeep = (inner: readonly unknown[]) => [
  { repeat: 2, steps: [{ repeat: 2, steps: [{ repeat: 2, steps: inner }] }] },
];
const DEPTH_ISSUE = {
  path: "phases[0].sessions[0].steps[0].steps[0].steps[0].steps",
  code: "limit",
  message: "repeats nest at most 2 deep",
};

describe("steps nested too deep", () => {
  it.each([
    ["null", [null]],
    ["a number", [7]],
    ["an array", [[{ intent: "work", distanceKm: 1 }]]],
    ["a string", ["x"]],
    ["a step by distance without a pace", [{ intent: "work", distanceKm: 1 }]],
    ["a repeat of null", [{ repeat: 2, steps: [null] }]],
  ])("holding %s: one located limit issue, no throw", (_name, inner) => {
    expect(issuesOf(planWith([run({ steps: tooDeep(inner) })]))).toEqual([DEPTH_ISSUE]);
  });

  it("with a distance step and no pace beside them, the steps the schema checked still get their missing_pace", () => {
    const steps = [{ intent: "work", distanceKm: 1 }, ...tooDeep([null])];
    expect(issuesOf(planWith([run({ steps })])).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "phases[0].sessions[0].steps[1].steps[0].steps[0].steps", code: "limit" },
      { path: "phases[0].sessions[0].steps[0]", code: "missing_pace" },
    ]);
  });

  it("a raised maxStepDepth checks the deeper steps (and reads them safely)", () => {
    const result = safeParsePlan(planWith([run({ steps: tooDeep([{ intent: "work", minutes: 5 }]) })]), {
      limits: { maxStepDepth: 3 },
    });
    expect(result.success).toBe(true);
  });
});

describe("forEachStep", () => {
  it("passes over what is not a step and stops at the depth the schema checks", () => {
    const seen: PropertyKey[][] = [];
    const steps = [
      null,
      3,
      [],
      { intent: "work" },
      { repeat: 2, steps: [{ intent: "a" }, { repeat: 2, steps: [{ intent: "deep" }] }] },
      { repeat: 2, steps: "x" },
    ];
    forEachStep(steps, 1, ["steps"], (_step, path) => seen.push(path));
    expect(seen).toEqual([
      ["steps", 3],
      ["steps", 4, "steps", 0],
      ["steps", 5],
    ]);
    forEachStep(undefined, 2, [], () => seen.push([]));
    forEachStep({ 0: { intent: "work" } }, 2, [], () => seen.push([]));
    expect(seen).toHaveLength(3);
  });
});

// Any JSON in a step tree, however deep, including what no schema would accept.
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((self) => ({
  tree: fc.array(self("node"), { maxLength: 4 }),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.record(
      {
        intent: fc.constantFrom("work", "warmup", "x"),
        minutes: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constant(null)),
        distanceKm: fc.double({ min: 0.1, max: 600, noNaN: true }),
        pace: fc.constantFrom("5:00/km", "59:59/km", "0:00/km", "x"),
      },
      { requiredKeys: [] },
    ),
    fc.record({ repeat: fc.integer({ min: 0, max: 101 }), steps: self("tree") }, { requiredKeys: [] }),
    fc.record({ repeat: fc.integer({ min: 2, max: 100 }), steps: self("tree") }),
  ),
}));

describe("parsing any steps tree", () => {
  it("safeParsePlan never throws, and refuses with issues", () => {
    fc.assert(
      fc.property(tree, fc.boolean(), fc.constantFrom("run", "cross"), (steps, distance, kind) => {
        const session = {
          ...run({ steps }),
          ...(kind === "cross" ? { kind, runType: undefined, modality: "walk" } : {}),
          ...(distance ? { distanceKm: 5 } : {}),
        };
        const result = safeParsePlan(planWith([JSON.parse(JSON.stringify(session)) as Record<string, unknown>]));
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});
