/**
 * The raw data of findings' messages: week lists, dates, amounts and numbers rounded beside their limits, with no
 * word of any language (a locale words them: `{weeks, weeks}`, `{date, weekday}`, `{share, number, percent}`).
 */
import type { SessionOccurrence } from "../../schedule/types.js";
import { numberBeside } from "./text.js";

/**
 * The weeks a finding is about: `weeks` sorted without repeats (`{weeks, weeks}` prints "1-12" or "1, 3, and 5-7")
 * and `weekCount`, for the words that agree with them (`{weekCount, plural, one {Week} other {Weeks}}`).
 */
export function weeksOf(weeks: readonly number[]): { readonly weeks: readonly number[]; readonly weekCount: number } {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  return { weeks: sorted, weekCount: sorted.length };
}

/**
 * Where a failure that falls on the same weekday week after week is: `first` (the first ISO date, whose weekday
 * `{first, weekday}` names), the {@link weeksOf} of the entries, and `date`, the one date for the finding's location
 * (undefined for several).
 */
export function whenOf(entries: readonly { readonly week: number; readonly date: string }[]): {
  readonly date: string | undefined;
  readonly data: { readonly first: string; readonly weeks: readonly number[]; readonly weekCount: number };
} {
  const first = entries[0]?.date ?? "";
  return {
    date: entries.length === 1 ? first : undefined,
    data: { first, ...weeksOf(entries.map((entry) => entry.week)) },
  };
}

/**
 * An amount of running in the unit of the run it is about: a run the plan gave in miles (or km) is spoken of in miles
 * with the minutes beside, any other in minutes. `amount` is the distance (one decimal) or the minutes, `unit` is
 * `"mi"`, `"km"` or `"min"`, `minutes` the rounded minutes: `{unit, select, min {{amount} min} other {{amount} {unit}
 * (about {minutes} min)}}`.
 */
export function amountOf(
  occurrence: SessionOccurrence,
  minutes: number,
): { readonly amount: number; readonly unit: "mi" | "km" | "min"; readonly minutes: number } {
  const session = occurrence.session;
  const rounded = Math.round(minutes);
  const byDistance =
    occurrence.kind === "run" && session.minutes > 0 && occurrence.estimated?.includes("minutes") === true;
  if (!byDistance) return { amount: rounded, unit: "min", minutes: rounded };
  const distance = (value: number) => Math.round(((minutes * value) / session.minutes) * 10) / 10;
  if (session.kind === "run" && session.distanceMi !== undefined)
    return { amount: distance(session.distanceMi), unit: "mi", minutes: rounded };
  if (session.kind === "run" && session.distanceKm !== undefined)
    return { amount: distance(session.distanceKm), unit: "km", minutes: rounded };
  return { amount: rounded, unit: "min", minutes: rounded };
}

/**
 * A number rounded so that it never reads as the limit it misses: 2.004 against 2 stays 2.004, 2.3149 is 2.31 (a
 * number, for `{value}` or `{value, number}`).
 */
export function roundBeside(value: number, limit: number, decimals = 2): number {
  return Number(numberBeside(value, limit, decimals));
}

/**
 * A share (0-1) rounded so that its percentage never reads as the limit it misses: 0.096 against 0.1 stays 0.096
 * ("9.6%"), 0.7912 is 0.79 (for `{share, number, percent}`).
 */
export function shareBeside(share: number, limit: number): number {
  // Rounded again after the division: 79.6 / 100 is 0.7959999999999999 in floating point.
  return Number((Number(numberBeside(share * 100, limit * 100, 0)) / 100).toFixed(6));
}
