/** One day before the plan, for {@link TrainingHistory}. */
export interface HistoryDay {
  /** Session-RPE load of the day (RPE x minutes summed over runs, cross-training and strength). */
  readonly load: number;
  /** Minutes run that day. */
  readonly runMinutes?: number;
  /** The longest single run of the day, in minutes. */
  readonly longestRunMinutes?: number;
}

/** One week before the plan, for {@link TrainingHistory}. */
export interface HistoryWeek {
  /** Session-RPE load of the week. */
  readonly load: number;
  /** Minutes run that week. */
  readonly runMinutes: number;
  /** Kilometres run that week. */
  readonly runKm?: number;
  /** The longest single run of the week, in minutes. */
  readonly longestRunMinutes?: number;
}

/**
 * Training just before the plan (e.g. the end of the racing season), oldest first, the last entry ending the day
 * before the plan's start date. Give days or weeks. It seeds the chronic load of the ACWR, the week-over-week change
 * of week 1, the longest run of the previous 30 days and the reduced-week test. When both `days` and `weeks` are
 * given (and `days` is not empty), only `days` is read.
 */
export interface TrainingHistory {
  /** Days, oldest first; the last is the day before the start date. */
  readonly days?: readonly HistoryDay[];
  /** Weeks, oldest first; the last ends the day before the start date. */
  readonly weeks?: readonly HistoryWeek[];
}

/** Where the ACWR's starting load came from. */
export type AcwrSeed = "history" | "in-season" | "none";

/**
 * The role of a week: `transition` (a week of a transition phase), `race` (holds an A or B race), `taper` (a reduced
 * week among the 3 before a week with an A race), `reduced` (run minutes at most 80 % of the highest of the 3 weeks
 * before, history included; not a taper) or `loading` (any other week).
 */
export type WeekRole = "transition" | "loading" | "reduced" | "taper" | "race";

/** The load metrics of one week of a calendar. */
export interface WeekMetrics {
  /** 1-based week of the plan. */
  readonly week: number;
  /** First day of the week. */
  readonly startDate: string;
  /** Last day of the week. */
  readonly endDate: string;
  /** Id of the week's phase. */
  readonly phase: string;
  /** Whether the week belongs to a transition phase. */
  readonly transition: boolean;
  /**
   * What the week is for (docs/domain.md, Week roles): `transition`, `race` (an A or B race), `taper` (a reduced week
   * among the 3 before an A race), `reduced` (run minutes at most 80 % of the highest of the 3 weeks before, history
   * included) or `loading`.
   */
  readonly role: WeekRole;
  /** Run minutes (after progression, skips and moves). */
  readonly runMinutes: number;
  /** Run kilometres, from runs that give a distance. */
  readonly runKm: number;
  /** Number of runs. */
  readonly runs: number;
  /** Days with at least one run. */
  readonly runDays: number;
  /** Cross-training minutes. */
  readonly crossMinutes: number;
  /** Strength minutes. */
  readonly strengthMinutes: number;
  /** Mobility minutes. */
  readonly mobilityMinutes: number;
  /** Mental practice minutes. */
  readonly mentalMinutes: number;
  /** All session minutes. */
  readonly totalMinutes: number;
  /** Session-RPE load of each of the 7 days (0 for a day without load). */
  readonly dailyLoads: readonly number[];
  /** Weekly load: the sum of the daily loads. */
  readonly load: number;
  /** Mean daily load / population SD of the 7 daily loads; 0 without load, capped at 10 (also when the SD is 0). */
  readonly monotony: number;
  /** Weekly load x monotony. */
  readonly strain: number;
  /** Hard sessions (see `isHardSession`). */
  readonly hardSessions: number;
  /** Aerobic minutes: runs and cross-training. */
  readonly aerobicMinutes: number;
  /** Easy aerobic minutes: of a session with steps, its easy steps; of a hard-type run without steps, the 10 minutes either side of its work (at most half of it); of any other, all of it when it is easy (RPE <= 4). */
  readonly easyMinutes: number;
  /** Easy minutes / aerobic minutes; null without aerobic minutes. */
  readonly easyShare: number | null;
  /** The longest single run of the week in minutes; 0 without runs. */
  readonly longestRunMinutes: number;
  /** 7-day EWMA of daily load at the week's last day. */
  readonly acuteLoad: number;
  /** 28-day EWMA of daily load at the week's last day. */
  readonly chronicLoad: number;
  /** Acute / chronic at the week's last day; null while not yet reported (see `acwrSeed`) or when chronic is 0. */
  readonly acwr: number | null;
  /**
   * The highest daily acute / chronic ratio of the week's reported days (from the plan's 7th day, when the acute
   * window holds plan days only, and once the ACWR is reported); null when no day of the week is reported.
   * Without a seed (no history, no in-season minutes) both EWMAs start at 0 and are divided by the weight their days
   * carry (`1 - (1 - lambda)^n` after n days), so that early days are not inflated by the missing start.
   */
  readonly peakAcwr: number | null;
  /** The day of {@link WeekMetrics.peakAcwr} (the first of equal days); null with it. */
  readonly peakAcwrDate: string | null;
  /**
   * The rolling-sum ratio of the same day as {@link WeekMetrics.peakAcwr} (Gabbett 2016's coupled rolling average):
   * the load of the 7 days ending that day / (the load of the 28 days ending it / 4), the days before the plan counted
   * at the load both EWMAs start at (0 without a seed); null with `peakAcwr`, or when those 28 days carry no load.
   * A week repeated unchanged reads 1 here whatever its pattern, where its EWMA peak can read 1.5 or more.
   */
  readonly peakRollingAcwr: number | null;
}
