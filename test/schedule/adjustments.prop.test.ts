import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan, planEndDate, safeParsePlan, type Plan } from "../../src/index.js";
import { addDays } from "../../src/calendar/civilDate.js";
import { planArb } from "../arbitraries/plan.js";

const sessionsOf = (plan: Plan) => expandPlan(plan, { includeHabits: false });

/** A plan of the arbitrary and a day inside it (0-based offset), the plan parsed. */
const planAndDay = planArb({ maxPhases: 2, maxWeeksPerPhase: 4, maxSessions: 4 }).chain((json) => {
  const plan = parsePlan(json);
  const days = Math.round((Date.parse(planEndDate(plan)) - Date.parse(plan.startDate)) / 86_400_000);
  return fc.record({
    json: fc.constant(json),
    offset: fc.integer({ min: 0, max: days }),
    n: fc.integer({ min: 1, max: 14 }),
  });
});

/** The plan with one more exception, or undefined when it does not parse or expand (an adjustment matching nothing). */
function adjusted(json: Record<string, unknown>, ...exceptions: readonly Record<string, unknown>[]): Plan | undefined {
  const result = safeParsePlan({ ...json, exceptions });
  if (!result.success) return undefined;
  try {
    sessionsOf(result.data);
    return result.data;
  } catch {
    return undefined;
  }
}

describe("adjustments, properties", () => {
  // Sessions: daily habits also fill the week the first shift added, which the plan keeps.
  it("a shift of +n then -n from the same date restores the session occurrences", () => {
    fc.assert(
      fc.property(planAndDay, ({ json, offset, n }) => {
        const from = addDays(json.startDate, offset);
        const there = adjusted(json, { action: "shift", from, days: n });
        fc.pre(there !== undefined);
        const back = adjusted(json, { action: "shift", from, days: n }, { action: "shift", from, days: -n });
        expect(back).toBeDefined();
        if (back) expect(sessionsOf(back)).toEqual(sessionsOf(parsePlan(json)));
      }),
      { numRuns: 60 },
    );
  });

  it("a pause in shift mode keeps the count and order of the sessions", () => {
    fc.assert(
      fc.property(planAndDay, ({ json, offset, n }) => {
        const from = addDays(json.startDate, offset);
        const paused = adjusted(json, { action: "pause", from, to: addDays(from, n - 1), mode: "shift" });
        fc.pre(paused !== undefined);
        expect(sessionsOf(paused).map((o) => o.id)).toEqual(sessionsOf(parsePlan(json)).map((o) => o.id));
      }),
      { numRuns: 60 },
    );
  });

  it("shifts, pauses, rest days, swaps and trips never change the occurrences before their first date", () => {
    const kinds = ["shift", "back", "pause", "drop", "rest", "swap", "travel"] as const;
    fc.assert(
      fc.property(planAndDay, fc.constantFrom(...kinds), ({ json, offset, n }, kind) => {
        const from = addDays(json.startDate, offset);
        const to = addDays(from, n - 1);
        const exception =
          kind === "shift" || kind === "back"
            ? { action: "shift", from, days: kind === "shift" ? n : -n }
            : kind === "pause" || kind === "drop"
              ? { action: "pause", from, to, mode: kind === "pause" ? "shift" : "drop" }
              : kind === "rest"
                ? { action: "rest", date: from }
                : kind === "swap"
                  ? { action: "swap", date: from, with: to === from ? addDays(from, 1) : to }
                  : { action: "travel", from, to, timezone: "Asia/Tokyo" };
        const after = adjusted(json, exception);
        fc.pre(after !== undefined);
        const before = (occurrences: ReturnType<typeof sessionsOf>) => occurrences.filter((o) => o.date < from);
        expect(before(sessionsOf(after))).toEqual(before(sessionsOf(parsePlan(json))));
      }),
      { numRuns: 120 },
    );
  });
});

/** Python's dateutil (not the runtime's Intl): the ISO instant of each wall time in its zone. */
function dateutilInstants(items: readonly { wall: string; zone: string }[]): string[] {
  const script = [
    "import json, sys",
    "from datetime import datetime",
    "from dateutil import tz",
    "items = json.load(sys.stdin)",
    "print(json.dumps([datetime.fromisoformat(i['wall']).replace(tzinfo=tz.gettz(i['zone'])).isoformat() for i in items]))",
  ].join("\n");
  return JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", script], { input: JSON.stringify(items) }).toString(),
  ) as string[];
}

const hasDateutil = (() => {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import dateutil"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasDateutil)("travel against the dateutil oracle", () => {
  it.each([
    // Across Europe's spring change (2027-03-28) from New York, which changed two weeks before.
    { home: "America/New_York", away: "Europe/Berlin", startDate: "2027-03-01", from: "2027-03-15", to: "2027-04-11" },
    // Across Sydney's autumn change (2027-04-04) from London, which changed the week before.
    { home: "Europe/London", away: "Australia/Sydney", startDate: "2027-03-01", from: "2027-03-22", to: "2027-04-18" },
  ])("$away from $home keeps wall times, instants from the trip's zone", ({ home, away, startDate, from, to }) => {
    const json = {
      version: 1,
      id: "trip",
      timezone: home,
      startDate,
      phases: [
        {
          id: "base",
          weeks: 8,
          sessions: [
            { id: "am", kind: "run", runType: "easy", minutes: 40, rpe: 3, repeat: "FREQ=DAILY", time: "07:00" },
            { id: "pm", kind: "mobility", practice: "yoga", minutes: 20, on: ["TU", "SA"], time: "18:30" },
          ],
        },
      ],
    };
    const plan = parsePlan(json);
    const trip = parsePlan({ ...json, exceptions: [{ action: "travel", from, to, timezone: away }] });
    const home0 = new Map(sessionsOf(plan).map((o) => [o.id, o]));
    const inTrip = sessionsOf(trip).filter((o) => o.date >= from && o.date <= to);
    expect(inTrip.length).toBeGreaterThan(30);
    const expected = dateutilInstants(inTrip.map((o) => ({ wall: (o.start ?? "").slice(0, 19), zone: away })));
    inTrip.forEach((o, index) => {
      const before = home0.get(o.id);
      // The same wall time, in the other zone, with that zone's offset on that day (dateutil's).
      expect(o.start?.slice(0, 19)).toBe(before?.start?.slice(0, 19));
      expect(o.start).toBe(expected[index]);
      expect(o.date).toBe(before?.date);
      expect(o.originalDate).toBeUndefined();
    });
    // Outside the trip nothing changes.
    const outside = (occurrences: ReturnType<typeof sessionsOf>) =>
      occurrences.filter((o) => o.date < from || o.date > to);
    expect(outside(sessionsOf(trip))).toEqual(outside(sessionsOf(plan)));
  });
});
