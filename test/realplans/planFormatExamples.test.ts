// The "Complete examples" of docs/plan-format.md: one plan per addition of issue #12, each parsed as it stands and
// expanded to the figures its text gives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan } from "../../src/index.js";
import { formatAvailable } from "./formatAvailable.js";

const guide = readFileSync(new URL("../../docs/plan-format.md", import.meta.url), "utf8");
const section = guide.slice(guide.indexOf("\n## Complete examples\n"));
const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? "") as Record<string, unknown>);
const example = (id: string) => {
  const document = blocks.find((block) => block.id === id);
  if (document === undefined) throw new Error(`no example "${id}" in docs/plan-format.md`);
  return document;
};

// What the additions put on an occurrence, read loosely so that this file type-checks before the new types exist.
interface Range {
  readonly min: number;
  readonly max: number;
}
interface LooseOccurrence {
  readonly id: string;
  readonly date: string;
  readonly session: Readonly<Record<string, unknown>>;
  readonly ranges?: { readonly minutes?: Range; readonly distanceKm?: Range; readonly rpe?: Range };
  readonly estimated?: readonly string[];
  readonly intensity?: { readonly easyMin: number; readonly moderateMin: number; readonly hardMin: number };
}
const occurrences = (id: string) => expandPlan(parsePlan(example(id))) as unknown as readonly LooseOccurrence[];
const ofSession = (id: string, sessionId: string) => occurrences(id).filter((occurrence) => occurrence.id.startsWith(`${sessionId}@`));

describe("docs/plan-format.md, Complete examples", () => {
  it("has one complete JSON plan per addition", () => {
    expect(section.startsWith("\n## Complete examples\n")).toBe(true);
    expect(blocks.map((block) => block.id)).toEqual(["per-week", "ranges", "miles", "steps", "race", "optional", "strength-focus", "fartlek"]);
    for (const block of blocks) expect(block).toMatchObject({ version: 1, timezone: "UTC", startDate: "2026-11-02" });
  });

  describe.skipIf(!formatAvailable)("with the additions in the schema", () => {
    it.each(["per-week", "ranges", "miles", "steps", "race", "optional", "strength-focus", "fartlek"])("%s parses", (id) => {
      expect(() => parsePlan(example(id))).not.toThrow();
    });

    it("per-week: 60, 70 and 80 minutes, nothing in week 3", () => {
      const long = ofSession("per-week", "long");
      expect(long.map((occurrence) => occurrence.date)).toEqual(["2026-11-08", "2026-11-15", "2026-11-29"]);
      expect(long.map((occurrence) => occurrence.session.minutes)).toEqual([60, 70, 80]);
    });

    it("ranges: midpoints on the session, bounds in ranges", () => {
      const [first] = ofSession("ranges", "easy");
      expect(first?.session).toMatchObject({ minutes: 37.5, rpe: 3.5 });
      expect(first?.ranges).toMatchObject({ minutes: { min: 30, max: 45 }, rpe: { min: 3, max: 4 } });
    });

    it("miles: minutes estimated from the plan's paces, distances in km", () => {
      const [easy] = ofSession("miles", "easy");
      const [tempo] = ofSession("miles", "tempo");
      expect(easy?.session.minutes).toBeCloseTo(30, 9);
      expect(easy?.session.distanceKm).toBeCloseTo(4.828032, 9);
      expect(easy?.session.distanceMi).toBe(3);
      expect(easy?.estimated).toEqual(["minutes"]);
      expect(tempo?.session.minutes).toBeCloseTo(33, 9);
      expect(tempo?.session.distanceKm).toBeCloseTo(6.437376, 9);
    });

    it("steps: 49.25 minutes from the steps, 24.75 of them hard", () => {
      const [first] = ofSession("steps", "mile-repeats");
      expect(first?.session.minutes).toBeCloseTo(49.25, 9);
      expect(first?.intensity?.hardMin).toBeCloseTo(24.75, 9);
      expect(first?.intensity?.moderateMin).toBeCloseTo(0, 9);
    });

    it("race: one occurrence on its date, with its priority", () => {
      const race = ofSession("race", "turkey-trot");
      expect(race.map((occurrence) => occurrence.date)).toEqual(["2026-11-15"]);
      expect(race[0]?.session.priority).toBe("B");
    });

    it("optional and strength focus come through as given", () => {
      expect(ofSession("optional", "bike").map((occurrence) => occurrence.session.optional)).toEqual([true, true]);
      expect(ofSession("strength-focus", "gym").map((occurrence) => occurrence.session.focus)).toEqual(["full-body", "full-body"]);
    });

    it("fartlek: hard but for 10 easy minutes on each side", () => {
      const [first] = ofSession("fartlek", "fartlek");
      expect(first?.session.runType).toBe("fartlek");
      expect(first?.intensity).toEqual({ easyMin: 20, moderateMin: 0, hardMin: 20 });
    });
  });
});
