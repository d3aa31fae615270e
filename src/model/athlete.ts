import * as z from "zod/mini";
import type { DeepReadonly } from "./types.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { pacesSchema } from "./plan.js";
import { IdSchema, LocalDateSchema, text, TimeZoneSchema } from "./primitives.js";
import { MAX_RECENT_RACES, RecentRaceSchema } from "./recentRace.js";

/** Ability levels, from least to most experienced. */
export const LEVELS = ["beginner", "intermediate", "advanced", "elite"] as const;

/** An ability level: beginner, intermediate, advanced or elite. */
export type Level = (typeof LEVELS)[number];

const DayAvailabilitySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Whether the athlete can train on this weekday. */
    available: z.boolean(),
    /** The most minutes of training that fit on this weekday. */
    maxMinutes: z.optional(z.int().check(z.gte(1), z.lte(1440))),
  }))();

/** Builds the athlete schema for the given limits. */
export function createAthleteSchema(limits: Limits) {
  return z.strictObject({
    /** A JSON Schema reference for editors; ignored. */
    $schema: z.optional(text(limits.maxStringLength)),
    /** The athlete's id. */
    id: IdSchema,
    /** Display name. */
    name: z.optional(text(limits.maxStringLength)),
    /** Ability level: beginner, intermediate, advanced or elite. */
    level: z.enum(LEVELS),
    /** IANA time zone where the athlete trains. */
    timezone: TimeZoneSchema,
    /** Availability for each weekday, `MO` to `SU`. */
    availability: z.strictObject({
      /** MO. */
      MO: DayAvailabilitySchema,
      /** TU. */
      TU: DayAvailabilitySchema,
      /** WE. */
      WE: DayAvailabilitySchema,
      /** TH. */
      TH: DayAvailabilitySchema,
      /** FR. */
      FR: DayAvailabilitySchema,
      /** SA. */
      SA: DayAvailabilitySchema,
      /** SU. */
      SU: DayAvailabilitySchema,
    }),
    /** Body mass in kg, for fluid and nutrition targets. */
    bodyMassKg: z.optional(z.number().check(z.gte(20), z.lte(300))),
    /** Usual hours of sleep a night. */
    sleepHours: z.optional(z.number().check(z.gt(0), z.lte(16))),
    /** People who support the athlete (coach, club, family). */
    supportContacts: z.optional(z.array(text(limits.maxStringLength).check(z.minLength(1))).check(z.maxLength(50))),
    /** Weekly running minutes during the season just ended; seeds load metrics. */
    inSeasonWeeklyRunMinutes: z.optional(z.int().check(z.gte(0), z.lte(5000))),
    /** The last day of the racing season. */
    seasonEndDate: z.optional(LocalDateSchema),
    /** Age in whole years, 8 to 100: youth is under 18 (more sleep, no portion control), masters 50 and over. */
    age: z.optional(z.int().check(z.gte(8), z.lte(100))),
    /**
     * Recent races, at most 50: `{ date, distanceKm | distanceMi, time?, priority? }`. The last on or before the plan's
     * start is the race that ended the season (`race-recovery`, `transition-volume` and the generator read it).
     */
    recentRaces: z.optional(z.array(RecentRaceSchema).check(z.maxLength(MAX_RECENT_RACES))),
    /**
     * The athlete's paces by run type (`"8:15/mi"`, `"4:50/km"`), the shape of a plan's `paces`: generated plans
     * carry them and give quality steps their target pace.
     */
    paces: z.optional(pacesSchema),
  });
}

/**
 * The schema of an athlete: ability level, time zone, the minutes available on each weekday (all seven days
 * spelled out), and optional body mass, sleep, support contacts, in-season volume, season end, age, recent races
 * and paces.
 *
 * @example
 * ```ts
 * import { AthleteSchema } from "offseason";
 * const day = { available: true };
 * AthleteSchema.safeParse({
 *   id: "ana", level: "beginner", timezone: "Europe/Berlin",
 *   availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
 * }).success; //=> true
 * ```
 */
export const AthleteSchema: z.ZodMiniType<Athlete> = /* @__PURE__ */ createAthleteSchema(DEFAULT_LIMITS);

/** An athlete, as {@link AthleteSchema} parses it. */
export interface Athlete extends DeepReadonly<z.output<ReturnType<typeof createAthleteSchema>>> {}
