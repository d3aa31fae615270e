/** DTSTAMP: the `now` option read once (no clock inside), and instants written as `YYYYMMDDTHHMMSSZ`. */
import { OffseasonError } from "../model/errors.js";
import { pad, parseDateTime } from "../calendar/civilDate.js";

/** `YYYYMMDDTHHMMSSZ` of an instant. */
export function utcStamp(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const NOW_FORMAT = "must be a Date or an ISO-8601 date-time with a zone, e.g. 2026-11-01T09:30:00Z";

function invalidNow(message: string): OffseasonError {
  return new OffseasonError("invalid", "Invalid options", [{ path: "now", message, code: "invalid_type" }]);
}

/** The instant of `now`: a valid Date, or an ISO-8601 date-time with a zone, in the years DTSTAMP writes. */
export function parseNow(now: Date | string): number {
  const ms = typeof now === "string" ? parseDateTime(now) : now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalidNow(now instanceof Date ? "must be a valid Date" : NOW_FORMAT);
  const year = new Date(ms).getUTCFullYear();
  if (year < 1000 || year > 9999)
    throw invalidNow(
      `must be in the years 1000 to 9999 (UTC), which DTSTAMP writes with 4 digits, not in ${String(year)}`,
    );
  return ms;
}
