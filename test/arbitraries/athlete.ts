import fc from "fast-check";
import { parseAthlete, type Athlete, type Level } from "../../src/index.js";
import { ZONES } from "./plan.js";

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** In-season weekly run minutes that fit each level's definition (docs/domain.md: beginner < 20 km a week, ...). */
export const IN_SEASON_RANGE: Readonly<Record<Level, readonly [number, number]>> = {
  beginner: [60, 180],
  intermediate: [120, 330],
  advanced: [240, 560],
  elite: [360, 800],
};

/** An athlete with at least `minDays` available days; some days carry a minute limit. */
export function athleteArb(minDays = 4) {
  return fc
    .record({
      level: fc.constantFrom<Level>("beginner", "intermediate", "advanced", "elite"),
      timezone: fc.constantFrom(...ZONES),
      available: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: minDays }),
      limits: fc.array(fc.option(fc.integer({ min: 60, max: 240 }), { nil: undefined }), {
        minLength: 7,
        maxLength: 7,
      }),
      bodyMassKg: fc.option(fc.integer({ min: 40, max: 110 }), { nil: undefined }),
      sleepHours: fc.option(fc.integer({ min: 5, max: 10 }), { nil: undefined }),
      contacts: fc.boolean(),
      inSeasonShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ level, timezone, available, limits, bodyMassKg, sleepHours, contacts, inSeasonShare }): Athlete => {
      const [low, high] = IN_SEASON_RANGE[level];
      return parseAthlete({
        id: "generated",
        level,
        timezone,
        availability: Object.fromEntries(
          WEEKDAYS.map((weekday, index) => [
            weekday,
            available.includes(index)
              ? { available: true, ...(limits[index] === undefined ? {} : { maxMinutes: limits[index] }) }
              : { available: false },
          ]),
        ),
        ...(bodyMassKg === undefined ? {} : { bodyMassKg }),
        ...(sleepHours === undefined ? {} : { sleepHours }),
        ...(contacts ? { supportContacts: ["Coach"] } : {}),
        ...(inSeasonShare === undefined
          ? {}
          : { inSeasonWeeklyRunMinutes: Math.round(low + inSeasonShare * (high - low)) }),
      });
    });
}
