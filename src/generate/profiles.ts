import type { Level } from "../model/athlete.js";

/** What the generator plans for an ability level. Documented in docs/generate.md; change both together. */
export interface LevelProfile {
  /**
   * Runs a week in the base and pre-season (COACHING.md §3.1: B 3-4, I 4-5, A 5-7, E 6-7), fewer when the athlete has
   * fewer days, is under 15 (4) or 50 and over (5).
   */
  readonly runsPerWeek: number;
  /** The in-season week the plan is shaped from when the athlete gives no `inSeasonWeeklyRunMinutes`. */
  readonly defaultInSeasonWeeklyRunMinutes: number;
  /** The fewest in-season minutes the generator plans from: below them the level's sessions alone spike the load. */
  readonly minInSeasonWeeklyRunMinutes: number;
  /** The base's target: this share of the in-season week, within `minTargetWeeklyRunMinutes`-`maxTargetWeeklyRunMinutes`. */
  readonly targetShare: number;
  /** The lowest target of the base. */
  readonly minTargetWeeklyRunMinutes: number;
  /** The highest target of the base. */
  readonly maxTargetWeeklyRunMinutes: number;
  /** Hard sessions a week in the base from its 4th week (beginners: the 7th); strides and hill sprints before. */
  readonly baseQuality: number;
  /** Quality sessions a week in the pre-season (intervals, then tempo). */
  readonly preSeasonQuality: number;
  /** Hill repeats of the base: how many 60-second climbs. */
  readonly hillRepeats: number;
  /** Tempo: repeats of `tempoMinutes` at RPE 7. */
  readonly tempoRepeats: number;
  /** Minutes of one tempo repeat. */
  readonly tempoMinutes: number;
  /** Intervals of the pre-season: repeats of `intervalMinutes` at RPE 8. */
  readonly intervalRepeats: number;
  /** Minutes of one interval. */
  readonly intervalMinutes: number;
  /** Strength sessions a week (base and pre-season). */
  readonly strengthPerWeek: number;
  /** Minutes of a strength session. */
  readonly strengthMinutes: number;
  /** Cross-training (active recovery) sessions a week after the first transition week. */
  readonly crossPerWeek: number;
  /** Sleep target in hours. */
  readonly sleepHours: number;
}

/**
 * The generator's profile per level: how many runs, what the base builds toward, which quality sessions and how
 * big, how much strength and cross-training.
 *
 * @example
 * ```ts
 * import { LEVEL_PROFILES } from "offseason";
 * LEVEL_PROFILES.intermediate.runsPerWeek; //=> 5
 * ```
 */
export const LEVEL_PROFILES: Readonly<Record<Level, LevelProfile>> = {
  beginner: {
    runsPerWeek: 4,
    defaultInSeasonWeeklyRunMinutes: 100,
    minInSeasonWeeklyRunMinutes: 60,
    targetShare: 1.1,
    minTargetWeeklyRunMinutes: 75,
    maxTargetWeeklyRunMinutes: 200,
    baseQuality: 1,
    preSeasonQuality: 1,
    hillRepeats: 0,
    tempoRepeats: 2,
    tempoMinutes: 5,
    intervalRepeats: 5,
    intervalMinutes: 2,
    strengthPerWeek: 2,
    strengthMinutes: 20,
    crossPerWeek: 1,
    sleepHours: 8,
  },
  intermediate: {
    runsPerWeek: 5,
    defaultInSeasonWeeklyRunMinutes: 200,
    minInSeasonWeeklyRunMinutes: 120,
    targetShare: 1.1,
    minTargetWeeklyRunMinutes: 140,
    maxTargetWeeklyRunMinutes: 330,
    baseQuality: 1,
    preSeasonQuality: 1,
    hillRepeats: 8,
    tempoRepeats: 2,
    tempoMinutes: 8,
    intervalRepeats: 5,
    intervalMinutes: 3,
    strengthPerWeek: 2,
    strengthMinutes: 30,
    crossPerWeek: 1,
    sleepHours: 8,
  },
  advanced: {
    runsPerWeek: 6,
    defaultInSeasonWeeklyRunMinutes: 300,
    minInSeasonWeeklyRunMinutes: 240,
    targetShare: 1.1,
    minTargetWeeklyRunMinutes: 240,
    maxTargetWeeklyRunMinutes: 560,
    baseQuality: 1,
    preSeasonQuality: 2,
    hillRepeats: 10,
    tempoRepeats: 3,
    tempoMinutes: 8,
    intervalRepeats: 6,
    intervalMinutes: 3,
    strengthPerWeek: 2,
    strengthMinutes: 30,
    crossPerWeek: 1,
    sleepHours: 8,
  },
  elite: {
    runsPerWeek: 6,
    defaultInSeasonWeeklyRunMinutes: 420,
    minInSeasonWeeklyRunMinutes: 360,
    targetShare: 1.1,
    minTargetWeeklyRunMinutes: 360,
    maxTargetWeeklyRunMinutes: 800,
    baseQuality: 2,
    preSeasonQuality: 2,
    hillRepeats: 12,
    tempoRepeats: 3,
    tempoMinutes: 10,
    intervalRepeats: 6,
    intervalMinutes: 4,
    strengthPerWeek: 2,
    strengthMinutes: 30,
    crossPerWeek: 1,
    sleepHours: 8.5,
  },
};
