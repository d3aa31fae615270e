import { describe, expect, it } from "vitest";
import { parseRecurrence } from "../../src/calendar/rrule/parseRecurrence.js";

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
