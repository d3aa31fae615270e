/** Message text of the findings: placeholders, counts with their nouns, week lists, numbers beside their limits. */
import { weekdayName, weekdayOf } from "../../calendar/civilDate.js";

/** Fills `{name}` placeholders from data's own keys; other names (`{constructor}` too) stay as they are. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

const PLURAL = /* @__PURE__ */ new Intl.PluralRules("en");

/**
 * A count with its noun in the right number: "no strength session", "1 strength session", "2 strength sessions".
 * `zero` words 0 ("no"); pass `"0"` to keep the digit.
 */
export function countOf(count: number, one: string, other = `${one}s`, zero = "no"): string {
  if (count === 0) return `${zero} ${zero === "no" ? one : other}`;
  return `${String(count)} ${pluralWord(count, one, other)}`;
}

/**
 * The word that agrees with a count, by English plural rules: `pluralWord(1, "has", "have")` is "has",
 * `pluralWord(3, "run")` is "runs" (0 takes the plural). The one pluralizer of the findings' text: {@link countOf}
 * and {@link weeksData} use it.
 */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return PLURAL.select(count) === "one" ? one : other;
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
