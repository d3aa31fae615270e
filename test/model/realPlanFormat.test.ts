import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, expandPlan, parsePlan, safeParsePlan } from "../../src/index.js";
import { accepted, easy, planWith, rejected, run, work } from "./realPlanCases.js";

const issuesOf = (input: unknown) => {
  const result = safeParsePlan(input);
  return result.success ? [] : result.error.issues.map(({ path, code }) => ({ path, code }));
};

describe("the real-plan format additions", () => {
  it.each(accepted)("accepts %s", (_name, plan) => {
    expect(issuesOf(plan)).toEqual([]);
  });

  it.each(rejected)("rejects %s, located", (_name, plan, issues) => {
    expect(issuesOf(plan)).toEqual(issues);
  });

  it("keeps the step limits explicit and configurable", () => {
    expect(DEFAULT_LIMITS).toMatchObject({ maxStepsPerSession: 50, maxRepeat: 100, maxStepDepth: 2 });
    const steps = Array.from({ length: 6 }, () => work(1));
    expect(safeParsePlan(planWith([run({ steps })]), { limits: { maxStepsPerSession: 5 } }).success).toBe(false);
    expect(
      safeParsePlan(planWith([run({ steps: [{ repeat: 4, steps }] })]), { limits: { maxRepeat: 3 } }).success,
    ).toBe(false);
    const nested = [{ repeat: 2, steps: [{ repeat: 2, steps: [work(1)] }] }];
    expect(safeParsePlan(planWith([run({ steps: nested })]), { limits: { maxStepDepth: 1 } }).success).toBe(false);
    expect(safeParsePlan(planWith([run({ steps: nested })])).success).toBe(true);
  });

  it("keeps the key order of a plan written before the additions", () => {
    const result = safeParsePlan(planWith([easy]));
    expect(result.success && Object.keys(result.data.phases[0]?.sessions[0] ?? {})).toEqual([
      "kind",
      "id",
      "minutes",
      "on",
      "runType",
      "rpe",
    ]);
  });

  it("parses and expands every example plan of docs/plan-format.md", () => {
    const guide = readFileSync(new URL("../../docs/plan-format.md", import.meta.url), "utf8");
    const plans = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? "") as unknown);
    expect(plans.length).toBeGreaterThanOrEqual(9);
    for (const plan of plans) expect(expandPlan(parsePlan(plan)).length).toBeGreaterThan(0);
  });
});
