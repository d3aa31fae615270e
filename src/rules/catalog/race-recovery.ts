import * as z from "zod/mini";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { addDays, daysBetween } from "../../calendar/civilDate.js";
import { KM_PER_MILE } from "../../model/pace.js";
import { recentRaceKm, seasonEndingRace, type RecentRace } from "../../model/recentRace.js";
import { sessionTitle } from "../../model/sessionText.js";
import { isRace, raceDistanceKm } from "../../schedule/keySession.js";
import { isHardOccurrence, isKeyInWeek } from "../helpers/classify.js";
import type { Calendar, CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import type { RuleReport } from "../types.js";
import { sessionsOf, upperMinutes } from "../helpers/calendar.js";
import { round } from "../helpers/numbers.js";
import { allLevels } from "../levels.js";

/**
 * A race the rule recovers from: its day, distance (and the distance as the runner gave it, in `unit`) and name; the
 * athlete's last race before the plan has no name (the message says "the 10 km race").
 */
interface RaceToRecover {
  readonly date: string;
  readonly km: number;
  readonly distance: number;
  readonly unit: "km" | "mi";
  readonly title: string | undefined;
}

/** A distance as the runner gave it: miles in miles, else km (one decimal). */
function distanceOf(km: number, miles: number | undefined): { readonly distance: number; readonly unit: "km" | "mi" } {
  return miles === undefined ? { distance: round(km, 1), unit: "km" } : { distance: round(miles, 1), unit: "mi" };
}

/** The races of the plan, each with its distance (its fields, else its work steps, else the default). */
function planRaces(calendar: Calendar, defaultKm: number): RaceToRecover[] {
  return calendar.occurrences.filter(isRace).map((occurrence) => {
    const race = occurrence as SessionOccurrence<"run">;
    const given = raceDistanceKm(race);
    const km = given ?? defaultKm;
    return {
      date: race.date,
      km,
      ...distanceOf(km, given === undefined ? undefined : race.session.distanceMi),
      title: sessionTitle(race.session, aerobicFields(race)),
    };
  });
}

/** The athlete's last race before the plan, which ended the season. */
function recentRace(race: RecentRace | undefined): RaceToRecover[] {
  if (race === undefined) return [];
  const km = recentRaceKm(race);
  return [{ date: race.date, km, ...distanceOf(km, race.distanceMi), title: undefined }];
}

/**
 * Easy days after a race, a day per 3 km raced (Daniels): 2 / 4 / 8 / 15 days after 5 km / 10 km / half / marathon.
 * A coaching convention (so a warning at most); Foster's easier "a day per mile" is what COACHING.md recommends
 * building, not the warning line.
 */
/** The options of race-recovery: the coaching model's, and the two of 0.1 kept for configs that name them. */
interface RaceRecoveryOptions {
  readonly kmPerDay: number;
  readonly defaultRaceKm: number;
  readonly daysPerMile?: number | undefined;
  readonly longRunMinutes?: number | undefined;
}

export const raceRecovery = /* @__PURE__ */ defineRule<RaceRecoveryOptions>({
  meta: {
    id: "race-recovery",
    fundamental: "load",
    type: "problem",
    description:
      "After a race of d km, no hard session and no long run for ceil(d / 3) days (Daniels: a day per 3 km; 2 / 4 / 8 / 15 days after 5 km / 10 km / half / marathon), also after the athlete's last race before the plan (recentRaces) when its days reach into the plan. A race's distance is its distanceKm / distanceMi, else its work steps, else 5 km. A long run is a run of type long, or the longest run of its week at 75 minutes or more (the lower bound of a range).",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#race-recovery",
    rationale:
      "Warning, a coaching convention (Daniels' day per 3 km, the lower bound of what coaches allow) without a study behind it; research finds recovery faster still (Takayama 2022), so never an error.",
    options: z.strictObject({
      kmPerDay: z.number().check(z.gt(0), z.lte(100)),
      defaultRaceKm: z.number().check(z.gt(0), z.lte(500)),
      // The options of 0.1 stay accepted (add, never rename): given, they win over the coaching model's reading.
      // Foster's easier "a day per mile" as the warning line, as in 0.1; given, it wins over kmPerDay.
      daysPerMile: z.optional(z.number().check(z.gte(0), z.lte(3))),
      // A long run as any run of type long or of at least this many minutes (upper bound), as in 0.1.
      longRunMinutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
    }),
    defaults: allLevels<RaceRecoveryOptions>({ kmPerDay: 3, defaultRaceKm: 5 }),
    messages: {
      tooSoon: {
        message:
          "{title} on {date} comes {daysAfter, plural, one {# day} other {# days}} after the race on {raceDate} ({recent, select, true {the {distance} {unit} race} other {{race}}}); after {distance} {unit} of racing keep {recoveryDays, plural, one {# day} other {# days}} free of hard sessions and long runs.",
        hint: "Move it to {ready} or later, or make it a short easy run.",
      },
    },
  },
  check({ calendar, athlete, options, report }) {
    const races = [
      ...recentRace(seasonEndingRace(athlete?.recentRaces, calendar.startDate)),
      ...planRaces(calendar, options.defaultRaceKm),
    ];
    const days = calendar.weeks.flatMap((week) => week.days.map((day) => ({ week, day })));
    const { longRunMinutes, daysPerMile } = options;
    const isFault = (occurrence: SessionOccurrence, week: (typeof days)[number]["week"]) =>
      longRunMinutes === undefined
        ? isKeyInWeek(occurrence, week, calendar.plan.paces)
        : isHardOccurrence(occurrence, calendar.plan.paces) ||
          (occurrence.kind === "run" &&
            (occurrence.session.runType === "long" || upperMinutes(occurrence) >= longRunMinutes));
    for (const race of races) {
      const recovery = Math.ceil(
        (daysPerMile === undefined ? race.km / options.kmPerDay : (race.km / KM_PER_MILE) * daysPerMile) - 1e-9,
      );
      const ready = addDays(race.date, recovery + 1);
      for (const { week, day } of days.filter((entry) => entry.day.date > race.date && entry.day.date < ready)) {
        for (const occurrence of sessionsOf(day).filter((candidate) => isFault(candidate, week)))
          report(tooSoon(race, { day, week: week.index, occurrence, recovery, ready }));
      }
    }
  },
});

/** The finding of a hard session or long run inside a race's recovery days. */
function tooSoon(
  race: RaceToRecover,
  at: {
    readonly day: CalendarDay;
    readonly week: number;
    readonly occurrence: SessionOccurrence;
    readonly recovery: number;
    readonly ready: string;
  },
): RuleReport {
  const gap = daysBetween(race.date, at.day.date);
  return {
    messageId: "tooSoon",
    week: at.week,
    date: at.day.date,
    sessionId: at.occurrence.sessionId,
    measured: gap,
    limit: at.recovery,
    data: {
      title: sessionTitle(at.occurrence.session, aerobicFields(at.occurrence)),
      date: at.day.date,
      daysAfter: gap,
      raceDate: race.date,
      // The athlete's last race before the plan has no title: the message names it by its distance.
      ...(race.title === undefined ? { recent: true } : { recent: false, race: race.title }),
      km: round(race.km, 1),
      distance: race.distance,
      unit: race.unit,
      recoveryDays: at.recovery,
      ready: at.ready,
    },
  };
}
