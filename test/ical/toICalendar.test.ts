import ICAL from "ical.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical.js";
import { DEFAULT_LIMITS, expandPlan, OffseasonError, parsePlan, type Plan } from "../../src/index.js";
import { ZONES } from "../arbitraries/plan.js";
import { offseasonErrorOf } from "../helpers/errors.js";
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
  readonly transp: string;
  readonly category: string;
}

/** Parses iCalendar text with ical.js, registering its VTIMEZONEs, as a calendar client would. */
function parseEvents(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const component of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(component));
  try {
    return calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const start = event.startDate;
      const endValue = component.getFirstPropertyValue("dtend");
      return {
        uid: event.uid,
        startMs: start.toUnixTime() * 1000,
        endMs: endValue || component.hasProperty("duration") ? event.endDate.toUnixTime() * 1000 : undefined,
        isDate: start.isDate,
        date: `${String(start.year)}-${String(start.month).padStart(2, "0")}-${String(start.day).padStart(2, "0")}`,
        summary: event.summary,
        transp: String(component.getFirstPropertyValue("transp")),
        category: String(component.getFirstPropertyValue("categories")),
      };
    });
  } finally {
    for (const component of calendar.getAllSubcomponents("vtimezone"))
      ICAL.TimezoneService.remove(String(component.getFirstPropertyValue("tzid")));
  }
}

function checkInstants(plan: Plan): number {
  const occurrences = expandPlan(plan);
  const events = parseEvents(toICalendar(plan, { now: NOW, cancelled: "omit" }));
  expect(events).toHaveLength(occurrences.length);
  occurrences.forEach((occurrence, index) => {
    const event = events[index];
    expect(event?.uid).toBe(`${occurrence.id}/${plan.id}@offseason`);
    if (occurrence.start === undefined) {
      expect(event).toMatchObject({ isDate: true, date: occurrence.date });
    } else {
      expect(event?.startMs, `${occurrence.id} start`).toBe(Date.parse(occurrence.start));
      // A timed habit is a moment: it lasts 15 minutes in a calendar, never zero.
      const endMs =
        occurrence.kind === "habit" ? Date.parse(occurrence.start) + 15 * 60_000 : Date.parse(occurrence.end ?? "");
      expect(event?.endMs, `${occurrence.id} end`).toBe(endMs);
    }
  });
  return occurrences.length;
}

describe("toICalendar, read back with ical.js", () => {
  it("gives every event of the example plan the occurrence's instant", () => {
    expect(checkInstants(example)).toBeGreaterThan(600);
  });

  it.each(ZONES)(
    "gives every event the occurrence's instant in %s, across two years of DST changes",
    (zone) => {
      // The oracle's plans: wall times in gaps and overlaps, every kind of rule (UTC has no golden file: one plan).
      const json =
        zone === "UTC"
          ? {
              version: 1,
              id: "utc",
              timezone: zone,
              startDate: "2022-01-03",
              phases: [
                {
                  id: "a",
                  weeks: 104,
                  sessions: [
                    { id: "x", kind: "mobility", practice: "yoga", minutes: 20, repeat: "FREQ=DAILY", time: "01:30" },
                  ],
                },
              ],
            }
          : (
              JSON.parse(
                readFileSync(new URL(`../oracle/golden/${zone.replace("/", "_")}.json`, import.meta.url), "utf8"),
              ) as { cases: { plan: unknown }[] }
            ).cases[3]?.plan;
      expect(checkInstants(parsePlan(json))).toBeGreaterThan(700);
      // ical.js takes seconds per zone to expand two years of VTIMEZONE rules: more than vitest's 5 s on a loaded machine.
    },
    60_000,
  );
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
    expect(ics).toContain(
      "DTSTART;TZID=America/New_York:20261103T120000\r\nDTEND;TZID=America/New_York:20261103T122500",
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20261104\r\nDTEND;VALUE=DATE:20261105");
  });

  it("describes sessions in a runner's words, with details and the kind", () => {
    const unfolded = ics.replaceAll("\r\n ", "");
    expect(unfolded).toContain("SUMMARY:Easy run 40 min");
    expect(unfolded).toContain("SUMMARY:Hill repeats 49 min");
    expect(unfolded).toContain(
      "DESCRIPTION:35 min at RPE 6 of 10\\nSquat 3 x 8 (free weights)\\nRomanian deadlift 3 x 8 (free weights)\\nCalf raise 3 x 15 (free weights)\\nPlank 3 x 45 s",
    );
    expect(unfolded).toContain(
      "SUMMARY:Pre-run fluids\r\nDESCRIPTION:Drink 6 mL per kg of body mass at least 4 h before the run\r\nCATEGORIES:HABIT",
    );
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
      phases: [
        {
          id: "a",
          weeks: 1,
          sessions: [
            {
              id: "x",
              kind: "mental",
              practice: "mindfulness",
              minutes: 10,
              on: ["MO"],
              notes: "Atme ruhig – ü ✓ 🏃 ".repeat(20),
            },
          ],
        },
      ],
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

describe("toICalendar: busy time and timed habits, read back with ical.js", () => {
  const events = parseEvents(toICalendar(example, { now: NOW }));

  it("blocks time only for timed training: all-day events and habits are transparent", () => {
    const timedSessions = events.filter((event) => !event.isDate && event.category !== "HABIT");
    const allDaySessions = events.filter((event) => event.isDate && event.category !== "HABIT");
    const habits = events.filter((event) => event.category === "HABIT");
    expect(
      [
        timedSessions.length,
        allDaySessions.length,
        habits.filter((event) => event.isDate).length,
        habits.filter((event) => !event.isDate).length,
      ].every((count) => count > 0),
    ).toBe(true);
    for (const event of timedSessions) expect(event.transp, event.uid).toBe("OPAQUE");
    for (const event of [...allDaySessions, ...habits]) expect(event.transp, event.uid).toBe("TRANSPARENT");
  });

  it("writes a timed habit as a 15-minute event with an explicit DURATION, never a zero-length one", () => {
    const ics = toICalendar(example, { now: NOW });
    const timedHabits = events.filter((event) => event.category === "HABIT" && !event.isDate);
    expect(timedHabits.length).toBeGreaterThan(0);
    for (const event of timedHabits) expect(event.endMs, event.uid).toBe(event.startMs + 15 * 60_000);
    expect(ics.replaceAll("\r\n ", "")).toContain(
      "DTSTART;TZID=America/New_York:20261103T080000\r\nDURATION:PT15M\r\nSUMMARY:Pre-run fluids",
    );
    for (const event of ics.split("BEGIN:VEVENT").slice(1))
      expect(/^DTSTART(;TZID=[^:]+)?:\d{8}T/m.test(event) && !/^(DTEND|DURATION)/m.test(event)).toBe(false);
  });
});

/** A one-phase plan of `weeks` weeks with one daily session per entry of `texts`: its name and notes. */
function dailyPlan(texts: readonly { readonly name: string; readonly notes?: string }[], weeks = 104): Plan {
  return parsePlan({
    version: 1,
    id: "big",
    timezone: "Europe/Berlin",
    startDate: "2026-11-02",
    phases: [
      {
        id: "a",
        weeks,
        sessions: texts.map((text, index) => ({
          id: `s${String(index)}`,
          kind: "mobility",
          practice: "yoga",
          minutes: 20,
          repeat: "FREQ=DAILY",
          ...text,
        })),
      },
    ],
  });
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/** The estimate an OffseasonError of code `limit` gives, in bytes. */
function estimateOf(error: OffseasonError): number {
  expect(error.code).toBe("limit");
  const match = /up to (\d+) bytes/.exec(error.issues[0]?.message ?? "");
  return Number(match?.[1]);
}

describe("toICalendar: folding", () => {
  const summaryLines = (name: string) => {
    const ics = toICalendar(dailyPlan([{ name }], 1), { now: NOW });
    const start = ics.indexOf("SUMMARY:");
    return ics.slice(start, ics.indexOf("\r\nDESCRIPTION:", start)).split("\r\n");
  };

  it("keeps a line of exactly 75 octets whole and folds one of 76", () => {
    expect(summaryLines("a".repeat(67))).toEqual([`SUMMARY:${"a".repeat(67)}`]);
    expect(summaryLines("a".repeat(68))).toEqual([`SUMMARY:${"a".repeat(67)}`, " a"]);
  });

  it.each([
    ["a 2-octet character", "é", 74],
    ["a 3-octet character", "✓", 73],
    ["an emoji (4 octets, two UTF-16 units)", "🏃", 73],
  ])("moves %s that would cross octet 75 to the next line", (_, character, firstOctets) => {
    const name = `${"a".repeat(firstOctets - 8)}${character}b`;
    const lines = summaryLines(name);
    expect(lines.map(octets)).toEqual([firstOctets, 1 + octets(character) + 1]);
    expect(lines[1]).toBe(` ${character}b`);
  });

  it("fills every line to at most 75 octets, continuations after one space, and reads back unchanged", () => {
    const name = "Ruhig – ü ✓ 🏃 ".repeat(300);
    const lines = summaryLines(name);
    expect(lines.length).toBeGreaterThan(80);
    lines.forEach((line, index) => {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(octets(line)).toBeGreaterThanOrEqual(index === lines.length - 1 ? 1 : 72);
      if (index > 0) expect(line).toMatch(/^ [^ ]|^ {2}\S/u);
    });
    expect(lines.join("\r\n").replaceAll("\r\n ", "")).toBe(`SUMMARY:${name}`);
    expect(parseEvents(toICalendar(dailyPlan([{ name }], 1), { now: NOW }))[0]?.summary).toBe(name);
  });
});

describe("toICalendar: escaping", () => {
  it("escapes every text and turns C0, DEL and C1 controls into spaces", () => {
    const name = "a\\b;c,d\ne\r\nf\u0000g\u001bh\u007fi\u0085j\u009bk";
    const ics = toICalendar(dailyPlan([{ name, notes: name }], 1), { now: NOW, calendarName: name });
    const escaped = "a\\\\b\\;c\\,d\\ne\\nf g h i j k";
    const unfolded = ics.replaceAll("\r\n ", "");
    for (const property of ["NAME", "X-WR-CALNAME", "SUMMARY"])
      expect(unfolded).toContain(`\r\n${property}:${escaped}\r\n`);
    expect(unfolded).toContain(`\r\nDESCRIPTION:20 min\\n${escaped}\r\n`);
    // eslint-disable-next-line no-control-regex -- no control character may reach the output, save CRLF
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(parseEvents(ics)[0]?.summary).toBe("a\\b;c,d\ne\nf g h i j k");
  });
});

describe("toICalendar: now", () => {
  it.each([
    ["2026-11-01T10:30:00+01:00", "20261101T093000Z"],
    ["2026-11-01t09:30:00.999z", "20261101T093000Z"],
    ["2026-11-01T09:30Z", "20261101T093000Z"],
    ["1000-01-01T00:00:00Z", "10000101T000000Z"],
    ["9999-12-31T23:59:59-00:00", "99991231T235959Z"],
  ])("writes DTSTAMP of %s as %s", (now, stamp) => {
    expect(toICalendar(example, { now, includeHabits: false })).toContain(`\r\nDTSTAMP:${stamp}\r\n`);
  });

  it.each<[string, Date | string]>([
    ["a year before 1000", "0099-01-01T00:00:00Z"],
    ["a UTC year before 1000 by its offset", "1000-01-01T00:30:00+01:00"],
    ["a year after 9999", new Date(Date.UTC(10_000, 0, 1))],
    ["a Date of year 99", new Date("0099-01-01T00:00:00Z")],
    ["an invalid Date", new Date(Number.NaN)],
    ["a date in words", "Tue Mar 01 2026"],
    ["a date-time without a zone", "2026-11-01T09:30:00"],
    ["a date only", "2026-11-01"],
    ["a day that does not exist", "2026-02-31T00:00:00Z"],
    ["hour 24", "2026-11-01T24:00:00Z"],
    ["a leap second", "2026-12-31T23:59:60Z"],
    ["an offset of 24 hours", "2026-11-01T09:30:00+24:00"],
    ["an expanded year", "+002026-11-01T09:30:00Z"],
    ["not a string", 1_793_525_400_000 as unknown as string],
  ])("refuses %s as an invalid now, located at now", (_, now) => {
    const error = offseasonErrorOf(() => toICalendar(example, { now }));
    expect(error.code).toBe("invalid");
    expect(error.issues).toEqual([expect.objectContaining({ path: "now" })]);
  });
});

describe("toICalendar: output limit", () => {
  const name = "x".repeat(DEFAULT_LIMITS.maxStringLength);

  it("exports the 16.6 KB plan (a daily session with a 16 KiB name, 104 weeks) within an estimate close above its size", () => {
    const plan = dailyPlan([{ name }]);
    const ics = toICalendar(plan, { now: NOW });
    const size = octets(ics);
    expect(ics.split("BEGIN:VEVENT")).toHaveLength(729);
    const estimate = estimateOf(offseasonErrorOf(() => toICalendar(plan, { now: NOW, maxOutputBytes: size - 1 })));
    expect(estimate).toBeGreaterThanOrEqual(size);
    expect(estimate).toBeLessThanOrEqual(size * 1.05);
    expect(toICalendar(plan, { now: NOW, maxOutputBytes: estimate })).toBe(ics);
  });

  it("refuses the 888 KB plan (27 daily sessions with 16 KiB names and notes) up front, with the estimate, the limit and how to narrow it", () => {
    const json = { name, notes: name };
    const plan = dailyPlan(Array.from({ length: 27 }, () => json));
    // Built, its text would be longer than V8's longest string (a RangeError after a minute): refused before that.
    const error = offseasonErrorOf(() => toICalendar(plan, { now: NOW }));
    const estimate = estimateOf(error);
    expect(estimate).toBeGreaterThan(27 * 728 * 2 * DEFAULT_LIMITS.maxStringLength);
    expect(error.issues).toEqual([
      {
        path: "",
        pathSegments: [],
        code: "limit",
        // A message given as text: its code is its message id.
        messageId: "limit",
        message: expect.stringContaining(
          `more than the output limit of ${String(DEFAULT_LIMITS.maxOutputBytes)} bytes (64.0 MiB, maxOutputBytes)`,
        ) as unknown,
      },
    ]);
    expect(error.issues[0]?.message).toMatch(/export a shorter window with from and to$/);
    // A window of two weeks fits.
    expect(toICalendar(plan, { now: NOW, from: "2026-11-02", to: "2026-11-15" }).split("BEGIN:VEVENT")).toHaveLength(
      27 * 14 + 1,
    );
  });

  it("suggests leaving habits out when the export has habits, and counts them", () => {
    const withoutHabits = estimateOf(
      offseasonErrorOf(() => toICalendar(example, { now: NOW, includeHabits: false, maxOutputBytes: 1 })),
    );
    const error = offseasonErrorOf(() => toICalendar(example, { now: NOW, maxOutputBytes: withoutHabits }));
    expect(error.issues[0]?.message).toMatch(/, or leave habits out with includeHabits: false$/);
    expect(estimateOf(error)).toBeGreaterThanOrEqual(octets(toICalendar(example, { now: NOW })));
    expect(toICalendar(example, { now: NOW, includeHabits: false, maxOutputBytes: withoutHabits })).toContain(
      "END:VCALENDAR",
    );
  });
});

describe("toICalendar: limit options", () => {
  const plan = parsePlan(examplePlanJson());
  it.each([Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5])(
    "refuses maxOutputBytes and maxOccurrences of %s rather than turning the limit off",
    (value) => {
      for (const option of ["maxOutputBytes", "maxOccurrences"] as const) {
        const error = offseasonErrorOf(() => toICalendar(plan, { now: "2026-11-01T00:00:00Z", [option]: value }));
        expect(error.code).toBe("config");
        expect(error.issues.map((issue) => issue.path)).toEqual([option]);
      }
    },
  );
});

describe("toICalendar of a plan in the real-plan format, read back with ical.js", () => {
  const plan = parsePlan({
    version: 1,
    id: "club",
    timezone: "America/Chicago",
    startDate: "2026-11-02",
    paces: { easy: "10:00/mi" },
    phases: [
      {
        id: "base",
        weeks: 1,
        sessions: [
          { id: "long", kind: "run", runType: "long", distanceMi: 6, rpe: 4, on: ["SU"], time: "08:00" },
          {
            id: "tempo",
            kind: "run",
            runType: "tempo",
            minutes: { min: 30, max: 45 },
            rpe: 7,
            on: ["WE"],
            time: "06:30",
            steps: [
              { intent: "warmup", minutes: 10 },
              {
                repeat: 3,
                steps: [
                  { intent: "work", distanceMi: 1, pace: "8:15/mi" },
                  { intent: "recovery", seconds: 90 },
                ],
              },
              { intent: "cooldown", minutes: 10 },
            ],
          },
          { id: "xt", kind: "cross", modality: "bike", minutes: 30, rpe: 3, on: ["SA"], optional: true },
          {
            id: "5k",
            kind: "run",
            runType: "race",
            priority: "B",
            distanceKm: 5,
            rpe: 9,
            date: "2026-11-07",
            time: "09:00",
          },
        ],
      },
    ],
  });

  it("writes ranges, steps, the plan's unit, optional sessions and a race's priority, and every event's instants", () => {
    const events = new ICAL.Component(ICAL.parse(toICalendar(plan, { now: NOW })) as unknown[])
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    const byId = new Map(events.map((event) => [event.uid.split("/")[0], event]));
    const tempo = byId.get("tempo@2026-11-04");
    expect(tempo?.summary).toBe("Tempo run 30-45 min");
    expect(tempo?.description).toContain("10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy), 10 min cool-down");
    // The midpoint of 30-45 minutes sets the event's length.
    expect(tempo?.endDate.toJSDate().getTime()).toBe(Date.parse("2026-11-04T12:30:00Z") + 37.5 * 60_000);
    expect(byId.get("long@2026-11-08")?.summary).toBe("Long run 6 mi");
    expect(byId.get("long@2026-11-08")?.endDate.toJSDate().getTime()).toBe(Date.parse("2026-11-08T15:00:00Z"));
    expect(byId.get("xt@2026-11-07")?.summary).toBe("Bike ride 30 min (optional)");
    expect(byId.get("5k@2026-11-07")?.summary).toBe("5 km race (B)");
    expect(checkInstants(plan)).toBe(4);
  });
});
