/** VTIMEZONE components, from the zone converter the expansion used: the offsets are those the events were placed in. */
import type { ZoneConverter } from "../calendar/zone.js";
import { formatUtcOffset, MS_PER_DAY, MS_PER_SECOND } from "../calendar/civilDate.js";
import { utcStamp } from "./dtstamp.js";

/** A VTIMEZONE with one observance for the start of the range and one per change of offset inside it. */
export function vtimezone(timezone: string, zone: ZoneConverter, firstDay: number): string[] {
  const offsets = [zone.initialOffsetSeconds, ...zone.transitions.map((transition) => transition.offsetToSeconds)];
  const standardOffset = Math.min(...offsets);
  // RFC 5545 utc-offset is +HHMM[SS]: seconds for local mean time, and the sign kept under an hour (-0025, -002521).
  const observance = (wallMs: number, from: number, to: number) => {
    const kind = to > standardOffset ? "DAYLIGHT" : "STANDARD";
    return [
      `BEGIN:${kind}`,
      `DTSTART:${utcStamp(wallMs).slice(0, -1)}`,
      `TZOFFSETFROM:${formatUtcOffset(from, "")}`,
      `TZOFFSETTO:${formatUtcOffset(to, "")}`,
      `END:${kind}`,
    ];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timezone}`,
    `X-LIC-LOCATION:${timezone}`,
    ...observance((firstDay - 2) * MS_PER_DAY, zone.initialOffsetSeconds, zone.initialOffsetSeconds),
    // An observance starts at the local time of the change in the offset it changes from.
    ...zone.transitions.flatMap((transition) =>
      observance(
        transition.atMs + transition.offsetFromSeconds * MS_PER_SECOND,
        transition.offsetFromSeconds,
        transition.offsetToSeconds,
      ),
    ),
    "END:VTIMEZONE",
  ];
}
