/** Coverage rules in a report: said once per plan, and summed up per fundamental in `Report.coverage`. */
import {
  COVERAGE_FUNDAMENTALS,
  type CoverageStatus,
  type Finding,
  type FundamentalCoverage,
  type Rule,
} from "../types.js";
import { compareFindings } from "./compareFindings.js";

/**
 * The problem rules that still say whether a fundamental is practised: strength stays a problem (too little strength
 * is a training fault), but a plan without any is a plan that does not cover strength.
 */
const FLOOR_RULES: ReadonlySet<string> = new Set(["strength-frequency", "strength-exercise-mix"]);

/** Whether a rule is a coverage rule (custom rules without a type are problem rules). */
export function isCoverageRule(rule: Rule): boolean {
  return rule.meta.type === "coverage";
}

/** The weeks a finding names. */
function weeksOf(finding: Finding): readonly number[] {
  return finding.weeks ?? (finding.week === undefined ? [] : [finding.week]);
}

/**
 * The findings with each coverage rule said at most once: its first finding, standing for the weeks of all of them
 * (a fundamental the plan does not practise is one fact, however many weeks lack it).
 *
 * @param findings - The findings, in report order.
 * @param coverageIds - The ids of the coverage rules that ran.
 * @returns The findings, each coverage rule's merged into its first.
 */
export function oncePerPlan(findings: readonly Finding[], coverageIds: ReadonlySet<string>): Finding[] {
  const first = new Map<string, Finding>();
  const weeks = new Map<string, Set<number>>();
  const kept: Finding[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (!coverageIds.has(finding.ruleId) || finding.note === true) {
      kept.push(finding);
      continue;
    }
    const seen = weeks.get(finding.ruleId) ?? new Set<number>();
    for (const week of weeksOf(finding)) seen.add(week);
    weeks.set(finding.ruleId, seen);
    if (!first.has(finding.ruleId)) {
      first.set(finding.ruleId, finding);
      kept.push(finding);
    }
  }
  return kept.map((finding) => {
    if (first.get(finding.ruleId) !== finding) return finding;
    const all = [...(weeks.get(finding.ruleId) ?? [])].sort((a, b) => a - b);
    return all.length > 1 ? { ...finding, week: all[0], weeks: all } : finding;
  });
}

function statusOf(satisfied: readonly string[], missing: readonly string[]): CoverageStatus {
  if (missing.length === 0) return "covered";
  return satisfied.length === 0 ? "missing" : "partial";
}

/**
 * How the plan covers each of the five fundamentals: the coverage rules (and the strength floors) that ran, split
 * into those with a finding (missing) and those without (satisfied). A note of what a rule could not check is not a
 * finding against the plan.
 *
 * @param ran - The rules that ran.
 * @param findings - Their findings.
 * @returns One entry per fundamental, in the order of the five.
 */
export function coverageOf(ran: readonly Rule[], findings: readonly Finding[]): FundamentalCoverage[] {
  const failed = new Set(findings.filter((finding) => finding.note !== true).map((finding) => finding.ruleId));
  return COVERAGE_FUNDAMENTALS.map((fundamental) => {
    const ids = ran
      .filter(
        (rule) => rule.meta.fundamental === fundamental && (isCoverageRule(rule) || FLOOR_RULES.has(rule.meta.id)),
      )
      .map((rule) => rule.meta.id);
    const missing = ids.filter((id) => failed.has(id));
    const satisfied = ids.filter((id) => !failed.has(id));
    return { fundamental, status: statusOf(satisfied, missing), satisfied, missing };
  });
}
