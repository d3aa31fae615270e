import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan, type Plan } from "../../src/index.js";

/** [start date, wall times (minutes of the day), per wall time the oracle's occurrences: "offset" or "start,end,shift"]. */
type SweepCase = readonly [string, readonly number[], readonly string[]];

interface Sweep {
  readonly pythonTzdata: string;
  readonly runtimeAtGeneration: { readonly tz: string };
  readonly minutes: number;
  readonly years: readonly number[];
  readonly zones: Readonly<Record<string, readonly SweepCase[]>>;
}

interface DataDifferences {
  readonly pythonTzdata: string;
  readonly runtimeTzdata: string;
  readonly zones: Readonly<Record<string, string>>;
}

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../oracle/${name}`, import.meta.url), "utf8"));
const sweep = read("sweep.json") as Sweep;
const known = read("data-differences.json") as DataDifferences;

const MS_PER_DAY = 86_400_000;
const pad = (value: number) => String(value).padStart(2, "0");
/** The oracle's offset written as ISO 8601 does it, independently of the code under test. */
function isoOffset(seconds: number): string {
  const absolute = Math.abs(seconds);
  const text = `${seconds < 0 ? "-" : "+"}${pad(Math.floor(absolute / 3600))}:${pad(Math.floor(absolute / 60) % 60)}`;
  return absolute % 60 === 0 ? text : `${text}:${pad(absolute % 60)}`;
}
const isoLocal = (wallMs: number, offsetSeconds: number) =>
  `${new Date(wallMs).toISOString().slice(0, 19)}${isoOffset(offsetSeconds)}`;

/** The runtime's own offset at an instant, read from Intl's "GMT-00:44:30" (a route the code under test does not take). */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function runtimeOffset(zone: string, ms: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(format.format(ms));
  if (!match?.[1]) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0));
}

/**
 * RFC 5545 3.3.5 by brute force on the runtime's data, for mismatches only: the earliest instant whose offset gives
 * the wall time, else (a gap) the wall time at the offset in force before the gap.
 */
function runtimeReference(zone: string, wallMs: number, minutes: number): { start: string; end: string } {
  const candidates = [
    ...new Set([-36, -12, 0, 12, 36].map((hours) => runtimeOffset(zone, wallMs + hours * 3_600_000))),
  ];
  const valid = candidates.filter((offset) => runtimeOffset(zone, wallMs - offset * 1000) === offset);
  const before = runtimeOffset(zone, wallMs - Math.max(...candidates) * 1000 - 1000);
  const startMs = valid.length > 0 ? wallMs - Math.max(...valid) * 1000 : wallMs - before * 1000;
  const endMs = startMs + minutes * 60_000;
  const at = (ms: number) => isoLocal(ms + runtimeOffset(zone, ms) * 1000, runtimeOffset(zone, ms));
  return { start: at(startMs), end: at(endMs) };
}

interface Expected {
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly shift: number;
}

function expectedOf(plannedWallMs: number, item: string, minutes: number): Expected {
  const [startOffset = 0, endOffset = startOffset, shift = 0] = item.split(",").map(Number);
  const startWall = plannedWallMs + shift * 1000;
  const startMs = startWall - startOffset * 1000;
  const endMs = startMs + minutes * 60_000;
  return {
    start: isoLocal(startWall, startOffset),
    end: isoLocal(endMs + endOffset * 1000, endOffset),
    startMs,
    endMs,
    startOffset,
    endOffset,
    shift,
  };
}

interface ZoneResult {
  readonly compared: number;
  /** Mismatches where the runtime's own data disagrees with Python's at the oracle's instants. */
  readonly data: string[];
  /** Mismatches where both data sets agree: bugs. */
  readonly bugs: string[];
}

function checkZone(zone: string, cases: readonly SweepCase[]): ZoneResult {
  const result: ZoneResult = { compared: 0, data: [], bugs: [] };
  let compared = 0;
  for (const [startDate, wallMinutes, perSession] of cases) {
    const sessions = wallMinutes.map((minute, index) => ({
      id: `t${String(index)}`,
      kind: "cross" as const,
      modality: "bike" as const,
      minutes: sweep.minutes,
      rpe: 3,
      repeat: "FREQ=DAILY;COUNT=3",
      time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
    }));
    const json = {
      version: 1,
      id: "sweep",
      timezone: zone,
      startDate,
      phases: [{ id: "all", weeks: 1, sessions }],
    } as const;
    // parsePlan returns these plain plans as they are (checked on each zone's first case); skipping it elsewhere
    // halves the sweep's time.
    const plan: Plan = json;
    if (result.compared === 0 && compared === 0) expect(parsePlan(json)).toEqual(plan);
    const bySession = new Map<string, { start?: string; end?: string; date: string }[]>();
    for (const occurrence of expandPlan(plan)) {
      const list = bySession.get(occurrence.sessionId) ?? [];
      list.push(occurrence);
      bySession.set(occurrence.sessionId, list);
    }
    const firstWallMs = Date.parse(`${startDate}T00:00:00Z`);
    perSession.forEach((items, index) => {
      const actual = bySession.get(`t${String(index)}`) ?? [];
      items.split(" ").forEach((item, day) => {
        compared += 1;
        const plannedWallMs = firstWallMs + day * MS_PER_DAY + (wallMinutes[index] ?? 0) * 60_000;
        const expected = expectedOf(plannedWallMs, item, sweep.minutes);
        const got = actual[day];
        if (got?.start === expected.start && got.end === expected.end && got.date === expected.start.slice(0, 10))
          return;
        const line = `${startDate} ${sessions[index]?.time ?? ""} day ${String(day)}: ${got?.start ?? "missing"}/${got?.end ?? ""} (${got?.date ?? ""}) != ${expected.start}/${expected.end}`;
        // Python's data and the runtime's differ when the runtime's data, converted by brute force, give our answer.
        const reference = runtimeReference(zone, plannedWallMs, sweep.minutes);
        const differs =
          got?.start === reference.start &&
          got.end === reference.end &&
          (reference.start !== expected.start || reference.end !== expected.end);
        (differs ? result.data : result.bugs).push(line);
      });
    });
  }
  return { ...result, compared };
}

const zones = Object.keys(sweep.zones);

// sweep.json comes from test/oracle/generate.py (dateutil + zoneinfo on the system's tzdata): every zone the runtime
// knows, sampled years 1900-2199, wall times before, in and after each transition of those years. A mismatch passes
// only when the runtime's own offset at the oracle's instant differs from Python's (the two tzdata builds disagree),
// and the zones where that happens are listed with the reason in data-differences.json.
describe("expandPlan against dateutil/zoneinfo in every zone, 1900-2199", () => {
  const results = new Map(zones.map((zone) => [zone, checkZone(zone, sweep.zones[zone] ?? [])]));

  it("covers every zone the runtime knows", () => {
    const missing = Intl.supportedValuesOf("timeZone").filter((zone) => !(zone in sweep.zones));
    expect(missing).toEqual([]);
    expect(zones.length).toBeGreaterThanOrEqual(Intl.supportedValuesOf("timeZone").length);
    expect([...results.values()].reduce((sum, result) => sum + result.compared, 0)).toBeGreaterThan(200_000);
  });

  it("has no mismatch that the zone data does not explain", () => {
    const bugs = [...results].flatMap(([zone, result]) => result.bugs.map((line) => `${zone} ${line}`));
    expect(bugs.slice(0, 40)).toEqual([]);
  });

  it("lists, with a reason, every zone whose data differ between the runtime and Python", () => {
    const differing = [...results].filter(([, result]) => result.data.length > 0).map(([zone]) => zone);
    const unexplained = differing.filter((zone) => known.zones[zone] === undefined);
    expect(unexplained.map((zone) => `${zone}: ${results.get(zone)?.data[0] ?? ""}`)).toEqual([]);
    // With the data versions the list was written for, it is exact: no zone listed that no longer differs.
    if (process.versions.tz === known.runtimeTzdata && sweep.pythonTzdata === known.pythonTzdata) {
      expect(Object.keys(known.zones).sort()).toEqual(differing.sort());
    }
  });
});
