/**
 * The coaching model the generator builds on (COACHING.md §1-§6, §8 "Generator"): how the season ended and what that
 * asks of the transition, how fast volume comes back and where the base peaks, the step-back cadence, runs a week,
 * and the youth and masters defaults. Pure numbers from the athlete and the start date; the season reads them.
 */
import { daysBetween } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { KM_PER_MILE } from "../model/pace.js";
import { isYouth, MASTERS_FROM_AGE, recentRaceKm, seasonEndingRace } from "../model/recentRace.js";
import { LEVEL_PROFILES } from "./profiles.js";

/** What ended the season, as the transition reads it. */
export type ReturnKind = "marathon" | "half" | "race" | "break";

/** The coaching model's numbers for one athlete and start date. */
export interface CoachingModel {
  /** Transition weeks the season's end asks for (COACHING §8 item 1), 0-4. */
  readonly transitionWeeks: number;
  /** What ended the season: a marathon, a half, a shorter race, or a season without a race. */
  readonly returnKind: ReturnKind;
  /** Days since the season ended on the plan's first day (1: it ended the day before); undefined when unknown. */
  readonly daysSince: number | undefined;
  /** Plan days (from day 0) with no running at all: the first 3 days after a marathon, 2 after a half. */
  readonly noRunDays: number;
  /**
   * Whether the plan starts on the race day: no running that day, nor on the day 7 days later, the last of the
   * first 7 days after the season, which falls in the plan's second week.
   */
  readonly raceOnStart: boolean;
  /** The first plan day a hard session may take: after Foster's day a mile of the season-ending race (§1.1). */
  readonly hardFromDay: number;
  /** The in-season week's share a returning week reaches, by week after the season's end (0 = days 1-7). */
  readonly returnShares: readonly number[];
  /** A step-back week every this many weeks: 3 for beginners, youth and masters, else 4 (§2.2). */
  readonly stepBackEvery: number;
  /** Where the base peaks, as a share of the in-season week (§2.4). */
  readonly peakShare: number;
  /** New volume grows at most this share a week (§2.2: 10 %). */
  readonly growth: number;
  /** Runs a week the level (and age) aims at (§3.1). */
  readonly runTarget: number;
  /** Run-free days a week at least (§3.1, §6: masters 2, youth under 15 2). */
  readonly minRunFreeDays: number;
  /** The longest run's cap in minutes (§3.2: 150 adults, 90 youth 15-17, 60 under 15). */
  readonly longRunCap: number;
  /** Youth (under 18) and masters (50 and over). */
  readonly youth: boolean;
  readonly masters: boolean;
  /** A youth runner under 15: bodyweight and light strength, 2 rest days, 4 runs. */
  readonly young: boolean;
}

/** Foster: a day without hard efforts for every mile raced (COACHING §1.1), the default after a season-ending race. */
export function fosterDays(km: number): number {
  return Math.ceil(km / KM_PER_MILE - 1e-9);
}

/** Where the base peaks over the in-season week (COACHING §2.4 defaults: club 100-120 %, HS 100-115 %, masters P). */
const PEAK_SHARE = { adult: 1.1, youth: 1.05, masters: 1 } as const;

/**
 * Return shares by week after the season's end (COACHING §1.2, §2.1, §8 item 2-3), the middle of each published
 * range: after a marathon 15-30, 35-55, 55-70, 70-85 % then 80-100 % by week 6-8; after a half 30-50, 60-80 %; after
 * a shorter race or a break 1-2 weeks of break, then ~55, 70, 85, 95-100 % (8020, P for the steps).
 */
const RETURN_SHARES: Readonly<Record<ReturnKind, readonly number[]>> = {
  marathon: [0.22, 0.42, 0.58, 0.72, 0.82, 0.9, 0.96, 1],
  half: [0.35, 0.6, 0.75, 0.88, 1],
  race: [0.35, 0.55, 0.7, 0.85, 1],
  break: [0.35, 0.55, 0.7, 0.85, 1],
};

/** The kind of return a race of `km` asks for. */
function returnKindOf(km: number | undefined): ReturnKind {
  if (km === undefined) return "break";
  if (km >= 40) return "marathon";
  return km >= 20 ? "half" : "race";
}

/**
 * The coaching model for an athlete whose plan starts on `startDate`: the season's end is the later of
 * `seasonEndDate` and the last race on or before the start (`recentRaces`); days already past shrink the transition.
 */
export function coachingModel(athlete: Athlete, startDate: string, minRunFreeDays: number): CoachingModel {
  const race = seasonEndingRace(athlete.recentRaces, startDate);
  const ends = [athlete.seasonEndDate, race?.date].filter((date): date is string => date !== undefined).sort();
  const end = ends.at(-1);
  const km = race === undefined ? undefined : recentRaceKm(race);
  const returnKind = returnKindOf(km);
  const youth = isYouth(athlete.age);
  const masters = (athlete.age ?? 0) >= MASTERS_FROM_AGE;
  const young = youth && (athlete.age ?? 18) < 15;
  const daysSince = end === undefined ? undefined : daysBetween(end, startDate);
  // Days of the season's break and the race's window already behind the plan's first day.
  const past = Math.max(0, (daysSince ?? 0) - 1);
  const breakWeeks = athlete.level === "advanced" || athlete.level === "elite" ? (youth || masters ? 2 : 1) : 2;
  const window = km === undefined ? 0 : fosterDays(km);
  const transitionWeeks =
    end === undefined
      ? 0
      : Math.min(4, Math.max(0, Math.ceil((breakWeeks * 7 - past) / 7), Math.ceil((window - past) / 7)));
  const noRun = returnKind === "marathon" ? 3 : returnKind === "half" ? 2 : 0;
  const sinceRace = race === undefined ? 0 : daysBetween(race.date, startDate);
  const runTarget = Math.min(LEVEL_PROFILES[athlete.level].runsPerWeek, young ? 4 : 7, masters ? 5 : 7);
  return {
    transitionWeeks,
    returnKind,
    daysSince,
    noRunDays: race === undefined ? 0 : Math.max(0, noRun + 1 - sinceRace),
    raceOnStart: race !== undefined && sinceRace === 0,
    hardFromDay: race === undefined ? 0 : Math.max(0, window + 1 - sinceRace),
    returnShares: RETURN_SHARES[returnKind],
    stepBackEvery: athlete.level === "beginner" || youth || masters ? 3 : 4,
    peakShare: youth ? PEAK_SHARE.youth : masters ? PEAK_SHARE.masters : PEAK_SHARE.adult,
    growth: 0.1,
    runTarget,
    minRunFreeDays: Math.max(minRunFreeDays, masters || young ? 2 : 1),
    longRunCap: young ? 60 : youth ? 90 : 150,
    youth,
    masters,
    young,
  };
}

/** The week after the season's end (0 = days 1-7) that a plan week starts in; undefined when the end is unknown. */
export function weekAfterEnd(model: CoachingModel, planWeek: number): number | undefined {
  // A plan that starts on the race day (daysSince 0) has its first 7 days after the season reach into its week 2.
  return model.daysSince === undefined ? undefined : Math.max(0, Math.floor((model.daysSince - 1 + 7 * planWeek) / 7));
}

/** The weekdays (0 = Monday) of a plan week that the season's end keeps free of running: its first days, race day. */
export function noRunWeekdays(model: CoachingModel, firstWeekday: number, week: number): number[] {
  if (week === 1) return model.raceOnStart ? [firstWeekday] : [];
  if (week > 1) return [];
  const days = Math.max(model.noRunDays, model.raceOnStart ? 1 : 0);
  return Array.from({ length: Math.min(7, days) }, (_, offset) => (firstWeekday + offset) % 7);
}
