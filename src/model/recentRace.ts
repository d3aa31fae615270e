/** An athlete's recent races: what ended the season, for the rules and the generator to read. */
import { MODEL_MESSAGES } from "./issueMessages.js";
import * as z from "zod/mini";
import { KM_PER_MILE } from "./pace.js";
import { addIssue, LocalDateSchema } from "./primitives.js";
import { parseRaceTime } from "./raceTime.js";
import { RACE_PRIORITIES } from "./vocabulary.js";

/** The most recent races an athlete lists. */
export const MAX_RECENT_RACES = 50;

/** Youth: under this age in whole years (docs/domain.md: sleep 8 h, no mindful-eating advice). */
export const YOUTH_UNDER_AGE = 18;

/** Masters: this age in whole years and over. */
export const MASTERS_FROM_AGE = 50;

/** A recent race of the athlete's, as {@link RecentRaceSchema} parses it. */
export interface RecentRace {
  /** The race day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The distance in km; not with `distanceMi`. */
  readonly distanceKm?: number | undefined;
  /** The distance in miles; not with `distanceKm`. */
  readonly distanceMi?: number | undefined;
  /** The finishing time, `"h:mm:ss"` or `"m:ss"`. */
  readonly time?: string | undefined;
  /** Its priority: A, B or C. */
  readonly priority?: (typeof RACE_PRIORITIES)[number] | undefined;
}

/** The schema of one recent race: its date, distance (km or miles, one of them), time and priority. */
export const RecentRaceSchema: z.ZodMiniType<RecentRace> = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The race day, `YYYY-MM-DD`. */
      date: LocalDateSchema,
      /** The distance in km; not with `distanceMi`. */
      distanceKm: z.optional(z.number().check(z.gt(0), z.lte(500))),
      /** The distance in miles; not with `distanceKm`. */
      distanceMi: z.optional(z.number().check(z.gt(0), z.lte(311))),
      /** The finishing time, `"h:mm:ss"` or `"m:ss"`. */
      time: z.optional(
        z.string().check(
          z.refine((value) => (parseRaceTime(value) ?? 0) > 0, {
            error: MODEL_MESSAGES["race.time"],
          }),
        ),
      ),
      /** Its priority: A, B or C. */
      priority: z.optional(z.enum(RACE_PRIORITIES)),
    })
    .check(
      z.superRefine((race: { distanceKm?: number | undefined; distanceMi?: number | undefined }, context) => {
        if (race.distanceKm !== undefined && race.distanceMi !== undefined)
          addIssue(context, race, ["distanceMi"], "distance.both", "conflict");
        if (race.distanceKm === undefined && race.distanceMi === undefined)
          addIssue(context, race, ["distanceKm"], "race.distanceMissing", "required");
      }),
    ))();

/** The distance of a recent race in km. */
export function recentRaceKm(race: RecentRace): number {
  return race.distanceKm ?? (race.distanceMi ?? 0) * KM_PER_MILE;
}

/**
 * The race that ended the season: the last of the athlete's recent races on or before the plan's start (the latest
 * date; of races on one day, the one listed last).
 *
 * @param races - The athlete's `recentRaces`.
 * @param startDate - The plan's first day.
 * @returns The race, or undefined when none is on or before the start.
 */
export function seasonEndingRace(races: readonly RecentRace[] | undefined, startDate: string): RecentRace | undefined {
  let last: RecentRace | undefined;
  for (const race of races ?? []) {
    if (race.date <= startDate && (last === undefined || race.date >= last.date)) last = race;
  }
  return last;
}

/** Whether an athlete of this age (whole years) is youth, under {@link YOUTH_UNDER_AGE}. */
export function isYouth(age: number | undefined): boolean {
  return age !== undefined && age < YOUTH_UNDER_AGE;
}
