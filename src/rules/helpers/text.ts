/** Words of findings that rules still compute: numbers beside their limits, weekday names of grouping keys, grouped titles. */
import { weekdayName, weekdayOf } from "../../calendar/civilDate.js";
import { sessionTitle } from "../../model/sessionText.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { SessionOccurrence } from "../../schedule/types.js";

/** The bounds of a value the plan gave as a range. */
interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * A number written so that it never reads as the limit it misses: 2.004 against 2 is "2.004", not "2"; 2.31 is
 * "2.31". `decimals` at first (trailing zeros dropped), more when the rounded value would equal the limit (at most 4).
 */
export function numberBeside(value: number, limit: number, decimals = 2): string {
  for (let places = decimals; places < 4; places += 1) {
    const text = value.toFixed(places);
    if (value === limit || text !== limit.toFixed(places)) return String(Number(text));
  }
  return String(Number(value.toFixed(4)));
}

/** The weekday name of a date, e.g. "Wednesday". */
export function dayName(date: string): string {
  return weekdayName(weekdayOf(date));
}

/**
 * The title of a grouped finding's sessions: one session's title, or, when the weeks differ, the range of their
 * values ("Long run 10-12 mi" for weeks of 10, 11 and 12 mi; "Easy run 40-45 min"), never the biggest week's alone.
 */
export function groupTitle(occurrences: readonly SessionOccurrence[]): string {
  const [first] = occurrences;
  if (!first) return "";
  const titles = new Set(occurrences.map((occurrence) => sessionTitle(occurrence.session, aerobicFields(occurrence))));
  if (titles.size <= 1) return [...titles][0] ?? "";
  const bounds = (read: (occurrence: SessionOccurrence) => Range | undefined): Range | undefined => {
    const ranges = occurrences.map(read);
    if (ranges.some((range) => range === undefined)) return undefined;
    const defined = ranges.filter((range): range is Range => range !== undefined);
    return { min: Math.min(...defined.map((r) => r.min)), max: Math.max(...defined.map((r) => r.max)) };
  };
  const own = (occurrence: SessionOccurrence, field: "minutes" | "distanceKm"): Range | undefined => {
    const range = aerobicFields(occurrence).ranges?.[field];
    // An open range ("120+ min") groups by its minimum, which volume and caps read.
    if (range) return { min: range.min, max: range.max ?? range.min };
    const value = field === "minutes" ? occurrence.session.minutes : sessionDistanceKm(occurrence);
    return value === undefined ? undefined : { min: value, max: value };
  };
  const minutes = bounds((occurrence) => own(occurrence, "minutes"));
  const distanceKm = bounds((occurrence) => own(occurrence, "distanceKm"));
  const fields = aerobicFields(first);
  return sessionTitle(first.session, {
    ...fields,
    ranges: { ...fields.ranges, ...(minutes ? { minutes } : {}), ...(distanceKm ? { distanceKm } : {}) },
  });
}

function sessionDistanceKm(occurrence: SessionOccurrence): number | undefined {
  return occurrence.kind === "run" ? occurrence.session.distanceKm : undefined;
}
