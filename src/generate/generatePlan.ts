import { addDays, dateToDays, parseCivilDate, weekdayIndexOfDays, WEEKDAYS, type Weekday } from "../internal/dates.js";
import type { Athlete } from "../model/athlete.js";
import { OffseasonError, type OffseasonIssue } from "../model/errors.js";
import { monotony } from "../load/weeklyMetrics.js";
import { validatePlan } from "../rules/engine.js";
import { parsePlan } from "../model/parse.js";
import type { Plan } from "../model/plan.js";
import { LEVEL_PROFILES, type LevelProfile } from "./profiles.js";

/** Options of {@link generatePlan}. */
export interface GeneratePlanOptions {
  /** The first day of the plan (`YYYY-MM-DD`), usually the day after the season ends. */
  readonly startDate: string;
  /** Weeks, 4 to 52; default 12. */
  readonly weeks?: number;
  /** Phase lengths; the base phase takes the rest (at least 1 week). */
  readonly phases?: {
    /** Transition weeks, 1-4 (default: 1 up to 6 weeks, 2 up to 15, 3 up to 30, else 4). */
    readonly transition?: number;
    /** Pre-season weeks, 0-4 (default: none under 10 weeks, 2 under 20, else 3). */
    readonly preSeason?: number;
  };
  /** Varies the choice of exercises and cross-training (any integer); the same seed gives the same plan. */
  readonly seed?: number;
}

type Json = Record<string, unknown>;
type Day = number;

const DAY_CAPACITY_WITHOUT_LIMIT = 240;
const MIN_RUN_MINUTES = 15;
const MIN_EASY_RUN = 20;
const MIN_SCALED_RUN = 10;
// A reduced week at 75 % of the cycle's peak stays under the 80 % test after rounding, and the step back up to the
// next cycle (or to the pre-season at 90 % of the peak) stays well under the 30 % weekly increase. Cycles repeat at
// the same volume: the off-season builds through its phases, not by stacking cycles.
const DELOAD = 0.75;
const PRE_SEASON_VOLUME = 0.9;
const TRANSITION_VOLUME = 0.8;
const TRANSITION_LONG = 0.92;
const HARD_SHARE = 0.12;
const MAX_PLANNED_MONOTONY = 1.8;

const next = (day: Day): Day => (day + 1) % 7;
const previous = (day: Day): Day => (day + 6) % 7;
const distance = (a: Day, b: Day) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);
const code = (day: Day): Weekday => WEEKDAYS[day] ?? "MO";

/** Default phase lengths: a transition of 1-4 weeks, a pre-season when the plan is long enough, base in between. */
function phaseLengths(weeks: number, phases: GeneratePlanOptions["phases"]): { transition: number; base: number; preSeason: number } {
  const transition = phases?.transition ?? (weeks <= 6 ? 1 : weeks <= 15 ? 2 : weeks <= 30 ? 3 : 4);
  const preSeason = phases?.preSeason ?? (weeks < 10 ? 0 : weeks < 20 ? 2 : 3);
  return { transition, base: weeks - transition - preSeason, preSeason };
}

function checkOptions(options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const weeks = options.weeks ?? 12;
  if (typeof options.startDate !== "string" || !parseCivilDate(options.startDate)) {
    issues.push({ path: "startDate", message: "must be a real calendar date written YYYY-MM-DD", code: "date" });
  }
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 52) issues.push({ path: "weeks", message: "must be a whole number from 4 to 52", code: "out_of_range" });
  const transition = options.phases?.transition;
  if (transition !== undefined && (!Number.isInteger(transition) || transition < 1 || transition > 4)) {
    issues.push({ path: "phases.transition", message: "must be a whole number from 1 to 4", code: "out_of_range" });
  }
  const preSeason = options.phases?.preSeason;
  if (preSeason !== undefined && (!Number.isInteger(preSeason) || preSeason < 0 || preSeason > 4)) {
    issues.push({ path: "phases.preSeason", message: "must be a whole number from 0 to 4", code: "out_of_range" });
  }
  if (issues.length === 0 && phaseLengths(weeks, options.phases).base < 1) {
    issues.push({ path: "phases", message: "transition and pre-season leave no week for the base phase", code: "out_of_range" });
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) issues.push({ path: "seed", message: "must be an integer", code: "invalid_type" });
  return issues;
}

/** Longest circular streak of run days (the week repeats, so Sunday runs into Monday). */
function longestStreak(days: readonly Day[]): number {
  if (days.length === 7) return 7;
  const set = new Set(days);
  let longest = 0;
  for (const day of days) {
    if (set.has(previous(day))) continue;
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

function minimumGap(days: readonly Day[]): number {
  if (days.length < 2) return 7;
  const sorted = [...days].sort((a, b) => a - b);
  return Math.min(...sorted.map((day, index) => ((sorted[(index + 1) % sorted.length] ?? day) - day + 7) % 7 || 7));
}

/** A strength day: full-body, after the run on a hard day, or upper body and trunk only. */
interface StrengthDay {
  readonly day: Day;
  readonly mode: "full" | "after-run" | "upper";
}

interface WeekLayout {
  readonly capacity: readonly number[];
  readonly runDays: readonly Day[];
  readonly longDay: Day | undefined;
  /** Hard days in order of preference; a phase takes as many as it needs. */
  readonly hardDays: readonly Day[];
  readonly strengthDays: readonly StrengthDay[];
  readonly crossDays: readonly Day[];
  readonly restDay: Day | undefined;
}

/** Chooses the week's days: runs spread out, the long run at the weekend, hard days apart, legs fresh for them. */
function layoutWeek(athlete: Athlete, profile: LevelProfile, lastDayOfWeek: Day, wantedRuns: number, earlyLong = false): WeekLayout {
  const capacity = WEEKDAYS.map((weekday) => {
    const slot = athlete.availability[weekday];
    return slot.available ? (slot.maxMinutes ?? DAY_CAPACITY_WITHOUT_LIMIT) : 0;
  });
  const available = [0, 1, 2, 3, 4, 5, 6].filter((day) => (capacity[day] ?? 0) >= MIN_RUN_MINUTES);
  let runDays: Day[] = [];
  for (let count = Math.min(wantedRuns, available.length, 7 - profile.minRunFreeDays); count > 0 && runDays.length === 0; count -= 1) {
    const valid = combinations(available, count).filter((days) => longestStreak(days) <= profile.maxConsecutiveRunDays);
    // A weekend day for the long run, runs spread out, the plan week's last day free (the load ratio is read then).
    // (The early variant instead puts the runs as early in the plan week as it can.)
    const early = (days: readonly Day[]) => -days.reduce((sum, day) => sum + ((day - next(lastDayOfWeek) + 7) % 7), 0);
    const score = (days: readonly Day[]) => [
      earlyLong ? early(days) : Number(days.some((day) => (day === 5 || day === 6) && day !== lastDayOfWeek)) + Number(days.includes(5) || days.includes(6)),
      minimumGap(days),
      Number(!days.includes(lastDayOfWeek)),
      days.reduce((sum, day) => sum + (capacity[day] ?? 0), 0),
    ];
    valid.sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      for (let index = 0; index < x.length; index += 1) if ((x[index] ?? 0) !== (y[index] ?? 0)) return (y[index] ?? 0) - (x[index] ?? 0);
      return 0;
    });
    runDays = valid[0] ?? [];
  }
  // The long run goes to the weekend, preferably not on the plan week's last day: the load ratio is read at the end
  // of each week, and a long run on that very day inflates it.
  // A day with room for it comes first: 90 minutes or more count alike.
  const room = (day: Day) => Math.min(90, capacity[day] ?? 0);
  const weekendRank = (day: Day) => (day === 5 || day === 6 ? (day === lastDayOfWeek ? 1 : 2) : day === lastDayOfWeek ? -1 : 0);
  // Or, when the load ratio needs it, as early in the plan week as possible, far from the day it is read.
  const position = (day: Day) => (day - next(lastDayOfWeek) + 7) % 7;
  const longDay = [...runDays].sort((a, b) => room(b) - room(a) || (earlyLong ? position(a) - position(b) : weekendRank(b) - weekendRank(a) || b - a))[0];
  const hardDays: Day[] = [];
  // The load ratio is read on the plan week's last day: keep that day and the one before it light when possible.
  const late = (day: Day) => Number(day === lastDayOfWeek) * 2 + Number(day === previous(lastDayOfWeek));
  const hardCandidates = runDays
    .filter((day) => day !== longDay)
    .sort((a, b) => late(a) - late(b) || (longDay === undefined ? 0 : distance(b, longDay) - distance(a, longDay)) || (capacity[b] ?? 0) - (capacity[a] ?? 0) || a - b);
  for (const day of hardCandidates) {
    if (hardDays.length >= Math.max(profile.baseHardSessions, profile.preSeasonHardSessions)) break;
    if (hardDays.some((hard) => distance(hard, day) <= 1)) continue;
    hardDays.push(day);
  }
  const hard = new Set(hardDays);
  const nonRun = available.filter((day) => !runDays.includes(day));
  // The early variant keeps the plan week's last days light: the load ratio is read at its end.
  const lateness = (day: Day) => (earlyLong ? (day - next(lastDayOfWeek) + 7) % 7 : 0);
  // Strength: best on a day that is neither hard nor the day before a hard or long run; else after the run on a
  // hard day (the strength-spacing rule allows it); else upper body and trunk only, the day before.
  const spread = (chosen: readonly StrengthDay[], day: Day) => chosen.every((other) => distance(other.day, day) > 1);
  const strengthDays: StrengthDay[] = [];
  const full: [StrengthDay["mode"], Day[]] = [
    "full",
    available.filter((day) => !hard.has(day) && !hard.has(next(day)) && next(day) !== longDay).sort((a, b) => Number(a === lastDayOfWeek) - Number(b === lastDayOfWeek) || lateness(a) - lateness(b) || Number(!runDays.includes(a)) - Number(!runDays.includes(b)) || a - b),
  ];
  const afterRun: [StrengthDay["mode"], Day[]] = ["after-run", hardDays.filter((day) => !hard.has(next(day)) && next(day) !== longDay)];
  // Runners with five runs or more stack strength on hard days, which keeps their busy weeks from being monotonous.
  const upper: [StrengthDay["mode"], Day[]] = ["upper", [...available].sort((a, b) => lateness(a) - lateness(b))];
  const tiers = profile.runsPerWeek >= 5 ? [afterRun, full, upper] : [full, afterRun, upper];
  for (const [mode, days] of tiers) {
    for (const strict of [true, false]) {
      for (const day of days) {
        if (strengthDays.length >= profile.strengthPerWeek || strengthDays.some((chosen) => chosen.day === day)) continue;
        if (strict && !spread(strengthDays, day)) continue;
        strengthDays.push({ day, mode });
      }
    }
  }
  // A full rest day keeps the week's load varied: an unavailable day if there is one, else a free available day.
  const unavailable = [0, 1, 2, 3, 4, 5, 6].filter((day) => !available.includes(day));
  const strengthSet = new Set(strengthDays.map((entry) => entry.day));
  const free = nonRun.filter((day) => !strengthSet.has(day));
  const restDay = unavailable.includes(lastDayOfWeek) || free.includes(lastDayOfWeek) ? lastDayOfWeek : (unavailable[0] ?? free[0]);
  const crossCandidates = [
    ...nonRun.filter((day) => day !== restDay && !strengthSet.has(day) && !(earlyLong && day === lastDayOfWeek)),
    ...nonRun.filter((day) => day !== restDay && strengthSet.has(day)),
    ...runDays.filter((day) => !hard.has(day) && day !== longDay),
  ];
  const roomy = (day: Day) => Number((capacity[day] ?? 0) >= 120);
  const crossDays = [...new Set(crossCandidates)].sort((a, b) => roomy(b) - roomy(a) || lateness(a) - lateness(b)).slice(0, profile.crossPerWeek);
  return { capacity, runDays, longDay, hardDays, strengthDays: [...strengthDays].sort((a, b) => a.day - b.day), crossDays, restDay };
}

/** The base phase's weekly run multipliers: the loading steps, then a reduced week, over and over. */
function baseProgression(weeks: number, steps: readonly number[], endWithDeload: boolean): number[] {
  const cycle = steps.length + 1;
  const multipliers: number[] = [];
  const deload = () => Math.round(DELOAD * Math.max(...multipliers.slice(-3)) * 1000) / 1000;
  for (let index = 0; index < weeks; index += 1) {
    const position = index % cycle;
    const step = steps[position];
    multipliers.push(step ?? deload());
  }
  // A pre-season of loading weeks follows: end the base with a reduced week so that the streak stays short.
  if (endWithDeload && weeks >= 2 && (weeks - 1) % cycle !== steps.length) {
    multipliers.pop();
    multipliers.push(deload());
  }
  return multipliers;
}

/** A small deterministic generator for variety (Park-Miller). */
function chooser(seed: number) {
  let state = (Math.abs(Math.trunc(seed)) % 2_147_483_646) + 1;
  return <T>(options: readonly T[]): T => {
    state = (state * 16_807) % 2_147_483_647;
    return options[state % options.length] as T;
  };
}

/** The runs of a base week at multiplier 1, by day: the shape every phase scales. */
interface RunSlot {
  readonly day: Day;
  role: "long" | "hard" | "easy" | "recovery";
  minutes: number;
}

/** Spreads the base phase's weekly run minutes over the run days. */
function baseRuns(layout: WeekLayout, runMinutes: number, hardCount: number, crossMinutes: number, profile: LevelProfile, lastDayOfWeek: Day): RunSlot[] {
  const runCount = layout.runDays.length;
  const longShare = runCount >= 4 ? 0.28 : runCount === 3 ? 0.4 : 0.5;
  const longMinutes = runCount <= 1 ? runMinutes : Math.round(runMinutes * longShare);
  // Hard minutes stay within 15 % of aerobic minutes; too little volume for a real hard session means none.
  let hardDays = layout.hardDays.slice(0, hardCount);
  const hardEach = hardDays.length === 0 ? 0 : Math.min(profile.hardMinutes, Math.floor((HARD_SHARE * (runMinutes + crossMinutes)) / hardDays.length));
  if (hardEach < MIN_RUN_MINUTES) hardDays = [];
  const easyDays = layout.runDays.filter((day) => day !== layout.longDay && !hardDays.includes(day));
  const easyMinutes = easyDays.length === 0 ? 0 : Math.max(MIN_RUN_MINUTES, Math.min(longMinutes, Math.round((runMinutes - longMinutes - hardEach * hardDays.length) / easyDays.length)));
  // With five runs or more, the easy run after the long run or a hard day is a short recovery run: it varies the
  // week's load (monotony) as "hard days hard, easy days easy" does.
  const recoveryDay =
    runCount >= 4 && easyDays.includes(lastDayOfWeek)
      ? lastDayOfWeek
      : easyDays.length >= 3
        ? easyDays.find((day) => previous(day) === layout.longDay || hardDays.includes(previous(day)))
        : undefined;
  return layout.runDays.map((day): RunSlot => {
    if (day === layout.longDay) return { day, role: runCount > 1 ? "long" : "easy", minutes: longMinutes };
    if (hardDays.includes(day)) return { day, role: "hard", minutes: hardEach };
    if (day === recoveryDay) return { day, role: "recovery", minutes: Math.max(MIN_RUN_MINUTES, Math.round(easyMinutes / 2)) };
    return { day, role: "easy", minutes: easyMinutes };
  });
}

interface PhaseSpec {
  readonly prefix: string;
  readonly kind: "transition" | "base" | "pre-season";
  /** The runs of the week, already scaled for the phase. */
  readonly runs: readonly { readonly day: Day; readonly runType: string; readonly rpe: number; readonly minutes: number }[];
  readonly strength: { readonly minutes: number; readonly rpe: number; readonly equipment: string; readonly plyometric: boolean };
  readonly cross: { readonly minutes: number; readonly rpe: number };
  /** The highest progression multiplier the phase's runs reach (for the athlete's minutes per day). */
  readonly peak: number;
}

/** The sessions of one phase's week. */
function phaseSessions(layout: WeekLayout, spec: PhaseSpec, pick: ReturnType<typeof chooser>, hasSupport: boolean): Json[] {
  const sessions: Json[] = [];
  const others = (day: Day) => (layout.strengthDays.some((entry) => entry.day === day) ? spec.strength.minutes : 0) + (layout.crossDays.includes(day) ? spec.cross.minutes : 0);
  const runMinutesOn = new Map<Day, number>();
  for (const run of spec.runs) {
    // The athlete's minutes for the day bound the run at its peak, with the day's other sessions.
    const minutes = Math.min(run.minutes, Math.floor(((layout.capacity[run.day] ?? 0) - others(run.day)) / spec.peak));
    if (minutes < MIN_SCALED_RUN) continue;
    runMinutesOn.set(run.day, minutes);
    sessions.push({ id: `${spec.prefix}-${run.runType}-${code(run.day).toLowerCase()}`, kind: "run", runType: run.runType, minutes, rpe: run.rpe, on: [code(run.day)] });
  }
  const roomOn = (day: Day) => (layout.capacity[day] ?? 0) - Math.ceil((runMinutesOn.get(day) ?? 0) * spec.peak);
  const strengthMinutesOn = new Map<Day, number>();
  layout.strengthDays.forEach(({ day, mode }, index) => {
    // Strength before cross-training when a day is short of minutes: the strength rules ask for it weekly.
    const minutes = Math.min(spec.strength.minutes, roomOn(day));
    if (minutes < 20) return;
    strengthMinutesOn.set(day, minutes);
    sessions.push({
      id: `${spec.prefix}-strength-${code(day).toLowerCase()}`,
      kind: "strength",
      minutes,
      rpe: spec.strength.rpe,
      on: [code(day)],
      ...(mode === "after-run" ? { notes: "After the run, not before it: keep the legs fresh for the hard session." } : {}),
      ...(mode === "upper" ? { notes: "Upper body and trunk only: tomorrow's run needs fresh legs." } : {}),
      exercises: strengthExercises(mode, index, spec, pick),
    });
  });
  for (const day of layout.crossDays) {
    const minutes = Math.min(spec.cross.minutes, roomOn(day) - (strengthMinutesOn.get(day) ?? 0));
    if (minutes < 20) continue;
    sessions.push({ id: `${spec.prefix}-cross-${code(day).toLowerCase()}`, kind: "cross", modality: pick(["swim", "bike", "elliptical", "walk"]), minutes, rpe: spec.cross.rpe, on: [code(day)] });
  }
  const restDay = code(layout.restDay ?? 0);
  sessions.push({ id: `${spec.prefix}-mobility`, kind: "mobility", practice: spec.kind === "pre-season" ? "yoga" : spec.kind === "transition" ? "stretching" : "foam-rolling", minutes: 10, repeat: "FREQ=DAILY" });
  if (spec.kind === "transition") sessions.push({ id: `${spec.prefix}-goals`, kind: "mental", practice: "goal-setting", minutes: 20, on: [restDay] });
  sessions.push({ id: `${spec.prefix}-visualization`, kind: "mental", practice: "visualization", minutes: 15, on: [code(layout.longDay ?? 6)] });
  if (spec.kind === "base") {
    sessions.push({ id: `${spec.prefix}-mindfulness`, kind: "mental", practice: "mindfulness", minutes: 10, on: [restDay] });
    if (hasSupport) sessions.push({ id: `${spec.prefix}-support`, kind: "mental", practice: "support-check-in", minutes: 15, repeat: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${restDay}` });
  }
  return sessions;
}

/** The exercises of a strength day: lower body, trunk (and upper body), or upper body and trunk only. */
function strengthExercises(mode: StrengthDay["mode"], index: number, spec: PhaseSpec, pick: ReturnType<typeof chooser>): Json[] {
  const equipment = spec.strength.equipment;
  const lower =
    index % 2 === 0
      ? [
          { name: pick(["squat", "goblet-squat", "split-squat"]), sets: 3, reps: 10, equipment },
          { name: pick(["romanian-deadlift", "glute-bridge", "hip-thrust"]), sets: 3, reps: 10, equipment },
          { name: "calf-raise", sets: 3, reps: 15, equipment },
        ]
      : [
          { name: pick(["lunge", "step-up"]), sets: 3, reps: 10, equipment },
          { name: pick(["single-leg-deadlift", "glute-bridge"]), sets: 3, reps: 10, equipment },
          { name: pick(["single-leg-calf-raise", "toe-walk"]), sets: 3, reps: 12, equipment: "bodyweight" },
        ];
  const trunk = index % 2 === 0 ? [{ name: "plank", sets: 3, seconds: 40 }, { name: "dead-bug", sets: 3, reps: 10 }] : [{ name: pick(["side-plank", "leg-lift", "bird-dog"]), sets: 3, reps: 10 }];
  const upper = [{ name: pick(["push-up", "row"]), sets: 3, reps: 10 }, { name: "overhead-press", sets: 3, reps: 10, equipment: "resistance-band" }];
  if (mode === "upper") return [...trunk, ...upper];
  const plyometric = spec.strength.plyometric ? [{ name: "pogo-jump", sets: 3, reps: 15, equipment: "bodyweight" }] : [];
  return [...lower, ...trunk, ...(index % 2 === 0 ? [] : upper.slice(0, 1)), ...plyometric];
}

/** Weekly load of a phase's sessions at multiplier 1 (RPE x minutes of runs, cross-training and strength). */
function weeklyLoad(sessions: readonly Json[]): number {
  return sessions.reduce((sum, session) => sum + (typeof session.rpe === "number" ? session.rpe * Number(session.minutes) * (Array.isArray(session.on) ? session.on.length : 0) : 0), 0);
}

/**
 * Builds an off-season plan for an athlete: a transition phase (1-4 weeks of reduced, easy running), a base phase
 * (aerobic volume with 2 strength sessions and cross-training each week, in cycles of loading weeks and a reduced
 * week at the level's interval) and, when the plan is long enough, a short pre-season phase. Runs fall on the
 * athlete's available days, spread out, with rest and run-free days on the unavailable days first; every day has
 * mobility work, every week mental practice; habits cover pre-run fluids (6 mL/kg, 4 h before), lean protein,
 * complex carbohydrates, fruit and vegetables, mindful eating and a sleep target. Run volume starts from the athlete's
 * in-season minutes when given, else from the level's default (see docs/generate.md).
 *
 * The promise: `validatePlan(generatePlan(athlete, options), { athlete })` has no error and no warning for every
 * level and every availability with at least 4 available days. With fewer days the plan is the best that fits, and
 * the report says what could not.
 *
 * @param athlete - A parsed athlete.
 * @param options - The start date, the number of weeks (4-52, default 12), phase lengths and a seed.
 * @returns A parsed plan; the same athlete and options give the same plan, byte for byte.
 * @throws {@link OffseasonError} with code `invalid` for options out of range (e.g. `weeks: 60`).
 * @example
 * ```ts
 * import { generatePlan, parseAthlete, validatePlan } from "offseason";
 * const day = { available: true };
 * const athlete = parseAthlete({
 *   id: "ana", level: "intermediate", timezone: "Europe/Berlin", bodyMassKg: 58,
 *   availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: { available: false } },
 * });
 * const plan = generatePlan(athlete, { startDate: "2026-11-02", weeks: 12 });
 * plan.phases.map((phase) => `${phase.id} ${String(phase.weeks)}`); //=> ["transition 2", "base 8", "pre-season 2"]
 * validatePlan(plan, { athlete }).counts.warning; //=> 0
 * ```
 */
export function generatePlan(athlete: Athlete, options: GeneratePlanOptions): Plan {
  const issues = checkOptions(options);
  if (issues.length > 0) throw new OffseasonError("invalid", "Invalid generatePlan options", issues);
  // Deterministic generate-and-test: the first variant that validates without error or warning, else the one with
  // the fewest problems. Every variant is built the same way; later ones ramp more gently.
  let best: { plan: Plan; errors: number; warnings: number } | undefined;
  for (const variant of VARIANTS) {
    const plan = buildPlan(athlete, options, variant);
    const { counts } = validatePlan(plan, { athlete });
    if (counts.error === 0 && counts.warning === 0) return plan;
    if (!best || counts.error < best.errors || (counts.error === best.errors && counts.warning < best.warnings)) best = { plan, errors: counts.error, warnings: counts.warning };
  }
  return (best ?? { plan: buildPlan(athlete, options, DEFAULT_VARIANT) }).plan;
}

/** How gently a candidate plan ramps: transition volume, its long run, gentle base steps, an early long run. */
interface Variant {
  readonly transitionVolume: number;
  readonly transitionLong: number;
  readonly flatBase: boolean;
  readonly earlyLong: boolean;
  /** Plan week 4 (where an unseeded load ratio is first read, on a cold 28-day average) is a reduced week. */
  readonly quietWeek4?: boolean;
  /** Weekly load allowed against the in-season load (default 1.2). */
  readonly seedHeadroom?: number;
  /** Short, easy strength and cross-training, so that running sets the weekly load's shape. */
  readonly light?: boolean;
}

const DEFAULT_VARIANT: Variant = { transitionVolume: TRANSITION_VOLUME, transitionLong: TRANSITION_LONG, flatBase: false, earlyLong: false };
const VARIANTS: readonly Variant[] = [
  DEFAULT_VARIANT,
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: false, earlyLong: false },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: false },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: true },
  { transitionVolume: 1, transitionLong: 1, flatBase: true, earlyLong: true },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: true, seedHeadroom: 0.9 },
  { transitionVolume: 0.8, transitionLong: 0.92, flatBase: true, earlyLong: true, quietWeek4: true, seedHeadroom: 0.9 },
  { transitionVolume: 0.8, transitionLong: 0.92, flatBase: true, earlyLong: true, quietWeek4: true, seedHeadroom: 0.9, light: true },
];

function buildPlan(athlete: Athlete, options: GeneratePlanOptions, variant: Variant): Plan {
  const weeks = options.weeks ?? 12;
  const defaults = phaseLengths(weeks, options.phases);
  // A quiet week 4 is the third base week after a one-week transition (unless the caller chose the transition).
  const lengths =
    variant.quietWeek4 && options.phases?.transition === undefined
      ? { ...defaults, transition: 1, base: defaults.base + defaults.transition - 1 }
      : defaults;
  // Light strength and cross-training when in-season volume is small: the load ratio counts them too. A light
  // beginner does one strength session a week (the beginner minimum).
  const light = variant.light === true || (athlete.inSeasonWeeklyRunMinutes !== undefined && athlete.inSeasonWeeklyRunMinutes * 4 * 1.2 < 2 * 30 * 5 + 3 * 45 + 100);
  const levelProfile = LEVEL_PROFILES[athlete.level];
  const profile = light && athlete.level === "beginner" ? { ...levelProfile, strengthPerWeek: 1 } : levelProfile;
  const lastDayOfWeek = (weekdayIndexOfDays(dateToDays(options.startDate)) + 6) % 7;
  // Fewer, longer runs when the volume is small: every run of a reduced week still lasts 15 minutes.
  const runsFor = (minutes: number) => Math.max(Math.min(2, profile.runsPerWeek), Math.min(profile.runsPerWeek, Math.floor(minutes / MIN_EASY_RUN)));
  const pick = chooser(options.seed ?? 0);
  let runMinutes =
    athlete.inSeasonWeeklyRunMinutes === undefined
      ? profile.defaultWeeklyRunMinutes
      : Math.min(profile.maxWeeklyRunMinutes, Math.max(profile.minWeeklyRunMinutes, Math.round(athlete.inSeasonWeeklyRunMinutes * 0.9)));
  let layout = layoutWeek(athlete, profile, lastDayOfWeek, runsFor(runMinutes), variant.earlyLong);
  // Gentle steps rise 3 % a week: the reduced week after them (75 % of 1.03) is still within 30 % of the next 0.97.
  const steps = variant.flatBase ? [0.97, 1, 1.03] : profile.loadingSteps;
  // The quiet week is reduced (78 % of the weeks before it) and the base restarts gently after it (95 %).
  const quietIndex = variant.quietWeek4 ? 4 - lengths.transition - 1 : -1;
  const before = quietIndex > 0 ? baseProgression(quietIndex, steps, false) : [];
  const progression =
    quietIndex > 0 && quietIndex < lengths.base
      ? [
          ...before,
          Math.round(0.78 * Math.max(...before) * 1000) / 1000,
          ...baseProgression(lengths.base - quietIndex - 1, [0.95, ...steps.slice(1)], lengths.preSeason > 0),
        ]
      : baseProgression(lengths.base, steps, lengths.preSeason > 0);
  const peak = Math.max(...progression);
  const lastPeak = Math.max(...progression.slice(-(steps.length + 1)));
  const hasSupport = (athlete.supportContacts?.length ?? 0) === 0;
  const beginner = athlete.level === "beginner";

  const crossMinutesFor = (minutes: number) => Math.min(75, Math.max(light ? 20 : 30, Math.round(0.15 * minutes)));
  const strengthEquipment = beginner ? "bodyweight" : "free-weights";
  const baseWeek = (minutes: number, sessionPick: ReturnType<typeof chooser>, support: boolean) => {
    const strengthMinutes = light ? 20 : 30;
    // Fit each run to the athlete's minutes for the day at the base's peak; the other phases scale these runs.
    const slots = baseRuns(layout, minutes, profile.baseHardSessions, crossMinutesFor(minutes) * layout.crossDays.length, profile, lastDayOfWeek).map((slot) => {
      const others = (layout.strengthDays.some((entry) => entry.day === slot.day) ? strengthMinutes : 0) + (layout.crossDays.includes(slot.day) ? crossMinutesFor(minutes) : 0);
      return { ...slot, minutes: Math.min(slot.minutes, Math.floor(((layout.capacity[slot.day] ?? 0) - others) / peak)) };
    });
    // The long run stays the longest, so that no other run spikes past it.
    const longest = slots.find((slot) => slot.role === "long")?.minutes;
    if (longest !== undefined) for (const slot of slots) if (slot.minutes > longest) slot.minutes = longest;
    // And the hard share is checked again on what fitted.
    const hardSlots = slots.filter((slot) => slot.role === "hard");
    const aerobic = slots.reduce((sum, slot) => sum + slot.minutes, 0) + crossMinutesFor(minutes) * layout.crossDays.length;
    const hardAllowed = hardSlots.length === 0 ? 0 : Math.floor((HARD_SHARE * aerobic) / hardSlots.length);
    for (const slot of hardSlots) {
      if (hardAllowed < MIN_RUN_MINUTES) slot.role = "easy";
      else slot.minutes = Math.min(slot.minutes, hardAllowed);
    }
    // Busy weeks of near-equal days are monotonous (mean / SD of daily load over 2): turn easy runs into short
    // recovery runs until the week varies enough.
    const dailyLoad = () =>
      [0, 1, 2, 3, 4, 5, 6].map((day) => {
        const run = slots.find((slot) => slot.day === day);
        const runLoad = run ? run.minutes * (run.role === "hard" ? 7 : run.role === "long" ? 4 : run.role === "recovery" ? 2 : 3) : 0;
        const strengthLoad = layout.strengthDays.some((entry) => entry.day === day) ? strengthMinutes * 5 : 0;
        return runLoad + strengthLoad + (layout.crossDays.includes(day) ? crossMinutesFor(minutes) * 3 : 0);
      });
    for (const slot of slots) {
      if (monotony(dailyLoad()) <= MAX_PLANNED_MONOTONY) break;
      if (slot.role !== "easy") continue;
      slot.role = "recovery";
      slot.minutes = Math.max(MIN_RUN_MINUTES, Math.round(slot.minutes / 2));
    }
    const hardTypes = [{ runType: "hills", rpe: 7 }, { runType: "tempo", rpe: 6 }];
    let hardIndex = 0;
    const runs = slots.map((slot) => {
      if (slot.role !== "hard") return { day: slot.day, runType: slot.role, rpe: slot.role === "long" ? 4 : slot.role === "recovery" ? 2 : 3, minutes: slot.minutes };
      const type = hardTypes[hardIndex++] ?? { runType: "tempo", rpe: 6 };
      return { day: slot.day, ...type, minutes: slot.minutes };
    });
    return {
      slots,
      sessions: phaseSessions(layout, { prefix: "b", kind: "base", runs, strength: { minutes: strengthMinutes, rpe: beginner || light ? 4 : 5, equipment: strengthEquipment, plyometric: false }, cross: { minutes: crossMinutesFor(minutes), rpe: 3 }, peak }, sessionPick, support),
    };
  };
  // Base volume: the athlete's in-season running, reduced, within the level's bounds; then, when in-season volume
  // seeds the load ratio, no more weekly load than it can carry.
  if (athlete.inSeasonWeeklyRunMinutes !== undefined) {
    const seedLoad = athlete.inSeasonWeeklyRunMinutes * 4 * (variant.seedHeadroom ?? 1.2);
    const floor = Math.max(30, Math.round(profile.minWeeklyRunMinutes / 2));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const load = weeklyLoad(baseWeek(runMinutes, chooser(0), false).sessions);
      if (load <= seedLoad) break;
      runMinutes = Math.max(floor, Math.floor(runMinutes * (seedLoad / load)));
      layout = layoutWeek(athlete, profile, lastDayOfWeek, runsFor(runMinutes), variant.earlyLong);
    }
  }
  const { slots, sessions: base } = baseWeek(runMinutes, pick, hasSupport);
  // Transition: every run easy at 80 % (the long run at 92 %, so that the base's first long run is no spike).
  const transition = phaseSessions(
    layout,
    {
      prefix: "t",
      kind: "transition",
      runs: slots.map((slot) => ({
        day: slot.day,
        runType: slot.role === "long" ? "long" : "easy",
        rpe: slot.role === "long" ? 4 : 3,
        minutes: slot.role === "long" ? Math.ceil(slot.minutes * variant.transitionLong) : Math.round(slot.minutes * variant.transitionVolume),
      })),
      strength: { minutes: light ? 20 : 30, rpe: 4, equipment: "bodyweight", plyometric: false },
      cross: { minutes: crossMinutesFor(runMinutes), rpe: light ? 2 : 3 },
      peak: 1,
    },
    pick,
    false,
  );
  // Pre-season: the base week at 90 % of its last peak, with the level's hard sessions (intervals, then tempo).
  // ... and never more than 20 % above the reduced week just before it.
  const scale = Math.min(lastPeak * PRE_SEASON_VOLUME, (progression.at(-1) ?? 1) * 1.2);
  const preRuns = slots.map((slot) => ({ day: slot.day, runType: slot.role === "hard" ? "easy" : slot.role, rpe: slot.role === "long" ? 4 : slot.role === "recovery" ? 2 : 3, minutes: Math.round(slot.minutes * scale) }));
  const aerobic = preRuns.reduce((sum, run) => sum + run.minutes, 0) + crossMinutesFor(runMinutes) * layout.crossDays.length;
  const preHardDays = layout.hardDays.slice(0, profile.preSeasonHardSessions);
  const preHardMinutes = preHardDays.length === 0 ? 0 : Math.min(profile.hardMinutes, Math.floor((HARD_SHARE * aerobic) / preHardDays.length));
  const preSeason =
    lengths.preSeason === 0
      ? []
      : phaseSessions(
          layout,
          {
            prefix: "p",
            kind: "pre-season",
            runs: preRuns.map((run) => {
              const hardIndex = preHardDays.indexOf(run.day);
              if (hardIndex < 0 || preHardMinutes < MIN_RUN_MINUTES) return run;
              return { ...run, runType: hardIndex === 0 ? "intervals" : "tempo", rpe: hardIndex === 0 ? 8 : 6, minutes: Math.min(run.minutes, preHardMinutes) };
            }),
            strength: { minutes: light ? 20 : 30, rpe: light ? 4 : 5, equipment: strengthEquipment, plyometric: athlete.level === "advanced" || athlete.level === "elite" },
            cross: { minutes: crossMinutesFor(runMinutes), rpe: 3 },
            peak: 1,
          },
          pick,
          false,
        );

  const mass = athlete.bodyMassKg;
  const dailyTrainingHours = weeklyTrainingMinutes(base) / 7 / 60;
  const sleepHours = Math.min(10, Math.max(profile.sleepHours, athlete.sleepHours ?? 0));
  const habits: Json[] = [
    {
      id: "pre-run-fluids",
      category: "hydration",
      when: "before-each-run",
      mlPerKg: 6,
      hoursBefore: 4,
      ...(mass === undefined ? {} : { notes: `About ${String(Math.round((6 * mass) / 10) * 10)} mL for ${String(mass)} kg, at least 4 hours before the run.` }),
    },
    { id: "protein", category: "nutrition", focus: "lean-protein", ...(mass === undefined ? {} : { gPerKg: 1.6 }), repeat: "FREQ=DAILY" },
    // 5, 6 and 8 g/kg each sit inside two neighbouring bands of the carbohydrate guideline, so small changes in
    // training hours never push the target out of range.
    { id: "carbs", category: "nutrition", focus: "complex-carbs", ...(mass === undefined ? {} : { gPerKg: dailyTrainingHours < 1.25 ? 5 : dailyTrainingHours <= 2.75 ? 6 : 8 }), repeat: "FREQ=DAILY" },
    { id: "produce", category: "nutrition", focus: "fruit-vegetables", repeat: "FREQ=DAILY" },
    { id: "mindful-eating", category: "nutrition", focus: "mindful-eating", repeat: "FREQ=DAILY" },
    { id: "sleep", category: "sleep", hours: sleepHours, repeat: "FREQ=DAILY" },
  ];
  const phases: Json[] = [
    { id: "transition", name: "Transition: recover from the season with easy running", type: "transition", weeks: lengths.transition, sessions: transition },
    { id: "base", name: "Base: aerobic volume, strength and cross-training", type: "base", weeks: lengths.base, progression, sessions: base },
  ];
  if (lengths.preSeason > 0) phases.push({ id: "pre-season", name: "Pre-season: sharpen before racing resumes", type: "pre-season", weeks: lengths.preSeason, sessions: preSeason });
  return parsePlan({
    version: 1,
    id: `${athlete.id}-offseason-${options.startDate}`,
    name: `${athlete.name ?? athlete.id}'s off-season from ${options.startDate} to ${addDays(options.startDate, weeks * 7 - 1)}`,
    timezone: athlete.timezone,
    startDate: options.startDate,
    phases,
    habits,
  });
}

function weeklyTrainingMinutes(sessions: readonly Json[]): number {
  return sessions.reduce((sum, session) => sum + (typeof session.rpe === "number" && Array.isArray(session.on) ? Number(session.minutes) * session.on.length : 0), 0);
}
