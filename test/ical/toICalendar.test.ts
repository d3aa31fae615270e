import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical.js";
import { expandPlan, OffseasonError, parsePlan, type Plan } from "../../src/index.js";
import { ZONES } from "../arbitraries/plan.js";
import { examplePlanJson } from "../helpers/fixtures.js";

const NOW = "2026-11-01T09:30:00Z";
const example = parsePlan(examplePlanJson());

interface ParsedEvent {
  readonly uid: string;
  readonly startMs: number;
  readonly endMs: number | undefined;
  readonly isDate: boolean;
  readonly date: string;
  readonly summary: string;
}

/** Parses iCalendar text with ical.js, registering its VTIMEZONEs, as a calendar client would. */
function parseEvents(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const component of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(component));
  try {
    return calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const start = event.startDate;
      const endValue = component.getFirstPropertyValue("dtend");
      return {
        uid: event.uid,
        startMs: start.toUnixTime() * 1000,
        endMs: endValue ? event.endDate.toUnixTime() * 1000 : undefined,
        isDate: start.isDate,
        date: `${String(start.year)}-${String(start.month).padStart(2, "0")}-${String(start.day).padStart(2, "0")}`,
        summary: event.summary,
      };
    });
  } finally {
    for (const component of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.remove(String(component.getFirstPropertyValue("tzid")));
  }
}

function checkInstants(plan: Plan): number {
  const occurrences = expandPlan(plan);
  const events = parseEvents(toICalendar(plan, { now: NOW }));
  expect(events).toHaveLength(occurrences.length);
  occurrences.forEach((occurrence, index) => {
    const event = events[index];
    expect(event?.uid).toBe(`${occurrence.id}/${plan.id}@offseason`);
    if (occurrence.start === undefined) {
      expect(event).toMatchObject({ isDate: true, date: occurrence.date });
    } else {
      expect(event?.startMs, `${occurrence.id} start`).toBe(Date.parse(occurrence.start));
      if (occurrence.end !== undefined && occurrence.end !== occurrence.start) expect(event?.endMs, `${occurrence.id} end`).toBe(Date.parse(occurrence.end));
    }
  });
  return occurrences.length;
}

describe("toICalendar, read back with ical.js", () => {
  it("gives every event of the example plan the occurrence's instant", () => {
    expect(checkInstants(example)).toBeGreaterThan(600);
  });

  it.each(ZONES)("gives every event the occurrence's instant in %s, across two years of DST changes", (zone) => {
    // The oracle's plans: wall times in gaps and overlaps, every kind of rule (UTC has no golden file: one plan).
    const json =
      zone === "UTC"
        ? { version: 1, id: "utc", timezone: zone, startDate: "2022-01-03", phases: [{ id: "a", weeks: 104, sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, repeat: "FREQ=DAILY", time: "01:30" }] }] }
        : (JSON.parse(readFileSync(new URL(`../oracle/golden/${zone.replace("/", "_")}.json`, import.meta.url), "utf8")) as { cases: { plan: unknown }[] }).cases[3]?.plan;
    expect(checkInstants(parsePlan(json))).toBeGreaterThan(700);
  });
});

describe("toICalendar output", () => {
  const ics = toICalendar(example, { now: NOW, calendarName: "Jordan, winter; 2026" });
  const lines = ics.split("\r\n");

  it("ends every line in CRLF and folds none longer than 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("writes DTSTAMP from now, and the calendar name escaped", () => {
    expect(lines).toContain("DTSTAMP:20261101T093000Z");
    expect(lines).toContain("X-WR-CALNAME:Jordan\\, winter\\; 2026");
  });

  it("writes timed events with TZID and a VTIMEZONE, all-day events as dates", () => {
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York");
    expect(ics).toContain("DTSTART;TZID=America/New_York:20261103T120000\r\nDTEND;TZID=America/New_York:20261103T124000");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261104\r\nDTEND;VALUE=DATE:20261105");
  });

  it("describes sessions in a runner's words, with details and the kind", () => {
    const unfolded = ics.replaceAll("\r\n ", "");
    expect(unfolded).toContain("SUMMARY:Easy run 40 min");
    expect(unfolded).toContain("SUMMARY:Hill repeats 49 min");
    expect(unfolded).toContain("DESCRIPTION:35 min at RPE 6 of 10\\nSquat 3 x 8 (free weights)\\nRomanian deadlift 3 x 8 (free weights)\\nCalf raise 3 x 15 (free weights)\\nPlank 3 x 45 s");
    expect(unfolded).toContain("SUMMARY:Pre-run fluids\r\nDESCRIPTION:Drink 6 mL per kg of body mass at least 4 h before the run\r\nCATEGORIES:HABIT");
    expect(unfolded).toContain("CATEGORIES:RUN");
  });

  it("is the same text for the same plan and now, and leaves habits out on request", () => {
    expect(toICalendar(example, { now: NOW, calendarName: "Jordan, winter; 2026" })).toBe(ics);
    expect(toICalendar(example, { now: new Date(NOW), includeHabits: false })).not.toContain("CATEGORIES:HABIT");
  });

  it("folds long multi-byte text without splitting a character", () => {
    const plan = parsePlan({
      version: 1,
      id: "u",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [{ id: "a", weeks: 1, sessions: [{ id: "x", kind: "mental", practice: "mindfulness", minutes: 10, on: ["MO"], notes: "Atme ruhig – ü ✓ 🏃 ".repeat(20) }] }],
    });
    const text = toICalendar(plan, { now: NOW });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
    expect(String(events[0]?.getFirstPropertyValue("description"))).toContain("Atme ruhig – ü ✓ 🏃 Atme");
    expect(text).not.toContain("BEGIN:VTIMEZONE");
  });

  it("refuses a now that is not a date", () => {
    expect(() => toICalendar(example, { now: "yesterday" })).toThrow(OffseasonError);
  });
});
