import { athleteOf, cross, planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const ALL = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const daily = (id = "e", minutes = 30) => run(id, ALL, minutes);
const sixDays = run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30);

ruleTester("rest-day-weekly", {
  valid: [
    { name: "intermediate: 3 run-free days", plan: weeksOf([run("e", ["TU", "TH", "SA", "SU"], 40)]) },
    {
      name: "intermediate: exactly 1 run-free day is enough",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
    },
    {
      name: "beginner: exactly 2 run-free days are enough",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR"], 30)]),
      options: { level: "beginner" },
    },
    {
      name: "advanced: 1 run-free day",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
      options: { level: "advanced" },
    },
    {
      name: "elite: 1 run-free day",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
      options: { level: "elite" },
    },
    {
      name: "a 16-year-old intermediate: 1 run-free day (youth from 15: the level's minimum)",
      plan: weeksOf([sixDays], 1),
      options: { athlete: athleteOf({ age: 16 }) },
    },
    {
      name: "a 49-year-old: 1 run-free day",
      plan: weeksOf([sixDays], 1),
      options: { athlete: athleteOf({ age: 49 }) },
    },
    {
      name: "cross-training keeps a day run-free",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30), cross("c", ["SU"], 40)]),
    },
    {
      name: "an option override: 3 run-free days asked, 3 planned",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30)], 1),
      setting: ["error", { minRunFreeDays: 3 }],
    },
    {
      name: "an option override: no run-free day asked",
      plan: weeksOf([daily()], 1),
      setting: ["error", { minRunFreeDays: 0 }],
    },
    {
      name: "a transition phase is held to the same minimum, and meets it",
      plan: weeksOf([run("e", ["MO", "WE", "FR"], 30)], 2, {}, { type: "transition" }),
    },
  ],
  invalid: [
    {
      name: "no run-free day in any week: said once, the lightest day named",
      plan: weeksOf([daily()]),
      findings: [
        {
          messageId: "tooFew",
          severity: "error",
          week: 1,
          weeks: [1, 2],
          measured: 0,
          limit: 1,
          data: {
            weeks: [1, 2],
            weekCount: 2,
            runFree: 0,
            level: "intermediate",
            min: 1,
            days: ["MO"],
          },
        },
      ],
    },
    {
      name: "a daily run by recurrence rule, and a long run on Sunday spared by the hint",
      plan: weeksOf(
        [run("e", [], 30, { on: undefined, repeat: "FREQ=DAILY" }), run("long", ["SU"], 60, { runType: "long" })],
        1,
      ),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 1,
          data: { weeks: [1], weekCount: 1, runFree: 0, days: ["MO"] },
        },
      ],
    },
    {
      name: "equal run days: the earliest is named, the first 90-minute run being the week's long run",
      plan: weeksOf([run("mo", ["MO"], 90), run("rest", ["TU", "WE", "TH", "FR", "SA", "SU"], 90)], 1),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0, data: { runFree: 0, days: ["TU"] } }],
    },
    {
      name: "rest-less weeks that would free different days are one finding (the day most of them would free)",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [run("mo", ["MO"], 20), run("r", ["TU", "WE", "TH", "FR", "SA", "SU"], 40)] },
        { id: "b", weeks: 2, sessions: [run("tu", ["TU"], 20), run("r2", ["MO", "WE", "TH", "FR", "SA", "SU"], 40)] },
        { id: "c", weeks: 1, sessions: [run("we", ["WE"], 20), run("r3", ["MO", "TU", "TH", "FR", "SA", "SU"], 40)] },
      ]),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2, 3, 4],
          measured: 0,
          limit: 1,
          data: { weeks: [1, 2, 3, 4], weekCount: 4, runFree: 0, days: ["TU"] },
        },
      ],
    },
    {
      name: "beginner: 1 run-free day is 1 short; the count agrees with its noun",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)], 1),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 1,
          limit: 2,
          data: {
            weeks: [1],
            weekCount: 1,
            runFree: 1,
            level: "beginner",
            min: 2,
            days: ["MO"],
          },
        },
      ],
    },
    {
      name: "an option override: 4 asked, 3 planned",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30)], 1),
      setting: ["warning", { minRunFreeDays: 4 }],
      findings: [
        {
          messageId: "tooFew",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 3,
          limit: 4,
          data: { runFree: 3, min: 4, days: ["MO"] },
        },
      ],
    },
    {
      name: "the lightest run days are named first, earlier first on a tie, the longest last",
      plan: weeksOf([run("mo", ["MO"], 60), run("tu", ["TU"], 20), run("we", ["WE"], 30), run("th", ["TH"], 20)], 1),
      setting: ["error", { minRunFreeDays: 7 }],
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 3,
          limit: 7,
          data: { runFree: 3, days: ["TU", "TH", "WE", "MO"] },
        },
      ],
    },
    {
      name: "the hint spares a long run, a race and a hard session, however short",
      plan: weeksOf(
        [
          run("long", ["MO"], 25, { runType: "long" }),
          run("int", ["TU"], 20, { runType: "intervals", rpe: 8 }),
          run("race", ["WE"], 20, { runType: "race", distanceKm: 5 }),
          run("e", ["TH", "FR", "SA", "SU"], 40),
        ],
        1,
      ),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0, data: { days: ["TH"] } }],
    },
    {
      name: "a hard session by its RPE is spared too",
      plan: weeksOf([run("hard", ["MO"], 20, { rpe: 7 }), run("e", ["TU", "WE", "TH", "FR", "SA", "SU"], 40)], 1),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], data: { days: ["TU"] } }],
    },
    {
      name: "every run day holds a key session: the hint asks to drop or move a run",
      plan: weeksOf(
        [
          run("long", ["SU"], 90, { runType: "long" }),
          run("t", ["MO", "WE", "FR"], 40, { runType: "tempo", rpe: 6 }),
          run("i", ["TU", "TH", "SA"], 40, { runType: "intervals", rpe: 8 }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "tooFewKeyDays",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 1,
          data: { runFree: 0 },
        },
      ],
    },
    {
      name: "different shortfalls are separate findings",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [daily()] },
        { id: "b", weeks: 2, sessions: [run("e2", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)] },
      ]),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 2,
          data: { weeks: [1], weekCount: 1, runFree: 0, days: ["MO", "TU"] },
        },
        {
          messageId: "tooFew",
          week: 2,
          weeks: [2, 3],
          measured: 1,
          limit: 2,
          data: { weeks: [2, 3], weekCount: 2, runFree: 1, days: ["MO"] },
        },
      ],
    },
    {
      name: "an optional run still takes the day (caps count optional sessions)",
      plan: weeksOf(
        [run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30), run("opt", ["SU"], 20, { optional: true })],
        1,
      ),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0, data: { days: ["SU"] } }],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([daily()], 1, {}, { type: "transition" }),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0 }],
    },
    {
      name: "a run of a range of minutes is named by its planned minutes",
      plan: weeksOf(
        [run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 40), run("r", ["SU"], 0, { minutes: { min: 20, max: 30 } })],
        1,
      ),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], data: { days: ["SU"] } }],
    },
    {
      name: "advanced: no run-free day is a warning (COACHING 3.1: 0-1 rest days, a coaching convention)",
      plan: weeksOf([daily()], 1),
      options: { level: "advanced" },
      findings: [
        {
          messageId: "tooFewAdvised",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 1,
          data: { runFree: 0, min: 1, group: "advanced", days: ["MO"] },
        },
      ],
    },
    {
      name: "masters: 1 run-free day is a warning (COACHING 3.1, 6: 2 in their 50s-60s)",
      plan: weeksOf([sixDays], 1),
      options: { athlete: athleteOf({ age: 55 }) },
      findings: [
        {
          messageId: "tooFewAdvised",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 1,
          limit: 2,
          data: { runFree: 1, min: 2, group: "masters" },
        },
      ],
    },
    {
      name: "youth under 15: 1 run-free day is a warning (COACHING 3.1: AAP, >= 2)",
      plan: weeksOf([sixDays], 1),
      options: { athlete: athleteOf({ age: 13 }) },
      findings: [
        {
          messageId: "tooFewAdvised",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 1,
          limit: 2,
          data: { runFree: 1, min: 2, group: "youth" },
        },
      ],
    },
    {
      name: "masters with no run-free day: below the level's minimum, an error",
      plan: weeksOf([daily()], 1),
      options: { athlete: athleteOf({ age: 60 }) },
      findings: [
        { messageId: "tooFew", severity: "error", week: 1, weeks: [1], measured: 0, limit: 2, data: { min: 2 } },
      ],
    },
  ],
});

// Two weekdays to free, named as a list of the locale's weekdays.
renderedIn(
  "rest-day-weekly",
  {
    plan: planOf([
      { id: "a", weeks: 1, sessions: [daily()] },
      { id: "b", weeks: 2, sessions: [run("e2", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)] },
    ]),
    options: { level: "beginner" },
  },
  {
    es: [
      {
        message:
          "En la semana 1 no hay ningún día sin correr; un corredor de nivel principiante necesita al menos 2 a la semana.",
        hint: "Dedica el lunes y el martes al descanso o al entrenamiento cruzado.",
      },
      {
        message:
          "En las semanas 2-3 solo hay 1 día sin correr; un corredor de nivel principiante necesita al menos 2 a la semana.",
        hint: "Dedica el lunes al descanso o al entrenamiento cruzado.",
      },
    ],
    de: [
      {
        message:
          "In Woche 1 gibt es keinen lauffreien Tag; für Einsteiger sind mindestens 2 lauffreie Tage pro Woche nötig.",
        hint: "Lauf am Montag und Dienstag nicht: Ruh dich aus oder mach Alternativtraining.",
      },
      {
        message:
          "In den Wochen 2-3 gibt es nur einen lauffreien Tag; für Einsteiger sind mindestens 2 lauffreie Tage pro Woche nötig.",
        hint: "Lauf am Montag nicht: Ruh dich aus oder mach Alternativtraining.",
      },
    ],
  },
);

// The COACHING.md review's message (tooFewAdvised) in Spanish and German.
renderedIn(
  "rest-day-weekly",
  { plan: weeksOf([daily()], 1), options: { level: "advanced" } },
  {
    es: [
      {
        message:
          "En la semana 1 no hay ningún día sin correr; los entrenadores aconsejan al menos 1 a la semana para un corredor de nivel avanzado.",
        hint: "Dedica el lunes al descanso o al entrenamiento cruzado.",
      },
    ],
    de: [
      {
        message:
          "In Woche 1 gibt es keinen lauffreien Tag; Trainer empfehlen für Ambitionierte mindestens einen lauffreien Tag pro Woche.",
        hint: "Lauf am Montag nicht: Ruh dich aus oder mach Alternativtraining.",
      },
    ],
  },
);
