// Each refusal of the RRULE grammar is a reason id and raw data (issue #28), beside the English message it always had:
// the model words `rrule.<reason>` in the reader's language from the data alone.
import { describe, expect, it } from "vitest";
import { parseRecurrence, type RecurrenceFailureReason } from "../../src/calendar/rrule/parseRecurrence.js";

const CASES: [string, RecurrenceFailureReason, Record<string, string | number>][] = [
  ["", "empty", {}],
  ["x".repeat(513), "tooLong", { max: 512, length: 513 }],
  ["RRULE:FREQ=DAILY", "prefix", {}],
  ["FREQ", "notAPart", { value: "FREQ" }],
  ["FREQ=DAILY;=2", "notAPart", { value: "=2" }],
  ["FREQ=DAILY;DTSTART=20260101", "dtstart", {}],
  ["FREQ=DAILY;BYHOUR=7", "timeOfDay", { part: "BYHOUR" }],
  ["FREQ=DAILY;FOO=1", "unknownPart", { part: "FOO" }],
  ["FREQ=DAILY;FREQ=WEEKLY", "duplicatePart", { part: "FREQ" }],
  ["INTERVAL=2", "freqMissing", {}],
  ["FREQ=HOURLY", "freqValue", { value: "HOURLY" }],
  ["FREQ=DAILY;INTERVAL=0", "intervalRange", { value: "0", min: 1, max: 1000 }],
  ["FREQ=DAILY;COUNT=2;UNTIL=20261201", "countAndUntil", {}],
  ["FREQ=DAILY;COUNT=x", "countRange", { value: "x", min: 1, max: 20_000 }],
  ["FREQ=DAILY;UNTIL=2026-12-01", "untilFormat", { value: "2026-12-01" }],
  ["FREQ=DAILY;UNTIL=20260230", "untilDate", { value: "20260230" }],
  ["FREQ=DAILY;UNTIL=20261201T250000Z", "untilTime", { value: "20261201T250000Z" }],
  ["FREQ=WEEKLY;BYDAY=MO,XX", "byDayFormat", { value: "XX" }],
  ["FREQ=WEEKLY;BYDAY=1MO", "byDayNumberFreq", { value: "1MO", freq: "WEEKLY" }],
  ["FREQ=MONTHLY;BYDAY=6MO", "byDayNumberRange", { value: "6MO", freq: "MONTHLY", min: 1, max: 5 }],
  ["FREQ=YEARLY;BYDAY=-54MO", "byDayNumberRange", { value: "-54MO", freq: "YEARLY", min: 1, max: 53 }],
  ["FREQ=MONTHLY;BYMONTHDAY=1,x", "listFormat", { part: "BYMONTHDAY", value: "x" }],
  ["FREQ=MONTHLY;BYMONTHDAY=0", "listRange", { part: "BYMONTHDAY", value: "0", min: 1, max: 31 }],
  ["FREQ=YEARLY;BYSETPOS=367;BYMONTH=1", "listRange", { part: "BYSETPOS", value: "367", min: 1, max: 366 }],
  ["FREQ=YEARLY;BYMONTH=3,-1", "byMonthNegative", { value: -1, min: 1, max: 12 }],
  ["FREQ=MONTHLY;BYDAY=1MO,TU", "byDayMixed", {}],
  ["FREQ=WEEKLY;BYMONTHDAY=3", "byMonthDayWeekly", {}],
  ["FREQ=MONTHLY;BYSETPOS=1", "bySetPosAlone", {}],
  ["FREQ=WEEKLY;WKST=XX", "weekStart", { value: "XX" }],
];

describe("a refused RRULE", () => {
  it.each(CASES)("%j is %s with its raw data", (text, reason, data) => {
    const result = parseRecurrence(text);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.data).toEqual(data);
  });

  it("has a case for every reason", () => {
    expect(new Set(CASES.map(([, reason]) => reason)).size).toBe(26);
  });

  it("keeps its English message, the bound of COUNT grouped as a rendered number is", () => {
    expect(parseRecurrence("INTERVAL=2")).toMatchObject({ message: "FREQ is missing" });
    expect(parseRecurrence("FREQ=DAILY;INTERVAL=1001")).toMatchObject({
      message: "INTERVAL must be a whole number from 1 to 1000, got 1001",
    });
    expect(parseRecurrence("FREQ=DAILY;COUNT=0")).toMatchObject({
      message: "COUNT must be a whole number from 1 to 20,000, got 0",
    });
  });
});
