/** Small helpers the catalog's rules share. */
import { aerobicFields } from "../schedule/aerobicFields.js";
import { weekdayName, weekdayOf } from "../calendar/civilDate.js";
import { HARD_RPE } from "../model/intensity.js";
import { isHardSession } from "../model/sessionKinds.js";
import type { CalendarDay, CalendarWeek, Occurrence, SessionOccurrence } from "../schedule/types.js";
import { choicesOf, heaviestMinutes, runChoiceOf } from "./helpers/choices.js";
import type { RuleReport } from "./types.js";

/** Fills `{name}` placeholders from data's own keys; other names (`{constructor}` too) stay as they are. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Rounds to a number of decimals, for `measured` values that read well (0.823, not 0.82307692). */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** `0.823` as "82%". */
export function percent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}

/** The weekday name of a date, e.g. "Wednesday". */
export function dayName(date: string): string {
  return weekdayName(weekdayOf(date));
}

/** Whether an occurrence is a session (not a habit). */
export function isSessionOccurrence(occurrence: Occurrence): occurrence is SessionOccurrence {
  return occurrence.kind !== "habit";
}

/** The session occurrences of a day. */
export function sessionsOf(day: CalendarDay): SessionOccurrence[] {
  return day.occurrences.filter(isSessionOccurrence);
}

/** The runs of a day; of a session with alternatives, the run a cap judges (helpers/choices.ts). */
export function runsOf(day: CalendarDay): SessionOccurrence[] {
  return sessionsOf(day).flatMap((occurrence) => runChoiceOf(occurrence, upperMinutes) ?? []);
}

/** The days of a calendar in order, with their week numbers. */
export function allDays(
  weeks: readonly { readonly index: number; readonly days: readonly CalendarDay[] }[],
): { readonly week: number; readonly day: CalendarDay }[] {
  return weeks.flatMap((week) => week.days.map((day) => ({ week: week.index, day })));
}

/** Whether a measured ratio is over its limit, ignoring floating-point noise: exactly at the limit passes (66 / 60 - 1 is 0.1). */
export function over(value: number, limit: number): boolean {
  return value - limit > 1e-9;
}

/** Whether a measured ratio is under its limit, ignoring floating-point noise. */
export function under(value: number, limit: number): boolean {
  return limit - value > 1e-9;
}

/**
 * How many session occurrences of a week match a predicate, optional sessions left out: the "at least N a week"
 * rules count with it, and an optional session does not make a week enough (docs/domain.md, Optional sessions).
 */
export function countInWeek(week: CalendarWeek, matches: (occurrence: SessionOccurrence) => boolean): number {
  return week.days.reduce(
    (sum, day) =>
      sum + sessionsOf(day).filter((one) => one.session.optional !== true && choicesOf(one).some(matches)).length,
    0,
  );
}

/** The weeks that fall short of a weekly minimum, grouped by their count: each group is one finding. */
export function weeksBelow(
  weeks: readonly CalendarWeek[],
  min: number,
  count: (week: CalendarWeek) => number,
  exempt: (week: CalendarWeek) => boolean = () => false,
): { readonly weeks: readonly number[]; readonly count: number }[] {
  const short = weeks
    .filter((week) => !exempt(week))
    .map((week) => ({ week: week.index, count: count(week) }))
    .filter((entry) => entry.count < min);
  return groupByKey(short, (entry) => String(entry.count)).map((group) => ({
    weeks: group.weeks,
    count: group.entries[0]?.count ?? 0,
  }));
}

/**
 * Reports the weeks that have too few sessions of a kind (the "at least N a week" rules): one `tooFew` finding per
 * group of {@link weeksBelow}, the count with its noun in the right number (`sessions`), and the rule's own `data`.
 */
export function reportTooFew(
  report: (finding: RuleReport) => void,
  groups: readonly { readonly weeks: readonly number[]; readonly count: number }[],
  min: number,
  noun: string,
  data: Readonly<Record<string, string | number>> = {},
): void {
  for (const group of groups) {
    report({
      messageId: "tooFew",
      weeks: group.weeks,
      measured: group.count,
      limit: min,
      data: { ...weeksData(group.weeks), count: group.count, sessions: countOf(group.count, noun), ...data, min },
    });
  }
}

/**
 * A habit's target checked against a range: `undefined` inside [min, max], else the finding's location, measured
 * value, the bound it misses and `{ habitId, value, min, max }` for the message (the nutrition and hydration rules).
 */
export function habitTargetOutOfRange(
  habitId: string,
  index: number,
  field: string,
  value: number,
  min: number,
  max: number,
) {
  if (value >= min && value <= max) return undefined;
  return {
    sessionId: habitId,
    path: `habits[${String(index)}].${field}`,
    measured: value,
    limit: value < min ? min : max,
    data: { habitId, value, min, max },
  };
}

const PLURAL = /* @__PURE__ */ new Intl.PluralRules("en");

/**
 * A count with its noun in the right number: "no strength session", "1 strength session", "2 strength sessions".
 * `zero` words 0 ("no"); pass `"0"` to keep the digit.
 */
export function countOf(count: number, one: string, other = `${one}s`, zero = "no"): string {
  if (count === 0) return `${zero} ${zero === "no" ? one : other}`;
  return `${String(count)} ${PLURAL.select(count) === "one" ? one : other}`;
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
  const single = new Set(weeks).size === 1;
  const runs = weekRuns(weeks);
  return {
    weeks: `${single ? "Week" : "Weeks"} ${runs}`,
    inWeeks: `in ${single ? "week" : "weeks"} ${runs}`,
    has: single ? "has" : "have",
    is: single ? "is" : "are",
  };
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

/**
 * Groups a rule's weekly failures that fail the same way: entries with the same key become one group, its weeks in
 * order, in the order of their first week.
 */
export function groupByKey<T extends { readonly week: number }>(
  entries: readonly T[],
  key: (entry: T) => string,
): { readonly weeks: readonly number[]; readonly entries: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const id = key(entry);
    const group = groups.get(id);
    if (group) group.push(entry);
    else groups.set(id, [entry]);
  }
  return [...groups.values()].map((group) => ({ weeks: group.map((entry) => entry.week), entries: group }));
}

/** A session occurrence's minutes at the upper bound of its range (caps judge it), else as planned; its heaviest choice's. */
export function upperMinutes(occurrence: SessionOccurrence): number {
  return heaviestMinutes(occurrence);
}

/** A session occurrence's minutes at the lower bound of its range (floors judge it), else as planned. */
export function lowerMinutes(occurrence: SessionOccurrence): number {
  return aerobicFields(occurrence).ranges?.minutes?.min ?? occurrence.session.minutes;
}

/**
 * Whether a session occurrence is a hard session for the rules that cap hard work: `isHardSession`, or a session
 * without steps whose RPE range reaches RPE 6 (caps judge the upper bound of a range; the metrics read its midpoint).
 */
export function isHardOccurrence(
  occurrence: SessionOccurrence,
  paces: Readonly<Record<string, string>> | undefined,
): boolean {
  // Of a session with alternatives, a hard choice makes it hard (helpers/choices.ts).
  return choicesOf(occurrence).some((choice) => {
    if (isHardSession(choice.session, { paces })) return true;
    const { steps } = choice.session as { readonly steps?: readonly unknown[] };
    return (steps === undefined || steps.length === 0) && (aerobicFields(choice).ranges?.rpe?.max ?? 0) >= HARD_RPE;
  });
}

/**
 * Whether a day holds a session a coach would never give up to free the day: a long run, a race or a hard session.
 * Hints that ask for a run-free day pick among the other days.
 */
export function hasKeySession(day: CalendarDay, paces: Readonly<Record<string, string>> | undefined): boolean {
  return sessionsOf(day).some(
    (occurrence) =>
      (occurrence.kind === "run" && (occurrence.session.runType === "long" || occurrence.session.runType === "race")) ||
      isHardOccurrence(occurrence, paces),
  );
}

/** The run minutes of a day. */
export function runMinutesOf(day: CalendarDay): number {
  return runsOf(day).reduce((sum, run) => sum + run.session.minutes, 0);
}

/**
 * The days to suggest freeing of running, easiest first: days with runs but no long run, race or hard session,
 * fewest run minutes first (ties in date order).
 */
export function daysToFree(
  days: readonly CalendarDay[],
  paces: Readonly<Record<string, string>> | undefined,
): CalendarDay[] {
  return days
    .filter((day) => runsOf(day).length > 0 && !hasKeySession(day, paces))
    .map((day) => ({ day, minutes: runMinutesOf(day) }))
    .sort((a, b) => a.minutes - b.minutes)
    .map((entry) => entry.day);
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
