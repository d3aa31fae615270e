import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan } from "../../src/index.js";

interface GoldenFile {
  readonly zone: string;
  readonly cases: readonly { readonly plan: unknown; readonly expected: Readonly<Record<string, readonly string[]>> }[];
}

const directory = new URL("../oracle/golden/", import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith(".json"));

// Golden files come from test/oracle/generate.py (dateutil.rrule + zoneinfo), an implementation independent of
// rrule.js and @date-fns/tz: ten zones, ten years, wall times inside DST gaps and overlaps.
describe("expandPlan against the dateutil/zoneinfo oracle", () => {
  it("has golden files for the ten zones", () => {
    expect(files).toHaveLength(10);
  });

  it.each(files)("%s: zero mismatches", (file) => {
    const golden = JSON.parse(readFileSync(new URL(file, directory), "utf8")) as GoldenFile;
    let compared = 0;
    const mismatches: string[] = [];
    for (const { plan: json, expected } of golden.cases) {
      const occurrences = expandPlan(parsePlan(json));
      const actual = new Map<string, string[]>();
      for (const occurrence of occurrences) {
        const list = actual.get(occurrence.sessionId) ?? [];
        list.push(occurrence.start === undefined ? occurrence.date : `${occurrence.start}/${occurrence.end ?? ""}`);
        actual.set(occurrence.sessionId, list);
      }
      for (const [sessionId, items] of Object.entries(expected)) {
        const got = actual.get(sessionId) ?? [];
        if (got.length !== items.length) mismatches.push(`${sessionId}: ${String(got.length)} occurrences, oracle ${String(items.length)}`);
        items.forEach((item, index) => {
          if (got[index] !== item) mismatches.push(`${sessionId} #${String(index)}: ${got[index] ?? "missing"} != ${item}`);
        });
        compared += items.length;
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
  });
});
