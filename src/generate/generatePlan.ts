import { addDays, dateToDays, parseCivilDate, weekdayIndexOfDays } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { issueAt, OffseasonError, type OffseasonIssue } from "../model/errors.js";
import type { Habit } from "../model/habit.js";
import { DEFAULT_LIMITS, MAX_ID_LENGTH } from "../model/limits.js";
import { parsePlan } from "../model/parse.js";
import type { Phase, Plan } from "../model/plan.js";
import type { Session, SessionOf } from "../model/session.js";
import { LEVEL_PROFILES, type LevelProfile } from "./profiles.js";
import { ruleLimits } from "./ruleLimits.js";
import { buildSeason, type PhaseKind, type PlannedWeek } from "./season.js";
import { chooser, runSession, strengthExercises, weekly, type Pick, type Workout } from "./sessions.js";
import { code, layoutWeek, MIN_DAY_MINUTES, usableDays, type Day, type WeekLayout } from "./weekLayout.js";

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
  /**
   * Weekly run minutes the base builds toward, 60 to 1500 (default: the level's share of the athlete's in-season
   * week, within the level's bounds; see docs/generate.md). The base gets there as fast as the ramps allow.
   */
  readonly targetWeeklyRunMinutes?: number;
  /** Varies the choice of exercises and cross-training (any integer); the same seed gives the same plan. */
  readonly seed?: number;
}

/** Usable days (30 minutes or more) an athlete needs for the plan to keep its promise. */
const MIN_USABLE_DAYS = 4;

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
  const target = options.targetWeeklyRunMinutes;
  if (target !== undefined && (!Number.isInteger(target) || target < 60 || target > 1500))
    issues.push(
      issueAt(["targetWeeklyRunMinutes"], "must be a whole number of minutes from 60 to 1500", "out_of_range"),
    );
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

/** What the athlete brings that no plan could keep the promise with: located issues, none when the plan can. */
function checkAthlete(athlete: Athlete, options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const usable = usableDays(athlete).length;
  if (usable < MIN_USABLE_DAYS) {
    issues.push(
      issueAt(
        ["athlete", "availability"],
        `has ${String(usable)} day${usable === 1 ? "" : "s"} with ${String(MIN_DAY_MINUTES)} minutes or more; a plan with rest days, runs, strength and cross-training that no rule warns about needs ${String(MIN_USABLE_DAYS)}`,
        "too_small",
      ),
    );
  }
  const profile = LEVEL_PROFILES[athlete.level];
  const inSeason = athlete.inSeasonWeeklyRunMinutes;
  if (inSeason !== undefined && inSeason < profile.minInSeasonWeeklyRunMinutes) {
    issues.push(
      issueAt(
        ["athlete", "inSeasonWeeklyRunMinutes"],
        `is ${String(inSeason)}, below the ${String(profile.minInSeasonWeeklyRunMinutes)} minutes a plan at ${athlete.level} level starts from: its sessions alone would spike the load against the season; check the level or the minutes`,
        "too_small",
      ),
    );
  }
  if (athlete.seasonEndDate !== undefined && athlete.seasonEndDate >= options.startDate) {
    issues.push(
      issueAt(
        ["athlete", "seasonEndDate"],
        `is ${athlete.seasonEndDate}, not before the plan's start ${options.startDate}: an off-season plan starts after the season`,
        "out_of_range",
      ),
    );
  }
  return issues;
}

/** The base's target: the option, else the level's share of the in-season week within the level's bounds. */
function targetOf(profile: LevelProfile, inSeason: number, options: GeneratePlanOptions): number {
  if (options.targetWeeklyRunMinutes !== undefined) return options.targetWeeklyRunMinutes;
  return Math.min(
    profile.maxTargetWeeklyRunMinutes,
    Math.max(profile.minTargetWeeklyRunMinutes, Math.round(inSeason * profile.targetShare)),
  );
}

/**
 * Builds an off-season plan for an athlete, shaped as a season: a transition that recovers from the season (the
 * first week mostly rest and easy cross-training, then easy running back, well under the in-season week), a base
 * that builds week over week toward a target in blocks of loading weeks and a reduced week, each block above the
 * last, and a pre-season that holds the volume and adds quality (intervals, tempo). Quality sessions are written as
 * steps (hill repeats, tempo, intervals, strides) sized to the level, with the athlete's paces when given; the long
 * run sits on the athlete's roomiest day, quality days apart, strength after a quality run or on a day not followed
 * by a hard or long run; every day has mobility work, every week mental practice; habits cover pre-run fluids,
 * nutrition and sleep. Thresholds come from the rules' defaults at the athlete's level (see docs/generate.md).
 *
 * The promise: `validatePlan(generatePlan(athlete, options), { athlete })` has no error and no warning. An athlete
 * for whom no plan could keep it is refused up front, with the reason at its place in the input.
 *
 * @param athlete - A parsed athlete.
 * @param options - The start date, the number of weeks (4-52, default 12), phase lengths, a target and a seed.
 * @returns A parsed plan; the same athlete and options give the same plan, byte for byte. Its id is
 * `<athlete id>-offseason-<start date>` and its name `<athlete name>'s off-season from <start> to <end>`, each cut to
 * fit the plan format's limits (an athlete id over 107 characters is cut and marked with a fingerprint of the whole
 * id; a name near the 16 KiB string limit is cut and ends in "…").
 * @throws {@link OffseasonError} with code `invalid` for options out of range (e.g. `weeks: 60`), and with code
 * `config` for an athlete no plan could keep the promise for: fewer than 4 days with 30 minutes or more
 * (`athlete.availability`), in-season minutes below the level's (`athlete.inSeasonWeeklyRunMinutes`), or a season
 * that ends on or after the start date (`athlete.seasonEndDate`).
 * @example
 * ```ts
 * import { generatePlan, parseAthlete, validatePlan } from "offseason";
 * const day = { available: true };
 * const athlete = parseAthlete({
 *   id: "ana", level: "intermediate", timezone: "Europe/Berlin", bodyMassKg: 58, inSeasonWeeklyRunMinutes: 240,
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
  const refusals = checkAthlete(athlete, options);
  if (refusals.length > 0)
    throw new OffseasonError("config", "No plan for this athlete could keep generatePlan's promise", refusals);
  const weeks = options.weeks ?? 12;
  const lengths = phaseLengths(weeks, options.phases);
  const profile = LEVEL_PROFILES[athlete.level];
  const limits = ruleLimits(athlete.level);
  const layout = layoutWeek(athlete, {
    runsPerWeek: profile.runsPerWeek,
    qualityDays: Math.min(Math.max(profile.baseQuality, profile.preSeasonQuality), limits.hardSessions.maxPerWeek),
    // Below the level's usual in-season volume, strength alone would outweigh the running: the rule's minimum.
    strengthPerWeek:
      (athlete.inSeasonWeeklyRunMinutes ?? Infinity) < profile.defaultInSeasonWeeklyRunMinutes
        ? limits.strength.minPerWeek
        : Math.max(profile.strengthPerWeek, limits.strength.minPerWeek),
    minRunFreeDays: limits.restDays.minRunFreeDays,
    maxConsecutiveRunDays: limits.consecutive.maxDays,
  });
  const inSeason = athlete.inSeasonWeeklyRunMinutes ?? profile.defaultInSeasonWeeklyRunMinutes;
  const firstWeekday = weekdayIndexOfDays(dateToDays(options.startDate));
  const season = buildSeason({
    layout,
    profile,
    limits,
    beginner: athlete.level === "beginner",
    inSeasonMinutes: inSeason,
    seeded: athlete.inSeasonWeeklyRunMinutes !== undefined,
    targetMinutes: targetOf(profile, inSeason, options),
    lengths,
    firstWeekday,
    paces: athlete.paces,
  });
  const pick = chooser(options.seed ?? 0);
  const context: AssemblyContext = {
    athlete,
    layout,
    pick,
    startDate: options.startDate,
    firstWeekday,
    supportCheckIn: (athlete.supportContacts?.length ?? 0) === 0,
  };
  const phases: Phase[] = [];
  let first = 0;
  for (const [kind, length] of [
    ["transition", lengths.transition],
    ["base", lengths.base],
    ["pre-season", lengths.preSeason],
  ] as const) {
    if (length === 0) continue;
    phases.push(phaseOf(context, kind, first, season.slice(first, first + length)));
    first += length;
  }
  const plan: Plan = {
    version: 1,
    id: planIdOf(athlete.id, options.startDate),
    name: planNameOf(athlete, options.startDate, addDays(options.startDate, weeks * 7 - 1)),
    timezone: athlete.timezone,
    startDate: options.startDate,
    ...(athlete.paces === undefined ? {} : { paces: athlete.paces }),
    phases,
    habits: habitsOf(athlete, profile, season),
  };
  return parsePlan(plan);
}

interface AssemblyContext {
  readonly athlete: Athlete;
  readonly layout: WeekLayout;
  readonly pick: Pick;
  readonly startDate: string;
  readonly firstWeekday: Day;
  readonly supportCheckIn: boolean;
}

const PHASE_NAMES: Readonly<Record<PhaseKind, string>> = {
  transition: "Transition: recover from the season, then easy running back",
  base: "Base: build aerobic volume in blocks, with strength and cross-training",
  "pre-season": "Pre-season: hold the volume, add intervals and tempo",
};
const PREFIX: Readonly<Record<PhaseKind, string>> = { transition: "t", base: "b", "pre-season": "p" };

/** One phase's sessions from its weeks: a session per run type and weekday, with its minutes week by week. */
function phaseOf(context: AssemblyContext, kind: PhaseKind, firstWeek: number, weeks: readonly PlannedWeek[]): Phase {
  const { layout, pick } = context;
  const prefix = PREFIX[kind];
  const count = weeks.length;
  const runs = new Map<
    string,
    { day: Day; runType: SessionOf<"run">["runType"]; rpe: number; workout?: Workout; minutes: (number | null)[] }
  >();
  const cross = new Map<Day, { rpe: (number | null)[]; minutes: (number | null)[] }>();
  weeks.forEach((week, index) => {
    for (const run of week.runs) {
      const id = `${prefix}-${run.runType}-${code(run.day).toLowerCase()}`;
      const entry = runs.get(id) ?? {
        day: run.day,
        runType: run.runType,
        rpe: run.rpe,
        ...(run.workout === undefined ? {} : { workout: run.workout }),
        minutes: Array.from({ length: count }, () => null),
      };
      entry.minutes[index] = run.minutes;
      runs.set(id, entry);
    }
    for (const session of week.cross) {
      const entry = cross.get(session.day) ?? {
        rpe: Array.from({ length: count }, () => null),
        minutes: Array.from({ length: count }, () => null),
      };
      entry.minutes[index] = session.minutes;
      entry.rpe[index] = session.rpe;
      cross.set(session.day, entry);
    }
  });
  const sessions: Session[] = [];
  for (const [id, run] of [...runs].sort(([, a], [, b]) => a.day - b.day)) {
    sessions.push(runSession(id, run.runType, run.rpe, [code(run.day)], run.minutes, run.workout));
  }
  sessions.push(...strengthSessions(context, kind, firstWeek, weeks));
  for (const [day, entry] of [...cross].sort(([a], [b]) => a - b)) {
    sessions.push({
      id: `${prefix}-cross-${code(day).toLowerCase()}`,
      kind: "cross",
      modality: pick(["swim", "bike", "elliptical", "walk"]),
      minutes: weekly(entry.minutes),
      rpe: weekly(entry.rpe),
      on: [code(day)],
      notes: "Active recovery: easy enough to talk throughout.",
    });
  }
  const restDay = code(layout.restDay ?? layout.crossDays[0] ?? 0);
  sessions.push({
    id: `${prefix}-mobility`,
    kind: "mobility",
    practice: kind === "pre-season" ? "yoga" : kind === "transition" ? "stretching" : "foam-rolling",
    minutes: 10,
    repeat: "FREQ=DAILY",
  });
  if (kind === "transition")
    sessions.push({ id: `${prefix}-goals`, kind: "mental", practice: "goal-setting", minutes: 20, on: [restDay] });
  sessions.push({
    id: `${prefix}-visualization`,
    kind: "mental",
    practice: "visualization",
    minutes: 15,
    on: [code(layout.longDay ?? layout.restDay ?? 6)],
  });
  if (kind === "base") {
    sessions.push({ id: `${prefix}-mindfulness`, kind: "mental", practice: "mindfulness", minutes: 10, on: [restDay] });
    if (context.supportCheckIn)
      sessions.push({
        id: `${prefix}-support`,
        kind: "mental",
        practice: "support-check-in",
        minutes: 15,
        repeat: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${restDay}`,
      });
  }
  return { id: kind, name: PHASE_NAMES[kind], type: kind, weeks: count, sessions };
}

const STRENGTH_NOTES = {
  "after-run": "After the run, not before it: the quality session needs fresh legs.",
  upper: "Upper body and trunk only: tomorrow's run needs fresh legs.",
  full: undefined,
} as const;

/** Strength of a phase: weekly sessions, or in the transition dated ones from its second week (the first rests). */
function strengthSessions(
  context: AssemblyContext,
  kind: PhaseKind,
  firstWeek: number,
  weeks: readonly PlannedWeek[],
): SessionOf<"strength">[] {
  const { athlete, pick } = context;
  const equipment = athlete.level === "beginner" || kind === "transition" ? "bodyweight" : "free-weights";
  const plyometric = kind === "pre-season" && (athlete.level === "advanced" || athlete.level === "elite");
  const session = (
    id: string,
    entry: PlannedWeek["strength"][number],
    index: number,
    when: { on: readonly ReturnType<typeof code>[] } | { date: string },
  ): SessionOf<"strength"> => {
    const mode = entry.mode ?? "full";
    const notes = STRENGTH_NOTES[mode];
    return {
      id,
      kind: "strength",
      minutes: entry.minutes,
      rpe: entry.rpe,
      ...when,
      ...(notes === undefined ? {} : { notes }),
      exercises: strengthExercises(mode, index, equipment, plyometric, pick),
    };
  };
  const prefix = PREFIX[kind];
  if (kind !== "transition") {
    const template = weeks[0]?.strength ?? [];
    return template.map((entry, index) =>
      session(`${prefix}-strength-${code(entry.day).toLowerCase()}`, entry, index, { on: [code(entry.day)] }),
    );
  }
  return weeks.flatMap((week, weekIndex) =>
    week.strength.map((entry, index) => {
      const planWeek = firstWeek + weekIndex;
      const date = addDays(context.startDate, planWeek * 7 + ((entry.day - context.firstWeekday + 7) % 7));
      return session(`${prefix}-strength-w${String(planWeek + 1)}-${code(entry.day).toLowerCase()}`, entry, index, {
        date,
      });
    }),
  );
}

/** Pre-run fluids, nutrition and sleep, with targets from body mass when known. */
function habitsOf(athlete: Athlete, profile: LevelProfile, season: readonly PlannedWeek[]): Habit[] {
  const mass = athlete.bodyMassKg;
  const trainingMinutes = season.map((week) =>
    [...week.runs, ...week.strength, ...week.cross].reduce((sum, entry) => sum + entry.minutes, 0),
  );
  const dailyTrainingHours = Math.max(0, ...trainingMinutes) / 7 / 60;
  const sleepHours = Math.min(10, Math.max(profile.sleepHours, athlete.sleepHours ?? 0));
  return [
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
}
