import { addDays, dateToDays, parseCivilDate, weekdayIndexOfDays } from "../internal/dates.js";
import type { Athlete } from "../model/athlete.js";
import { issueAt, OffseasonError, type OffseasonIssue } from "../model/errors.js";
import { DEFAULT_LIMITS, MAX_ID_LENGTH } from "../model/limits.js";
import { monotony } from "../load/weeklyMetrics.js";
import { validatePlan } from "../rules/engine.js";
import { parsePlan } from "../model/parse.js";
import type { Plan } from "../model/plan.js";
import { LEVEL_PROFILES } from "./profiles.js";
import { layoutWeek, MIN_RUN_MINUTES } from "./weekLayout.js";
import {
  baseRuns,
  chooser,
  HARD_SHARE,
  phaseSessions,
  weeklyLoad,
  weeklyTrainingMinutes,
  type Json,
} from "./weekSessions.js";

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

const MIN_EASY_RUN = 20;
// A reduced week at 75 % of the cycle's peak stays under the 80 % test after rounding, and the step back up to the
// next cycle (or to the pre-season at 90 % of the peak) stays well under the 30 % weekly increase. Cycles repeat at
// the same volume: the off-season builds through its phases, not by stacking cycles.
const DELOAD = 0.75;
const PRE_SEASON_VOLUME = 0.9;
const TRANSITION_VOLUME = 0.8;
const TRANSITION_LONG = 0.92;
const MAX_PLANNED_MONOTONY = 1.8;

/** Default phase lengths: a transition of 1-4 weeks, a pre-season when the plan is long enough, base in between. */
function phaseLengths(
  weeks: number,
  phases: GeneratePlanOptions["phases"],
): { transition: number; base: number; preSeason: number } {
  const transition = phases?.transition ?? (weeks <= 6 ? 1 : weeks <= 15 ? 2 : weeks <= 30 ? 3 : 4);
  const preSeason = phases?.preSeason ?? (weeks < 10 ? 0 : weeks < 20 ? 2 : 3);
  return { transition, base: weeks - transition - preSeason, preSeason };
}

function checkOptions(options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const weeks = options.weeks ?? 12;
  if (typeof options.startDate !== "string" || !parseCivilDate(options.startDate)) {
    issues.push(issueAt(["startDate"], "must be a real calendar date written YYYY-MM-DD", "date"));
  }
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 52)
    issues.push(issueAt(["weeks"], "must be a whole number from 4 to 52", "out_of_range"));
  const transition = options.phases?.transition;
  if (transition !== undefined && (!Number.isInteger(transition) || transition < 1 || transition > 4)) {
    issues.push(issueAt(["phases", "transition"], "must be a whole number from 1 to 4", "out_of_range"));
  }
  const preSeason = options.phases?.preSeason;
  if (preSeason !== undefined && (!Number.isInteger(preSeason) || preSeason < 0 || preSeason > 4)) {
    issues.push(issueAt(["phases", "preSeason"], "must be a whole number from 0 to 4", "out_of_range"));
  }
  if (issues.length === 0 && phaseLengths(weeks, options.phases).base < 1) {
    issues.push(issueAt(["phases"], "transition and pre-season leave no week for the base phase", "out_of_range"));
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    issues.push(issueAt(["seed"], "must be an integer", "invalid_type"));
  return issues;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a string. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/**
 * The plan's id, `<athlete id>-offseason-<start date>`, within the 128 characters of an id: a longer athlete id is
 * cut, and a fingerprint of the whole id keeps the plans of two such athletes apart.
 */
function planIdOf(athleteId: string, startDate: string): string {
  const suffix = `-offseason-${startDate}`;
  if (athleteId.length + suffix.length <= MAX_ID_LENGTH) return `${athleteId}${suffix}`;
  const mark = `-${fingerprint(athleteId)}`;
  return `${athleteId.slice(0, MAX_ID_LENGTH - suffix.length - mark.length)}${mark}${suffix}`;
}

/** Cuts text to at most `length` characters, ending in "…" when cut, never inside a surrogate pair. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The plan's name, `<athlete>'s off-season from <start> to <end>`, within the string limit (the athlete's name cut). */
function planNameOf(athlete: Athlete, startDate: string, endDate: string): string {
  const rest = `'s off-season from ${startDate} to ${endDate}`;
  return `${shorten(athlete.name ?? athlete.id, DEFAULT_LIMITS.maxStringLength - rest.length)}${rest}`;
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
 * @returns A parsed plan; the same athlete and options give the same plan, byte for byte. Its id is
 * `<athlete id>-offseason-<start date>` and its name `<athlete name>'s off-season from <start> to <end>`, each cut to
 * fit the plan format's limits (an athlete id over 107 characters is cut and marked with a fingerprint of the whole
 * id; a name near the 16 KiB string limit is cut and ends in "…"), so that every athlete that parses gets a plan.
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
    if (!best || counts.error < best.errors || (counts.error === best.errors && counts.warning < best.warnings))
      best = { plan, errors: counts.error, warnings: counts.warning };
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

const DEFAULT_VARIANT: Variant = {
  transitionVolume: TRANSITION_VOLUME,
  transitionLong: TRANSITION_LONG,
  flatBase: false,
  earlyLong: false,
};
const VARIANTS: readonly Variant[] = [
  DEFAULT_VARIANT,
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: false, earlyLong: false },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: false },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: true },
  { transitionVolume: 1, transitionLong: 1, flatBase: true, earlyLong: true },
  { transitionVolume: 0.9, transitionLong: 0.95, flatBase: true, earlyLong: true, seedHeadroom: 0.9 },
  { transitionVolume: 0.8, transitionLong: 0.92, flatBase: true, earlyLong: true, quietWeek4: true, seedHeadroom: 0.9 },
  {
    transitionVolume: 0.8,
    transitionLong: 0.92,
    flatBase: true,
    earlyLong: true,
    quietWeek4: true,
    seedHeadroom: 0.9,
    light: true,
  },
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
  const light =
    variant.light === true ||
    (athlete.inSeasonWeeklyRunMinutes !== undefined &&
      athlete.inSeasonWeeklyRunMinutes * 4 * 1.2 < 2 * 30 * 5 + 3 * 45 + 100);
  const levelProfile = LEVEL_PROFILES[athlete.level];
  const profile = light && athlete.level === "beginner" ? { ...levelProfile, strengthPerWeek: 1 } : levelProfile;
  const lastDayOfWeek = (weekdayIndexOfDays(dateToDays(options.startDate)) + 6) % 7;
  // Fewer, longer runs when the volume is small: every run of a reduced week still lasts 15 minutes.
  const runsFor = (minutes: number) =>
    Math.max(Math.min(2, profile.runsPerWeek), Math.min(profile.runsPerWeek, Math.floor(minutes / MIN_EASY_RUN)));
  const pick = chooser(options.seed ?? 0);
  let runMinutes =
    athlete.inSeasonWeeklyRunMinutes === undefined
      ? profile.defaultWeeklyRunMinutes
      : Math.min(
          profile.maxWeeklyRunMinutes,
          Math.max(profile.minWeeklyRunMinutes, Math.round(athlete.inSeasonWeeklyRunMinutes * 0.9)),
        );
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
  // An athlete who names no support contacts gets a fortnightly check-in to build that network.
  const needsSupportCheckIn = (athlete.supportContacts?.length ?? 0) === 0;
  const beginner = athlete.level === "beginner";

  const crossMinutesFor = (minutes: number) => Math.min(75, Math.max(light ? 20 : 30, Math.round(0.15 * minutes)));
  const strengthEquipment = beginner ? "bodyweight" : "free-weights";
  const baseWeek = (minutes: number, sessionPick: ReturnType<typeof chooser>, supportCheckIn: boolean) => {
    const strengthMinutes = light ? 20 : 30;
    // Fit each run to the athlete's minutes for the day at the base's peak; the other phases scale these runs.
    const slots = baseRuns(
      layout,
      minutes,
      profile.baseHardSessions,
      crossMinutesFor(minutes) * layout.crossDays.length,
      profile,
      lastDayOfWeek,
    ).map((slot) => {
      const others =
        (layout.strengthDays.some((entry) => entry.day === slot.day) ? strengthMinutes : 0) +
        (layout.crossDays.includes(slot.day) ? crossMinutesFor(minutes) : 0);
      return {
        ...slot,
        minutes: Math.min(slot.minutes, Math.floor(((layout.capacity[slot.day] ?? 0) - others) / peak)),
      };
    });
    // The long run stays the longest, so that no other run spikes past it.
    const longest = slots.find((slot) => slot.role === "long")?.minutes;
    if (longest !== undefined) for (const slot of slots) if (slot.minutes > longest) slot.minutes = longest;
    // And the hard share is checked again on what fitted.
    const hardSlots = slots.filter((slot) => slot.role === "hard");
    const aerobic =
      slots.reduce((sum, slot) => sum + slot.minutes, 0) + crossMinutesFor(minutes) * layout.crossDays.length;
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
        const runLoad = run
          ? run.minutes * (run.role === "hard" ? 7 : run.role === "long" ? 4 : run.role === "recovery" ? 2 : 3)
          : 0;
        const strengthLoad = layout.strengthDays.some((entry) => entry.day === day) ? strengthMinutes * 5 : 0;
        return runLoad + strengthLoad + (layout.crossDays.includes(day) ? crossMinutesFor(minutes) * 3 : 0);
      });
    for (const slot of slots) {
      if (monotony(dailyLoad()) <= MAX_PLANNED_MONOTONY) break;
      if (slot.role !== "easy") continue;
      slot.role = "recovery";
      slot.minutes = Math.max(MIN_RUN_MINUTES, Math.round(slot.minutes / 2));
    }
    const hardTypes = [
      { runType: "hills", rpe: 7 },
      { runType: "tempo", rpe: 6 },
    ];
    let hardIndex = 0;
    const runs = slots.map((slot) => {
      if (slot.role !== "hard")
        return {
          day: slot.day,
          runType: slot.role,
          rpe: slot.role === "long" ? 4 : slot.role === "recovery" ? 2 : 3,
          minutes: slot.minutes,
        };
      const type = hardTypes[hardIndex++] ?? { runType: "tempo", rpe: 6 };
      return { day: slot.day, ...type, minutes: slot.minutes };
    });
    return {
      slots,
      sessions: phaseSessions(
        layout,
        {
          prefix: "b",
          kind: "base",
          runs,
          strength: {
            minutes: strengthMinutes,
            rpe: beginner || light ? 4 : 5,
            equipment: strengthEquipment,
            plyometric: false,
          },
          cross: { minutes: crossMinutesFor(minutes), rpe: 3 },
          peak,
        },
        sessionPick,
        supportCheckIn,
      ),
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
  const { slots, sessions: base } = baseWeek(runMinutes, pick, needsSupportCheckIn);
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
        minutes:
          slot.role === "long"
            ? Math.ceil(slot.minutes * variant.transitionLong)
            : Math.round(slot.minutes * variant.transitionVolume),
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
  const preRuns = slots.map((slot) => ({
    day: slot.day,
    runType: slot.role === "hard" ? "easy" : slot.role,
    rpe: slot.role === "long" ? 4 : slot.role === "recovery" ? 2 : 3,
    minutes: Math.round(slot.minutes * scale),
  }));
  const aerobic =
    preRuns.reduce((sum, run) => sum + run.minutes, 0) + crossMinutesFor(runMinutes) * layout.crossDays.length;
  const preHardDays = layout.hardDays.slice(0, profile.preSeasonHardSessions);
  const preHardMinutes =
    preHardDays.length === 0
      ? 0
      : Math.min(profile.hardMinutes, Math.floor((HARD_SHARE * aerobic) / preHardDays.length));
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
              return {
                ...run,
                runType: hardIndex === 0 ? "intervals" : "tempo",
                rpe: hardIndex === 0 ? 8 : 6,
                minutes: Math.min(run.minutes, preHardMinutes),
              };
            }),
            strength: {
              minutes: light ? 20 : 30,
              rpe: light ? 4 : 5,
              equipment: strengthEquipment,
              plyometric: athlete.level === "advanced" || athlete.level === "elite",
            },
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
      ...(mass === undefined
        ? {}
        : {
            notes: `About ${String(Math.round((6 * mass) / 10) * 10)} mL for ${String(mass)} kg, at least 4 hours before the run.`,
          }),
    },
    {
      id: "protein",
      category: "nutrition",
      focus: "lean-protein",
      ...(mass === undefined ? {} : { gPerKg: 1.6 }),
      repeat: "FREQ=DAILY",
    },
    // 5, 6 and 8 g/kg each sit inside two neighbouring bands of the carbohydrate guideline, so small changes in
    // training hours never push the target out of range.
    {
      id: "carbs",
      category: "nutrition",
      focus: "complex-carbs",
      ...(mass === undefined ? {} : { gPerKg: dailyTrainingHours < 1.25 ? 5 : dailyTrainingHours <= 2.75 ? 6 : 8 }),
      repeat: "FREQ=DAILY",
    },
    { id: "produce", category: "nutrition", focus: "fruit-vegetables", repeat: "FREQ=DAILY" },
    { id: "mindful-eating", category: "nutrition", focus: "mindful-eating", repeat: "FREQ=DAILY" },
    { id: "sleep", category: "sleep", hours: sleepHours, repeat: "FREQ=DAILY" },
  ];
  const phases: Json[] = [
    {
      id: "transition",
      name: "Transition: recover from the season with easy running",
      type: "transition",
      weeks: lengths.transition,
      sessions: transition,
    },
    {
      id: "base",
      name: "Base: aerobic volume, strength and cross-training",
      type: "base",
      weeks: lengths.base,
      progression,
      sessions: base,
    },
  ];
  if (lengths.preSeason > 0)
    phases.push({
      id: "pre-season",
      name: "Pre-season: sharpen before racing resumes",
      type: "pre-season",
      weeks: lengths.preSeason,
      sessions: preSeason,
    });
  return parsePlan({
    version: 1,
    id: planIdOf(athlete.id, options.startDate),
    name: planNameOf(athlete, options.startDate, addDays(options.startDate, weeks * 7 - 1)),
    timezone: athlete.timezone,
    startDate: options.startDate,
    phases,
    habits,
  });
}
