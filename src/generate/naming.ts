/** The generated plan's id and name, within the plan format's limits on ids and strings. */
import type { Athlete } from "../model/athlete.js";
import { DEFAULT_LIMITS, MAX_ID_LENGTH } from "../model/limits.js";

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a string. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/**
 * The plan's id, `<athlete id>-offseason-<start date>`, within the 128 characters of an id: a longer athlete id is
 * cut, and a fingerprint of the whole id keeps the plans of two such athletes apart.
 */
export function planIdOf(athleteId: string, startDate: string): string {
  const suffix = `-offseason-${startDate}`;
  if (athleteId.length + suffix.length <= MAX_ID_LENGTH) return `${athleteId}${suffix}`;
  const mark = `-${fingerprint(athleteId)}`;
  return `${athleteId.slice(0, MAX_ID_LENGTH - suffix.length - mark.length)}${mark}${suffix}`;
}

/** Cuts text to at most `length` characters, ending in "…" when cut, never inside a surrogate pair. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The plan's name, `<athlete>'s off-season from <start> to <end>`, within the string limit (the athlete's name cut). */
export function planNameOf(athlete: Athlete, startDate: string, endDate: string): string {
  const rest = `'s off-season from ${startDate} to ${endDate}`;
  return `${shorten(athlete.name ?? athlete.id, DEFAULT_LIMITS.maxStringLength - rest.length)}${rest}`;
}
