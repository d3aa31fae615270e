/**
 * Weekday codes in ISO order (Monday first), as RFC 5545 spells them.
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from "offseason";
 * WEEKDAYS[0]; //=> "MO"
 * ```
 */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A weekday code, `MO` to `SU`. */
export type Weekday = (typeof WEEKDAYS)[number];
