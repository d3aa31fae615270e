/** generatePlan: refuse what no plan could keep its promise for, build the season, assemble and parse the plan. */
import { addDays, dateToDays, weekdayIndexOfDays } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { errorOf } from "../model/errors.js";
import { parsePlan } from "../model/parse.js";
import type { Plan } from "../model/plan.js";
import { habitsOf, phasesOf, type AssemblyContext } from "./assemble.js";
import { planIdOf, planNameOf } from "./naming.js";
import { DEFAULT_WEEKS, phaseLengths, targetOf, type GeneratePlanOptions } from "./options.js";
import { LEVEL_PROFILES, type LevelProfile } from "./profiles.js";
import { checkAthlete, checkOptions } from "./refusals.js";
import { ruleLimits, type RuleLimits } from "./ruleLimits.js";
import { buildSeason } from "./season.js";
import { chooser } from "./sessions.js";
import { layoutWeek, type WeekLayout } from "./weekLayout.js";

export type { GeneratePlanOptions } from "./options.js";

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
  if (issues.length > 0) throw errorOf("invalid", "summary.invalidGenerateOptions", issues);
  const refusals = checkAthlete(athlete, options);
  if (refusals.length > 0) throw errorOf("config", "summary.noPlanForAthlete", refusals);
  const weeks = options.weeks ?? DEFAULT_WEEKS;
  const lengths = phaseLengths(weeks, options.phases);
  const profile = LEVEL_PROFILES[athlete.level];
  const limits = ruleLimits(athlete.level);
  const layout = layoutFor(athlete, profile, limits);
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
  const context: AssemblyContext = {
    athlete,
    layout,
    pick: chooser(options.seed ?? 0),
    startDate: options.startDate,
    firstWeekday,
    supportCheckIn: (athlete.supportContacts?.length ?? 0) === 0,
  };
  const plan: Plan = {
    version: 1,
    id: planIdOf(athlete.id, options.startDate),
    name: planNameOf(athlete, options.startDate, addDays(options.startDate, weeks * 7 - 1)),
    timezone: athlete.timezone,
    startDate: options.startDate,
    ...(athlete.paces === undefined ? {} : { paces: athlete.paces }),
    phases: phasesOf(context, lengths, season),
    habits: habitsOf(athlete, profile, season),
  };
  return parsePlan(plan);
}

/** The athlete's week: run, quality, strength, cross-training and rest days, as the level and the rules ask. */
function layoutFor(athlete: Athlete, profile: LevelProfile, limits: RuleLimits): WeekLayout {
  return layoutWeek(athlete, {
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
}
