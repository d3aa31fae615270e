/** generatePlan: refuse what no plan could keep its promise for, build the season, assemble and parse the plan. */
import { addDays, dateToDays, weekdayIndexOfDays } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { errorOf } from "../model/errors.js";
import { parsePlan } from "../model/parse.js";
import type { Plan } from "../model/plan.js";
import { habitsOf, phasesOf, type AssemblyContext } from "./assemble.js";
import { planIdOf, planNameOf } from "./naming.js";
import { DEFAULT_WEEKS, phaseLengths, targetOf, type GeneratePlanOptions } from "./options.js";
import type { PlanPaces } from "../model/plan.js";
import { recentRaceKm } from "../model/recentRace.js";
import { trainingPaces } from "../paces/trainingPaces.js";
import { coachingModel, type CoachingModel } from "./coaching.js";
import { LEVEL_PROFILES, type LevelProfile } from "./profiles.js";
import { checkAthlete, checkOptions } from "./refusals.js";
import { ruleLimits, type RuleLimits } from "./ruleLimits.js";
import { buildSeason } from "./season.js";
import { chooser } from "./sessions.js";
import { layoutWeek, type WeekLayout } from "./weekLayout.js";

export type { GeneratePlanOptions } from "./options.js";

/**
 * Builds an off-season plan for an athlete on the coaching model (COACHING.md §8): a transition shaped by how the
 * season ended (the race in `recentRaces` and `seasonEndDate`: no running on the first days after a marathon, no hard
 * session before a day a mile raced, days already past shrink it, none when the season ended long ago), a return to
 * 80-100 % of the in-season week in 3-4 weeks after a break and 6-8 after a marathon, then new volume at most 10 % a
 * week up to the base's peak, with a step-back week every 3rd (beginners, youth, masters) or 4th week that never holds
 * the plan's longest run. Days are filled in order: long run, quality, easy runs to the level's run count, strength
 * after hard runs (a short add-on when days are scarce), cross-training on the days left. Quality and strength
 * progress week by week and phase by phase (strides and hill sprints, hill repeats, tempo, fartlek, intervals;
 * adaptation, heavy, power, loads as %1RM and reps in reserve); youth and masters get their defaults (`age`); paces
 * come from the athlete's `paces` or a timed race. Every day has mobility work, every week mental practice; habits
 * cover pre-run fluids, nutrition and sleep (see docs/generate.md).
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
 * `config` for an athlete no plan could keep the promise for: fewer than 3 days with 30 minutes or more
 * (`athlete.availability`), in-season minutes below the level's (`athlete.inSeasonWeeklyRunMinutes`), or a season
 * that ends on or after the start date (`athlete.seasonEndDate`).
 * @example
 * ```ts
 * import { generatePlan, parseAthlete, validatePlan } from "offseason";
 * const day = { available: true };
 * const athlete = parseAthlete({
 *   id: "ana", level: "intermediate", timezone: "Europe/Berlin", bodyMassKg: 58, inSeasonWeeklyRunMinutes: 240,
 *   seasonEndDate: "2026-11-01",
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
  const limits = ruleLimits(athlete.level);
  const model = coachingModel(athlete, options.startDate, limits.restDays.minRunFreeDays);
  const lengths = phaseLengths(weeks, options.phases, model.transitionWeeks);
  const profile = LEVEL_PROFILES[athlete.level];
  const layout = layoutFor(athlete, profile, limits, model);
  const inSeason = athlete.inSeasonWeeklyRunMinutes ?? profile.defaultInSeasonWeeklyRunMinutes;
  const firstWeekday = weekdayIndexOfDays(dateToDays(options.startDate));
  const paces = pacesOf(athlete, options.startDate);
  const season = buildSeason({
    layout,
    profile,
    limits,
    beginner: athlete.level === "beginner",
    level: athlete.level,
    model,
    heavyStrength: athlete.level !== "beginner" && !model.young && weeks >= HEAVY_STRENGTH_WEEKS,
    inSeasonMinutes: inSeason,
    seeded: athlete.inSeasonWeeklyRunMinutes !== undefined,
    targetMinutes: targetOf(profile, inSeason, options, model.peakShare),
    lengths,
    firstWeekday,
    paces,
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
    ...(paces === undefined ? {} : { paces }),
    phases: phasesOf(context, lengths, season),
    habits: habitsOf(athlete, profile, season),
  };
  return parsePlan(plan);
}

/** Plans of this many weeks or more hold a heavy strength phase for intermediate runners and up (COACHING.md §5). */
const HEAVY_STRENGTH_WEEKS = 10;

/** The athlete's week: run, quality, strength, cross-training and rest days, as the coaching model and the rules ask. */
function layoutFor(athlete: Athlete, profile: LevelProfile, limits: RuleLimits, model: CoachingModel): WeekLayout {
  const quality = Math.min(Math.max(profile.baseQuality, profile.preSeasonQuality), limits.hardSessions.maxPerWeek);
  return layoutWeek(athlete, {
    runsPerWeek: model.runTarget,
    qualityDays: model.youth || model.masters ? Math.min(1, quality) : quality,
    // Below the level's usual in-season volume, strength alone would outweigh the running: the rule's minimum.
    // Youth and masters keep 2 a week (COACHING.md §5-§6).
    strengthPerWeek:
      (athlete.inSeasonWeeklyRunMinutes ?? Infinity) < profile.defaultInSeasonWeeklyRunMinutes &&
      !model.youth &&
      !model.masters
        ? limits.strength.minPerWeek
        : Math.max(profile.strengthPerWeek, limits.strength.minPerWeek),
    minRunFreeDays: model.minRunFreeDays,
    maxConsecutiveRunDays: limits.consecutive.maxDays,
    easyDaysAfterKey: model.masters ? 2 : 1,
  });
}

/**
 * The plan's paces: the athlete's own, else those of the latest timed race on or before the start (Daniels' VDOT
 * via `trainingPaces`); none when no race is timed or its time gives no paces.
 */
function pacesOf(athlete: Athlete, startDate: string): PlanPaces | undefined {
  if (athlete.paces !== undefined) return athlete.paces;
  const timed = (athlete.recentRaces ?? []).filter((race) => race.time !== undefined && race.date <= startDate);
  const race = timed.reduce<(typeof timed)[number] | undefined>(
    (latest, entry) => (latest === undefined || entry.date >= latest.date ? entry : latest),
    undefined,
  );
  if (race?.time === undefined) return undefined;
  try {
    return trainingPaces({ distanceKm: recentRaceKm(race), time: race.time });
  } catch {
    return undefined;
  }
}
