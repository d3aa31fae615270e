/**
 * A strict grammar for the RFC 5545 RRULE subset that plans may use. offseason counts recurrences out itself
 * (schedule/recurrenceDays.ts); no rrule library sees a rule at run time. rrule.js, which loops or hangs on some
 * malformed rules, is only the tests' oracle.
 */
import { WEEKDAYS, type Weekday } from "../weekdays.js";
import { parseCivilDate } from "../civilDate.js";

export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface ByDay {
  readonly weekday: Weekday;
  /** The n-th weekday of the month or year (`1SA`, `-1SU`); absent for every such weekday. */
  readonly nth?: number;
}

/** An UNTIL value: a date (inclusive), a floating wall time, or a UTC instant. */
export interface Until {
  readonly date: string;
  /** Seconds after local midnight; absent for a date-only UNTIL. */
  readonly secondOfDay?: number;
  readonly utc: boolean;
}

export interface Recurrence {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count?: number;
  readonly until?: Until;
  readonly byDay?: readonly ByDay[];
  readonly byMonthDay?: readonly number[];
  readonly byMonth?: readonly number[];
  readonly bySetPos?: readonly number[];
  readonly weekStart?: Weekday;
}

/**
 * Why a rule was refused, one id per check: the model words each as the issue `rrule.<reason>` in the reader's
 * language, from the failure's `data` (this layer reads no locale, so its own `message` stays English).
 */
export type RecurrenceFailureReason =
  | "empty"
  | "tooLong"
  | "prefix"
  | "notAPart"
  | "dtstart"
  | "timeOfDay"
  | "unknownPart"
  | "duplicatePart"
  | "freqMissing"
  | "freqValue"
  | "intervalRange"
  | "countAndUntil"
  | "countRange"
  | "untilFormat"
  | "untilDate"
  | "untilTime"
  | "byDayFormat"
  | "byDayNumberFreq"
  | "byDayNumberRange"
  | "listFormat"
  | "listRange"
  | "byMonthNegative"
  | "byDayMixed"
  | "byMonthDayWeekly"
  | "bySetPosAlone"
  | "weekStart";

/**
 * A refused rule: `message` in English (what the rule's callers and tests have always read), `reason` and the raw
 * `data` of it: `part` (an RRULE part name), `value` (the text given), `min` / `max` (the bounds), `length`, `freq`.
 */
export interface RecurrenceFailure {
  readonly ok: false;
  readonly message: string;
  readonly reason: RecurrenceFailureReason;
  readonly data: Readonly<Record<string, string | number>>;
}

export type RecurrenceResult = { readonly ok: true; readonly value: Recurrence } | RecurrenceFailure;

/** The largest COUNT a rule may carry; the occurrence limit of one expansion is of the same size. */
export const MAX_RULE_COUNT = 20_000;
/** The largest INTERVAL a rule may carry. */
export const MAX_RULE_INTERVAL = 1_000;
/** The longest rule text, in characters (the schema's own limit on the string too). */
const MAX_RULE_LENGTH = 512;

const FREQUENCIES: readonly Frequency[] = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
const SUPPORTED_PARTS = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"];
const SUB_DAILY_PARTS = ["BYHOUR", "BYMINUTE", "BYSECOND"];
const INTEGER = /^[+-]?\d{1,6}$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

function fail(
  reason: RecurrenceFailureReason,
  message: string,
  data: Readonly<Record<string, string | number>> = {},
): RecurrenceFailure {
  return { ok: false, message, reason, data };
}

function failed(parsed: object): parsed is RecurrenceFailure {
  return "reason" in parsed;
}

function isWeekday(text: string): text is Weekday {
  return (WEEKDAYS as readonly string[]).includes(text);
}

function integerList(name: string, text: string, min: number, max: number): readonly number[] | RecurrenceFailure {
  const values: number[] = [];
  for (const item of text.split(",")) {
    if (!INTEGER.test(item)) {
      return fail("listFormat", `${name} takes a comma-separated list of integers, got "${item}"`, {
        part: name,
        value: item,
      });
    }
    const value = Number(item);
    if (value === 0 || Math.abs(value) < min || Math.abs(value) > max) {
      const message = `${name} values must be between ${String(min)} and ${String(max)} (or -${String(max)} and -${String(min)}), got ${item}`;
      return fail("listRange", message, { part: name, value: item, min, max });
    }
    values.push(value);
  }
  return values;
}

function parseUntil(text: string): Until | RecurrenceFailure {
  const data = { value: text };
  const match = UNTIL_VALUE.exec(text);
  if (!match) {
    return fail("untilFormat", `UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSS with an optional Z, got "${text}"`, data);
  }
  const [, year = "", month = "", day = "", hour, minute, second, zulu] = match;
  const date = `${year}-${month}-${day}`;
  if (!parseCivilDate(date)) return fail("untilDate", `UNTIL is not a calendar date: "${text}"`, data);
  if (hour === undefined || minute === undefined || second === undefined) return { date, utc: false };
  const [h, m, s] = [Number(hour), Number(minute), Number(second)];
  if (h > 23 || m > 59 || s > 59) return fail("untilTime", `UNTIL has an impossible time of day: "${text}"`, data);
  return { date, secondOfDay: h * 3600 + m * 60 + s, utc: zulu === "Z" };
}

function parseByDay(text: string, freq: Frequency): readonly ByDay[] | RecurrenceFailure {
  const days: ByDay[] = [];
  for (const item of text.split(",")) {
    const match = BYDAY_ITEM.exec(item);
    const weekday = match?.[2];
    if (!match || weekday === undefined || !isWeekday(weekday)) {
      return fail("byDayFormat", `BYDAY takes weekdays such as MO,WE or 1SA, got "${item}"`, { value: item });
    }
    if (match[1] === undefined) {
      days.push({ weekday });
      continue;
    }
    const nth = Number(match[1]);
    if (freq !== "MONTHLY" && freq !== "YEARLY") {
      const message = `BYDAY "${item}" with a number needs FREQ=MONTHLY or YEARLY`;
      return fail("byDayNumberFreq", message, { value: item, freq });
    }
    const limit = freq === "MONTHLY" ? 5 : 53;
    if (nth === 0 || Math.abs(nth) > limit) {
      const message = `BYDAY "${item}": the number must be 1 to ${String(limit)} or -1 to -${String(limit)}`;
      return fail("byDayNumberRange", message, { value: item, freq, min: 1, max: limit });
    }
    days.push({ weekday, nth });
  }
  return days;
}

/**
 * Splits the rule into its NAME=VALUE parts, refusing an empty or over-long rule, a prefix, a DTSTART, time-of-day
 * and unknown parts, and a part given twice.
 */
function partsOf(text: string): Map<string, string> | RecurrenceFailure {
  if (text.length === 0) return fail("empty", "the rule is empty; write one such as FREQ=DAILY");
  if (text.length > MAX_RULE_LENGTH) {
    const message = `the rule is longer than ${String(MAX_RULE_LENGTH)} characters`;
    return fail("tooLong", message, { max: MAX_RULE_LENGTH, length: text.length });
  }
  if (/^(RRULE|DTSTART)/i.test(text)) {
    return fail("prefix", 'write the rule alone, without an "RRULE:" prefix or a DTSTART line');
  }
  const parts = new Map<string, string>();
  for (const part of text.split(";")) {
    const separator = part.indexOf("=");
    const name = separator > 0 ? part.slice(0, separator) : "";
    const value = separator > 0 ? part.slice(separator + 1) : "";
    if (name === "" || value === "") return fail("notAPart", `"${part}" is not a NAME=VALUE part`, { value: part });
    if (name === "DTSTART") return fail("dtstart", "DTSTART is not allowed: the phase start is the start of the rule");
    const named = { part: name };
    if (SUB_DAILY_PARTS.includes(name)) {
      return fail("timeOfDay", `${name} is not supported: the session's "time" sets the time of day`, named);
    }
    if (!SUPPORTED_PARTS.includes(name)) {
      return fail("unknownPart", `${name} is not a supported RRULE part (use ${SUPPORTED_PARTS.join(", ")})`, named);
    }
    if (parts.has(name)) return fail("duplicatePart", `${name} appears twice`, named);
    parts.set(name, value);
  }
  return parts;
}

/**
 * Parses RRULE text such as `FREQ=WEEKLY;INTERVAL=2;BYDAY=SA` against the subset plans support: FREQ of DAILY or
 * coarser, integer INTERVAL >= 1, COUNT up to 20,000, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS and WKST, each at
 * most once; no DTSTART (the phase start is the start) and no time-of-day parts (the session's `time` is the time).
 */
export function parseRecurrence(text: string): RecurrenceResult {
  const parts = partsOf(text);
  if (failed(parts)) return parts;
  const freqText = parts.get("FREQ");
  const freq = FREQUENCIES.find((candidate) => candidate === freqText);
  if (freqText === undefined) return fail("freqMissing", "FREQ is missing");
  if (freq === undefined) {
    return fail("freqValue", `FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got ${freqText}`, { value: freqText });
  }
  const result: { -readonly [K in keyof Recurrence]: Recurrence[K] } = { freq, interval: 1 };

  const interval = parts.get("INTERVAL");
  if (interval !== undefined) {
    if (!/^\d{1,4}$/.test(interval) || Number(interval) < 1 || Number(interval) > MAX_RULE_INTERVAL) {
      const message = `INTERVAL must be a whole number from 1 to ${String(MAX_RULE_INTERVAL)}, got ${interval}`;
      return fail("intervalRange", message, { value: interval, min: 1, max: MAX_RULE_INTERVAL });
    }
    result.interval = Number(interval);
  }
  const count = parts.get("COUNT");
  const until = parts.get("UNTIL");
  if (count !== undefined && until !== undefined) return fail("countAndUntil", "COUNT and UNTIL cannot both be given");
  if (count !== undefined) {
    if (!/^\d{1,6}$/.test(count) || Number(count) < 1 || Number(count) > MAX_RULE_COUNT) {
      // The bound grouped as a message renders a number from 10,000 on.
      const message = `COUNT must be a whole number from 1 to ${MAX_RULE_COUNT.toLocaleString("en-US")}, got ${count}`;
      return fail("countRange", message, { value: count, min: 1, max: MAX_RULE_COUNT });
    }
    result.count = Number(count);
  }
  if (until !== undefined) {
    const parsed = parseUntil(until);
    if (failed(parsed)) return parsed;
    result.until = parsed;
  }
  const byDay = parts.get("BYDAY");
  if (byDay !== undefined) {
    const parsed = parseByDay(byDay, freq);
    if (failed(parsed)) return parsed;
    result.byDay = parsed;
  }
  const lists = [
    ["BYMONTHDAY", 1, 31, "byMonthDay"],
    ["BYMONTH", 1, 12, "byMonth"],
    ["BYSETPOS", 1, 366, "bySetPos"],
  ] as const;
  for (const [name, min, max, key] of lists) {
    const value = parts.get(name);
    if (value === undefined) continue;
    const parsed = integerList(name, value, min, max);
    if (failed(parsed)) return parsed;
    const negative = parsed.find((month) => month < 0);
    if (name === "BYMONTH" && negative !== undefined) {
      return fail("byMonthNegative", "BYMONTH values must be 1 to 12", { value: negative, min: 1, max: 12 });
    }
    result[key] = parsed;
  }
  if (result.byDay && new Set(result.byDay.map((day) => day.nth === undefined)).size > 1) {
    return fail("byDayMixed", "BYDAY cannot mix numbered and plain weekdays (1MO,TU): write two sessions");
  }
  if (result.byMonthDay && freq === "WEEKLY") {
    return fail("byMonthDayWeekly", "BYMONTHDAY cannot be used with FREQ=WEEKLY");
  }
  if (result.bySetPos && !result.byDay && !result.byMonthDay && !result.byMonth) {
    return fail("bySetPosAlone", "BYSETPOS needs another BYxxx part to select from");
  }
  const weekStart = parts.get("WKST");
  if (weekStart !== undefined) {
    if (!isWeekday(weekStart)) {
      return fail("weekStart", `WKST must be a weekday such as MO, got ${weekStart}`, { value: weekStart });
    }
    result.weekStart = weekStart;
  }
  return { ok: true, value: result };
}
