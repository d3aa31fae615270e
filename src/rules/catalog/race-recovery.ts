import * as z from "zod/mini";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { addDays, daysBetween } from "../../calendar/civilDate.js";
import { KM_PER_MILE } from "../../model/pace.js";
import { recentRaceKm, seasonEndingRace, type RecentRace } from "../../model/recentRace.js";
import { sessionTitle } from "../../model/sessionText.js";
import { isRace, raceDistanceKm, racePriority } from "../../schedule/keySession.js";
import { isHardOccurrence, isKeyInWeek } from "../helpers/classify.js";
import type { Calendar, CalendarDay, SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import type { RuleReport } from "../types.js";
import { sessionsOf, upperMinutes } from "../helpers/calendar.js";
import { round } from "../helpers/numbers.js";
import { byLevel } from "../levels.js";

/**
 * A race the rule recovers from: its day, distance (and the distance as the runner gave it, in `unit`), name, and
 * whether it ended the season or is an A race; the athlete's last race before the plan has no name (the message says
 * "the 10 km race").
 */
interface RaceToRecover {
  readonly date: string;
  readonly km: number;
  readonly distance: number;
  readonly unit: "km" | "mi";
  readonly title: string | undefined;
  readonly major: boolean;
}

/** The run types a coach keeps out of a race's Foster window: VO2max work and racing (COACHING.md 1.1, 8). */
const QUALITY_TYPES: ReadonlySet<string> = new Set(["intervals", "hills", "fartlek", "time-trial", "race"]);

/** A marathon, for the first-week cap on run length: 42.195 km, a little shorter as the runner gives it. */
const MARATHON_KM = 42;

/** The first week after a marathon, days 1-7, when no run lasts more than 45 minutes (COACHING.md 1.5). */
const MARATHON_FIRST_DAYS = 7;

/** Higdon's post-marathon plan allows an easy hour on day 7 (COACHING.md 1.2): the one exception to the cap. */
const HIGDON_DAY_7_MINUTES = 60;

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
      major: racePriority(race) === "A",
    };
  });
}

/** The athlete's last race before the plan, which ended the season. */
function recentRace(race: RecentRace | undefined): RaceToRecover[] {
  if (race === undefined) return [];
  const km = recentRaceKm(race);
  return [{ date: race.date, km, ...distanceOf(km, race.distanceMi), title: undefined, major: true }];
}

/** The options of race-recovery: the coaching model's, and the two of 0.1 kept for configs that name them. */
interface RaceRecoveryOptions {
  readonly kmPerDay: number;
  readonly defaultRaceKm: number;
  readonly qualityDaysPerMile: number;
  readonly qualityAsNote: boolean;
  readonly marathonFirstWeekMinutes: number;
  readonly daysPerMile?: number | undefined;
  readonly longRunMinutes?: number | undefined;
}

const defaults = (qualityAsNote: boolean): RaceRecoveryOptions => ({
  kmPerDay: 3,
  defaultRaceKm: 5,
  qualityDaysPerMile: 1,
  qualityAsNote,
  marathonFirstWeekMinutes: 45,
});

/**
 * Easy days after a race, a day per 3 km raced (Daniels): 2 / 4 / 8 / 15 days after 5 km / 10 km / half / marathon;
 * then, after the race that ended the season or an A race, no VO2max work nor racing for a day per mile (Foster: 4 / 7
 * / 14 / 27 days); and no run over 45 minutes in the first week after a marathon (Higdon, Competitor). Coaching
 * conventions (COACHING.md 1.1, 1.5, 7.2, 8), so a warning at most.
 */
export const raceRecovery = /* @__PURE__ */ defineRule<RaceRecoveryOptions>({
  meta: {
    id: "race-recovery",
    fundamental: "load",
    type: "problem",
    description:
      "After a race of d km, no hard session and no long run for ceil(d / 3) days (Daniels: a day per 3 km; 2 / 4 / 8 / 15 days after 5 km / 10 km / half / marathon), also after the athlete's last race before the plan (recentRaces) when its days reach into the plan. After that race or an A race, no intervals, hills, fartlek, time trial or race for ceil(d / 1.609) days (Foster: a day per mile; a warning for beginners and intermediates, a note for advanced and elite runners). No run over 45 minutes in days 1-7 after a marathon. A race's distance is its distanceKm / distanceMi, else its work steps, else 5 km. A long run is a run of type long, or the longest run of its week at 75 minutes or more (the lower bound of a range).",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#race-recovery",
    rationale:
      "Warning, a coaching convention (Daniels' day per 3 km, the lower bound of what coaches allow; Foster's day per mile for VO2max work after the season's last or an A race, a note for advanced and elite runners who recover sooner; Higdon's and Competitor's 45-minute cap in the first week after a marathon) without a study behind it; research finds recovery faster still (Takayama 2022), so never an error.",
    options: z.strictObject({
      kmPerDay: z.number().check(z.gt(0), z.lte(100)),
      defaultRaceKm: z.number().check(z.gt(0), z.lte(500)),
      // Foster's day per mile raced, for VO2max work and races after the season's last or an A race (0: not judged).
      qualityDaysPerMile: z.number().check(z.gte(0), z.lte(3)),
      // Advanced and elite runners recover sooner (Daniels' window is their limit): the Foster window is a note.
      qualityAsNote: z.boolean(),
      marathonFirstWeekMinutes: z.int().check(z.gte(1), z.lte(600)),
      // The options of 0.1 stay accepted (add, never rename): given, they win over the coaching model's reading.
      // Foster's easier "a day per mile" as the warning line, as in 0.1; given, it wins over kmPerDay.
      daysPerMile: z.optional(z.number().check(z.gte(0), z.lte(3))),
      // A long run as any run of type long or of at least this many minutes (upper bound), as in 0.1.
      longRunMinutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
    }),
    defaults: byLevel(defaults(false), defaults(false), defaults(true), defaults(true)),
    messages: {
      tooSoon: {
        message:
          "{title} on {date} comes {daysAfter, plural, one {# day} other {# days}} after the race on {raceDate} ({recent, select, true {the {distance} {unit} race} other {{race}}}); after {distance} {unit} of racing keep {recoveryDays, plural, one {# day} other {# days}} free of hard sessions and long runs.",
        hint: "Move it to {ready} or later, or make it a short easy run.",
      },
      qualityTooSoon: {
        message:
          "The session {sessionId} on {date} comes on day {day} after the {raceKm} km race on {raceDate}; coaches keep intervals, hills, fartlek and races out of the first {days, plural, one {# day} other {# days}} after a race (a day per mile raced).",
        hint: "Move it to {ready} or later; easy runs and strides are fine until then.",
      },
      qualityTooSoonNote: {
        message:
          "The session {sessionId} on {date} comes on day {day} after the {raceKm} km race on {raceDate}; coaches keep intervals, hills, fartlek and races out of the first {days, plural, one {# day} other {# days}} after a race (a day per mile raced).",
        hint: "Move it to {ready} or later if the legs still feel the race.",
        severity: "info",
      },
      longAfterMarathon: {
        message:
          "The run {sessionId} on {date} lasts up to {minutes} min on day {day} after the marathon on {raceDate}; keep runs to {max} min in the first {firstDays} days.",
        hint: "Shorten it to {max} min or less, or walk or cross-train easily instead.",
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
      // Foster's window, judged only past Daniels' (whose finding says the days before) and after a major race.
      const fosterDays = race.major ? Math.ceil((race.km / KM_PER_MILE) * options.qualityDaysPerMile - 1e-9) : 0;
      const fosterReady = addDays(race.date, fosterDays + 1);
      const marathon = race.km >= MARATHON_KM;
      const last = [fosterReady, marathon ? addDays(race.date, MARATHON_FIRST_DAYS + 1) : ready].sort()[1] ?? ready;
      const after = days.filter(
        (entry) => entry.day.date > race.date && entry.day.date < (ready > last ? ready : last),
      );
      for (const { week, day } of after) {
        const gap = daysBetween(race.date, day.date);
        for (const occurrence of sessionsOf(day)) {
          const at = { day, week: week.index, occurrence, gap };
          if (day.date < ready && isFault(occurrence, week)) {
            report(tooSoon(race, { ...at, recovery, ready }));
            continue;
          }
          if (day.date >= ready && day.date < fosterReady && isQuality(occurrence))
            report(qualityTooSoon(race, at, { days: fosterDays, ready: fosterReady, note: options.qualityAsNote }));
          else if (marathon && gap <= MARATHON_FIRST_DAYS && tooLong(occurrence, firstWeekCap(gap, options)))
            report(longAfterMarathon(race, at, firstWeekCap(gap, options)));
        }
      }
    }
  },
});

/** Intervals, hills, fartlek, a time trial or a race: the sessions Foster's window keeps out. */
function isQuality(occurrence: SessionOccurrence): boolean {
  return occurrence.kind === "run" && QUALITY_TYPES.has(occurrence.session.runType);
}

/** The first-week cap on a day after a marathon: Higdon's easy hour on day 7 is the known exception. */
function firstWeekCap(gap: number, options: RaceRecoveryOptions): number {
  return gap === MARATHON_FIRST_DAYS
    ? Math.max(options.marathonFirstWeekMinutes, HIGDON_DAY_7_MINUTES)
    : options.marathonFirstWeekMinutes;
}

/** A run over the cap, a range at its upper bound. */
function tooLong(occurrence: SessionOccurrence, max: number): boolean {
  return occurrence.kind === "run" && upperMinutes(occurrence) > max;
}

/** Where a finding after a race is: its day, week, session and day after the race. */
interface After {
  readonly day: CalendarDay;
  readonly week: number;
  readonly occurrence: SessionOccurrence;
  readonly gap: number;
}

/** The finding of VO2max work or a race inside Foster's window (past Daniels'). */
function qualityTooSoon(
  race: RaceToRecover,
  at: After,
  window: { readonly days: number; readonly ready: string; readonly note: boolean },
): RuleReport {
  return {
    messageId: window.note ? "qualityTooSoonNote" : "qualityTooSoon",
    week: at.week,
    date: at.day.date,
    sessionId: at.occurrence.sessionId,
    measured: at.gap,
    limit: window.days,
    data: {
      sessionId: at.occurrence.sessionId,
      date: at.day.date,
      day: at.gap,
      raceKm: round(race.km, 1),
      raceDate: race.date,
      days: window.days,
      ready: window.ready,
    },
  };
}

/** The finding of a run over the cap in the first week after a marathon. */
function longAfterMarathon(race: RaceToRecover, at: After, max: number): RuleReport {
  const minutes = upperMinutes(at.occurrence);
  return {
    messageId: "longAfterMarathon",
    week: at.week,
    date: at.day.date,
    sessionId: at.occurrence.sessionId,
    measured: minutes,
    limit: max,
    data: {
      sessionId: at.occurrence.sessionId,
      date: at.day.date,
      minutes,
      day: at.gap,
      raceDate: race.date,
      max,
      firstDays: MARATHON_FIRST_DAYS,
    },
  };
}

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
