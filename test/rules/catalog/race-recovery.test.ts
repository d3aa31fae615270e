import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { exampleAthleteJson } from "../../helpers/fixtures.js";
import { parseAthlete } from "../../../src/index.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

// The plan starts Monday 2026-11-02; the races are on the first Saturday, 2026-11-07.
const race = (km?: number, extra: Record<string, unknown> = {}) =>
  run("race", ["SA"], 45, {
    runType: "race",
    rpe: 9,
    name: "Autumn race",
    ...(km === undefined ? {} : { distanceKm: km }),
    ...extra,
  });
const intervals = (on: string[], extra: Record<string, unknown> = {}) =>
  run("intervals", on, 40, { runType: "intervals", rpe: 8, name: "Intervals", ...extra });
const long = (on: string[], minutes = 90, extra: Record<string, unknown> = {}) =>
  run("long", on, minutes, { runType: "long", name: "Long run", ...extra });
/** A week of the race, then a week of the given sessions (ids unique across the phases). */
const raceThen = (raceSession: Record<string, unknown>, sessions: readonly Record<string, unknown>[]) =>
  planOf([
    { id: "race-week", weeks: 1, sessions: [run("easy", ["TU"], 30), raceSession] },
    { id: "after", weeks: 1, sessions },
  ]);

ruleTester("race-recovery", {
  valid: [
    { name: "no race, hard sessions and long runs as they come", plan: weeksOf([intervals(["TU"]), long(["SU"])]) },
    {
      name: "easy runs right after a race",
      plan: raceThen(race(10), [run("e2", ["MO", "TU", "WE"], 40)]),
    },
    {
      name: "a 5 km race: the hard session 5 days later is past its 2 days",
      plan: raceThen(race(5), [intervals(["TH"])]),
    },
    {
      name: "a race without a distance counts as 5 km (2 days)",
      plan: raceThen(race(), [intervals(["TH"])]),
    },
    {
      name: "intervals on day 6 after a 10 km C race: Foster's window is for the season's last or an A race",
      plan: raceThen(race(10, { priority: "C" }), [intervals(["FR"])]),
    },
    {
      name: "a 10 km race: the long run 8 days later is past its 4 days",
      plan: raceThen(race(10), [long(["SU"])]),
    },
    {
      name: "a recovery run of 60-90 minutes is no long run (its lower bound is under 75)",
      plan: raceThen(race(10), [run("e2", ["TU"], 75, { minutes: { min: 60, max: 90 } })]),
    },
    {
      name: "a recovery run of 90 minutes is never a long run (a recovery run stays a recovery run)",
      plan: raceThen(race(10), [run("rec", ["TU"], 90, { runType: "recovery", rpe: 2 })]),
    },
    {
      name: "a 10 km race: intervals on day 5 are past its 4 days (Daniels: a day per 3 km)",
      plan: raceThen(race(10), [intervals(["TH"])]),
    },
    {
      name: "an easy run of 74 minutes is no long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 74)]),
    },
    {
      name: "strength is never a hard session",
      plan: raceThen(race(10), [strength("gym", ["TU"], undefined, { rpe: 8 })]),
    },
    {
      name: "easy cross-training",
      plan: raceThen(race(10), [cross("swim", ["MO", "WE"], 60)]),
    },
    {
      name: "a run whose steps hold under 8 hard minutes is not hard (strides)",
      plan: raceThen(race(10), [
        run("strides", ["TU"], 40, {
          steps: [
            { intent: "warmup", minutes: 30, rpe: 3 },
            {
              repeat: 6,
              steps: [
                { intent: "work", seconds: 20, rpe: 8 },
                { intent: "recovery", seconds: 60, rpe: 2 },
              ],
            },
            { intent: "cooldown", minutes: 2, rpe: 2 },
          ],
        }),
      ]),
    },
    {
      name: "one recovery day when the setting asks for 100 km a day",
      plan: raceThen(race(10), [intervals(["MO"])]),
      setting: ["warning", { kmPerDay: 100, defaultRaceKm: 5 }],
    },
    {
      name: "a race of exactly 1 mile asks for 1 day",
      plan: raceThen(run("mile", ["SA"], 6, { runType: "race", rpe: 9, distanceKm: 1.609344 }), [intervals(["MO"])]),
    },
    {
      name: "a race on the plan's last day",
      plan: weeksOf([run("race", ["SU"], 45, { runType: "race", rpe: 9, distanceKm: 10 })], 1),
    },
  ],
  invalid: [
    {
      name: "intervals on day 6 after a 10 km A race: past Daniels' 4 days, inside Foster's 7",
      plan: raceThen(race(10, { priority: "A" }), [intervals(["FR"])]),
      findings: [
        {
          messageId: "qualityTooSoon",
          week: 2,
          date: "2026-11-13",
          sessionId: "intervals",
          measured: 6,
          limit: 7,
          data: { day: 6, raceKm: 10, raceDate: "2026-11-07", days: 7, ready: "2026-11-15" },
        },
      ],
    },
    {
      name: "a hard session 3 days after a 10 km race",
      plan: raceThen(race(10), [intervals(["TU"])]),
      findings: [
        {
          messageId: "tooSoon",
          severity: "warning",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          measured: 3,
          limit: 4,
          data: {
            title: "Intervals",
            date: "2026-11-10",
            daysAfter: 3,
            raceDate: "2026-11-07",
            race: "Autumn race",
            km: 10,
            distance: 10,
            unit: "km",
            recoveryDays: 4,
            ready: "2026-11-12",
          },
        },
      ],
    },
    {
      name: "the day after a race: 1 day",
      plan: weeksOf([race(10), long(["SU"])], 1),
      findings: [
        {
          messageId: "tooSoon",
          week: 1,
          date: "2026-11-08",
          sessionId: "long",
          measured: 1,
          limit: 4,
          data: { title: "Long run", daysAfter: 1, recoveryDays: 4, ready: "2026-11-12" },
        },
      ],
    },
    {
      name: "a race without a distance counts as 5 km: a hard session on its 2nd day",
      plan: raceThen(race(), [intervals(["MO"])]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-09",
          sessionId: "intervals",
          measured: 2,
          limit: 2,
          data: { km: 5, daysAfter: 2, recoveryDays: 2, ready: "2026-11-10" },
        },
      ],
    },
    {
      name: "the last of 4 days after a 10 km race still counts",
      plan: raceThen(race(10), [long(["WE"])]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-11",
          sessionId: "long",
          measured: 4,
          limit: 4,
          data: { daysAfter: 4 },
        },
      ],
    },
    {
      name: "an easy run of 75 minutes is a long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 75)]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "e2", measured: 3 }],
    },
    {
      name: "a range judged at its lower bound: 75-90 minutes is a long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 80, { minutes: { min: 75, max: 90 } })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "e2" }],
    },
    {
      name: "an optional hard session counts",
      plan: raceThen(race(10), [intervals(["TU"], { optional: true, name: undefined })]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          data: { title: "Interval session 40 min (optional)" },
        },
      ],
    },
    {
      name: "hard cross-training counts",
      plan: raceThen(race(10), [cross("bike", ["MO"], 45, { modality: "bike", rpe: 7 })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-09", sessionId: "bike", measured: 2 }],
    },
    {
      name: "an easy run whose steps hold 10 hard minutes is a hard session",
      plan: raceThen(race(10), [
        run("fast", ["TU"], 40, {
          steps: [
            { intent: "warmup", minutes: 15, rpe: 3 },
            { intent: "work", minutes: 10, rpe: 8 },
            { intent: "cooldown", minutes: 15, rpe: 2 },
          ],
        }),
      ]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "fast" }],
    },
    {
      name: "a half marathon asks for 8 days: each session too soon is its own finding",
      plan: raceThen(race(21.1), [intervals(["TU"]), long(["SU"])]),
      findings: [
        { messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "intervals", measured: 3, limit: 8 },
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-15",
          sessionId: "long",
          measured: 8,
          limit: 8,
          data: { km: 21.1, recoveryDays: 8, ready: "2026-11-16" },
        },
      ],
    },
    {
      name: "a second race soon after the first is a hard session",
      plan: raceThen(race(10), [run("race2", ["WE"], 20, { runType: "race", rpe: 9, distanceKm: 5 })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-11", sessionId: "race2", measured: 4, limit: 4 }],
    },
    {
      name: "an 8K whose distance is in its steps is 8 km of racing (3 days), not the default",
      plan: raceThen(
        race(undefined, {
          minutes: undefined,
          pace: "4:00/km",
          steps: [
            { intent: "warmup", minutes: 10 },
            { intent: "work", distanceKm: 8, rpe: 9 },
          ],
        }),
        [intervals(["TU"])],
      ),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          measured: 3,
          limit: 3,
          data: { km: 8, distance: 8, unit: "km" },
        },
      ],
    },
    {
      name: "a 5K given in miles is 5 km of racing (2 days), spoken of in miles",
      plan: raceThen(race(undefined, { distanceMi: 3.107 }), [intervals(["MO"])]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-09",
          sessionId: "intervals",
          measured: 2,
          limit: 2,
          data: { km: 5, distance: 3.1, unit: "mi" },
        },
      ],
    },
    {
      name: "a race's priority and distance name it",
      plan: raceThen(run("race", ["SA"], 45, { runType: "race", rpe: 9, distanceKm: 10, priority: "A" }), [
        intervals(["MO"]),
      ]),
      findings: [
        { messageId: "tooSoon", week: 2, date: "2026-11-09", sessionId: "intervals", data: { race: "10 km race (A)" } },
      ],
    },
    {
      name: "settings: a day per km, 10 km when no distance",
      plan: raceThen(race(), [intervals(["SU"])]),
      setting: ["warning", { kmPerDay: 1, defaultRaceKm: 10 }],
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-15",
          sessionId: "intervals",
          measured: 8,
          limit: 10,
          data: { km: 10, recoveryDays: 10 },
        },
      ],
    },
  ],
});

// The athlete's last race before the plan (recentRaces) ended the season: its recovery days reach into the plan.
const marathoner = (date: string) => ({
  athlete: parseAthlete({ ...exampleAthleteJson(), recentRaces: [{ date, distanceKm: 42.195, priority: "A" }] }),
});
ruleTester("race-recovery", {
  valid: [
    {
      name: "a marathon 28 days before the plan: its 15 and its 27 days are past",
      plan: weeksOf([intervals(["TU"])], 1),
      options: marathoner("2026-10-06"),
    },
    {
      name: "a tempo on day 21 after the marathon: Daniels' 15 days are past, and Foster's window is for VO2max work",
      plan: weeksOf([run("tempo", ["TU"], 40, { runType: "tempo", rpe: 7 })], 1),
      options: marathoner("2026-10-13"),
    },
    {
      name: "Higdon's easy hour on day 7 after a marathon",
      plan: weeksOf([run("hour", ["FR"], 60)], 1),
      options: marathoner("2026-10-30"),
    },
    {
      name: "a 45-minute run in the first week after a marathon",
      plan: weeksOf([run("e45", ["WE"], 45)], 1),
      options: marathoner("2026-10-30"),
    },
  ],
  invalid: [
    {
      name: "intervals on day 21 after the marathon that ended the season: inside Foster's 27 days (COACHING 8)",
      plan: weeksOf([intervals(["TU"])], 1),
      options: marathoner("2026-10-13"),
      findings: [
        {
          messageId: "qualityTooSoon",
          severity: "warning",
          week: 1,
          date: "2026-11-03",
          sessionId: "intervals",
          measured: 21,
          limit: 27,
          data: {
            sessionId: "intervals",
            day: 21,
            raceKm: 42.2,
            raceDate: "2026-10-13",
            days: 27,
            ready: "2026-11-10",
          },
        },
      ],
    },
    {
      name: "the same at advanced level is a note (Daniels' window is their limit)",
      plan: weeksOf([intervals(["TU"])], 1),
      options: { ...marathoner("2026-10-13"), level: "advanced" },
      findings: [
        {
          messageId: "qualityTooSoonNote",
          severity: "info",
          week: 1,
          date: "2026-11-03",
          sessionId: "intervals",
          measured: 21,
          limit: 27,
        },
      ],
    },
    {
      name: "a 50-minute easy run on day 5 after a marathon (COACHING 1.5: none over 45 min in days 1-7)",
      plan: weeksOf([run("e50", ["WE"], 50)], 1),
      options: marathoner("2026-10-30"),
      findings: [
        {
          messageId: "longAfterMarathon",
          severity: "warning",
          week: 1,
          date: "2026-11-04",
          sessionId: "e50",
          measured: 50,
          limit: 45,
          data: { sessionId: "e50", minutes: 50, day: 5, raceDate: "2026-10-30", max: 45, firstDays: 7 },
        },
      ],
    },
    {
      name: "intervals on day 10 after the marathon that ended the season",
      plan: weeksOf([intervals(["TU"])], 1),
      options: marathoner("2026-10-24"),
      findings: [
        {
          messageId: "tooSoon",
          week: 1,
          date: "2026-11-03",
          sessionId: "intervals",
          measured: 10,
          limit: 15,
          data: {
            raceDate: "2026-10-24",
            recent: true,
            distance: 42.2,
            unit: "km",
            recoveryDays: 15,
            ready: "2026-11-09",
          },
        },
      ],
    },
  ],
});

// The options of 0.1 stay accepted: a config that names them keeps its meaning.
ruleTester("race-recovery", {
  valid: [
    {
      name: "daysPerMile 0.5 (of 0.1): a 10 km race asks 4 days, intervals on day 5 pass",
      plan: raceThen(race(10), [intervals(["TH"])]),
      setting: ["warning", { daysPerMile: 0.5 }],
    },
    {
      name: "longRunMinutes 100 (of 0.1): a 90-minute run the day after is no long run",
      plan: weeksOf([race(10), run("e2", ["SU"], 90)], 1),
      setting: ["warning", { longRunMinutes: 100 }],
    },
  ],
  invalid: [
    {
      name: "daysPerMile 1 (of 0.1): a 10 km race asks 7 days, intervals on day 5 are too soon",
      plan: raceThen(race(10), [intervals(["TH"])]),
      setting: ["warning", { daysPerMile: 1 }],
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-12",
          sessionId: "intervals",
          measured: 5,
          limit: 7,
          data: { recoveryDays: 7, ready: "2026-11-15" },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("race-recovery in Spanish and German", () => {
  const plan = weeksOf([intervals(["TU"])], 1);
  it.each([
    {
      locale: es,
      message:
        "«Intervals», el martes, 3 de noviembre de 2026, cae 10 días después de la carrera del sábado, 24 de octubre de 2026 (la carrera de 42,2 km); tras 42,2 km de competición, no hagas sesiones duras ni tiradas largas durante 15 días.",
      hint: "Pasa esta sesión al lunes, 9 de noviembre de 2026 o más tarde, o conviértela en un rodaje suave corto.",
    },
    {
      locale: de,
      message:
        "„Intervals“ am Dienstag, 3. November 2026 liegt 10 Tage nach dem Wettkampf am Samstag, 24. Oktober 2026 (Wettkampf über 42,2 km); nach einem Wettkampf über 42,2 km halte 15 Tage frei von harten Einheiten und langen Läufen.",
      hint: "Verschiebe die Einheit auf Montag, 9. November 2026 oder später, oder mach daraus einen kurzen lockeren Dauerlauf.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("race-recovery", plan, { ...marathoner("2026-10-24"), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});

// The COACHING.md review's messages (Foster's window, the first week after a marathon) in Spanish and German.
renderedIn(
  "race-recovery",
  { plan: weeksOf([intervals(["TU"])], 1), options: marathoner("2026-10-13") },
  {
    es: [
      {
        message:
          "La sesión «intervals», el martes, 3 de noviembre de 2026, cae 21 días después de la carrera de 42,2 km del martes, 13 de octubre de 2026; los entrenadores no programan series, cuestas, fartlek ni competiciones en los primeros 27 días tras una carrera (un día por milla de competición).",
        hint: "Pásala al martes, 10 de noviembre de 2026 o más tarde; hasta entonces, los rodajes suaves y los progresivos están bien.",
      },
    ],
    de: [
      {
        message:
          "Die Einheit „intervals“ am Dienstag, 3. November 2026 liegt am 21. Tag nach dem Wettkampf über 42,2 km am Dienstag, 13. Oktober 2026; Trainer verzichten in den ersten 27 Tagen nach einem Wettkampf auf Intervalle, Bergläufe, Fahrtspiel und Wettkämpfe (ein Tag pro Wettkampfmeile).",
        hint: "Verschiebe die Einheit auf Dienstag, 10. November 2026 oder später; lockere Dauerläufe und Steigerungsläufe sind bis dahin in Ordnung.",
      },
    ],
  },
);
renderedIn(
  "race-recovery",
  { plan: weeksOf([run("e50", ["WE"], 50)], 1), options: marathoner("2026-10-30") },
  {
    es: [
      {
        message:
          "El rodaje «e50», el miércoles, 4 de noviembre de 2026, dura hasta 50 min 5 días después del maratón del viernes, 30 de octubre de 2026; en los primeros 7 días, que ningún rodaje pase de 45 min.",
        hint: "Acórtalo a 45 min o menos, o sal a caminar o haz entrenamiento cruzado suave en su lugar.",
      },
    ],
    de: [
      {
        message:
          "Der Lauf „e50“ am Mittwoch, 4. November 2026 dauert bis zu 50 min, am 5. Tag nach dem Marathon am Freitag, 30. Oktober 2026; lauf in den ersten 7 Tagen nach einem Marathon nicht länger als 45 min.",
        hint: "Kürze ihn auf 45 min oder weniger, oder geh stattdessen spazieren oder mach lockeres Alternativtraining.",
      },
    ],
  },
);
