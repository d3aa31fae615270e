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

/** Weeks of each phase. */
export interface PhaseLengths {
  readonly transition: number;
  readonly base: number;
  readonly preSeason: number;
}

/** Weeks of a plan when the options give none. */
export const DEFAULT_WEEKS = 12;

/** Default phase lengths: a transition of 1-4 weeks, a pre-season when the plan is long enough, base in between. */
export function phaseLengths(weeks: number, phases: GeneratePlanOptions["phases"]): PhaseLengths {
  const transition = phases?.transition ?? (weeks <= 6 ? 1 : weeks <= 15 ? 2 : weeks <= 30 ? 3 : 4);
  const preSeason = phases?.preSeason ?? (weeks < 10 ? 0 : weeks < 20 ? 2 : 3);
  return { transition, base: weeks - transition - preSeason, preSeason };
}

/** The base's target: the option, else the level's share of the in-season week within the level's bounds. */
export function targetOf(profile: LevelProfile, inSeason: number, options: GeneratePlanOptions): number {
  if (options.targetWeeklyRunMinutes !== undefined) return options.targetWeeklyRunMinutes;
  return Math.min(
    profile.maxTargetWeeklyRunMinutes,
    Math.max(profile.minTargetWeeklyRunMinutes, Math.round(inSeason * profile.targetShare)),
  );
}
