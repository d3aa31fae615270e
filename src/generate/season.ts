/**
 * The season's shape, week by week: a transition that recovers from the season, a base that builds toward a target
 * in blocks with a reduced week after each, a pre-season that holds the volume and adds quality. Each week is built
 * as typed sessions with its minutes, its load by day is followed as the rules read it (the acute:chronic ratio day
 * by day, the longest run of the 30 days before each run), and the next week is shaped from what the last ones are.
 * A week whose load would break a rule climbs the relaxation ladder (relaxations.ts) until it keeps them.
 */
import { ACWR_WARMUP_DAYS, acwrByDay } from "../load/acwrSeries.js";
import { monotony } from "../load/weeklyMetrics.js";
import { sizeWorkouts } from "./phaseWorkouts.js";
import { relaxWeek } from "./relaxations.js";
import {
  BASE_BUILD,
  BUILD_RATE,
  EARLY_GROWTH,
  EXACT_MARGIN,
  FLOOR_SHARE,
  LOADING_WEEKS,
  MARGIN,
  MAX_REBUILDS,
  MIN_RUN,
  RAMP_SHARE,
  SEED_RPE,
  SPIKE_WINDOW,
  TRANSITION_CROSS,
  TRANSITION_RUNS,
  TRANSITION_STEP,
} from "./tuning.js";
import type { PhaseKind, PhaseWorkouts, PlannedWeek, SeasonInput, SpikeCap, WeekSettings, WeekSpec } from "./types.js";
import { buildWeek } from "./weekBuilder.js";
import type { Day } from "./weekLayout.js";

interface LoadState {
  acute: number;
  chronic: number;
  days: number;
}

/** What the season has built so far: the next week is shaped from it. */
interface SeasonState {
  readonly load: LoadState;
  /** The longest run of each plan day so far, for the 30-day spike check. */
  readonly longestByDay: readonly number[];
  readonly weeks: readonly PlannedWeek[];
  /** Run minutes of the last week that was not reduced. */
  readonly lastLoading: number;
  readonly workouts: PhaseWorkouts | undefined;
}

/** A week as the season keeps it, and the load state after it. */
interface Settled {
  readonly week: PlannedWeek;
  readonly load: LoadState;
}

/** What a week is built from besides the settings the ladder relaxes. */
type WeekFrame = Omit<WeekSpec, keyof WeekSettings>;

/** Builds every week of the season: a fold over the weeks, each shaped from the ones before. */
export function buildSeason(input: SeasonInput): PlannedWeek[] {
  const { lengths } = input;
  const totalWeeks = lengths.transition + lengths.base + lengths.preSeason;
  const seedLoad = input.seeded ? (input.inSeasonMinutes * SEED_RPE) / 7 : 0;
  const start: SeasonState = {
    load: { acute: seedLoad, chronic: seedLoad, days: 0 },
    longestByDay: [],
    weeks: [],
    lastLoading: 0,
    workouts: undefined,
  };
  const season = Array.from({ length: totalWeeks }, (_, week) => week).reduce(
    (state, week) => addWeek(input, state, week),
    start,
  );
  return [...season.weeks];
}

/** The season with one more week: shaped from the weeks before, built, and relaxed until its load keeps the rules. */
function addWeek(input: SeasonInput, state: SeasonState, week: number): SeasonState {
  const { lengths } = input;
  const phase: PhaseKind =
    week < lengths.transition ? "transition" : week < lengths.transition + lengths.base ? "base" : "pre-season";
  const spikeCap = spikeCapOf(input, state.longestByDay);
  const { kind, minutes } = volumeOf(input, state, week, phase);
  const workouts =
    phase === "transition" || state.workouts?.phase === phase
      ? state.workouts
      : sizeWorkouts(input, phase, week, spikeCap);
  const settled = settleWeek(input, state, { phase, kind, week, workouts, spikeCap }, minutes);
  return {
    load: settled.load,
    longestByDay: state.longestByDay.concat(longestOfWeek(input, settled.week)),
    weeks: [...state.weeks, settled.week],
    lastLoading: settled.week.kind === "reduced" ? state.lastLoading : settled.week.runMinutes,
    workouts,
  };
}

/** The day of the plan (0 = its first day) of a weekday in a plan week. */
function dayIndex(input: SeasonInput, week: number, day: Day): number {
  return week * 7 + ((day - input.firstWeekday + 7) % 7);
}

/** The longest run a day may hold so that single-run-spike stays quiet, given the longest runs so far. */
function spikeCapOf(input: SeasonInput, longestByDay: readonly number[]): SpikeCap {
  return (week, day) => {
    const index = dayIndex(input, week, day);
    const before = longestByDay.slice(Math.max(0, index - SPIKE_WINDOW), index);
    const longest = Math.max(0, ...before);
    // A run exactly at the limit is no spike (the rules ignore floating-point noise, so does this).
    // The rule judges a run against 30 days before it: in the plan's first 30 days (without a history) runs come
    // back at the generator's own, gentle pace instead.
    const growth = index < SPIKE_WINDOW ? EARLY_GROWTH : 1 + input.limits.spike.warnAbove;
    return longest === 0 ? Infinity : Math.floor(longest * growth + 1e-9);
  };
}

/** The longest run of each of a week's 7 plan days (0 without a run). */
function longestOfWeek(input: SeasonInput, week: PlannedWeek): number[] {
  return [0, 1, 2, 3, 4, 5, 6].map((offset) =>
    Math.max(0, ...week.runs.filter((run) => dayIndex(input, 0, run.day) === offset).map((run) => run.minutes)),
  );
}

/**
 * The week's kind and the run minutes it aims at: in the transition a growing share of the in-season week; then
 * blocks of loading weeks that build toward the target, each followed by a reduced week.
 */
function volumeOf(
  input: SeasonInput,
  state: SeasonState,
  week: number,
  phase: PhaseKind,
): { kind: PlannedWeek["kind"]; minutes: number } {
  const { limits, lengths } = input;
  if (phase === "transition") {
    const share =
      week === 0
        ? limits.transition.firstDaysMaxShare
        : Math.min(limits.transition.maxShare, limits.transition.firstDaysMaxShare + TRANSITION_STEP * week);
    // Never so close to the base's target that the base has nothing to build: an athlete whose season ran more
    // than the level's base aims for comes back to a transition below that target, not near it.
    const minutes = Math.min(
      Math.floor(share * MARGIN * input.inSeasonMinutes),
      Math.floor(input.targetMinutes / BASE_BUILD),
    );
    return { kind: week === 0 ? "recovery" : "transition", minutes };
  }
  const highest = Math.max(0, ...state.weeks.slice(-3).map((previous) => previous.runMinutes));
  const loadingWeeks = Math.min(LOADING_WEEKS, limits.deload.maxLoadingWeeks);
  const position = week - lengths.transition;
  const kind = position % (loadingWeeks + 1) < loadingWeeks ? "loading" : "reduced";
  const rampCap = Math.floor(highest * (1 + limits.progression.warnAbove * RAMP_SHARE));
  if (kind === "reduced") return { kind, minutes: Math.floor(limits.deload.reducedAtMost * highest * MARGIN) };
  // The base starts where the transition ended and the pre-season holds the volume the base reached.
  if (position === 0 || phase === "pre-season")
    return { kind, minutes: Math.min(input.targetMinutes, state.lastLoading, rampCap) };
  return { kind, minutes: Math.min(input.targetMinutes, Math.floor(state.lastLoading * (1 + BUILD_RATE)), rampCap) };
}

/**
 * Builds the week, follows its load, and while the load would spike the acute:chronic ratio or the days are too
 * alike, takes the next rung of the relaxation ladder and builds again, at most {@link MAX_REBUILDS} times.
 */
function settleWeek(input: SeasonInput, state: SeasonState, frame: WeekFrame, minutes: number): Settled {
  const { limits } = input;
  // A week whose load would spike the ratio (or be too even) builds less, but never less than the last week ran.
  const floor = Math.min(minutes, Math.max(MIN_RUN, Math.floor(FLOOR_SHARE * (state.weeks.at(-1)?.runMinutes ?? 0))));
  let settings = initialSettings(input, frame, minutes);
  let kept: Settled | undefined;
  for (let attempt = 0; ; attempt += 1) {
    const week = buildWeek(input, specOf(frame, settings));
    // Less volume that leaves no run at all is no relief: keep the last week that ran.
    if (kept && week.runMinutes === 0 && kept.week.runMinutes > 0) return kept;
    const daily = dailyLoads(week, input.firstWeekday);
    const simulated = simulate(state.load, daily, input.seeded);
    const current: Settled = { week, load: simulated.state };
    const even = monotony(daily) <= limits.monotony.maxMonotony * EXACT_MARGIN;
    const steady = simulated.peak <= limits.acwr.danger * EXACT_MARGIN;
    if (steady && even) return current;
    const relaxed = relaxWeek(settings, { phase: frame.phase, even, floor });
    if (!relaxed) return repeatLastWeek(input, state, frame) ?? current;
    if (attempt === MAX_REBUILDS) return current;
    settings = relaxed.settings;
    kept = current;
  }
}

/**
 * The spec of one build of a week. Written out field by field, not as `{ ...frame, ...settings }`: a season builds
 * weeks thousands of times, and the two spreads made generatePlan about 1.5 times slower (measured with node 20).
 */
function specOf(frame: WeekFrame, settings: WeekSettings): WeekSpec {
  return {
    phase: frame.phase,
    kind: frame.kind,
    week: frame.week,
    workouts: frame.workouts,
    spikeCap: frame.spikeCap,
    minutes: settings.minutes,
    qualityCount: settings.qualityCount,
    strides: settings.strides,
    crossCount: settings.crossCount,
    transitionRuns: settings.transitionRuns,
    stackCross: settings.stackCross,
    fewerEasy: settings.fewerEasy,
  };
}

/** A week's settings before any relaxation: the phase's quality and strides, its cross-training, every run. */
function initialSettings(input: SeasonInput, frame: WeekFrame, minutes: number): WeekSettings {
  return {
    minutes,
    qualityCount: frame.workouts?.list.length ?? 0,
    strides: frame.workouts?.strides ?? false,
    crossCount: frame.phase === "transition" ? TRANSITION_CROSS : input.profile.crossPerWeek,
    transitionRuns: Math.min(TRANSITION_RUNS, input.layout.runDays.length),
    stackCross: false,
    fewerEasy: 0,
  };
}

/**
 * When no rung of the ladder helps: a loading week repeats the last week, whose load the ratio carried (never a
 * transition week in the base); `undefined` for a reduced week or the first week, which keep their last build.
 */
function repeatLastWeek(input: SeasonInput, state: SeasonState, frame: WeekFrame): Settled | undefined {
  const { phase, kind } = frame;
  const last = state.weeks.at(-1);
  if (kind === "reduced" || !last || (last.phase === "transition" && phase !== "transition")) return undefined;
  const week: PlannedWeek = { ...last, phase, kind };
  return { week, load: simulate(state.load, dailyLoads(week, input.firstWeekday), input.seeded).state };
}

/** The week's load by plan day (RPE x minutes of runs, cross-training and strength). */
function dailyLoads(week: PlannedWeek, firstWeekday: Day): number[] {
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const entry of [...week.runs, ...week.strength, ...week.cross])
    byWeekday[entry.day] = (byWeekday[entry.day] ?? 0) + entry.rpe * entry.minutes;
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => byWeekday[(firstWeekday + offset) % 7] ?? 0);
}

/** The acute:chronic ratio day by day, as the validator reads it: its peak over the week, and the state after. */
function simulate(start: LoadState, daily: readonly number[], seeded: boolean): { peak: number; state: LoadState } {
  // The validator's own series (load/acwrSeries.ts): seeded, every day is read; unseeded, from day 28, bias-corrected.
  const series = acwrByDay(daily, start, { fromDay: seeded ? 0 : ACWR_WARMUP_DAYS, correctBias: !seeded });
  return { peak: Math.max(0, ...series.map((day) => day.ratio ?? 0)), state: series.at(-1)?.state ?? start };
}
