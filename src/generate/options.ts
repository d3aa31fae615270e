/** The options of generatePlan and the defaults they leave to the generator. */
import type { LevelProfile } from "./profiles.js";

/** Options of {@link generatePlan}. */
export interface GeneratePlanOptions {
  /** The first day of the plan (`YYYY-MM-DD`), usually the day after the season ends. */
  readonly startDate: string;
  /** Weeks, 4 to 52; default 12. */
  readonly weeks?: number;
  /** Phase lengths; the base phase takes the rest (at least 1 week). */
  readonly phases?: {
    /**
     * Transition weeks, 0-4 (default: what the season's end asks for, COACHING.md §8 item 1: the break and the
     * recovery window of the race that ended the season, counted from its day; none when the season's end is unknown
     * or long past).
     */
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

/** Weeks of each phase. */
export interface PhaseLengths {
  readonly transition: number;
  readonly base: number;
  readonly preSeason: number;
}

/** Weeks of a plan when the options give none. */
export const DEFAULT_WEEKS = 12;

/**
 * Phase lengths: the transition the season's end asks for (`transitionWeeks`, never so long that it leaves no base
 * week), a pre-season when the plan is long enough, base in between; the options win.
 */
export function phaseLengths(weeks: number, phases: GeneratePlanOptions["phases"], transitionWeeks = 0): PhaseLengths {
  const preSeason = phases?.preSeason ?? (weeks < 10 ? 0 : weeks < 20 ? 2 : 3);
  const transition = phases?.transition ?? Math.max(0, Math.min(transitionWeeks, weeks - preSeason - 1));
  return { transition, base: weeks - transition - preSeason, preSeason };
}

/**
 * The base's peak: the option, else the coaching model's share of the in-season week (COACHING.md §2.4: 110 %,
 * youth 105 %, masters 100 %) within the level's bounds, never over base-volume's 1.5 times the in-season week.
 */
export function targetOf(
  profile: LevelProfile,
  inSeason: number,
  options: GeneratePlanOptions,
  peakShare = profile.targetShare,
): number {
  if (options.targetWeeklyRunMinutes !== undefined) return options.targetWeeklyRunMinutes;
  return Math.min(
    profile.maxTargetWeeklyRunMinutes,
    Math.floor(1.45 * inSeason),
    Math.max(profile.minTargetWeeklyRunMinutes, Math.round(inSeason * peakShare)),
  );
}
