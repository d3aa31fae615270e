// A table runner for one rule, the way ESLint's RuleTester reads: `valid` plans draw no finding of the rule, each
// `invalid` plan draws exactly the findings listed, each asserting its messageId, its data (the values a translation
// or a UI reads) and where it is (week / weeks / date / path / sessionId). Prose is not compared here: the few
// whole-report snapshots of test/rules/broken-plans.test.ts and test/realplans/ keep the wording reviewed.
import { describe, expect, it } from "vitest";
import type { Finding, MessageData, Plan, RulesConfig, ValidatePlanOptions } from "../../src/index.js";
import { rules } from "../../src/index.js";
import { findingsOf } from "../helpers/plans.js";

/** What a case runs: the plan, the validation options (athlete, level, history), and the rule's setting. */
export interface RuleCase {
  /** What the case shows, as a test name. */
  readonly name: string;
  /** The plan (build it with the helpers of test/helpers/plans.ts). */
  readonly plan: Plan;
  /** Athlete, level, history... (the other rules are off whatever `rules` says). */
  readonly options?: ValidatePlanOptions;
  /** The rule's own setting, e.g. `["warning", { maxDays: 3 }]`. */
  readonly setting?: RulesConfig[string];
}

/** One finding an invalid case expects. Fields left out are not compared; `data` is compared as a subset. */
export interface ExpectedFinding {
  readonly messageId: string;
  readonly severity?: Finding["severity"];
  readonly note?: true;
  readonly data?: MessageData;
  readonly week?: number;
  readonly weeks?: readonly number[];
  readonly date?: string;
  readonly path?: string;
  readonly sessionId?: string;
  readonly measured?: number;
  readonly limit?: number;
}

/** An invalid case: the findings it draws, in report order. */
export interface InvalidCase extends RuleCase {
  readonly findings: readonly ExpectedFinding[];
}

const LOCATION_KEYS = ["week", "weeks", "date", "path", "sessionId"] as const;

/**
 * Runs a rule's table. Every invalid finding is checked for its messageId, data and location; a location the
 * expectation leaves out must be absent from the finding too (so that "where" is always asserted).
 */
export function ruleTester(
  ruleId: string,
  tables: { readonly valid: readonly RuleCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  describe(ruleId, () => {
    it("is in the catalog", () => {
      expect(rule?.meta.id).toBe(ruleId);
    });
    for (const item of tables.valid) {
      it(`valid: ${item.name}`, () => {
        expect(findingsOf(ruleId, item.plan, item.options, item.setting)).toEqual([]);
      });
    }
    for (const item of tables.invalid) {
      it(`invalid: ${item.name}`, () => {
        const findings = findingsOf(ruleId, item.plan, item.options, item.setting);
        expect(findings.map((finding) => finding.messageId)).toEqual(
          item.findings.map((expected) => expected.messageId),
        );
        findings.forEach((finding, index) => {
          const expected = item.findings[index];
          if (!expected) return;
          expect(Object.keys(rule?.meta.messages ?? {})).toContain(finding.messageId);
          for (const key of LOCATION_KEYS)
            expect(finding[key], `${key} of finding ${String(index)}`).toEqual(expected[key]);
          if (expected.data) expect(finding.data).toMatchObject(expected.data);
          if (expected.severity) expect(finding.severity).toBe(expected.severity);
          if (expected.note) expect(finding.note).toBe(true);
          if (expected.measured !== undefined) expect(finding.measured).toBe(expected.measured);
          if (expected.limit !== undefined) expect(finding.limit).toBe(expected.limit);
          // Every placeholder of the message and hint is filled.
          expect(`${finding.message} ${finding.hint ?? ""}`).not.toMatch(/\{\w+\}/);
        });
      });
    }
  });
}
