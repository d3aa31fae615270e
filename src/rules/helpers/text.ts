/** Message text of the findings: placeholders, counts with their nouns, week lists, numbers beside their limits. */
import { pluralWord } from "../../model/plural.js";
import { weekdayName, weekdayOf } from "../../calendar/civilDate.js";
import { sessionTitle } from "../../model/sessionText.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { SessionOccurrence } from "../../schedule/types.js";

/** The bounds of a value the plan gave as a range. */
interface Range {
  readonly min: number;
  readonly max: number;
}

/** Fills `{name}` placeholders from data's own keys; other names (`{constructor}` too) stay as they are. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/**
 * A count with its noun in the right number: "no strength session", "1 strength session", "2 strength sessions".
 * `zero` words 0 ("no"); pass `"0"` to keep the digit.
 */
export function countOf(count: number, one: string, other = `${one}s`, zero = "no"): string {
  if (count === 0) return `${zero} ${zero === "no" ? one : other}`;
  return `${String(count)} ${pluralWord(count, one, other)}`;
}

/** `0.823` as "82%". */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
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

/**
 * A share as a percentage that never reads as the limit it misses: 0.096 against 0.1 is "9.6%", not "10%"; 0.79 is
 * "79%". Whole percentages when they differ from the limit's, else as many decimals as it takes.
 */
export function percentBeside(share: number, limit: number): string {
  return `${numberBeside(share * 100, limit * 100, 0)}%`;
}

/** The weekday name of a date, e.g. "Wednesday". */
export function dayName(date: string): string {
  return weekdayName(weekdayOf(date));
}

/** "3", "1-12", "1, 3 and 5-7": sorted week numbers with runs of consecutive weeks joined. */
function weekRuns(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const first = sorted[index] ?? 0;
    const last = sorted[end] ?? 0;
    parts.push(last === first ? String(first) : `${String(first)}-${String(last)}`);
    index = end + 1;
  }
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

/**
 * The message data of a finding about several weeks: `weeks` ("Weeks 1-12", "Week 3", "Weeks 1, 3 and 5-7") to open
 * a sentence, `inWeeks` ("in weeks 1-12", "in week 3") for inside one, and the verbs that agree with it (`has`,
 * `is`).
 */
export function weeksData(weeks: readonly number[]): {
  readonly weeks: string;
  readonly inWeeks: string;
  readonly has: string;
  readonly is: string;
} {
  const count = new Set(weeks).size;
  const runs = weekRuns(weeks);
  return {
    weeks: `${pluralWord(count, "Week")} ${runs}`,
    inWeeks: `in ${pluralWord(count, "week")} ${runs}`,
    has: pluralWord(count, "has", "have"),
    is: pluralWord(count, "is", "are"),
  };
}

/**
 * Where a failure that falls on a date is, said once for the same weekday week after week: `when` is "Saturday
 * 2026-11-07" for one date, "Saturdays in weeks 1-8" for several; with the `weeksData` of those weeks. `date` is the
 * one date, for the finding's location (undefined for several).
 */
export function whenData(entries: readonly { readonly week: number; readonly date: string }[]): {
  readonly when: string;
  readonly date: string | undefined;
  readonly weeks: readonly number[];
  readonly data: ReturnType<typeof weeksData>;
} {
  const weeks = entries.map((entry) => entry.week);
  const first = entries[0]?.date ?? "";
  const data = weeksData(weeks);
  return entries.length === 1
    ? { when: `${dayName(first)} ${first}`, date: first, weeks, data }
    : { when: `${dayName(first)}s ${data.inWeeks}`, date: undefined, weeks, data };
}

/** A run's distance as the plan wrote it, per minute of its length: how the words turn minutes back into miles. */
function distancePerMinute(
  occurrence: SessionOccurrence,
): { readonly unit: "mi" | "km"; readonly perMinute: number } | undefined {
  if (occurrence.kind !== "run" || occurrence.session.minutes <= 0) return undefined;
  // Only a run the plan gave by its distance (its minutes estimated from a pace) is spoken of in its distance.
  if (occurrence.estimated?.includes("minutes") !== true) return undefined;
  const { distanceMi, distanceKm } = occurrence.session;
  if (distanceMi !== undefined) return { unit: "mi", perMinute: distanceMi / occurrence.session.minutes };
  if (distanceKm !== undefined) return { unit: "km", perMinute: distanceKm / occurrence.session.minutes };
  return undefined;
}

/**
 * An amount of running in the words of the run it is about: a run the plan gave in miles is spoken of in miles with
 * the minutes beside ("4.4 mi (about 44 min)"), any other in minutes ("44 min"). `minutes` is the amount (a limit or
 * a comparison), converted at the run's own pace.
 */
export function amountLike(occurrence: SessionOccurrence, minutes: number): string {
  const rate = distancePerMinute(occurrence);
  if (!rate) return `${String(minutes)} min`;
  const distance = Math.round(minutes * rate.perMinute * 10) / 10;
  return `${String(distance)} ${rate.unit} (about ${String(Math.round(minutes))} min)`;
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

/** "1-3" for a range of counts, "3" for one value. */
export function rangeOf(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${String(low)}-${String(high)}`;
}

/** A run's minutes as a runner says them beside its distance: "45", a range "40-50", an open one "120+". */
function aboutMinutes(occurrence: SessionOccurrence): string {
  const range = aerobicFields(occurrence).ranges?.minutes;
  const planned = String(Math.round(occurrence.session.minutes));
  if (range === undefined) return planned;
  const low = Math.round(range.min);
  if (range.max === undefined) return `${String(low)}+`;
  const high = Math.round(range.max);
  return low === high ? planned : `${String(low)}-${String(high)}`;
}

/**
 * A session's title with the minutes beside the distance of a run the plan gave in miles or km: "Long run 4.5 mi
 * (about 45 min)"; any other session's title as it is ("Easy run 40 min").
 */
export function spokenTitle(occurrence: SessionOccurrence): string {
  const title = sessionTitle(occurrence.session, aerobicFields(occurrence));
  if (!distancePerMinute(occurrence)) return title;
  const minutes = aboutMinutes(occurrence);
  return `${title} (about ${minutes} min)`;
}
