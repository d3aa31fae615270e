/** The counts of a report: findings per severity, overall and per fundamental. */
import { FUNDAMENTALS, type Finding, type Fundamental, type FundamentalResult, type SeverityCounts } from "../types.js";

function emptyCounts(): { error: number; warning: number; info: number } {
  return { error: 0, warning: 0, info: 0 };
}

/**
 * Counts findings per severity, overall and per fundamental; a fundamental is ok without errors.
 *
 * @param findings - The report's findings.
 * @returns The counts and the outcome of every fundamental.
 */
export function summarize(findings: readonly Finding[]): {
  readonly counts: SeverityCounts;
  readonly fundamentals: Readonly<Record<Fundamental, FundamentalResult>>;
} {
  const counts = emptyCounts();
  const perFundamental = new Map<Fundamental, ReturnType<typeof emptyCounts>>(
    FUNDAMENTALS.map((fundamental) => [fundamental, emptyCounts()]),
  );
  for (const finding of findings) {
    counts[finding.severity] += 1;
    const bucket = perFundamental.get(finding.fundamental);
    if (bucket) bucket[finding.severity] += 1;
  }
  const fundamentals = Object.fromEntries(
    FUNDAMENTALS.map((fundamental): [Fundamental, FundamentalResult] => {
      const bucket: SeverityCounts = perFundamental.get(fundamental) ?? emptyCounts();
      return [fundamental, { ok: bucket.error === 0, counts: bucket }];
    }),
  ) as Record<Fundamental, FundamentalResult>;
  return { counts, fundamentals };
}
