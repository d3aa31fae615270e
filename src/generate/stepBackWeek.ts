/**
 * Weeks as deload-week reads them: any week but a transition week whose run minutes are at most 80 % of the highest
 * of the 3 weeks before is reduced, whatever the generator meant it to be, and a reduced week never holds a long run
 * (of type long, or 75 minutes and more) longer than every long run of the loading weeks (COACHING.md §2.2).
 */
import { over } from "../rules/helpers/numbers.js";
import { MIN_RUN, REDUCED_LONG } from "./tuning.js";
import type { PlannedWeek, SeasonInput, WeekSpec } from "./types.js";
import { buildWeek } from "./weekBuilder.js";

/** A run this long is a long run whatever its type (deload-week's reading). */
const LONG_RUN_MINUTES = 75;

/** The week's longest long run as deload-week reads it (0 without one). */
const longRunOf = (week: PlannedWeek) =>
  Math.max(
    0,
    ...week.runs.filter((run) => run.runType === "long" || run.minutes >= LONG_RUN_MINUTES).map((run) => run.minutes),
  );

/** Whether the week, after these weeks (oldest first), reads as reduced. */
function readsReduced(week: PlannedWeek, before: readonly PlannedWeek[], reducedAtMost: number): boolean {
  const peak = Math.max(0, ...before.slice(-3).map((done) => done.runMinutes));
  return week.phase !== "transition" && peak > 0 && !over(week.runMinutes, reducedAtMost * peak);
}

/**
 * The longest long run of the weeks that read as loading (0 when none has one): the plan's longest run so far, as
 * deload-week measures a reduced week's long run against it. Weeks of 180 (transition, easy runs of 60) and 130
 * (long run 48): the second reads as reduced, so 0.
 */
function loadingLongest(weeks: readonly PlannedWeek[], reducedAtMost: number): number {
  return Math.max(
    0,
    ...weeks.map((week, index) => (readsReduced(week, weeks.slice(0, index), reducedAtMost) ? 0 : longRunOf(week))),
  );
}

/**
 * Builds the week; when it comes out as a reduced week in all but name (a loading week held down by the 2-week cap
 * after a dip, relaxed for its load, or whose days cannot hold its minutes) with a long run over the step-back cap,
 * builds it again under that cap: 80 % of the loading weeks' longest long run, or the shortest run when none has one
 * yet (every later long run is at least as long).
 *
 * @param input - The season's input.
 * @param spec - The week's spec.
 * @param before - The season's weeks before it.
 * @returns The week as built, its long run under the step-back cap when the week reads as reduced.
 * @example A week of 53 minutes after weeks of 67, 42 and 120 reads as reduced: its long run stays under 80 % of the
 * loading weeks' longest.
 */
export function buildReadWeek(input: SeasonInput, spec: WeekSpec, before: readonly PlannedWeek[]): PlannedWeek {
  const week = buildWeek(input, spec);
  const { reducedAtMost } = input.limits.deload;
  if (!readsReduced(week, before, reducedAtMost)) return week;
  const top = loadingLongest(before, reducedAtMost);
  const cap = top > 0 ? Math.max(MIN_RUN, Math.floor(REDUCED_LONG * top)) : MIN_RUN;
  return longRunOf(week) > cap ? buildWeek(input, { ...spec, longCap: Math.min(spec.longCap, cap) }) : week;
}
