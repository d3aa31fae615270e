/**
 * The season's shape, week by week: a transition that recovers from the season, a base that builds toward a target
 * in blocks with a reduced week after each, a pre-season that holds the volume and adds quality. Each week is built
 * as typed sessions with its minutes, its load by day is followed as the rules read it (the acute:chronic ratio day
 * by day, the longest run of the 30 days before each run), and the next week is shaped from what the last ones are.
 * A week whose load would break a rule climbs the relaxation ladder (relaxations.ts) until it keeps them.
 */
import { ACWR_WARMUP_DAYS, acwrByDay } from "../load/acwrSeries.js";
import { monotony } from "../load/weeklyMetrics.js";
import { noRunWeekdays, weekAfterEnd } from "./coaching.js";
import { weekWorkouts } from "./phaseWorkouts.js";
import { doseOf } from "./weekDose.js";
import { relaxWeek } from "./relaxations.js";
import {
  EARLY_GROWTH,
  EXACT_MARGIN,
  FLOOR_SHARE,
  MARGIN,
  MAX_REBUILDS,
  MIN_RUN,
  RAMP_SHARE,
  REDUCED_LONG,
  RELAXED_LONG_SHARE,
  RETURNED,
  SEED_RPE,
  START_SHARE,
  SPIKE_WINDOW,
  TRANSITION_CROSS,
  TRANSITION_RUNS,
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
  const { lengths, model } = input;
  const phase: PhaseKind =
    week < lengths.transition ? "transition" : week < lengths.transition + lengths.base ? "base" : "pre-season";
  const spikeCap = spikeCapOf(input, state.longestByDay);
  const trained = week - lengths.transition;
  // A step-back week every 3rd (beginners, youth, masters) or 4th week of the base and pre-season (COACHING §2.2).
  const reduced = phase !== "transition" && (trained + 1) % model.stepBackEvery === 0;
  const { kind, minutes } = volumeOf(input, state, week, phase, reduced);
  const preSeason = phase === "pre-season" ? trained - lengths.base : undefined;
  const workouts = weekWorkouts(input, { phase, week, trained, preSeason, reduced: kind === "reduced" }, spikeCap);
  const after = weekAfterEnd(model, week);
  // A step-back week never holds the plan's longest run: its long run stays under the longest so far (COACHING §2.2).
  const longest = Math.max(0, ...state.longestByDay);
  const longCap = Math.min(
    model.longRunCap,
    kind === "reduced" && longest > 0 ? Math.max(MIN_RUN, Math.floor(REDUCED_LONG * longest)) : Infinity,
  );
  const frame: WeekFrame = {
    phase,
    kind,
    week,
    workouts,
    spikeCap,
    after,
    noRunDays: noRunWeekdays(model, input.firstWeekday, week),
    longCap,
    dose: doseOf(input, { phase, kind, trained, preSeason, after }),
  };
  const settled = settleWeek(input, state, frame, minutes);
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
 * The week's kind and the run minutes it aims at (COACHING §1.2, §2.1-§2.4, §8 items 2-3): in the transition the
 * return share of the in-season week for the week after the season's end (under transition-volume's caps); then the
 * return goes on to the in-season week (the published steps, at most a quarter a week), then new volume at most 10 %
 * a week up to the base's peak; a step-back week at about three quarters of the highest of the 3 weeks before.
 */
function volumeOf(
  input: SeasonInput,
  state: SeasonState,
  week: number,
  phase: PhaseKind,
  reduced: boolean,
): { kind: PlannedWeek["kind"]; minutes: number } {
  const { limits, model } = input;
  const inSeason = input.inSeasonMinutes;
  const after = weekAfterEnd(model, week);
  const shares = model.returnShares;
  const shareAt = (index: number) => shares[Math.min(index, shares.length - 1)] ?? 1;
  if (phase === "transition") {
    const index = after ?? week;
    // transition-volume's caps: 40 % for the first 7 days, 60 % up to 14 days after the season (or its end unknown).
    const early = model.daysSince === undefined || model.daysSince + 7 * week <= 2 * limits.transition.firstDays;
    const cap =
      index === 0
        ? limits.transition.firstDaysMaxShare
        : early
          ? limits.transition.maxShare
          : limits.transition.laterMaxShare;
    const minutes = Math.floor(Math.min(shareAt(index), cap) * MARGIN * inSeason);
    return { kind: index === 0 ? "recovery" : "transition", minutes };
  }
  const highest = Math.max(0, ...state.weeks.slice(-3).map((previous) => previous.runMinutes));
  if (reduced && highest > 0)
    return { kind: "reduced", minutes: Math.floor(limits.deload.reducedAtMost * highest * MARGIN) };
  const target = input.targetMinutes;
  const returnTo = Math.min(inSeason, target);
  const last = state.lastLoading;
  // No transition: the base starts where the return stands (the season's end long past: the runner's season level).
  if (last === 0) return { kind: "loading", minutes: Math.floor(Math.min(target, START_SHARE * inSeason)) };
  const grown = Math.floor(last * (1 + model.growth) + 1e-9);
  if (last >= RETURNED * returnTo)
    return { kind: "loading", minutes: Math.min(target, phase === "pre-season" ? last : grown) };
  // Returning to a volume the runner held is no ramp (DOMAIN; weekly-volume-progression judges it against the
  // in-season week when the athlete gives one); without it, at most a quarter a week. New volume: 10 % (AAP, Daniels).
  const returning = input.seeded && input.lengths.transition > 0;
  const rate = returning ? Infinity : 1 + limits.progression.warnAbove * RAMP_SHARE;
  const most = Math.floor(Math.max(last, highest) * rate);
  const step = Math.floor(shareAt(after ?? shares.length) * inSeason);
  return { kind: "loading", minutes: Math.min(returnTo, most, Math.max(grown, step)) };
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
    const week = buildWeek(input, specOf(frame, settings, minutes));
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
function specOf(frame: WeekFrame, settings: WeekSettings, planned: number): WeekSpec {
  // A week relaxed to less volume shortens its long run too: one heavy day alone can spike the daily ratio.
  const longCap =
    settings.minutes < planned
      ? Math.min(frame.longCap, Math.max(MIN_RUN, Math.floor(RELAXED_LONG_SHARE * settings.minutes)))
      : frame.longCap;
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
    strengthShare: settings.strengthShare,
    after: frame.after,
    noRunDays: frame.noRunDays,
    longCap,
    dose: frame.dose,
  };
}

/** A week's settings before any relaxation: the phase's quality and strides, its cross-training, every run. */
function initialSettings(input: SeasonInput, frame: WeekFrame, minutes: number): WeekSettings {
  return {
    minutes,
    qualityCount: frame.workouts?.list.length ?? 0,
    strides: frame.workouts?.strides !== undefined,
    crossCount: frame.phase === "transition" ? TRANSITION_CROSS : input.profile.crossPerWeek,
    transitionRuns: Math.min(
      TRANSITION_RUNS + (frame.after !== undefined && frame.after >= 2 ? 1 : 0),
      input.layout.runDays.length,
      input.model.runTarget,
    ),
    stackCross: false,
    fewerEasy: 0,
    strengthShare: 1,
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
