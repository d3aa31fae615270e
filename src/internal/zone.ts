/**
 * Wall time to instant in one IANA zone, following RFC 5545 3.3.5: a wall time in a spring-forward gap uses the
 * offset before the gap (02:30 becomes 03:30 local), one that occurs twice takes the first (earlier) instant.
 *
 * The zone's offsets are read once for the range a plan covers (one `Intl` lookup a day, a binary search to the
 * minute at each change) rather than per occurrence: offsets change only at transitions.
 */
import { tzOffset } from "@date-fns/tz";
import { daysToDate, MS_PER_DAY, MS_PER_MINUTE } from "./dates.js";

interface Segment {
  /** First instant (ms since the epoch) with this offset. */
  readonly startMs: number;
  /** UTC offset in minutes. */
  readonly offset: number;
  /** First wall time (floating ms) of the segment. */
  readonly wallStart: number;
  /** Wall time (floating ms) just after the segment. */
  readonly wallEnd: number;
}

/** An instant with the offset in force at it. */
export interface ZonedInstant {
  readonly ms: number;
  readonly offset: number;
}

/** A change of offset: at `atMs` the offset goes from `offsetFrom` to `offsetTo` (minutes). */
export interface ZoneTransition {
  readonly atMs: number;
  readonly offsetFrom: number;
  readonly offsetTo: number;
}

export interface ZoneConverter {
  /** The offset in force at the start of the range. */
  readonly initialOffset: number;
  /** The changes of offset inside the range, in order. */
  readonly transitions: readonly ZoneTransition[];
  /** The instant of a wall time given as floating milliseconds (UTC fields hold the local wall clock). */
  toInstant(wallMs: number): ZonedInstant;
  /** The offset in force at an instant. */
  offsetAt(ms: number): number;
  /** Whether a wall time (floating ms) occurs twice, in a fall-back overlap. */
  isAmbiguous(wallMs: number): boolean;
}

function offsetOf(zone: string, ms: number): number {
  return Math.round(tzOffset(zone, new Date(ms)));
}

/** The first minute in (low, high] whose offset differs from the offset at low. */
function findChange(zone: string, low: number, high: number, before: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (offsetOf(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Reads the offsets of `zone` between two day numbers (with a day of margin on each side) and returns a converter.
 */
export function createZoneConverter(zone: string, firstDay: number, lastDay: number): ZoneConverter {
  const rangeStart = (firstDay - 2) * MS_PER_DAY;
  const rangeEnd = (lastDay + 3) * MS_PER_DAY;
  const changes: { startMs: number; offset: number }[] = [{ startMs: Number.NEGATIVE_INFINITY, offset: offsetOf(zone, rangeStart) }];
  let previous = changes[0]?.offset ?? 0;
  for (let day = rangeStart + MS_PER_DAY; day <= rangeEnd; day += MS_PER_DAY) {
    const offset = offsetOf(zone, day);
    if (offset !== previous) {
      const startMs = findChange(zone, day - MS_PER_DAY, day, previous);
      changes.push({ startMs, offset: offsetOf(zone, startMs) });
      if (offsetOf(zone, startMs) !== offset) changes.push({ startMs: findChange(zone, startMs, day, offsetOf(zone, startMs)), offset });
      previous = offset;
    }
  }
  const segments: Segment[] = changes.map((change, index) => {
    const nextStart = changes[index + 1]?.startMs ?? Number.POSITIVE_INFINITY;
    return {
      startMs: change.startMs,
      offset: change.offset,
      wallStart: change.startMs + change.offset * MS_PER_MINUTE,
      wallEnd: nextStart + change.offset * MS_PER_MINUTE,
    };
  });
  const first = segments[0] ?? { startMs: 0, offset: 0, wallStart: 0, wallEnd: 0 };

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

  const offsetAt = (ms: number): number => (segments[lastAtOrBefore(ms, (segment) => segment.startMs)] ?? first).offset;

  const transitions = segments.slice(1).map((segment, index) => ({
    atMs: segment.startMs,
    offsetFrom: segments[index]?.offset ?? segment.offset,
    offsetTo: segment.offset,
  }));
  return {
    initialOffset: first.offset,
    transitions,
    offsetAt,
    isAmbiguous: (wallMs) =>
      transitions.some(
        (transition) =>
          transition.offsetTo < transition.offsetFrom &&
          wallMs >= transition.atMs + transition.offsetTo * MS_PER_MINUTE &&
          wallMs < transition.atMs + transition.offsetFrom * MS_PER_MINUTE,
      ),
    toInstant(wallMs) {
      const index = lastAtOrBefore(wallMs, (segment) => segment.wallStart);
      const earlier = segments[index - 1];
      // A fall-back overlap: the wall time is still inside the previous segment too; take that, the first instant.
      const segment = earlier && wallMs < earlier.wallEnd ? earlier : (segments[index] ?? first);
      // In a spring-forward gap (wallMs >= wallEnd) the offset before the gap applies, which is this segment's.
      const ms = wallMs - segment.offset * MS_PER_MINUTE;
      return { ms, offset: offsetAt(ms) };
    },
  };
}

function pad(value: number): string {
  return value < 10 ? `0${String(value)}` : String(value);
}

/** `+HH:MM` / `-HH:MM` of an offset in minutes. */
export function formatOffset(offset: number): string {
  const absolute = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * ISO-8601 local date-time with the offset, e.g. `2026-11-03T07:00:00-05:00`. `dateOfDay` turns a day number into
 * `YYYY-MM-DD` (callers pass a cached one on hot paths).
 */
export function formatInstant({ ms, offset }: ZonedInstant, dateOfDay: (day: number) => string = daysToDate): string {
  const localMs = ms + offset * MS_PER_MINUTE;
  const day = Math.floor(localMs / MS_PER_DAY);
  const secondOfDay = Math.floor((localMs - day * MS_PER_DAY) / 1000);
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  return `${dateOfDay(day)}T${pad(hours)}:${pad(minutes)}:${pad(secondOfDay % 60)}${formatOffset(offset)}`;
}
