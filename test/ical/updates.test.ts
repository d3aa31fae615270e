import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toCancelCalendar, toICalendar } from "../../src/ical.js";
import {
  diffOccurrences,
  expandPlan,
  insertRestDay,
  parsePlan,
  pausePlan,
  shiftPlan,
  travel,
  type Plan,
} from "../../src/index.js";
import { byUid, readWithIcalJs } from "./readIcal.js";

const NOW = "2026-12-01T09:30:00Z";

const plan = parsePlan({
  version: 1,
  id: "winter",
  timezone: "America/New_York",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 3,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"], time: "07:00" },
        { id: "gym", kind: "strength", focus: "full-body", minutes: 30, rpe: 5, on: ["WE"] },
      ],
    },
  ],
});

describe("iCalendar that updates", () => {
  it("writes no SEQUENCE and no cancellation for a plan without exceptions", () => {
    const ics = toICalendar(plan, { now: NOW });
    expect(ics).not.toContain("SEQUENCE");
    expect(ics).not.toContain("STATUS:");
  });

  it("counts in SEQUENCE the adjustments that changed an occurrence's date, time or status", () => {
    const adjusted = travel(
      insertRestDay(pausePlan(plan, { from: "2026-11-10", to: "2026-11-11", mode: "drop" }), "2026-11-05"),
      { from: "2026-11-16", to: "2026-11-22", timezone: "Europe/Berlin" },
    );
    const { events, zones } = readWithIcalJs(toICalendar(adjusted, { now: NOW }));
    const events_ = byUid(events);
    expect(zones).toEqual(["America/New_York", "Europe/Berlin"]);
    expect(events_.get("easy@2026-11-03")).toMatchObject({ sequence: 0, status: undefined });
    expect(events_.get("gym@2026-11-04")).toMatchObject({ sequence: 0, status: undefined });
    // The rest day moved it; nothing else touched it.
    expect(events_.get("easy@2026-11-05")).toMatchObject({ sequence: 1, status: undefined, tzid: "America/New_York" });
    // Dropped by the pause: cancelled, on its date.
    expect(events_.get("easy@2026-11-10")).toMatchObject({ sequence: 1, status: "CANCELLED" });
    expect(events_.get("gym@2026-11-11")).toMatchObject({ sequence: 1, status: "CANCELLED" });
    // Moved by the rest day to the 13th, then timed in Berlin by the trip (the 17th and 19th after the rest day).
    expect(events_.get("easy@2026-11-12")).toMatchObject({ sequence: 1 });
    expect(events_.get("easy@2026-11-17")).toMatchObject({ sequence: 2, tzid: "Europe/Berlin" });
    expect(events_.get("easy@2026-11-17")?.startMs).toBe(Date.parse("2026-11-18T07:00:00+01:00"));
    // Every event read back has the occurrence's instant.
    for (const occurrence of expandPlan(adjusted, { includeHabits: false }))
      if (occurrence.start !== undefined)
        expect(events_.get(occurrence.id)?.startMs).toBe(Date.parse(occurrence.start));
  });

  it("raises the SEQUENCE of a habit before a run with its run's", () => {
    const withFluids = parsePlan({
      ...plan,
      habits: [{ id: "fluids", category: "hydration", when: "before-each-run", mlPerKg: 6, hoursBefore: 2 }],
    });
    const events = byUid(readWithIcalJs(toICalendar(insertRestDay(withFluids, "2026-11-05"), { now: NOW })).events);
    expect(events.get("fluids@easy@2026-11-03")?.sequence).toBe(0);
    expect(events.get("fluids@easy@2026-11-05")?.sequence).toBe(1);
  });

  it("leaves cancelled occurrences out with cancelled: omit", () => {
    const paused = pausePlan(plan, { from: "2026-11-10", to: "2026-11-11", mode: "drop" });
    const omitted = readWithIcalJs(toICalendar(paused, { now: NOW, cancelled: "omit" }));
    expect(omitted.events.map((event) => event.status)).not.toContain("CANCELLED");
    expect(omitted.events).toHaveLength(expandPlan(paused).length);
    const included = readWithIcalJs(toICalendar(paused, { now: NOW }));
    expect(included.events).toHaveLength(expandPlan(paused).length + 2);
  });

  it("turns a diff of two versions into a METHOD:CANCEL calendar that ical.js reads", () => {
    const paused = shiftPlan(pausePlan(plan, { from: "2026-11-10", to: "2026-11-12", mode: "drop" }), {
      from: "2026-11-17",
      days: 1,
    });
    const diff = diffOccurrences(expandPlan(plan), expandPlan(paused));
    expect(diff.removed.map((change) => change.id)).toEqual(["easy@2026-11-10", "easy@2026-11-12", "gym@2026-11-11"]);
    const ics = toCancelCalendar(paused, diff, { now: NOW, organizer: "coach@example.com" });
    const read = readWithIcalJs(ics);
    expect(read.method).toBe("CANCEL");
    expect(read.events.map((event) => [event.uid, event.sequence, event.status])).toEqual([
      ["easy@2026-11-10/winter@offseason", 1, "CANCELLED"],
      ["easy@2026-11-12/winter@offseason", 1, "CANCELLED"],
      ["gym@2026-11-11/winter@offseason", 1, "CANCELLED"],
    ]);
    expect(read.events[0]?.startMs).toBe(Date.parse("2026-11-10T07:00:00-05:00"));
    expect(ics).toContain("ORGANIZER:mailto:coach@example.com");
    expect(ics.split("\r\n").every((line) => line.length <= 75)).toBe(true);
    expect(() => toCancelCalendar(paused, diff, { now: NOW, organizer: "not an address" })).toThrow(/e-mail/);
  });
});

const hasIcalendar = (() => {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import icalendar"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Reads with Python's icalendar: [uid, sequence, status] of every VEVENT, and the calendar's METHOD. */
function readWithPython(ics: string): { method: string; events: [string, number, string | null][] } {
  const script = [
    "import json, sys, icalendar",
    "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())",
    "events = [[str(e['UID']), int(e.get('SEQUENCE', 0)), str(e['STATUS']) if 'STATUS' in e else None] for e in cal.walk('VEVENT')]",
    "print(json.dumps({'method': str(cal.get('METHOD')), 'events': events}))",
  ].join("\n");
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input: ics }).toString()) as {
    method: string;
    events: [string, number, string | null][];
  };
}

describe.skipIf(!hasIcalendar)("SEQUENCE and STATUS read back with Python's icalendar", () => {
  const adjusted: Plan = shiftPlan(pausePlan(plan, { from: "2026-11-10", to: "2026-11-10", mode: "drop" }), {
    from: "2026-11-11",
    days: 7,
  });

  it("reads the feed", () => {
    const read = readWithPython(toICalendar(adjusted, { now: NOW }));
    expect(read.method).toBe("PUBLISH");
    const events = new Map(read.events.map(([uid, sequence, status]) => [uid.split("/")[0], [sequence, status]]));
    expect(events.get("easy@2026-11-03")).toEqual([0, null]);
    expect(events.get("easy@2026-11-10")).toEqual([1, "CANCELLED"]);
    expect(events.get("gym@2026-11-11")).toEqual([1, null]);
    expect(events.get("easy@2026-11-19")).toEqual([1, null]);
  });

  it("reads the cancel calendar", () => {
    const diff = diffOccurrences(expandPlan(plan), expandPlan(adjusted));
    const read = readWithPython(toCancelCalendar(adjusted, diff, { now: NOW }));
    expect(read).toEqual({ method: "CANCEL", events: [["easy@2026-11-10/winter@offseason", 1, "CANCELLED"]] });
  });
});
