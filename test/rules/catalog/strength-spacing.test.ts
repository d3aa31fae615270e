import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
const long = (on: readonly string[], extra: Json = {}) => run("long", on, 80, { runType: "long", rpe: 4, ...extra });
const tempo = (on: readonly string[], extra: Json = {}) => run("tempo", on, 40, { runType: "tempo", rpe: 6, ...extra });
const gym = (on: readonly string[], extra: Json = {}) => strength("gym", on, undefined, extra);
// A race on Saturday 2026-11-07 (the plan starts Monday 2026-11-02).
const race = (priority: string) => run("race", ["SA"], 45, { runType: "race", rpe: 9, distanceKm: 10, priority });
const focused = (id: string, on: readonly string[], focus: string, extra: Json = {}) => ({
  id,
  kind: "strength",
  minutes: 30,
  rpe: 5,
  on,
  focus,
  ...extra,
});
const strides = run("strides", ["SU"], 40, {
  steps: [
    { intent: "steady", minutes: 30 },
    {
      repeat: 6,
      steps: [
        { intent: "work", seconds: 20, rpe: 8 },
        { intent: "rest", seconds: 60 },
      ],
    },
  ],
});

ruleTester("strength-spacing", {
  valid: [
    { name: "lower-body strength the day before an easy run", plan: weeksOf([gym(["SA"]), run("easy", ["SU"], 40)]) },
    {
      name: "upper-body exercises the day before a long run",
      plan: weeksOf([strength("gym", ["SA"], ["push-up", "row"]), long(["SU"])]),
    },
    {
      name: "core and upper-body focuses the day before a long run",
      plan: weeksOf([focused("core", ["SA"], "core"), focused("arms", ["SA"], "upper-body"), long(["SU"])]),
    },
    { name: "strength two days before a long run", plan: weeksOf([gym(["FR"]), long(["SU"])]) },
    { name: "strength the day after a hard run", plan: weeksOf([tempo(["TU"]), gym(["WE"])]) },
    { name: "an easy run with strides stays easy", plan: weeksOf([gym(["SA"]), strides]) },
    {
      name: "hard cross-training the next day is not a run",
      plan: weeksOf([gym(["SA"]), cross("bike", ["SU"], 60, { modality: "bike", rpe: 7 })]),
    },
    {
      name: "strength after the hard run of the day",
      plan: weeksOf([gym(["TU"], { time: "18:00" }), tempo(["TU"], { time: "07:00" })]),
    },
    {
      name: "strength at the same time as the hard run is not before it",
      plan: weeksOf([gym(["TU"], { time: "07:00" }), tempo(["TU"], { time: "07:00" })]),
    },
    { name: "the same day without times is not judged", plan: weeksOf([gym(["TU"]), tempo(["TU"])]) },
    { name: "only the strength has a time", plan: weeksOf([gym(["TU"], { time: "07:00" }), tempo(["TU"])]) },
    {
      name: "an easy run later the same day",
      plan: weeksOf([gym(["TU"], { time: "07:00" }), run("easy", ["TU"], 40, { time: "18:00" })]),
    },
    { name: "the last day of the plan has no next day", plan: weeksOf([gym(["SU"]), tempo(["MO"])], 1) },
    {
      name: "dayBefore switched off",
      plan: weeksOf([gym(["SA"]), long(["SU"])]),
      setting: ["warning", { dayBefore: false, sameDay: true }],
    },
    {
      name: "sameDay switched off",
      plan: weeksOf([gym(["TU"], { time: "07:00" }), tempo(["TU"], { time: "18:00" })]),
      setting: ["warning", { dayBefore: true, sameDay: false }],
    },
    {
      name: "lower-body strength 2 days before a B race",
      plan: weeksOf([gym(["TH"]), race("B")], 1),
    },
    {
      name: "lower-body strength 3 days before an A race",
      plan: weeksOf([gym(["WE"]), race("A")], 1),
    },
  ],
  invalid: [
    {
      name: "lower-body strength 2 days before an A race (COACHING 3.3, 5)",
      plan: weeksOf([gym(["TH"]), race("A")], 1),
      findings: [
        {
          messageId: "beforeARace",
          severity: "warning",
          week: 1,
          date: "2026-11-05",
          sessionId: "gym",
          measured: 2,
          limit: 3,
          data: { sessionId: "gym", days: 2, raceDate: "2026-11-07", window: 2, latest: "2026-11-04" },
        },
      ],
    },
    {
      name: "lower-body strength the day before the long run",
      plan: weeksOf([gym(["SA"]), long(["SU"])], 1),
      findings: [
        {
          messageId: "dayBefore",
          severity: "warning",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "gym",
          data: { first: "2026-11-07", nextDate: "2026-11-08", run: "Long run 80 min" },
        },
      ],
    },
    {
      name: "a full-body focus the day before a tempo run, across the week boundary",
      plan: weeksOf([focused("gym", ["SU"], "full-body"), tempo(["MO"])], 2),
      findings: [
        {
          messageId: "dayBefore",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "gym",
          data: { first: "2026-11-08", nextDate: "2026-11-09", run: "Tempo run 40 min" },
        },
      ],
    },
    {
      name: "a lower-body focus the day before an easy run made hard by its steps",
      plan: weeksOf(
        [
          focused("legs", ["WE"], "lower-body"),
          run("progression", ["TH"], 40, {
            steps: [
              { intent: "warmup", minutes: 10 },
              { intent: "work", minutes: 20, rpe: 7 },
              { intent: "cooldown", minutes: 10 },
            ],
          }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "dayBefore",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          sessionId: "legs",
          data: { nextDate: "2026-11-05" },
        },
      ],
    },
    {
      name: "calf raises alone load the legs before a race",
      plan: planOf([
        {
          id: "base",
          weeks: 2,
          sessions: [
            strength("calves", ["FR"], ["calf-raise"]),
            run("race", [], 25, {
              on: undefined,
              date: "2026-11-14",
              runType: "race",
              rpe: 9,
              distanceKm: 5,
              priority: "B",
            }),
          ],
        },
      ]),
      findings: [
        {
          messageId: "dayBefore",
          week: 2,
          weeks: [2],
          date: "2026-11-13",
          sessionId: "calves",
          data: { nextDate: "2026-11-14" },
        },
      ],
    },
    {
      name: "an optional strength session counts, and so does an optional long run",
      plan: weeksOf([gym(["SA"], { optional: true }), long(["SU"], { optional: true })], 1),
      findings: [{ messageId: "dayBefore", week: 1, weeks: [1], date: "2026-11-07", sessionId: "gym" }],
    },
    {
      name: "lower-body strength in the morning before an evening tempo run",
      plan: weeksOf([gym(["TU"], { time: "07:00" }), tempo(["TU"], { time: "18:00" })], 1),
      findings: [
        {
          messageId: "sameDay",
          severity: "warning",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "gym",
          data: {
            time: "07:00",
            runTime: "18:00",
            first: "2026-11-03",
            run: "Tempo run 40 min",
          },
        },
      ],
    },
    {
      name: "both: before a hard run the same day and a long run the next",
      plan: weeksOf([gym(["SA"], { time: "07:00" }), tempo(["SA"], { time: "18:00" }), long(["SU"])], 1),
      setting: ["error", { dayBefore: true, sameDay: true }],
      findings: [
        {
          messageId: "sameDay",
          severity: "error",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "gym",
          data: { first: "2026-11-07" },
        },
        {
          messageId: "dayBefore",
          severity: "error",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "gym",
          data: { nextDate: "2026-11-08" },
        },
      ],
    },
    {
      name: "Saturday strength before the Sunday long run every week is said once",
      plan: weeksOf([gym(["SA"]), long(["SU"])], 4),
      findings: [
        {
          messageId: "dayBefore",
          week: 1,
          weeks: [1, 2, 3, 4],
          sessionId: "gym",
          data: {
            first: "2026-11-07",
            nextDate: "2026-11-08",
            run: "Long run 80 min",
            weeks: [1, 2, 3, 4],
            weekCount: 4,
          },
        },
      ],
    },
  ],
});

renderedIn(
  "strength-spacing",
  { plan: weeksOf([gym(["SA"]), long(["SU"])], 4) },
  {
    es: [
      {
        message:
          "La fuerza de piernas de cada sábado de las semanas 1-4 cae justo el día antes de «Long run 80 min», el domingo.",
        hint: "Pasa la sesión de fuerza a después de «Long run 80 min», o a un día que no vaya seguido de una sesión intensa o una tirada larga.",
      },
    ],
    de: [
      {
        message: "Das Beinkrafttraining jeden Samstag in den Wochen 1-4 liegt am Tag vor „Long run 80 min“ am Sonntag.",
        hint: "Leg die Krafteinheit auf die Zeit nach „Long run 80 min“, oder auf einen Tag, auf den kein harter oder langer Lauf folgt.",
      },
    ],
  },
);

// The COACHING.md review's message (beforeARace) in Spanish and German.
renderedIn(
  "strength-spacing",
  { plan: weeksOf([gym(["TH"]), race("A")], 1) },
  {
    es: [
      {
        message:
          "La sesión de fuerza de piernas «gym», el jueves, 5 de noviembre de 2026, cae 2 días antes de la carrera A del sábado, 7 de noviembre de 2026; nada de fuerza pesada ni de piernas en los 2 días previos a una carrera A.",
        hint: "Pásala al miércoles, 4 de noviembre de 2026 o antes, o conviértela en trabajo de tren superior y core.",
      },
    ],
    de: [
      {
        message:
          "Das Beinkrafttraining „gym“ am Donnerstag, 5. November 2026 liegt 2 Tage vor dem A-Wettkampf am Samstag, 7. November 2026; kein schweres Krafttraining und kein Beintraining in den 2 Tagen vor einem A-Wettkampf.",
        hint: "Verschiebe es auf Mittwoch, 4. November 2026 oder früher, oder mach daraus Oberkörper- und Rumpftraining.",
      },
    ],
  },
);
