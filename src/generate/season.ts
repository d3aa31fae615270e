/**
 * The season's shape, week by week: a transition that recovers from the season, a base that builds toward a target
 * in blocks with a reduced week after each, a pre-season that holds the volume and adds quality. Each week is built
 * as typed sessions with its minutes, its load by day is followed as the rules read it (the acute:chronic ratio day
 * by day, the longest run of the 30 days before each run), and the next week is shaped from what the last ones are.
 */
import { ACWR_WARMUP_DAYS, acwrByDay } from "../load/acwrSeries.js";
import { monotony } from "../load/weeklyMetrics.js";
import type { RUN_TYPES } from "../model/session.js";
import type { LevelProfile } from "./profiles.js";
import type { RuleLimits } from "./ruleLimits.js";
import { qualityWorkout, stridesWorkout, type QualityType, type Workout } from "./sessions.js";
import { spreadDays, type Day, type StrengthDay, type WeekLayout } from "./weekLayout.js";

/** A run type. */
type RunType = (typeof RUN_TYPES)[number];

/** A phase of the generated plan. */
export type PhaseKind = "transition" | "base" | "pre-season";

/** A run of one week. */
export interface PlannedRun {
  readonly day: Day;
  readonly runType: RunType;
  readonly rpe: number;
  readonly minutes: number;
  readonly workout?: Workout;
}

/** A strength or cross-training session of one week. */
export interface PlannedOther {
  readonly day: Day;
  readonly minutes: number;
  readonly rpe: number;
  readonly mode?: StrengthDay["mode"];
}

/** One week of the season, as built. */
export interface PlannedWeek {
  readonly phase: PhaseKind;
  /** `recovery` (the first transition week), `transition`, `loading` or `reduced`. */
  readonly kind: "recovery" | "transition" | "loading" | "reduced";
  readonly runs: readonly PlannedRun[];
  readonly strength: readonly PlannedOther[];
  readonly cross: readonly PlannedOther[];
  readonly runMinutes: number;
}

/** What the season is built from. */
export interface SeasonInput {
  readonly layout: WeekLayout;
  readonly profile: LevelProfile;
  readonly limits: RuleLimits;
  readonly beginner: boolean;
  /** The in-season week the transition is measured against. */
  readonly inSeasonMinutes: number;
  /** Whether the load ratio starts from the in-season week (else from nothing, read from day 28). */
  readonly seeded: boolean;
  /** Run minutes the base builds toward. */
  readonly targetMinutes: number;
  readonly lengths: { readonly transition: number; readonly base: number; readonly preSeason: number };
  /** Weekday (0 = Monday) of the plan's first day. */
  readonly firstWeekday: Day;
  readonly paces: Parameters<typeof qualityWorkout>[3];
}

/** The shortest easy run. */
const MIN_RUN = 20;
/** How far below a rule's limit the generator plans: rounding and day-to-day detail never reach the limit. */
const MARGIN = 0.95;
/** Below a limit the generator computes exactly as the rule does (the daily acute:chronic ratio). */
const EXACT_MARGIN = 0.99;
/** Growth of run minutes from one loading week to the next (under the warning of weekly-volume-progression). */
const BUILD_RATE = 0.12;
/**
 * How much the base builds at least, from the transition's last week to its target (the shape: the last base
 * weeks run 1.25x the first): the transition stays at or under target / 1.3.
 */
const BASE_BUILD = 1.3;
/** Each transition week after the first runs this much more of the in-season week, up to the transition's limit. */
const TRANSITION_STEP = 0.1;
/** A long run at least this many times each easy run of its week: clearly the week's long run. */
const LONG_OVER_EASY = 1.25;
/** Days single-run-spike looks back. */
const SPIKE_WINDOW = 30;
/** Growth of the longest run week to week while the spike rule cannot judge it (the plan's first 30 days). */
const EARLY_GROWTH = 1.2;
/** The shortest cross-training session. */
const CROSS_MIN = 20;
/** Runs of the first transition week, and at most of the others: running comes back gradually. */
const RECOVERY_RUNS = 3;
const TRANSITION_RUNS = 4;
/** The longest run's share of a transition week with several runs. */
const TRANSITION_TOP = 0.4;
/** Cross-training sessions of a transition week. */
const TRANSITION_CROSS = 2;
/** Quality sessions take at most this share of a week's running: more in the pre-season, which is for quality. */
const QUALITY_SHARE: Readonly<Record<PhaseKind, number>> = { transition: 0, base: 0.35, "pre-season": 0.8 };
/** Hard minutes of a pre-season quality session at least (when the day has room for them). */
const PRE_SEASON_HARD_MINUTES = 10;
/** Rebuilds of one week at less volume when its load would spike the acute:chronic ratio. */
const LOAD_STEPS = 8;

const longShareFor = (runs: number) => (runs >= 5 ? 0.28 : runs === 4 ? 0.3 : runs === 3 ? 0.38 : 0.5);

interface LoadState {
  acute: number;
  chronic: number;
  days: number;
}

/** Builds every week of the season. */
export function buildSeason(input: SeasonInput): PlannedWeek[] {
  const { limits, lengths } = input;
  const totalWeeks = lengths.transition + lengths.base + lengths.preSeason;
  const seedLoad = input.seeded ? (input.inSeasonMinutes * 4) / 7 : 0;
  let load: LoadState = { acute: seedLoad, chronic: seedLoad, days: 0 };
  // The longest run of each plan day so far, for the 30-day spike check.
  const longestByDay: number[] = [];
  const volumes: number[] = [];
  const weeks: PlannedWeek[] = [];
  let lastLoading = 0;
  let workouts: { phase: PhaseKind; list: readonly Workout[]; strides: boolean } | undefined;
  const loadingWeeks = Math.min(3, limits.deload.maxLoadingWeeks);
  const dayIndex = (week: number, day: Day) => week * 7 + ((day - input.firstWeekday + 7) % 7);
  const spikeCap = (week: number, day: Day) => {
    const index = dayIndex(week, day);
    const before = longestByDay.slice(Math.max(0, index - SPIKE_WINDOW), index);
    const longest = Math.max(0, ...before);
    // A run exactly at the limit is no spike (the rules ignore floating-point noise, so does this).
    // The rule judges a run against 30 days before it: in the plan's first 30 days (without a history) runs come
    // back at the generator's own, gentle pace instead.
    const growth = index < SPIKE_WINDOW ? EARLY_GROWTH : 1 + limits.spike.warnAbove;
    return longest === 0 ? Infinity : Math.floor(longest * growth + 1e-9);
  };
  for (let week = 0; week < totalWeeks; week += 1) {
    const phase: PhaseKind =
      week < lengths.transition ? "transition" : week < lengths.transition + lengths.base ? "base" : "pre-season";
    const previous = volumes.slice(-3);
    const highest = Math.max(0, ...previous);
    let kind: PlannedWeek["kind"];
    let minutes: number;
    if (phase === "transition") {
      kind = week === 0 ? "recovery" : "transition";
      const share =
        week === 0
          ? limits.transition.firstDaysMaxShare
          : Math.min(limits.transition.maxShare, limits.transition.firstDaysMaxShare + TRANSITION_STEP * week);
      // Never so close to the base's target that the base has nothing to build: an athlete whose season ran more
      // than the level's base aims for comes back to a transition below that target, not near it.
      minutes = Math.min(
        Math.floor(share * MARGIN * input.inSeasonMinutes),
        Math.floor(input.targetMinutes / BASE_BUILD),
      );
    } else {
      const position = week - lengths.transition;
      kind = position % (loadingWeeks + 1) < loadingWeeks ? "loading" : "reduced";
      const rampCap = Math.floor(highest * (1 + limits.progression.warnAbove * 0.8));
      if (kind === "reduced") minutes = Math.floor(limits.deload.reducedAtMost * highest * MARGIN);
      // The base starts where the transition ended and the pre-season holds the volume the base reached.
      else if (position === 0 || phase === "pre-season") minutes = Math.min(input.targetMinutes, lastLoading, rampCap);
      else minutes = Math.min(input.targetMinutes, Math.floor(lastLoading * (1 + BUILD_RATE)), rampCap);
      if (workouts?.phase !== phase) workouts = sizeWorkouts(input, phase, week, spikeCap);
    }
    let built: PlannedWeek | undefined;
    let next: LoadState = load;
    // A week whose load would spike the ratio (or be too even) builds less, but never less than the last week ran.
    const floor = Math.min(minutes, Math.max(MIN_RUN, Math.floor(0.85 * (volumes.at(-1) ?? 0))));
    let qualityCount = workouts?.list.length ?? 0;
    let strides = workouts?.strides ?? false;
    let crossCount = phase === "transition" ? TRANSITION_CROSS : input.profile.crossPerWeek;
    let transitionRuns = Math.min(TRANSITION_RUNS, input.layout.runDays.length);
    let stackCross = false;
    let fewerEasy = 0;
    for (let attempt = 0; attempt <= LOAD_STEPS + 2; attempt += 1) {
      const candidate = buildWeek(input, {
        phase,
        kind,
        week,
        minutes,
        workouts,
        spikeCap,
        qualityCount,
        strides,
        crossCount,
        transitionRuns,
        stackCross,
        fewerEasy,
      });
      // Less volume that leaves no run at all is no relief: keep the last week that ran.
      if (built && candidate.runMinutes === 0 && built.runMinutes > 0) break;
      built = candidate;
      const daily = dailyLoads(built, input.firstWeekday);
      const simulated = simulate(load, daily, input.seeded);
      next = simulated.state;
      const even = monotony(daily) <= limits.monotony.maxMonotony * EXACT_MARGIN;
      const steady = simulated.peak <= limits.acwr.danger * EXACT_MARGIN;
      if (steady && even) break;
      if (!even && !stackCross) stackCross = true;
      else if (!even && phase !== "transition" && fewerEasy < 2) fewerEasy += 1;
      else if (!even && phase === "transition" && transitionRuns > 2) transitionRuns -= 1;
      else if (!even && crossCount > 1) crossCount -= 1;
      else if (minutes > floor) minutes = Math.max(floor, Math.floor(minutes * 0.93));
      else if (crossCount > 1) crossCount -= 1;
      else if (qualityCount > 0) qualityCount -= 1;
      else if (strides) strides = false;
      else {
        // Nothing lighter helps: a loading week repeats the last week, whose load the ratio carried.
        const last = weeks.at(-1);
        if (kind !== "reduced" && last && (last.phase !== "transition" || phase === "transition")) {
          built = { ...last, phase, kind };
          next = simulate(load, dailyLoads(built, input.firstWeekday), input.seeded).state;
        }
        break;
      }
    }
    if (!built) continue;
    load = next;
    for (const run of built.runs) {
      const index = dayIndex(week, run.day);
      longestByDay[index] = Math.max(longestByDay[index] ?? 0, run.minutes);
    }
    for (let index = week * 7; index < week * 7 + 7; index += 1) longestByDay[index] ??= 0;
    volumes.push(built.runMinutes);
    if (built.kind !== "reduced") lastLoading = built.runMinutes;
    weeks.push(built);
  }
  return weeks;
}

/** Quality sessions of a phase, sized to the level and to what the weeks before have run. */
function sizeWorkouts(
  input: SeasonInput,
  phase: PhaseKind,
  week: number,
  spikeCap: (week: number, day: Day) => number,
): { phase: PhaseKind; list: readonly Workout[]; strides: boolean } {
  const { profile, layout, limits } = input;
  const wanted = Math.min(
    phase === "base" ? profile.baseQuality : profile.preSeasonQuality,
    limits.hardSessions.maxPerWeek,
    layout.hardDays.length,
  );
  const types: readonly QualityType[] = phase === "base" ? ["hills", "tempo"] : ["intervals", "tempo"];
  const list: Workout[] = [];
  for (let index = 0; index < wanted; index += 1) {
    const type = types[index] ?? "tempo";
    const day = layout.hardDays[index];
    if (day === undefined) break;
    const full =
      type === "hills" ? profile.hillRepeats : type === "tempo" ? profile.tempoRepeats : profile.intervalRepeats;
    const room = Math.min(roomFor(input, day, phase), spikeCap(week, day));
    // The level's session if it fits, else shorter warm-up and cool-down, else fewer repeats; a pre-season session
    // keeps at least 10 hard minutes (a tempo run holds them in less time than intervals with their recoveries).
    const options: Workout[] = [];
    for (let reps = Math.max(2, full); reps >= 2; reps -= 1)
      for (const short of [false, true]) options.push(qualityWorkout(type, reps, profile, input.paces, short));
    if (phase === "pre-season") {
      const reps = Math.max(2, Math.ceil(PRE_SEASON_HARD_MINUTES / profile.tempoMinutes));
      options.push(qualityWorkout("tempo", reps, profile, input.paces, true));
    }
    const fits = options.filter((workout) => workout.minutes <= room);
    const chosen =
      phase === "pre-season"
        ? (fits.find((workout) => workout.hardMinutes >= PRE_SEASON_HARD_MINUTES) ?? fits[0])
        : fits[0];
    if (chosen) list.push(chosen);
  }
  return { phase, list, strides: true };
}

/** Strength minutes and RPE of a phase: light bodyweight work in the transition. */
function strengthOf(input: SeasonInput, phase: PhaseKind): { minutes: number; rpe: number } {
  if (phase === "transition") return { minutes: input.profile.strengthMinutes, rpe: 3 };
  return { minutes: input.profile.strengthMinutes, rpe: input.beginner ? 4 : 5 };
}

/** Minutes a day leaves for running once its strength session (the phase's) is counted. */
function roomFor(input: SeasonInput, day: Day, phase: PhaseKind): number {
  const strength = input.layout.strengthDays.some((entry) => entry.day === day) ? strengthOf(input, phase).minutes : 0;
  return (input.layout.capacity[day] ?? 0) - strength;
}

interface WeekSpec {
  readonly phase: PhaseKind;
  readonly kind: PlannedWeek["kind"];
  readonly week: number;
  readonly minutes: number;
  readonly workouts: { readonly list: readonly Workout[]; readonly strides: boolean } | undefined;
  readonly spikeCap: (week: number, day: Day) => number;
  /** Quality sessions the week may hold at most. */
  readonly qualityCount: number;
  /** Whether the week may hold strides. */
  readonly strides: boolean;
  /** Cross-training sessions of the week. */
  readonly crossCount: number;
  /** Runs of a transition week after the first. */
  readonly transitionRuns: number;
  /** Cross-training on an easy run's day, for a week whose days are too alike. */
  readonly stackCross: boolean;
  /** Easy runs left out (their minutes going to the others), for a week whose days are too alike. */
  readonly fewerEasy: number;
}

function buildWeek(input: SeasonInput, spec: WeekSpec): PlannedWeek {
  const { layout, limits } = input;
  const { phase, kind, week } = spec;
  const capacity = (day: Day) => layout.capacity[day] ?? 0;
  const strength: PlannedOther[] =
    kind === "recovery" ? [] : layout.strengthDays.map(({ day, mode }) => ({ day, mode, ...strengthOf(input, phase) }));
  const strengthOn = (day: Day) => strength.find((entry) => entry.day === day)?.minutes ?? 0;
  // The transition keeps its load in easy cross-training (two sessions a week) while running comes back.
  const crossMinutes = Math.min(
    kind === "recovery" ? 30 : 45,
    Math.max(20, Math.round((phase === "transition" ? 0.2 : 0.15) * input.inSeasonMinutes)),
  );
  // Cross-training goes on the emptiest day once the runs are known; without a free day for it, the first
  // cross-training day keeps room for it.
  const freeDay = layout.crossDays.find((day) => !layout.runDays.includes(day) && strengthOn(day) === 0);
  const reserved = freeDay === undefined ? layout.crossDays[0] : undefined;
  const room = (day: Day) => capacity(day) - strengthOn(day) - (day === reserved ? crossMinutes : 0);
  const cap = (day: Day) => Math.min(room(day), spec.spikeCap(week, day));
  const runs: PlannedRun[] = [];
  if (phase === "transition") {
    const most = kind === "recovery" ? limits.transition.firstDaysMaxRunMinutes - 5 : Infinity;
    // The roomiest run day carries the week's longest run, as long as the 30-day spike check allows; the other runs
    // share what is left at 20 minutes or more, never longer than it.
    let days = spreadDays(layout.runDays, kind === "recovery" ? RECOVERY_RUNS : spec.transitionRuns);
    const longest = layout.longDay !== undefined && days.includes(layout.longDay) ? layout.longDay : days[0];
    if (longest === undefined)
      return finish(phase, kind, runs, strength, placeCross(input, spec, runs, strength, crossMinutes));
    const top = Math.max(
      0,
      Math.min(
        most,
        cap(longest),
        days.length > 1 ? Math.max(MIN_RUN, Math.round(TRANSITION_TOP * spec.minutes)) : spec.minutes,
      ),
    );
    if (top >= MIN_RUN) runs.push({ day: longest, runType: "easy", rpe: 3, minutes: top });
    let others = days.filter((day) => day !== longest);
    while (others.length > 0 && Math.floor((spec.minutes - top) / others.length) < MIN_RUN)
      others = spreadDays(others, others.length - 1);
    days = others;
    for (const day of days) {
      const minutes = Math.min(top, cap(day), Math.floor((spec.minutes - top) / days.length));
      if (minutes >= MIN_RUN) runs.push({ day, runType: "easy", rpe: 3, minutes });
    }
    runs.sort((a, b) => a.day - b.day);
    return finish(phase, kind, runs, strength, placeCross(input, spec, runs, strength, crossMinutes));
  }
  // Quality first: its days, its fixed minutes; then strides after the roomiest easy run, the long run, easy runs.
  // Quality fits its day and the 30-day longest run, and leaves at least half the week's running easy.
  let quality: { workout: Workout; day: Day }[] = [];
  let qualityMinutes = 0;
  for (const [index, workout] of (spec.workouts?.list ?? []).slice(0, spec.qualityCount).entries()) {
    const day = layout.hardDays[index];
    if (day === undefined || workout.minutes > cap(day)) continue;
    if (qualityMinutes + workout.minutes > QUALITY_SHARE[spec.phase] * spec.minutes) continue;
    quality.push({ workout, day });
    qualityMinutes += workout.minutes;
  }
  // A week short of easy minutes for its quality gets one more easy cross-training session before it loses any.
  let extraCross = 0;
  for (;;) {
    const composed = compose(input, spec, quality, cap);
    const cross = placeCross(
      input,
      { ...spec, crossCount: spec.crossCount + extraCross },
      composed.runs,
      strength,
      crossMinutes,
    );
    const aerobic = composed.runMinutes + cross.reduce((sum, entry) => sum + entry.minutes, 0);
    const hard = composed.runs.reduce((sum, run) => sum + (run.workout?.hardMinutes ?? 0), 0);
    if (quality.length === 0 || hard <= (1 - limits.intensity.minEasyShare) * EXACT_MARGIN * aerobic)
      return finish(phase, kind, composed.runs, strength, cross);
    if (extraCross === 0) extraCross = 1;
    else quality = quality.slice(0, -1);
  }
}

/**
 * Cross-training (active recovery) on the days with the least load, never on a quality day, the rest day last:
 * load spread over the week keeps the daily acute:chronic ratio steady.
 */
function placeCross(
  input: SeasonInput,
  spec: WeekSpec,
  runs: readonly PlannedRun[],
  strength: readonly PlannedOther[],
  minutes: number,
): PlannedOther[] {
  const { layout } = input;
  const loadOn = (day: Day) =>
    [...runs, ...strength]
      .filter((entry) => entry.day === day)
      .reduce((sum, entry) => sum + entry.rpe * entry.minutes, 0);
  const busy = (day: Day) =>
    [...runs, ...strength].filter((entry) => entry.day === day).reduce((sum, entry) => sum + entry.minutes, 0);
  const quality = new Set(runs.filter((run) => run.workout && run.runType !== "strides").map((run) => run.day));
  const easyDays = new Set(runs.filter((run) => run.runType === "easy").map((run) => run.day));
  const order = (day: Day) => {
    const index = layout.crossDays.indexOf(day);
    return index < 0 ? 7 : index;
  };
  const candidates = [0, 1, 2, 3, 4, 5, 6]
    .filter((day) => (layout.capacity[day] ?? 0) - busy(day) >= CROSS_MIN && !quality.has(day))
    .sort(
      (a, b) =>
        Number(a === layout.restDay) - Number(b === layout.restDay) ||
        (spec.stackCross ? Number(!easyDays.has(a)) - Number(!easyDays.has(b)) : 0) ||
        loadOn(a) - loadOn(b) ||
        order(a) - order(b),
    );
  return candidates.slice(0, spec.crossCount).map((day) => ({
    day,
    minutes: Math.min(minutes, (layout.capacity[day] ?? 0) - busy(day)),
    rpe: spec.kind === "recovery" ? 2 : 3,
  }));
}

function compose(
  input: SeasonInput,
  spec: WeekSpec,
  quality: readonly { readonly workout: Workout; readonly day: Day }[],
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
  const qualityMinutes = runs.reduce((sum, run) => sum + run.minutes, 0);
  const qualityDays = new Set(quality.map((entry) => entry.day));
  let easyDays = layout.runDays.filter((day) => day !== layout.longDay && !qualityDays.has(day));
  const longDay = layout.longDay;
  const strides = spec.strides ? stridesWorkout() : undefined;
  // The roomiest easy days first; the first carries the strides.
  easyDays = [...easyDays].sort((a, b) => cap(b) - cap(a) || a - b);
  easyDays = easyDays.slice(0, Math.max(1, easyDays.length - spec.fewerEasy));
  const rest = spec.minutes - qualityMinutes;
  const qualityLongest = Math.max(0, ...runs.map((run) => run.minutes));
  // As many easy runs as the minutes fill at 20 minutes or more each, under a long run 1.3 times as long.
  let long = 0;
  let easyRuns: PlannedRun[] = [];
  for (let count = easyDays.length; count >= 0; count -= 1) {
    const days = easyDays.slice(0, count);
    const stridesMinutes = count > 0 && strides ? strides.minutes : 0;
    const budget = rest - stridesMinutes;
    if (longDay === undefined || count === 0) {
      long = longDay === undefined ? 0 : Math.min(cap(longDay), budget);
    } else {
      const share = longShareFor(runs.length + count + 1);
      long = Math.min(
        cap(longDay),
        Math.max(Math.round(share * spec.minutes), Math.ceil(LONG_OVER_EASY * MIN_RUN), qualityLongest),
      );
    }
    // Easy runs share what the long run leaves, each within its day and under the long run; what they cannot
    // take goes to the long run, as far as its day and the 30-day check allow.
    const roomOf = (index: number) =>
      (days[index] === undefined ? 0 : cap(days[index])) - (index === 0 ? stridesMinutes : 0);
    let easy: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      const most = longDay === undefined ? Infinity : Math.floor(long / LONG_OVER_EASY);
      easy = fill(
        days.map((_, index) => Math.min(roomOf(index), most)),
        budget - long,
      );
      const short = budget - long - easy.reduce((sum, minutes) => sum + minutes, 0);
      if (longDay === undefined || short <= 0 || long >= cap(longDay)) break;
      long = Math.min(cap(longDay), long + short);
    }
    if (count > 0 && easy.some((minutes) => minutes < MIN_RUN)) continue;
    easyRuns = days.flatMap((day, index): PlannedRun[] => {
      const run: PlannedRun = { day, runType: "easy", rpe: 3, minutes: easy[index] ?? 0 };
      return index === 0 && strides
        ? [run, { day, runType: "strides", rpe: strides.rpe, minutes: strides.minutes, workout: strides }]
        : [run];
    });
    break;
  }
  // Too few minutes for a long run over easy ones: equal easy runs, as many as fill 20 minutes each.
  const flat = Math.min(layout.runDays.length - quality.length, Math.floor(rest / MIN_RUN));
  if (easyRuns.length === 0 && flat > 1) {
    const days = [longDay, ...easyDays].filter((day): day is Day => day !== undefined).slice(0, flat);
    for (const day of days) {
      const minutes = Math.min(cap(day), Math.floor(rest / days.length));
      if (minutes >= MIN_RUN) runs.push({ day, runType: "easy", rpe: 3, minutes });
    }
    runs.sort((a, b) => a.day - b.day);
    return { runs, runMinutes: runs.reduce((sum, run) => sum + run.minutes, 0) };
  }
  if (longDay !== undefined && long >= MIN_RUN)
    runs.push({
      day: longDay,
      runType: easyRuns.length > 0 ? "long" : "easy",
      rpe: easyRuns.length > 0 ? 4 : 3,
      minutes: long,
    });
  runs.push(...easyRuns);
  runs.sort((a, b) => a.day - b.day);
  return { runs, runMinutes: runs.reduce((sum, run) => sum + run.minutes, 0) };
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

function finish(
  phase: PhaseKind,
  kind: PlannedWeek["kind"],
  runs: readonly PlannedRun[],
  strength: readonly PlannedOther[],
  cross: readonly PlannedOther[],
): PlannedWeek {
  return { phase, kind, runs, strength, cross, runMinutes: runs.reduce((sum, run) => sum + run.minutes, 0) };
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
