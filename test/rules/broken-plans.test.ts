import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAthlete, parsePlan, validatePlan, type Level, type TrainingHistory } from "../../src/index.js";

interface BrokenPlan {
  readonly plan: unknown;
  readonly athlete?: unknown;
  readonly history?: TrainingHistory;
  readonly options: { readonly level?: Level };
  readonly counts: Record<string, number>;
  readonly expected: readonly Record<string, unknown>[];
}

const directory = new URL("../fixtures/broken/", import.meta.url);

// The expected findings of these plans were written by hand from docs/domain.md before the engine ran on them.
describe.each(readdirSync(directory).filter((name) => name.endsWith(".json")))("broken plan %s", (file) => {
  const fixture = JSON.parse(readFileSync(new URL(file, directory), "utf8")) as BrokenPlan;
  const report = validatePlan(parsePlan(fixture.plan), {
    ...fixture.options,
    ...(fixture.athlete === undefined ? {} : { athlete: parseAthlete(fixture.athlete) }),
    ...(fixture.history === undefined ? {} : { history: fixture.history }),
  });

  it("gives exactly the findings worked out by hand, in order", () => {
    const keys = [
      "ruleId",
      "severity",
      "messageId",
      "week",
      "weeks",
      "date",
      "sessionId",
      "path",
      "measured",
      "limit",
    ] as const;
    const actual = report.findings.map((finding) =>
      Object.fromEntries(keys.filter((key) => finding[key] !== undefined).map((key) => [key, finding[key]])),
    );
    expect(actual).toEqual(fixture.expected);
  });

  it("counts them per severity and says whether the plan is ok", () => {
    expect(report.counts).toEqual(fixture.counts);
    expect(report.ok).toBe(fixture.counts.error === 0);
  });

  it("words every finding as before (messages and hints are user-facing text; review the snapshot when they change)", async () => {
    const text = report.findings
      .map(
        (finding) =>
          `${finding.severity} ${finding.ruleId} ${JSON.stringify(finding.data)}\n  ${finding.message}\n  ${finding.hint ?? ""}`,
      )
      .join("\n");
    await expect(`${text}\n`).toMatchFileSnapshot(`./__snapshots__/${file.replace(".json", ".txt")}`);
  });

  it("gives every finding a message and a hint", () => {
    for (const finding of report.findings) {
      expect(finding.message).not.toMatch(/\{\w+\}/);
      expect(finding.hint ?? "").not.toMatch(/\{\w+\}/);
      expect(finding.hint?.length ?? 0).toBeGreaterThan(10);
    }
  });
});
