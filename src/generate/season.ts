/**
 * The season's shape, week by week: a transition that recovers from the season, a base that builds toward a target
 * in blocks with a reduced week after each, a pre-season that holds the volume and adds quality. Each week is built
 * as typed sessions with its minutes, its load by day is followed as the rules read it (the acute:chronic ratio day
 * by day, the longest run of the 30 days before each run), and the next week is shaped from what the last ones are.
 * A week whose load would break a rule climbs the relaxation ladder (relaxations.ts) until it keeps them.
 */
import { monotony } from "../load/weeklyMetrics.js";
import { dailyLoads, simulate, twoWeekCap, type LoadState } from "./loadSeries.js";
import { longestOfWeek, spikeCapOf } from "./spikeCap.js";
import { noRunWeekdays, weekAfterEnd } from "./coaching.js";
import { sameQuality, varied, weekWorkouts } from "./phaseWorkouts.js";
import { doseOf } from "./weekDose.js";
import { relaxWeek } from "./relaxations.js";
import {
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
  TRANSITION_CROSS,
  TRANSITION_RUNS,
} from "./tuning.js";
import type { PhaseKind, PhaseWorkouts, PlannedWeek, SeasonInput, WeekSettings, WeekSpec } from "./types.js";
import { buildReadWeek } from "./stepBackWeek.js";

/** What the season has built so far: the next week is shaped from it. */
interface SeasonState {
  readonly load: LoadState;
  /** The longest run of each plan day so far, for the 30-day spike check. */
  readonly longestByDay: readonly number[];
  readonly weeks: readonly PlannedWeek[];
  /** Run minutes of the last week that was not reduced. */
  readonly lastLoading: number;
  readonly workouts: PhaseWorkouts | undefined;
  /** Weeks in a row that held the last week's quality sessions. */
  readonly qualityStreak: number;
  /** What the last week gave up for its load: the next week takes it back a step at a time. */
  readonly relief: Relief;
}

/** The strength share and cross-training sessions a week settled on. */
type Relief = Pick<WeekSettings, "strengthShare" | "crossCount">;

/** A week as the season keeps it, the load state after it, and what it gave up for its load. */
interface Settled {
  readonly week: PlannedWeek;
  readonly load: LoadState;
  readonly relief: Relief;
  /** The week's peak acute:chronic ratio. */
  readonly peak: number;
}

/** Of the last week repeated and the week's last build, the one with the lower peak ratio. */
const lighter = (repeat: Settled | undefined, current: Settled) =>
  repeat !== undefined && repeat.peak < current.peak ? repeat : current;

/** What a week is built from besides the settings the ladder relaxes. */
type WeekFrame = Omit<WeekSpec, keyof WeekSettings>;

/** Builds every week of the season: a fold over the weeks, each shaped from the ones before. */
export function buildSeason(input: SeasonInput): PlannedWeek[] {
  const { lengths } = input;
  const totalWeeks = lengths.transition + lengths.base + lengths.preSeason;
  const seedLoad = input.seeded ? (input.inSeasonMinutes * SEED_RPE) / 7 : 0;
  const start: SeasonState = {
    load: { acute: seedLoad, chronic: seedLoad, days: 0, before: seedLoad, recent: [] },
    longestByDay: [],
    weeks: [],
    lastLoading: 0,
    workouts: undefined,
    qualityStreak: 0,
    relief: { strengthShare: 1, crossCount: Infinity },
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
  const planned = weekWorkouts(input, { phase, week, trained, preSeason, reduced: kind === "reduced" }, spikeCap);
  const workouts = varied(planned, state.workouts, state.qualityStreak);
  const after = weekAfterEnd(model, week);
  // A step-back week never holds the plan's longest run: its long run stays under the longest so far (COACHING §2.2).
  // The plan's longest run is its longest long run (type long, or 75 minutes and more), as deload-week reads it.
  const longRuns = state.weeks.flatMap((done) =>
    done.runs.filter((run) => run.runType === "long" || run.minutes >= 75),
  );
  const longest = Math.max(0, ...longRuns.map((run) => run.minutes)) || Math.max(0, ...state.longestByDay);
  const stepBackCap = longest > 0 ? Math.max(MIN_RUN, Math.floor(REDUCED_LONG * longest)) : Infinity;
  const longCap = Math.min(model.longRunCap, kind === "reduced" ? stepBackCap : Infinity);
  const frame: WeekFrame = {
    phase,
    kind,
    week,
    workouts,
    spikeCap,
    after,
    noRunDays: noRunWeekdays(model, input.firstWeekday, week),
    longCap,
    stepBackCap: Math.min(model.longRunCap, stepBackCap),
    dose: doseOf(input, { phase, kind, trained, preSeason, after }),
  };
  const settled = settleWeek(input, state, frame, minutes);
  return {
    load: settled.load,
    longestByDay: state.longestByDay.concat(longestOfWeek(input, settled.week)),
    weeks: [...state.weeks, settled.week],
    lastLoading: settled.week.kind === "reduced" ? state.lastLoading : settled.week.runMinutes,
    workouts,
    qualityStreak: sameQuality(workouts, state.workouts) ? state.qualityStreak + 1 : 1,
    relief: settled.relief,
  };
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
  // As weekly-volume-progression reads a return: after a transition, until a week reaches the in-season week.
  const returning =
    input.seeded && input.lengths.transition > 0 && state.weeks.every((done) => done.runMinutes < inSeason);
  const twoWeeks = returning ? Infinity : twoWeekCap(state.weeks, week);
  if (reduced && highest > 0)
    return { kind: "reduced", minutes: Math.min(twoWeeks, Math.floor(limits.deload.reducedAtMost * highest * MARGIN)) };
  const target = input.targetMinutes;
  const returnTo = Math.min(inSeason, target);
  const last = state.lastLoading;
  // No transition: the base starts at the season's level, its whole load no heavier than the season's running.
  if (last === 0) return { kind: "loading", minutes: Math.floor(Math.min(target, START_SHARE * inSeason)) };
  const grown = Math.floor(last * (1 + model.growth) + 1e-9);
  if (last >= RETURNED * returnTo)
    return {
      kind: "loading",
      minutes: Math.min(target, phase === "pre-season" ? last : grown, twoWeeks),
    };
  // Returning to a volume the runner held is no ramp (DOMAIN; weekly-volume-progression judges it against the
  // in-season week when the athlete gives one); without it, at most a quarter a week. New volume: 10 % (AAP, Daniels).
  // Not returning: at most a quarter a week (youth 10 %, AAP), and 30 % over 2 weeks (Nielsen 2014).
  const rate = returning ? Infinity : model.youth ? 1 + model.growth : 1 + limits.progression.warnAbove * RAMP_SHARE;
  const most = Math.min(Math.floor(Math.max(last, highest) * rate), twoWeeks);
  // A transition without a known season end returns by its own weeks; no transition: the return is done.
  const step = Math.floor(shareAt(after ?? (input.lengths.transition > 0 ? week : shares.length)) * inSeason);
  return { kind: "loading", minutes: Math.min(returnTo, most, Math.max(grown, step)) };
}

/**
 * Builds the week, follows its load, and while the load would spike the acute:chronic ratio or the days are too
 * alike, takes the next rung of the relaxation ladder and builds again, at most {@link MAX_REBUILDS} times.
 */
function settleWeek(input: SeasonInput, state: SeasonState, frame: WeekFrame, minutes: number, deep = false): Settled {
  const { limits } = input;
  // A week whose load would spike the ratio (or be too even) builds less, but never less than the last week ran;
  // a week that finds no relief above that floor steps back further (`deep`).
  const last = deep ? 0 : (state.weeks.at(-1)?.runMinutes ?? 0);
  const floor = Math.min(minutes, Math.max(MIN_RUN, Math.floor(FLOOR_SHARE * last)));
  let settings = initialSettings(input, frame, minutes, state.relief);
  let kept: Settled | undefined;
  // Only a build whose load changed counts against the budget: runs come in 20-minute units, so several volume steps
  // can build the same week, and the rungs after them (lighter strength) must still get their turn.
  for (let attempt = 0; ;) {
    const week = buildReadWeek(input, specOf(frame, settings, minutes), state.weeks);
    // Less volume that leaves no run at all is no relief: keep the last week that ran.
    if (kept && week.runMinutes === 0 && kept.week.runMinutes > 0) return kept;
    const daily = dailyLoads(week, input.firstWeekday);
    const simulated = simulate(state.load, daily, input.seeded);
    const relief = { strengthShare: settings.strengthShare, crossCount: settings.crossCount };
    const current: Settled = { week, load: simulated.state, relief, peak: simulated.peak };
    const even = monotony(daily) <= limits.monotony.maxMonotony * EXACT_MARGIN;
    const steady = simulated.peak <= limits.acwr.danger * EXACT_MARGIN;
    if (steady && even) return current;
    if (current.peak !== kept?.peak) attempt += 1;
    const relaxed = relaxWeek(settings, { phase: frame.phase, even, floor });
    if (!relaxed) {
      const best = lighter(repeatLastWeek(input, state, frame), current);
      const retry = !deep && floor > MIN_RUN && best.peak > limits.acwr.danger * EXACT_MARGIN;
      return retry ? settleWeek(input, state, frame, minutes, true) : best;
    }
    if (attempt > MAX_REBUILDS) return current;
    settings = relaxed.settings;
    kept = current;
  }
}

/** The spec of one build, field by field: two spreads made generatePlan 1.5 times slower (node 20). */
function specOf(frame: WeekFrame, settings: WeekSettings, planned: number): WeekSpec {
  // A week relaxed to less volume shortens its long run too: one heavy day alone can spike the daily ratio, and a
  // week that ends a step-back week in all but name never holds the plan's longest run.
  const relaxed = Math.max(MIN_RUN, Math.floor(RELAXED_LONG_SHARE * settings.minutes));
  const longCap = settings.minutes < planned ? Math.min(frame.longCap, frame.stepBackCap, relaxed) : frame.longCap;
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
    stepBackCap: frame.stepBackCap,
    dose: frame.dose,
  };
}

/** A week's settings before any relaxation: the phase's quality and strides, its cross-training, every run. */
function initialSettings(input: SeasonInput, frame: WeekFrame, minutes: number, relief: Relief): WeekSettings {
  return {
    minutes,
    qualityCount: frame.workouts?.list.length ?? 0,
    strides: frame.workouts?.strides !== undefined,
    // What the last week gave up for its load comes back a step at a time: a whole step back spikes the ratio again.
    crossCount: Math.min(
      frame.phase === "transition" ? TRANSITION_CROSS : input.profile.crossPerWeek,
      relief.crossCount + 1,
    ),
    transitionRuns: Math.min(
      TRANSITION_RUNS + (frame.after !== undefined && frame.after >= 2 ? 1 : 0),
      input.layout.runDays.length,
      input.model.runTarget,
    ),
    stackCross: false,
    fewerEasy: 0,
    strengthShare: Math.min(1, relief.strengthShare + 0.25),
  };
}

/**
 * When no rung of the ladder helps: a loading week repeats the last week, whose load the ratio carried (never a
 * transition week in the base, nor a week over the 2-week cap); `undefined` for a reduced week or the first week,
 * which keep their last build.
 */
function repeatLastWeek(input: SeasonInput, state: SeasonState, frame: WeekFrame): Settled | undefined {
  const { phase, kind } = frame;
  const last = state.weeks.at(-1);
  if (kind === "reduced" || !last || (last.phase === "transition" && phase !== "transition")) return undefined;
  // A repeat is a week like any other: within 30 % over 2 weeks (a return week repeated can break it).
  if (last.runMinutes > twoWeekCap(state.weeks, frame.week)) return undefined;
  const week: PlannedWeek = { ...last, phase, kind };
  const simulated = simulate(state.load, dailyLoads(week, input.firstWeekday), input.seeded);
  return { week, load: simulated.state, relief: state.relief, peak: simulated.peak };
}
