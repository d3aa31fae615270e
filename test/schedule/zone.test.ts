import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical.js";
import { formatUtcOffset, parseInstant } from "../../src/calendar/civilDate.js";
import { expandPlan, parsePlan, type Plan } from "../../src/index.js";

const dailyAt = (timezone: string, startDate: string, time: string, extra: Record<string, unknown> = {}): Plan =>
  parsePlan({
    version: 1,
    id: "zone",
    timezone,
    startDate,
    phases: [
      {
        id: "base",
        weeks: 1,
        sessions: [
          { id: "s", kind: "cross", modality: "bike", minutes: 40, rpe: 3, repeat: "FREQ=DAILY", time, ...extra },
        ],
      },
    ],
  });
const first = (plan: Plan) => expandPlan(plan)[0];

describe("offsets are exact to the second, with their sign, for every date the schema accepts", () => {
  it.each([
    ["Africa/Monrovia", "1900-01-01", "1900-01-01T07:00:00-00:43:08", "1900-01-01T07:40:00-00:43:08"],
    ["Africa/Monrovia", "1971-06-01", "1971-06-01T07:00:00-00:44:30", "1971-06-01T07:40:00-00:44:30"],
    ["Europe/Dublin", "1910-01-03", "1910-01-03T07:00:00-00:25:21", "1910-01-03T07:40:00-00:25:21"],
    ["Europe/Lisbon", "1900-01-01", "1900-01-01T07:00:00-00:36:45", "1900-01-01T07:40:00-00:36:45"],
    ["Europe/Madrid", "1900-06-04", "1900-06-04T07:00:00-00:14:44", "1900-06-04T07:40:00-00:14:44"],
    ["Africa/Abidjan", "1900-01-01", "1900-01-01T07:00:00-00:16:08", "1900-01-01T07:40:00-00:16:08"],
    ["Asia/Kolkata", "2026-11-02", "2026-11-02T07:00:00+05:30", "2026-11-02T07:40:00+05:30"],
  ])("%s on %s", (zone, date, start, end) => {
    expect(first(dailyAt(zone, date, "07:00"))).toMatchObject({ date, start, end });
  });

  it("moves a wall time in a gap of 44 min 30 s forward by exactly that (Monrovia, 1972-01-07 at midnight)", () => {
    const occurrences = expandPlan(dailyAt("Africa/Monrovia", "1972-01-06", "00:30"));
    expect(occurrences.slice(0, 2).map((item) => item.start)).toEqual([
      "1972-01-06T00:30:00-00:44:30",
      "1972-01-07T01:14:30+00:00",
    ]);
  });

  it("reads the instants it writes back exactly, also with offset seconds, which Date.parse cannot", () => {
    const start = first(dailyAt("Africa/Monrovia", "1900-01-01", "07:00"))?.start ?? "";
    expect(parseInstant(start)).toBe(Date.UTC(1900, 0, 1, 7, 43, 8));
    expect(Date.parse(start)).toBeNaN();
    expect(parseInstant("2026-11-03T07:00:00-05:00")).toBe(Date.parse("2026-11-03T07:00:00-05:00"));
    expect(parseInstant("2026-11-03 07:00")).toBeNaN();
  });
});

describe("UTC offsets have one formatter, ISO 8601 and RFC 5545", () => {
  it.each([
    [0, "+00:00", "+0000"],
    [19_800, "+05:30", "+0530"],
    [-18_000, "-05:00", "-0500"],
    [-1_500, "-00:25", "-0025"],
    [-1_521, "-00:25:21", "-002521"],
    [-2_670, "-00:44:30", "-004430"],
    [1_172, "+00:19:32", "+001932"],
    [45_900, "+12:45", "+1245"],
  ])("%d s is %s / %s", (seconds, iso, ical) => {
    expect(formatUtcOffset(seconds, ":")).toBe(iso);
    expect(formatUtcOffset(seconds, "")).toBe(ical);
  });
});

describe("the VTIMEZONE writes offsets with seconds and the sign of offsets under an hour", () => {
  const offsets = (ics: string) => ics.split("\r\n").filter((line) => line.startsWith("TZOFFSET"));

  it("Monrovia 1972: -004430 to +0000, never +0045", () => {
    const ics = toICalendar(dailyAt("Africa/Monrovia", "1972-01-03", "07:00"), { now: "2026-01-01T00:00:00Z" });
    expect(offsets(ics)).toEqual([
      "TZOFFSETFROM:-004430",
      "TZOFFSETTO:-004430",
      "TZOFFSETFROM:-004430",
      "TZOFFSETTO:+0000",
    ]);
  });

  it("Dublin 1910: -002521", () => {
    const ics = toICalendar(dailyAt("Europe/Dublin", "1910-01-03", "07:00"), { now: "2026-01-01T00:00:00Z" });
    expect(offsets(ics)).toEqual(["TZOFFSETFROM:-002521", "TZOFFSETTO:-002521"]);
    expect(ics).toContain("DTSTART;TZID=Europe/Dublin:19100103T070000");
  });
});
