/**
 * The runs of a base or pre-season week around its quality: the long run on its day, easy runs on the roomiest days
 * (strides after the first), each within its day and the 30-day longest run.
 */
import type { Workout } from "./sessions.js";
import { LONG_OVER_EASY, LONG_ROUNDS, longShareFor, MIN_RUN } from "./tuning.js";
import type { PlannedRun, QualityRun, SeasonInput, WeekSpec } from "./types.js";
import type { Day } from "./weekLayout.js";

/** What the long run and the easy runs of a week share, once its quality is placed. */
interface EasyBudget {
  readonly spec: WeekSpec;
  readonly cap: (day: Day) => number;
  readonly longDay: Day | undefined;
  readonly strides: Workout | undefined;
  /** The week's minutes left after its quality. */
  readonly rest: number;
  /** Quality runs of the week. */
  readonly qualityRuns: number;
  /** The longest quality run: the long run is at least as long. */
  readonly qualityLongest: number;
}

/** The long run's minutes and the easy runs' minutes (one per day, in order) over some easy days. */
interface EasySplit {
  readonly days: readonly Day[];
  readonly long: number;
  readonly easy: readonly number[];
}

/** The week's runs: its quality, the long run and the easy runs (strides after the first), sorted by day. */
export function compose(
  input: SeasonInput,
  spec: WeekSpec,
  quality: readonly QualityRun[],
  cap: (day: Day) => number,
): { runs: PlannedRun[]; runMinutes: number } {
  const { layout } = input;
  const runs: PlannedRun[] = quality.map(({ workout, day }) => ({
    day,
    runType: workout.runType,
    rpe: workout.rpe,
    minutes: workout.minutes,
    workout,
  }));
  const qualityDays = new Set(quality.map((entry) => entry.day));
  const longDay = layout.longDay;
  const planned = spec.strides ? spec.workouts?.strides : undefined;
  // The roomiest easy days first; the first carries the strides.
  const roomiest = layout.runDays
    .filter((day) => day !== layout.longDay && !qualityDays.has(day))
    .sort((a, b) => cap(b) - cap(a) || a - b);
  const easyDays = roomiest.slice(0, Math.max(1, roomiest.length - spec.fewerEasy));
  const rest = spec.minutes - runs.reduce((sum, run) => sum + run.minutes, 0);
  const qualityLongest = Math.max(0, ...runs.map((run) => run.minutes));
  const { budget, split } = splitOf(
    { spec, cap, longDay, strides: planned, rest, qualityRuns: runs.length, qualityLongest },
    easyDays,
  );
  const { days, long, easy } = split;
  const { strides } = budget;
  // Too few minutes for a long run over easy ones: equal easy runs, as many as fill 20 minutes each.
  const flat = Math.min(layout.runDays.length - quality.length, Math.floor(rest / MIN_RUN));
  if (days.length === 0 && flat > 1) {
    const flatDays = [longDay, ...easyDays].filter((day): day is Day => day !== undefined).slice(0, flat);
    for (const day of flatDays) {
      const minutes = Math.min(cap(day), Math.floor(rest / flatDays.length));
      if (minutes >= MIN_RUN) runs.push({ day, runType: "easy", rpe: 3, minutes });
    }
    return sorted(runs);
  }
  if (longDay !== undefined && long >= MIN_RUN)
    runs.push({
      day: longDay,
      runType: days.length > 0 ? "long" : "easy",
      rpe: days.length > 0 ? 4 : 3,
      minutes: long,
    });
  runs.push(
    ...days.flatMap((day, index): PlannedRun[] => {
      const run: PlannedRun = { day, runType: "easy", rpe: 3, minutes: easy[index] ?? 0 };
      return index === 0 && strides
        ? [run, { day, runType: "strides", rpe: strides.rpe, minutes: strides.minutes, workout: strides }]
        : [run];
    }),
  );
  return sorted(runs);
}

/** The first split of the easy days; strides that leave an easy day too short for its run give way to the long run. */
function splitOf(withStrides: EasyBudget, easyDays: readonly Day[]): { budget: EasyBudget; split: EasySplit } {
  const first = firstSplit(withStrides, easyDays);
  if (first.days.length > 0 || withStrides.strides === undefined) return { budget: withStrides, split: first };
  const budget = { ...withStrides, strides: undefined };
  return { budget, split: firstSplit(budget, easyDays) };
}

function sorted(runs: PlannedRun[]): { runs: PlannedRun[]; runMinutes: number } {
  runs.sort((a, b) => a.day - b.day);
  return { runs, runMinutes: runs.reduce((sum, run) => sum + run.minutes, 0) };
}

/**
 * As many easy runs as the minutes fill at 20 minutes or more each, under a long run 1.3 times as long: the split
 * over the most easy days (roomiest first) whose easy runs all reach 20 minutes, else none.
 */
function firstSplit(budget: EasyBudget, easyDays: readonly Day[]): EasySplit {
  for (let count = easyDays.length; count > 0; count -= 1) {
    const split = splitOver(budget, easyDays.slice(0, count));
    if (split.easy.every((minutes) => minutes >= MIN_RUN)) return split;
  }
  return splitOver(budget, []);
}

/**
 * The long run and easy runs over these days. Easy runs share what the long run leaves, each within its day and under
 * the long run; what they cannot take goes to the long run, as far as its day and the 30-day check allow.
 */
function splitOver(budget: EasyBudget, days: readonly Day[]): EasySplit {
  const { cap, longDay, strides } = budget;
  const stridesMinutes = days.length > 0 && strides ? strides.minutes : 0;
  const total = budget.rest - stridesMinutes;
  let long = longStart(budget, days.length, total);
  const roomOf = (index: number) =>
    (days[index] === undefined ? 0 : cap(days[index])) - (index === 0 ? stridesMinutes : 0);
  let easy: number[] = [];
  for (let round = 0; round < LONG_ROUNDS; round += 1) {
    const most = longDay === undefined ? Infinity : Math.floor(long / LONG_OVER_EASY);
    easy = fill(
      days.map((_, index) => Math.min(roomOf(index), most)),
      total - long,
    );
    const short = total - long - easy.reduce((sum, minutes) => sum + minutes, 0);
    if (longDay === undefined || short <= 0 || long >= cap(longDay)) break;
    long = Math.min(cap(longDay), long + short);
  }
  return { days, long, easy };
}

/** The long run before the easy runs are filled: its share of the week (or all there is, without easy runs). */
function longStart(budget: EasyBudget, easyCount: number, total: number): number {
  const { spec, cap, longDay } = budget;
  if (longDay === undefined) return 0;
  if (easyCount === 0) return Math.min(cap(longDay), total);
  const share = longShareFor(budget.qualityRuns + easyCount + 1);
  return Math.min(
    cap(longDay),
    Math.max(Math.round(share * spec.minutes), Math.ceil(LONG_OVER_EASY * MIN_RUN), budget.qualityLongest),
  );
}

/** Shares `total` minutes out evenly over slots with these rooms, what a full slot cannot take going to the others. */
function fill(rooms: readonly number[], total: number): number[] {
  const order = rooms.map((room, index) => ({ room, index })).sort((a, b) => a.room - b.room || a.index - b.index);
  const shares = rooms.map(() => 0);
  let left = Math.max(0, total);
  order.forEach(({ room, index }, position) => {
    const share = Math.max(0, Math.min(room, Math.floor(left / (order.length - position))));
    shares[index] = share;
    left -= share;
  });
  return shares;
}
