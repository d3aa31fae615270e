/** The generator's week layout: which weekdays carry runs, the long run, quality, strength, cross-training, rest. */
import { WEEKDAYS, type Weekday } from "../calendar/weekdays.js";
import type { Athlete } from "../model/athlete.js";

/** A day of the week, 0 (Monday) to 6 (Sunday). */
export type Day = number;

/** Minutes a day offers when the athlete sets no maximum. */
const DAY_CAPACITY_WITHOUT_LIMIT = 240;
/** The least room on a day for any session the generator plans there. */
export const MIN_DAY_MINUTES = 30;

const next = (day: Day): Day => (day + 1) % 7;
const distance = (a: Day, b: Day) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);
/** The weekday code of a day. */
export const code = (day: Day): Weekday => WEEKDAYS[day] ?? "MO";

/** Longest circular streak of run days (the week repeats, so Sunday runs into Monday). */
function longestStreak(days: readonly Day[]): number {
  if (days.length === 7) return 7;
  const set = new Set(days);
  let longest = 0;
  for (const day of days) {
    if (set.has((day + 6) % 7)) continue;
    let length = 1;
    while (set.has((day + length) % 7)) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

function combinations(items: readonly Day[], size: number): Day[][] {
  if (size === 0) return [[]];
  const result: Day[][] = [];
  items.forEach((item, index) => {
    for (const rest of combinations(items.slice(index + 1), size - 1)) result.push([item, ...rest]);
  });
  return result;
}

/** The smallest circular gap between two of the days (7 for fewer than two days). */
function minimumGap(days: readonly Day[]): number {
  if (days.length < 2) return 7;
  const sorted = [...days].sort((a, b) => a - b);
  return Math.min(...sorted.map((day, index) => ((sorted[(index + 1) % sorted.length] ?? day) - day + 7) % 7 || 7));
}

/** Sorts by a list of numeric keys, highest first, stably. */
function byScore<T>(items: readonly T[], score: (item: T) => readonly number[]): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    for (let index = 0; index < x.length; index += 1)
      if ((x[index] ?? 0) !== (y[index] ?? 0)) return (y[index] ?? 0) - (x[index] ?? 0);
    return 0;
  });
}

/** The most spread-out choice of `count` days among `days` (a few runs of a recovery week, say). */
export function spreadDays(days: readonly Day[], count: number): Day[] {
  const best = byScore(combinations(days, Math.min(count, days.length)), (choice) => [minimumGap(choice)])[0];
  return [...(best ?? [])].sort((a, b) => a - b);
}

/** A strength day: on a day whose next day is no hard or long run, after the run of a quality day, or upper body. */
export interface StrengthDay {
  /** The weekday. */
  readonly day: Day;
  /** `full` on a day not followed by a hard or long run, `after-run` on a quality day, else `upper` (upper body and trunk). */
  readonly mode: "full" | "after-run" | "upper";
}

/** Where a week's sessions go. */
export interface WeekLayout {
  /** Minutes the athlete has on each weekday, 0 when unavailable. */
  readonly capacity: readonly number[];
  /** The run days, in weekday order. */
  readonly runDays: readonly Day[];
  /** The long run's day: the run day with the most room (the weekend when several tie). */
  readonly longDay: Day | undefined;
  /** Quality days in order of preference, never two in a row, away from the long run where possible. */
  readonly hardDays: readonly Day[];
  /** Strength days, in weekday order. */
  readonly strengthDays: readonly StrengthDay[];
  /** Cross-training days in order of preference: run-free days first. */
  readonly crossDays: readonly Day[];
  /** A full rest day: an unavailable day if there is one, else a free day. */
  readonly restDay: Day | undefined;
}

/** What the layout needs to know of the level: counts, and the rules' limits it must respect. */
export interface LayoutNeeds {
  readonly runsPerWeek: number;
  readonly qualityDays: number;
  readonly strengthPerWeek: number;
  readonly minRunFreeDays: number;
  readonly maxConsecutiveRunDays: number;
  /** Easy days after a key session at least (masters: 2, COACHING.md §3.3), where the days allow. */
  readonly easyDaysAfterKey: number;
}

/** The days with room for a session (at least {@link MIN_DAY_MINUTES}). */
export function usableDays(athlete: Athlete): Day[] {
  return capacityOf(athlete).flatMap((minutes, day) => (minutes >= MIN_DAY_MINUTES ? [day] : []));
}

function capacityOf(athlete: Athlete): number[] {
  return WEEKDAYS.map((weekday) => {
    const slot = athlete.availability[weekday];
    return slot.available ? (slot.maxMinutes ?? DAY_CAPACITY_WITHOUT_LIMIT) : 0;
  });
}

/**
 * Chooses the week's days as a coach weighs them: runs spread out with the level's run-free days and run streaks,
 * the long run on the athlete's roomiest day (the weekend when several tie), quality days apart from each other and
 * from the long run, strength after a quality run or on a day not followed by a hard or long run.
 */
export function layoutWeek(athlete: Athlete, needs: LayoutNeeds): WeekLayout {
  const capacity = capacityOf(athlete);
  const usable = usableDays(athlete);
  const runDays = runDaysOf(capacity, usable, needs);
  const weekend = (day: Day) => Number(day === 5 || day === 6);
  const longDay =
    runDays.length < 2 ? undefined : byScore(runDays, (day) => [capacity[day] ?? 0, weekend(day), day])[0];
  const hardDays = hardDaysOf(capacity, runDays, longDay, needs);
  const hard = new Set(hardDays);
  const strengthDays = strengthDaysOf({ capacity, usable, runDays, longDay, hardDays }, needs.strengthPerWeek);
  const strengthSet = new Set(strengthDays.map((entry) => entry.day));
  const runFree = usable.filter((day) => !runDays.includes(day));
  const unavailable = [0, 1, 2, 3, 4, 5, 6].filter((day) => !usable.includes(day));
  const restDay = unavailable[0] ?? runFree.find((day) => !strengthSet.has(day));
  const crossDays = [
    ...runFree.filter((day) => day !== restDay && !strengthSet.has(day)),
    ...runFree.filter((day) => day !== restDay && strengthSet.has(day)),
    ...runDays.filter((day) => !hard.has(day) && day !== longDay && !strengthSet.has(day)),
    ...runDays.filter((day) => !hard.has(day) && day !== longDay && strengthSet.has(day)),
  ];
  return {
    capacity,
    runDays,
    longDay,
    hardDays,
    strengthDays: [...strengthDays].sort((a, b) => a.day - b.day),
    crossDays,
    restDay,
  };
}

/**
 * The run days: as many as the level runs (within the run-free days and the streak limit), one of them the roomiest
 * day, spread as far apart as they go, with the most room; fewer when no such choice exists.
 */
function runDaysOf(capacity: readonly number[], usable: readonly Day[], needs: LayoutNeeds): Day[] {
  const roomiest = Math.max(0, ...usable.map((day) => capacity[day] ?? 0));
  let runDays: Day[] = [];
  for (
    // Runs take the days first (COACHING.md §3.1): min(the level's runs, the usable days), within the run-free days.
    let count = Math.min(needs.runsPerWeek, usable.length, 7 - needs.minRunFreeDays);
    count > 0 && runDays.length === 0;
    count -= 1
  ) {
    const valid = combinations(usable, count).filter((days) => longestStreak(days) <= needs.maxConsecutiveRunDays);
    runDays =
      byScore(valid, (days) => [
        Number(days.some((day) => capacity[day] === roomiest)),
        minimumGap(days),
        days.reduce((sum, day) => sum + Math.min(120, capacity[day] ?? 0), 0),
      ])[0] ?? [];
  }
  return runDays;
}

/**
 * Quality days: run days apart from each other and never beside the long run (a workout the day before the long run,
 * or the day after it, is two key sessions back to back: COACHING.md), with room. When availability leaves no such
 * day the week has fewer quality days: a quality session is dropped, never stacked against the long run.
 */
function hardDaysOf(
  capacity: readonly number[],
  runDays: readonly Day[],
  longDay: Day | undefined,
  needs: LayoutNeeds,
): Day[] {
  const count = needs.qualityDays;
  const hardDays: Day[] = [];
  const gap = Math.min(3, needs.easyDaysAfterKey + 1);
  const hardCandidates = byScore(
    runDays.filter((day) => longDay === undefined || distance(day, longDay) >= 2),
    (day) => [
      longDay === undefined ? 0 : Math.min(gap, distance(day, longDay)),
      Math.min(90, capacity[day] ?? 0),
      -day,
    ],
  );
  for (const day of hardCandidates) {
    if (hardDays.length >= count) break;
    if (hardDays.some((hard) => distance(hard, day) <= 1)) continue;
    hardDays.push(day);
  }
  return hardDays;
}

/** The days chosen so far, that strength is placed around. */
interface ChosenDays {
  readonly capacity: readonly number[];
  readonly usable: readonly Day[];
  readonly runDays: readonly Day[];
  readonly longDay: Day | undefined;
  readonly hardDays: readonly Day[];
}

/** Strength days, apart from each other when they can be, in the order of the tiers below (unsorted). */
function strengthDaysOf(chosen: ChosenDays, count: number): StrengthDay[] {
  const { capacity, usable, runDays, longDay, hardDays } = chosen;
  const hard = new Set(hardDays);
  const beforeHardOrLong = (day: Day) => hard.has(next(day)) || next(day) === longDay;
  const strengthDays: StrengthDay[] = [];
  // The day after a quality day first (hard days hard, and the legs have a day before the next hard run), then
  // any day not followed by a hard or long run, then after the run of a quality day itself.
  const dayAfterHard = (day: Day) => hard.has((day + 6) % 7);
  // After the hard runs first ("hard days hard", COACHING.md §3.3), then days not followed by a key session.
  const tiers: readonly (readonly [StrengthDay["mode"], readonly Day[]])[] = [
    ["after-run", hardDays.filter((day) => !beforeHardOrLong(day))],
    [
      "full",
      byScore(
        usable.filter((day) => !hard.has(day) && !beforeHardOrLong(day) && day !== longDay),
        (day) => [Number(dayAfterHard(day)), Number(runDays.includes(day)), capacity[day] ?? 0, -day],
      ),
    ],
    ["upper", usable.filter((day) => day !== longDay)],
  ];
  const apart = (day: Day) => strengthDays.every((other) => distance(other.day, day) > 1);
  for (const strict of [true, false]) {
    for (const [mode, days] of tiers) {
      for (const day of days) {
        if (strengthDays.length >= count) break;
        if (strengthDays.some((picked) => picked.day === day) || (strict && !apart(day))) continue;
        strengthDays.push({ day, mode });
      }
    }
  }
  return strengthDays;
}
