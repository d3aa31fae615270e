import type { Level } from "../model/athlete.js";

/** What the generator plans for an ability level. Documented in docs/generate.md; change both together. */
export interface LevelProfile {
  /** Runs a week (fewer when the athlete has fewer days). */
  readonly runsPerWeek: number;
  /** Weekly run minutes of the base phase without in-season volume. */
  readonly defaultWeeklyRunMinutes: number;
  /** Bounds of the base phase's weekly run minutes when derived from in-season volume. */
  readonly minWeeklyRunMinutes: number;
  readonly maxWeeklyRunMinutes: number;
  /** Hard sessions a week in the base and in the pre-season phase. */
  readonly baseHardSessions: number;
  readonly preSeasonHardSessions: number;
  /** Strength and cross-training sessions a week. */
  readonly strengthPerWeek: number;
  readonly crossPerWeek: number;
  /** Run-volume multipliers of the loading weeks of a cycle; a reduced week follows them. */
  readonly loadingSteps: readonly number[];
  /** Run-free days a week and run days in a row allowed at this level (the rules' defaults). */
  readonly minRunFreeDays: number;
  readonly maxConsecutiveRunDays: number;
  /** Sleep target in hours. */
  readonly sleepHours: number;
  /** Minutes of one hard session before it is shortened to keep 80 % of minutes easy. */
  readonly hardMinutes: number;
}

/** The generator's profile per level. */
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
