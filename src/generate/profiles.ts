import type { Level } from "../model/athlete.js";

/** What the generator plans for an ability level. Documented in docs/generate.md; change both together. */
export interface LevelProfile {
  /** Runs a week (fewer when the athlete has fewer days). */
  readonly runsPerWeek: number;
  /** Weekly run minutes of the base phase without in-season volume. */
  readonly defaultWeeklyRunMinutes: number;
  /** Lower bound of the base phase's weekly run minutes derived from in-season volume. */
  readonly minWeeklyRunMinutes: number;
  /** Upper bound of the base phase's weekly run minutes derived from in-season volume. */
  readonly maxWeeklyRunMinutes: number;
  /** Hard sessions a week in the base phase. */
  readonly baseHardSessions: number;
  /** Hard sessions a week in the pre-season phase. */
  readonly preSeasonHardSessions: number;
  /** Strength sessions a week. */
  readonly strengthPerWeek: number;
  /** Cross-training (active recovery) sessions a week. */
  readonly crossPerWeek: number;
  /** Run-volume multipliers of the loading weeks of a cycle; a reduced week follows them. */
  readonly loadingSteps: readonly number[];
  /** Run-free days a week at this level (the rest-day-weekly default). */
  readonly minRunFreeDays: number;
  /** Run days in a row allowed at this level (the max-consecutive-run-days default). */
  readonly maxConsecutiveRunDays: number;
  /** Sleep target in hours. */
  readonly sleepHours: number;
  /** Minutes of one hard session before it is shortened to keep 80 % of minutes easy. */
  readonly hardMinutes: number;
}

/**
 * The generator's profile per level: how many runs, how much running, how many hard, strength and cross-training
 * sessions, and how volume steps up before each reduced week.
 *
 * @example
 * ```ts
 * import { LEVEL_PROFILES } from "offseason";
 * LEVEL_PROFILES.intermediate.runsPerWeek; //=> 4
 * ```
 */
export const LEVEL_PROFILES: Readonly<Record<Level, LevelProfile>> = {
  beginner: {
    runsPerWeek: 3,
    defaultWeeklyRunMinutes: 90,
    minWeeklyRunMinutes: 45,
    maxWeeklyRunMinutes: 150,
    baseHardSessions: 0,
    preSeasonHardSessions: 1,
    strengthPerWeek: 2,
    crossPerWeek: 1,
    loadingSteps: [1, 1.05, 1.1],
    minRunFreeDays: 2,
    maxConsecutiveRunDays: 2,
    sleepHours: 8,
    hardMinutes: 20,
  },
  intermediate: {
    runsPerWeek: 4,
    defaultWeeklyRunMinutes: 180,
    minWeeklyRunMinutes: 100,
    maxWeeklyRunMinutes: 300,
    baseHardSessions: 1,
    preSeasonHardSessions: 1,
    strengthPerWeek: 2,
    crossPerWeek: 1,
    loadingSteps: [1, 1.05, 1.1],
    minRunFreeDays: 1,
    maxConsecutiveRunDays: 4,
    sleepHours: 8,
    hardMinutes: 40,
  },
  advanced: {
    runsPerWeek: 5,
    defaultWeeklyRunMinutes: 270,
    minWeeklyRunMinutes: 180,
    maxWeeklyRunMinutes: 420,
    baseHardSessions: 1,
    preSeasonHardSessions: 2,
    strengthPerWeek: 2,
    crossPerWeek: 1,
    loadingSteps: [1, 1.04, 1.08, 1.12],
    minRunFreeDays: 1,
    maxConsecutiveRunDays: 6,
    sleepHours: 8,
    hardMinutes: 45,
  },
  elite: {
    runsPerWeek: 6,
    defaultWeeklyRunMinutes: 360,
    minWeeklyRunMinutes: 240,
    maxWeeklyRunMinutes: 540,
    baseHardSessions: 2,
    preSeasonHardSessions: 2,
    strengthPerWeek: 2,
    crossPerWeek: 1,
    loadingSteps: [1, 1.04, 1.08, 1.12],
    minRunFreeDays: 1,
    maxConsecutiveRunDays: 6,
    sleepHours: 8.5,
    hardMinutes: 50,
  },
};
