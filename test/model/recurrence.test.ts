import { describe, expect, it } from "vitest";
import { parseRecurrence } from "../../src/calendar/rrule/parseRecurrence.js";
import { safeParsePlan } from "../../src/index.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import type { Locale } from "../../src/locale/types.js";

const withRepeat = (repeat: string) => ({
  version: 1,
  id: "winter",
  timezone: "Europe/Madrid",
  startDate: "2026-11-02",
  phases: [{ id: "base", weeks: 2, sessions: [{ id: "m", kind: "mobility", practice: "yoga", minutes: 10, repeat }] }],
});

const issuesOf = (repeat: string, locale?: Locale) => {
  const result = safeParsePlan(withRepeat(repeat), locale ? { locale } : {});
  return result.success ? [] : result.error.issues;
};

describe("the RRULE grammar", () => {
  it.each([
    ["", /empty/],
    ["x".repeat(513), /longer than 512/],
    ["FREQ", /NAME=VALUE/],
    ["=DAILY", /NAME=VALUE/],
    ["INTERVAL=2", /FREQ is missing/],
    ["FREQ=DAILY;FOO=1", /FOO is not a supported RRULE part/],
    ["FREQ=DAILY;COUNT=0", /COUNT must be/],
    ["FREQ=DAILY;UNTIL=2026-12-01", /UNTIL must be/],
    ["FREQ=DAILY;UNTIL=20260230", /not a calendar date/],
    ["FREQ=DAILY;UNTIL=20261201T250000Z", /impossible time/],
    ["FREQ=WEEKLY;BYDAY=XX", /BYDAY takes weekdays/],
    ["FREQ=MONTHLY;BYDAY=6MO", /must be 1 to 5/],
    ["FREQ=YEARLY;BYDAY=54MO", /must be 1 to 53/],
    ["FREQ=MONTHLY;BYDAY=1MO,TU", /cannot mix/],
    ["FREQ=WEEKLY;BYMONTHDAY=3", /cannot be used with FREQ=WEEKLY/],
    ["FREQ=MONTHLY;BYMONTHDAY=0", /between 1 and 31/],
    ["FREQ=MONTHLY;BYMONTHDAY=x", /list of integers/],
    ["FREQ=YEARLY;BYMONTH=-1", /BYMONTH values must be 1 to 12/],
    ["FREQ=MONTHLY;BYSETPOS=1", /BYSETPOS needs another/],
    ["FREQ=WEEKLY;WKST=XX", /WKST must be a weekday/],
  ])("refuses %j", (text, message) => {
    const result = parseRecurrence(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("reads every part it supports", () => {
    expect(
      parseRecurrence("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;BYMONTH=1,6;BYSETPOS=1;WKST=SU;UNTIL=20271231T230000Z"),
    ).toEqual({
      ok: true,
      value: {
        freq: "MONTHLY",
        interval: 2,
        byDay: [{ weekday: "FR", nth: -1 }],
        byMonth: [1, 6],
        bySetPos: [1],
        weekStart: "SU",
        until: { date: "2027-12-31", secondOfDay: 82_800, utc: true },
      },
    });
    expect(parseRecurrence("FREQ=DAILY;UNTIL=20271231T230000")).toMatchObject({
      ok: true,
      value: { until: { utc: false } },
    });
  });
});

describe("an RRULE the plan's schema refuses", () => {
  it("is an issue rrule.<reason> with the grammar's raw data, in the English the grammar words it", () => {
    expect(issuesOf("FREQ=DAILY;INTERVAL=0")).toEqual([
      {
        path: "phases[0].sessions[0].repeat",
        pathSegments: ["phases", 0, "sessions", 0, "repeat"],
        message: "invalid RRULE: INTERVAL must be a whole number from 1 to 1000, got 0",
        code: "rrule",
        messageId: "rrule.intervalRange",
        data: { value: "0", min: 1, max: 1000 },
      },
    ]);
  });

  it.each([
    "",
    "RRULE:FREQ=DAILY",
    "FREQ",
    "FREQ=DAILY;DTSTART=20260101",
    "FREQ=DAILY;BYHOUR=7",
    "FREQ=DAILY;FOO=1",
    "FREQ=DAILY;FREQ=WEEKLY",
    "INTERVAL=2",
    "FREQ=HOURLY",
    "FREQ=DAILY;INTERVAL=1001",
    "FREQ=DAILY;COUNT=2;UNTIL=20261201",
    "FREQ=DAILY;COUNT=20001",
    "FREQ=DAILY;UNTIL=2026-12-01",
    "FREQ=DAILY;UNTIL=20260230",
    "FREQ=DAILY;UNTIL=20261201T250000Z",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;BYDAY=1MO",
    "FREQ=MONTHLY;BYDAY=6MO",
    "FREQ=YEARLY;BYDAY=-54MO",
    "FREQ=MONTHLY;BYMONTHDAY=x",
    "FREQ=MONTHLY;BYMONTHDAY=-32",
    "FREQ=YEARLY;BYMONTH=-1",
    "FREQ=MONTHLY;BYDAY=1MO,TU",
    "FREQ=WEEKLY;BYMONTHDAY=3",
    "FREQ=MONTHLY;BYSETPOS=1",
    "FREQ=WEEKLY;WKST=XX",
    'FREQ=WEEKLY;BYDAY={"x"}',
  ])("words %j as the grammar does, from its id and data", (repeat) => {
    const result = parseRecurrence(repeat);
    if (result.ok) throw new Error(`${repeat} parsed`);
    expect(issuesOf(repeat)).toMatchObject([
      {
        code: "rrule",
        messageId: `rrule.${result.reason}`,
        data: result.data,
        message: `invalid RRULE: ${result.message}`,
      },
    ]);
  });

  it("is worded whole in Spanish and German, RRULE part names as they are", () => {
    expect(issuesOf("FREQ=MONTHLY;BYDAY=6MO", es)[0]?.message).toBe(
      "RRULE no válida: BYDAY «6MO»: el número debe ir de 1 a 5 o de -1 a -5",
    );
    expect(issuesOf("FREQ=DAILY;COUNT=30000", de)[0]?.message).toBe(
      "ungültige RRULE: COUNT muss eine ganze Zahl von 1 bis 20.000 sein, nicht 30000",
    );
    expect(issuesOf("INTERVAL=2", es)[0]).toMatchObject({
      messageId: "rrule.freqMissing",
      message: "RRULE no válida: falta FREQ",
    });
  });
});
