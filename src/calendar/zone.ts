/**
 * Wall time to instant in one IANA zone, following RFC 5545 3.3.5: a wall time in a spring-forward gap uses the
 * offset before the gap (02:30 becomes 03:30 local), one that occurs twice takes the first (earlier) instant.
 *
 * Offsets are exact to the second (local mean time such as Monrovia's -00:43:08), read from the runtime's own
 * time-zone data through one cached `Intl.DateTimeFormat` per zone: the wall clock it prints for an instant, minus
 * the instant, is the offset. (`tzOffset` of @date-fns/tz rounded to minutes and lost the sign of offsets between
 * -01:00 and 00:00.) The zone's offsets are read once for the range a plan covers (one lookup a day, a binary search
 * to the second at each change) rather than per occurrence: offsets change only at transitions.
 */
import { daysToDate, formatUtcOffset, MS_PER_DAY, MS_PER_SECOND, pad } from "./civilDate.js";

interface Segment {
  /** First instant (ms since the epoch) with this offset. */
  readonly startMs: number;
  /** UTC offset in seconds. */
  readonly offsetSeconds: number;
  /** First wall time (floating ms) of the segment. */
  readonly wallStart: number;
  /** Wall time (floating ms) just after the segment. */
  readonly wallEnd: number;
}

/** An instant with the offset in force at it. */
export interface ZonedInstant {
  readonly ms: number;
  readonly offsetSeconds: number;
}

/** A change of offset: at `atMs` the offset goes from `offsetFromSeconds` to `offsetToSeconds`. */
export interface ZoneTransition {
  readonly atMs: number;
  readonly offsetFromSeconds: number;
  readonly offsetToSeconds: number;
}

export interface ZoneConverter {
  /** The offset (seconds) in force at the start of the range. */
  readonly initialOffsetSeconds: number;
  /** The changes of offset inside the range, in order. */
  readonly transitions: readonly ZoneTransition[];
  /** The instant of a wall time given as floating milliseconds (UTC fields hold the local wall clock). */
  toInstant(wallMs: number): ZonedInstant;
  /** The offset (seconds) in force at an instant. */
  offsetAt(ms: number): number;
  /** Whether a wall time (floating ms) occurs twice, in a fall-back overlap. */
  isAmbiguous(wallMs: number): boolean;
}

const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;
const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    // en-US with Latin digits prints "MM/DD/YYYY, HH:MM:SS"; h23 so that midnight is 00, never 24.
    format = new Intl.DateTimeFormat("en-US-u-nu-latn", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(zone, format);
  }
  return format;
}

/** The UTC offset of `zone` at an instant, in whole seconds (every offset of the tz database is). */
function offsetOf(format: Intl.DateTimeFormat, ms: number): number {
  const second = Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND;
  const match = WALL_CLOCK.exec(format.format(second));
  if (!match) throw new RangeError(`Unexpected wall clock from Intl: ${format.format(second)}`);
  const [month, day, year, hour, minute, secondOfMinute] = match.slice(1).map(Number);
  const wallMs = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, secondOfMinute ?? 0);
  return Math.round((wallMs - second) / MS_PER_SECOND);
}

/** The first second in (low, high] whose offset differs from the offset at low. */
function findChange(format: Intl.DateTimeFormat, low: number, high: number, before: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > MS_PER_SECOND) {
    const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
    if (offsetOf(format, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Reads the offsets of `zone` between two day numbers (with two days of margin on each side) and returns a converter.
 */
export function createZoneConverter(zone: string, firstDay: number, lastDay: number): ZoneConverter {
  const format = wallClockFormat(zone);
  const rangeStart = (firstDay - 2) * MS_PER_DAY;
  const rangeEnd = (lastDay + 3) * MS_PER_DAY;
  const changes: { startMs: number; offsetSeconds: number }[] = [
    { startMs: Number.NEGATIVE_INFINITY, offsetSeconds: offsetOf(format, rangeStart) },
  ];
  let previous = changes[0]?.offsetSeconds ?? 0;
  for (let day = rangeStart + MS_PER_DAY; day <= rangeEnd; day += MS_PER_DAY) {
    const offsetSeconds = offsetOf(format, day);
    if (offsetSeconds === previous) continue;
    // Up to two changes inside one day are found (e.g. a change and its correction); each to the second.
    let low = day - MS_PER_DAY;
    let before = previous;
    while (before !== offsetSeconds) {
      const startMs = findChange(format, low, day, before);
      const after = offsetOf(format, startMs);
      changes.push({ startMs, offsetSeconds: after });
      low = startMs;
      before = after;
    }
    previous = offsetSeconds;
  }
  const segments: Segment[] = changes.map((change, index) => {
    const nextStart = changes[index + 1]?.startMs ?? Number.POSITIVE_INFINITY;
    return {
      startMs: change.startMs,
      offsetSeconds: change.offsetSeconds,
      wallStart: change.startMs + change.offsetSeconds * MS_PER_SECOND,
      wallEnd: nextStart + change.offsetSeconds * MS_PER_SECOND,
    };
  });
  const first = segments[0] ?? { startMs: 0, offsetSeconds: 0, wallStart: 0, wallEnd: 0 };

  /** Index of the last segment whose key is <= value. */
  const lastAtOrBefore = (value: number, key: (segment: Segment) => number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (key(segments[mid] ?? first) <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const offsetAt = (ms: number): number =>
    (segments[lastAtOrBefore(ms, (segment) => segment.startMs)] ?? first).offsetSeconds;

  const transitions = segments.slice(1).map((segment, index) => ({
    atMs: segment.startMs,
    offsetFromSeconds: segments[index]?.offsetSeconds ?? segment.offsetSeconds,
    offsetToSeconds: segment.offsetSeconds,
  }));
  return {
    initialOffsetSeconds: first.offsetSeconds,
    transitions,
    offsetAt,
    isAmbiguous: (wallMs) =>
      transitions.some(
        (transition) =>
          transition.offsetToSeconds < transition.offsetFromSeconds &&
          wallMs >= transition.atMs + transition.offsetToSeconds * MS_PER_SECOND &&
          wallMs < transition.atMs + transition.offsetFromSeconds * MS_PER_SECOND,
      ),
    toInstant(wallMs) {
      const index = lastAtOrBefore(wallMs, (segment) => segment.wallStart);
      const earlier = segments[index - 1];
      // A fall-back overlap: the wall time is still inside the previous segment too; take that, the first instant.
      const segment = earlier && wallMs < earlier.wallEnd ? earlier : (segments[index] ?? first);
      // In a spring-forward gap (wallMs >= wallEnd) the offset before the gap applies, which is this segment's.
      const ms = wallMs - segment.offsetSeconds * MS_PER_SECOND;
      return { ms, offsetSeconds: offsetAt(ms) };
    },
  };
}

/** The local day number (days since 1970-01-01 on the zone's wall clock) of an instant. */
export function localDayOf({ ms, offsetSeconds }: ZonedInstant): number {
  return Math.floor((ms + offsetSeconds * MS_PER_SECOND) / MS_PER_DAY);
}

/**
 * ISO-8601 local date-time with the offset, e.g. `2026-11-03T07:00:00-05:00`, or `1900-01-01T07:00:00-00:44:30`
 * when the offset has seconds. `dateOfDay` turns a day number into `YYYY-MM-DD` (callers pass a cached one on hot
 * paths).
 */
export function formatInstant(instant: ZonedInstant, dateOfDay: (day: number) => string = daysToDate): string {
  const localMs = instant.ms + instant.offsetSeconds * MS_PER_SECOND;
  const day = localDayOf(instant);
  const secondOfDay = Math.floor((localMs - day * MS_PER_DAY) / MS_PER_SECOND);
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  return `${dateOfDay(day)}T${pad(hours)}:${pad(minutes)}:${pad(secondOfDay % 60)}${formatUtcOffset(instant.offsetSeconds, ":")}`;
}
