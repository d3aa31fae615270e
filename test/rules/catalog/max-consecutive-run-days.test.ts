import { planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const ALL = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

ruleTester("max-consecutive-run-days", {
  valid: [
    {
      name: "intermediate: a 6-day week with a day off is standard (exactly at the limit)",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
    },
    {
      name: "beginner: Higdon's Tuesday-Thursday block of 3 runs",
      plan: weeksOf([run("e", ["TU", "WE", "TH", "SU"], 30)]),
      options: { level: "beginner" },
    },
    {
      name: "a streak through weeks without their run-free day is left to rest-day-weekly (one fact, one finding)",
      plan: weeksOf([run("e", ALL, 30)], 9),
    },
    {
      name: "beginner: a week with 1 run-free day is rest-day-weekly's, not a streak",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)], 1),
      options: { level: "beginner" },
    },
    {
      name: "advanced: 6 days in a row",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
      options: { level: "advanced" },
    },
    {
      name: "elite: 6 days in a row",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)]),
      options: { level: "elite" },
    },
    {
      name: "cross-training breaks a streak",
      plan: weeksOf(
        [
          run("e", ["MO", "TU", "WE", "FR", "SA", "SU"], 30),
          { id: "c", kind: "cross", modality: "bike", minutes: 40, rpe: 3, on: ["TH"] },
        ],
        1,
      ),
    },
    {
      name: "an option override: 5 days allowed",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR"], 30)]),
      setting: ["warning", { maxDays: 5 }],
    },
  ],
  invalid: [
    {
      name: "a streak across the week boundary, reported on the first day over the limit",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "SA", "SU"], 30)]),
      setting: ["warning", { maxDays: 4 }],
      findings: [
        {
          messageId: "tooMany",
          severity: "warning",
          week: 2,
          weeks: [2],
          date: "2026-11-11",
          measured: 6,
          limit: 4,
          data: {
            weeks: [2],
            weekCount: 1,
            count: 6,
            fromDate: "2026-11-07",
            toDate: "2026-11-12",
            level: "intermediate",
            max: 4,
            freeDate: "2026-11-08",
          },
        },
      ],
    },
    {
      name: "beginner: the same streak every week is said once, by its weekdays",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30)]),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1, 2],
          measured: 4,
          limit: 3,
          data: {
            weeks: [1, 2],
            weekCount: 2,
            count: 4,
            fromDate: "2026-11-02",
            toDate: "2026-11-05",
            level: "beginner",
            max: 3,
            freeDate: "2026-11-02",
            single: false,
            firstWeek: 1,
            lastWeek: 1,
            spanWeeks: 1,
          },
        },
      ],
    },
    {
      name: "a streak that runs to the plan's last day",
      plan: weeksOf([run("e", ["TH", "FR", "SA", "SU"], 30)], 1),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          measured: 4,
          limit: 3,
          data: {
            count: 4,
            fromDate: "2026-11-05",
            toDate: "2026-11-08",
            single: true,
            firstWeek: 1,
            lastWeek: 1,
            spanWeeks: 1,
          },
        },
      ],
    },
    {
      name: "advanced: a streak over two weeks, each with its run-free day, is counted in days and named by its weeks",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [run("e", ["TU", "WE", "TH", "FR", "SA", "SU"], 30)] },
        { id: "b", weeks: 1, sessions: [run("e2", ["MO", "TU", "WE", "TH", "FR"], 30)] },
      ]),
      options: { level: "advanced" },
      findings: [
        {
          messageId: "tooMany",
          week: 2,
          weeks: [2],
          date: "2026-11-09",
          measured: 11,
          limit: 6,
          data: {
            count: 11,
            fromDate: "2026-11-03",
            toDate: "2026-11-13",
            level: "advanced",
            max: 6,
            single: true,
            firstWeek: 1,
            lastWeek: 2,
            spanWeeks: 2,
          },
        },
      ],
    },
    {
      name: "elite: 7 days in a row across weeks",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [run("e", ["WE", "TH", "FR", "SA", "SU"], 30)] },
        { id: "b", weeks: 1, sessions: [run("e2", ["MO", "TU"], 30)] },
      ]),
      options: { level: "elite" },
      findings: [{ messageId: "tooMany", week: 2, weeks: [2], date: "2026-11-10", measured: 7, limit: 6 }],
    },
    {
      name: "an option override: 3 days at most",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30)], 1),
      setting: ["error", { maxDays: 3 }],
      findings: [
        {
          messageId: "tooMany",
          severity: "error",
          week: 1,
          weeks: [1],
          date: "2026-11-05",
          measured: 4,
          limit: 3,
          data: { max: 3 },
        },
      ],
    },
    {
      name: "the hint frees a day that breaks the streak within the limit, not merely the shortest",
      plan: weeksOf(
        [
          run("mo", ["MO"], 20),
          run("tu", ["TU"], 40),
          run("we", ["WE"], 30),
          run("th", ["TH"], 40),
          run("fr", ["FR"], 20),
        ],
        1,
      ),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          date: "2026-11-05",
          measured: 5,
          data: { count: 5, freeDate: "2026-11-04" },
        },
      ],
    },
    {
      name: "the hint never names a long run, a race or a hard session",
      plan: weeksOf(
        [
          run("e", ["MO"], 60),
          run("i", ["TU"], 20, { runType: "intervals", rpe: 8 }),
          run("l", ["WE"], 25, { runType: "long" }),
        ],
        1,
      ),
      options: { level: "beginner" },
      setting: ["warning", { maxDays: 2 }],
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], date: "2026-11-04", data: { freeDate: "2026-11-02" } }],
    },
    {
      name: "every day of the streak holds a key session: the hint asks to move one",
      plan: weeksOf(
        [
          run("l", ["MO"], 80, { runType: "long" }),
          run("i", ["TU"], 40, { runType: "intervals", rpe: 8 }),
          run("r", ["WE"], 25, { runType: "race", distanceKm: 5 }),
        ],
        1,
      ),
      options: { level: "beginner" },
      setting: ["warning", { maxDays: 2 }],
      findings: [
        {
          messageId: "tooManyKeyDays",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          measured: 3,
          limit: 2,
          data: {},
        },
      ],
    },
    {
      name: "different streaks are separate findings, each with its dates",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [run("e", ["MO", "TU", "WE", "TH", "FR"], 30)] },
        { id: "b", weeks: 1, sessions: [run("e2", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)] },
      ]),
      setting: ["warning", { maxDays: 4 }],
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          date: "2026-11-06",
          measured: 5,
          data: { fromDate: "2026-11-02", toDate: "2026-11-06", freeDate: "2026-11-02" },
        },
        {
          messageId: "tooMany",
          week: 2,
          weeks: [2],
          date: "2026-11-13",
          measured: 6,
          data: { fromDate: "2026-11-09", toDate: "2026-11-14", freeDate: "2026-11-10" },
        },
      ],
    },
    {
      name: "three weeks of the same streak: one finding",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR"], 30)], 3),
      setting: ["warning", { maxDays: 4 }],
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1, 2, 3],
          measured: 5,
          limit: 4,
          data: { weeks: [1, 2, 3], weekCount: 3, fromDate: "2026-11-02", toDate: "2026-11-06" },
        },
      ],
    },
    {
      name: "an optional run extends a streak (caps count optional sessions)",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30), run("opt", ["FR"], 20, { optional: true })], 1),
      setting: ["warning", { maxDays: 4 }],
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          date: "2026-11-06",
          measured: 5,
          data: { freeDate: "2026-11-06" },
        },
      ],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR"], 30)], 1, {}, { type: "transition" }),
      setting: ["warning", { maxDays: 4 }],
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], date: "2026-11-06", measured: 5 }],
    },
  ],
});

renderedIn(
  "max-consecutive-run-days",
  {
    plan: planOf([
      { id: "a", weeks: 1, sessions: [run("e", ["TU", "WE", "TH", "FR", "SA", "SU"], 30)] },
      { id: "b", weeks: 1, sessions: [run("e2", ["MO", "TU", "WE", "TH", "FR"], 30)] },
    ]),
    options: { level: "advanced" },
  },
  {
    es: [
      {
        message:
          "11 días seguidos corriendo de la semana 1 a la 2, del martes, 3 de noviembre de 2026 al viernes, 13 de noviembre de 2026; para el nivel avanzado, no corras más de 6 días seguidos.",
        hint: "Por ejemplo, deja el sábado sin correr: es el rodaje más fácil de quitar.",
      },
    ],
    de: [
      {
        message:
          "11 Lauftage am Stück von Woche 1 bis Woche 2, von Dienstag, 3. November 2026 bis Freitag, 13. November 2026; für Ambitionierte sind höchstens 6 Lauftage am Stück sinnvoll.",
        hint: "Mach zum Beispiel den Samstag lauffrei: Auf diesen Lauf kannst du am leichtesten verzichten.",
      },
    ],
  },
);
