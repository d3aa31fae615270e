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
// rrule.js and of the runtime's Intl: ten zones, ten years, wall times inside DST gaps and overlaps. The sweep of every
// zone from 1900 is oracle.sweep.test.ts.
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
        if (got.length !== items.length)
          mismatches.push(`${sessionId}: ${String(got.length)} occurrences, oracle ${String(items.length)}`);
        items.forEach((item, index) => {
          if (got[index] !== item)
            mismatches.push(`${sessionId} #${String(index)}: ${got[index] ?? "missing"} != ${item}`);
        });
        compared += items.length;
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
  });
});

interface BySetPosGolden {
  readonly cases: readonly {
    readonly startDate: string;
    readonly weeks: number;
    readonly repeat: string;
    readonly expected: readonly string[];
  }[];
}

describe("BYSETPOS against dateutil, from every weekday", () => {
  const golden = JSON.parse(
    readFileSync(new URL("../oracle/bysetpos.json", import.meta.url), "utf8"),
  ) as BySetPosGolden;

  it.each(golden.cases.map((item) => [item.repeat, item.startDate, item] as const))(
    "%s from %s",
    (_repeat, _start, { startDate, weeks, repeat, expected }) => {
      const plan = parsePlan({
        version: 1,
        id: "bysetpos",
        timezone: "UTC",
        startDate,
        phases: [
          { id: "all", weeks, sessions: [{ id: "s", kind: "cross", modality: "bike", minutes: 30, rpe: 3, repeat }] },
        ],
      });
      expect(expandPlan(plan).map((occurrence) => occurrence.date)).toEqual(expected);
    },
  );
});
