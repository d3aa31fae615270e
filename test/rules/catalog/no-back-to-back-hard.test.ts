import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const tempo = (on: string[], extra = {}) => run("tempo", on, 40, { runType: "tempo", rpe: 6, ...extra });
const intervals = (on: string[], extra = {}) => run("int", on, 40, { runType: "intervals", rpe: 8, ...extra });
const elite = { level: "elite" as const };
const strides = run("strides", ["WE"], 40, {
  minutes: undefined,
  steps: [
    { intent: "warmup", minutes: 30, rpe: 3 },
    {
      repeat: 6,
      steps: [
        { intent: "work", seconds: 20, rpe: 8 },
        { intent: "recovery", seconds: 80, rpe: 2 },
      ],
    },
  ],
});

ruleTester("no-back-to-back-hard", {
  valid: [
    { name: "an easy day between hard days", plan: weeksOf([tempo(["TU"]), intervals(["TH"])], 1) },
    {
      name: "strength is never a hard session, whatever its RPE",
      plan: weeksOf([strength("gym", ["MO"], undefined, { rpe: 9 }), tempo(["TU"])], 1),
    },
    { name: "an RPE 5 run is moderate, not hard", plan: weeksOf([tempo(["TU"]), run("m", ["WE"], 40, { rpe: 5 })], 1) },
    { name: "an easy run with strides stays easy", plan: weeksOf([tempo(["TU"]), strides], 1) },
    {
      name: "a step-structured run with under 8 hard minutes is not hard",
      plan: weeksOf(
        [
          tempo(["TU"]),
          run("s", ["WE"], 40, {
            minutes: undefined,
            steps: [
              { intent: "warmup", minutes: 15 },
              { intent: "work", minutes: 7, rpe: 7 },
              { intent: "cooldown", minutes: 18 },
            ],
          }),
        ],
        1,
      ),
    },
    {
      name: "allowIfNextDayEasy: a hard pair followed by an easy day",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1),
      options: elite,
      setting: ["warning", { allowIfNextDayEasy: true }],
    },
    {
      name: "allowIfNextDayEasy: a hard pair at the very end of the plan",
      plan: weeksOf([intervals(["SA", "SU"])], 1),
      options: elite,
      setting: ["warning", { allowIfNextDayEasy: true }],
    },
    {
      name: "allowIfNextDayEasy: a hard pair on the plan's first days",
      plan: weeksOf([intervals(["MO", "TU"])], 1),
      options: elite,
      setting: ["warning", { allowIfNextDayEasy: true }],
    },
    {
      name: "an option override lets a pair followed by an easy day pass",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1),
      setting: ["warning", { allowIfNextDayEasy: true }],
    },
    {
      name: "a race after a hard session is left to race-readiness (one fact, one finding)",
      plan: weeksOf([tempo(["SA"]), run("race", ["SU"], 25, { runType: "race", distanceKm: 5 })], 1),
    },
    {
      name: "a hard session after a race is left to race-recovery",
      plan: weeksOf([run("race", ["SA"], 25, { runType: "race", distanceKm: 5 }), tempo(["SU"])], 1),
    },
    {
      name: "a long run the day before a race is left to race-readiness",
      plan: weeksOf([run("long", ["SA"], 90, { runType: "long" }), run("race", ["SU"], 25, { runType: "race" })], 1),
    },
    {
      name: "elite: a long run the day after a hard session",
      plan: weeksOf([tempo(["SA"]), run("long", ["SU"], 120, { runType: "long" })], 1),
      options: elite,
    },
    {
      name: "a workout two days before the long run",
      plan: weeksOf([tempo(["TH"]), run("long", ["SA"], 100, { runType: "long" })], 1),
    },
    {
      name: "a recovery run of 60-90 min after a workout is not a long run (lower bound, run type)",
      plan: weeksOf([tempo(["SA"]), run("rec", ["SU"], 75, { runType: "recovery", minutes: { min: 60, max: 90 } })], 1),
    },
    {
      name: "an easy run of 60-90 min is not the week's long run: its lower bound is under 75 min",
      plan: weeksOf([tempo(["SA"]), run("e", ["SU"], 75, { minutes: { min: 60, max: 90 } })], 1),
    },
    {
      name: "only the week's longest easy run is its long run (one a week)",
      plan: weeksOf([tempo(["SA"]), run("e80", ["SU"], 80), run("e90", ["TU"], 90)], 1),
    },
    {
      name: "a long run the day after a long run of the week before is two weeks' long runs apart only if consecutive",
      plan: weeksOf([run("long", ["SA"], 100, { runType: "long" }), run("e", ["SU"], 40)], 2),
    },
  ],
  invalid: [
    {
      name: "the same weekdays with other sessions in the next phase are one finding (hills or tempo, then fartlek)",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [tempo(["WE"]), intervals(["TH"])] },
        {
          id: "b",
          weeks: 1,
          sessions: [
            run("hills", ["WE"], 40, { runType: "hills", rpe: 7 }),
            run("fartlek", ["TH"], 40, { runType: "fartlek", rpe: 6 }),
          ],
        },
      ]),
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1, 2],
          sessionId: "int",
          data: {
            weeks: [1, 2],
            weekCount: 2,
            single: false,
            firstDate: "2026-11-04",
            secondDate: "2026-11-05",
            firstTitle: ["Tempo run 40 min", "Hill repeats 40 min"],
          },
        },
      ],
    },
    {
      name: "a tempo the day before the long run (Friday tempo, Saturday long)",
      plan: weeksOf([tempo(["FR"]), run("long", ["SA"], 100, { runType: "long" })], 1),
      findings: [
        {
          messageId: "withLongRun",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "long",
          data: {
            firstDate: "2026-11-06",
            single: true,
            secondDate: "2026-11-07",
            firstTitle: ["Tempo run 40 min"],
            secondTitle: ["Long run 100 min"],
            title: ["Tempo run 40 min"],
            changeDate: "2026-11-06",
          },
        },
      ],
    },
    {
      name: "Saturday tempo, Sunday long every week: said once, the long run's range named",
      plan: weeksOf([tempo(["SA"]), run("long", ["SU"], 0, { runType: "long", minutes: [90, 100, 110] })], 3),
      findings: [
        {
          messageId: "withLongRun",
          week: 1,
          weeks: [1, 2, 3],
          sessionId: "long",
          data: {
            weeks: [1, 2, 3],
            weekCount: 3,
            firstDate: "2026-11-07",
            single: false,
            secondDate: "2026-11-08",
            secondTitle: ["Long run 90-110 min"],
            title: ["Tempo run 40 min"],
            changeDate: "2026-11-07",
          },
        },
      ],
    },
    {
      name: "the week's longest easy run of 75 min or more is its long run",
      plan: weeksOf([tempo(["SA"]), run("e", ["SU"], 80), run("short", ["TU"], 40)], 1),
      findings: [
        {
          messageId: "withLongRun",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "e",
          data: { changeDate: "2026-11-07" },
        },
      ],
    },
    {
      name: "a hard session the day after the long run",
      plan: weeksOf([run("long", ["SA"], 100, { runType: "long" }), tempo(["SU"])], 1),
      findings: [
        {
          messageId: "withLongRun",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "tempo",
          data: { firstTitle: ["Long run 100 min"], title: ["Tempo run 40 min"], changeDate: "2026-11-08" },
        },
      ],
    },
    {
      name: "elite: a hard session the day after the long run is still flagged",
      plan: weeksOf([run("long", ["SA"], 100, { runType: "long" }), tempo(["SU"])], 1),
      options: elite,
      findings: [{ messageId: "withLongRun", week: 1, weeks: [1], date: "2026-11-08", sessionId: "tempo" }],
    },
    {
      name: "a long run given in miles is titled in miles",
      plan: weeksOf(
        [
          tempo(["FR"]),
          run("long", ["SA"], 0, { runType: "long", minutes: undefined, distanceMi: 9, pace: "10:00/mi" }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "withLongRun",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "long",
          data: { secondTitle: ["Long run 9 mi"], title: ["Tempo run 40 min"] },
        },
      ],
    },
    {
      name: "a hard session the day after another",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1),
      findings: [
        {
          messageId: "backToBack",
          severity: "warning",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          sessionId: "int",
          measured: 2,
          limit: 1,
          data: {
            firstDate: "2026-11-03",
            single: true,
            secondDate: "2026-11-04",
            title: ["Interval session 40 min"],
            changeDate: "2026-11-04",
          },
        },
      ],
    },
    {
      name: "hard cross-training counts",
      plan: weeksOf([cross("bike", ["MO"], 60, { rpe: 7, modality: "bike" }), tempo(["TU"])], 1),
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "tempo",
          data: { firstDate: "2026-11-02", single: true, secondDate: "2026-11-03", changeDate: "2026-11-03" },
        },
      ],
    },
    {
      name: "beginner, intermediate and advanced alike",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1),
      options: { level: "beginner" },
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "int" }],
    },
    {
      name: "a pair across the week boundary",
      plan: weeksOf([intervals(["SU"]), tempo(["MO"])]),
      findings: [
        {
          messageId: "backToBack",
          week: 2,
          weeks: [2],
          date: "2026-11-09",
          sessionId: "tempo",
          data: { firstDate: "2026-11-08", single: true, secondDate: "2026-11-09", changeDate: "2026-11-09" },
        },
      ],
    },
    {
      name: "elite: a hard pair followed by an easy day is flagged (COACHING 3.3: >= 48 h between hard sessions)",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1),
      options: elite,
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "int" }],
    },
    {
      name: "without elite leniency, a pair at the plan's end",
      plan: weeksOf([intervals(["SA", "SU"])], 1),
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-08", sessionId: "int" }],
    },
    {
      name: "allowIfNextDayEasy: three hard days in a row are flagged twice",
      plan: weeksOf([tempo(["TU", "TH"]), intervals(["WE"])], 1),
      options: elite,
      setting: ["warning", { allowIfNextDayEasy: true }],
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          sessionId: "int",
          data: { changeDate: "2026-11-04" },
        },
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1],
          date: "2026-11-05",
          sessionId: "tempo",
          data: { changeDate: "2026-11-05" },
        },
      ],
    },
    {
      name: "allowIfNextDayEasy: three from the plan's first day",
      plan: weeksOf([intervals(["MO", "TU", "WE"])], 1),
      options: elite,
      setting: ["warning", { allowIfNextDayEasy: true }],
      findings: [
        { messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-03", sessionId: "int" },
        { messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "int" },
      ],
    },
    {
      name: "a step-structured run with 8 hard minutes is hard",
      plan: weeksOf(
        [
          tempo(["TU"]),
          run("s", ["WE"], 40, {
            minutes: undefined,
            steps: [
              { intent: "warmup", minutes: 15 },
              {
                repeat: 4,
                steps: [
                  { intent: "work", minutes: 2, rpe: 7 },
                  { intent: "recovery", minutes: 1 },
                ],
              },
              { intent: "cooldown", minutes: 13 },
            ],
          }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          sessionId: "s",
          data: { changeDate: "2026-11-04" },
        },
      ],
    },
    {
      name: "an optional hard session counts (caps count optional sessions)",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"], { optional: true })], 1),
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "int" }],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 1, {}, { type: "transition" }),
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "int" }],
    },
    {
      name: "the same Tuesday-Wednesday pair every week is said once, named by its weekdays",
      plan: weeksOf([tempo(["TU"]), intervals(["WE"])], 12),
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          sessionId: "int",
          data: {
            weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            weekCount: 12,
            firstDate: "2026-11-03",
            single: false,
            secondDate: "2026-11-04",
            changeDate: "2026-11-04",
          },
        },
      ],
    },
    {
      name: "two races on consecutive days: the hint never asks to make a race easy",
      plan: weeksOf(
        [
          run("race-sat", ["SA"], 20, { runType: "race", rpe: 9, distanceKm: 5 }),
          run("race-sun", ["SU"], 20, { runType: "race", rpe: 9, distanceKm: 5 }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "races",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "race-sun",
          data: { firstDate: "2026-11-07", single: true, secondDate: "2026-11-08" },
        },
      ],
    },
    {
      name: "an RPE range that reaches 6 is hard for the cap (its upper bound)",
      plan: weeksOf([tempo(["TU"]), run("range", ["WE"], 40, { rpe: { min: 4, max: 7 } })], 1),
      findings: [{ messageId: "backToBack", week: 1, weeks: [1], date: "2026-11-04", sessionId: "range" }],
    },
  ],
});

renderedIn(
  "no-back-to-back-hard",
  { plan: weeksOf([tempo(["SA"]), run("long", ["SU"], 0, { runType: "long", minutes: [90, 100, 110] })], 3) },
  {
    es: [
      {
        message:
          "Las semanas 1-3 tienen dos sesiones clave en días seguidos: «Tempo run 40 min» el sábado y luego «Long run 90-110 min» el domingo.",
        hint: "Deja un día suave entre un entrenamiento de calidad y la tirada larga: quita «Tempo run 40 min» del sábado, o hazlo suave.",
      },
    ],
    de: [
      {
        message:
          "Die Wochen 1-3 haben zwei Schlüsseleinheiten direkt hintereinander: „Tempo run 40 min“ am Samstag, dann „Long run 90-110 min“ am Sonntag.",
        hint: "Lass zwischen einer harten Einheit und dem langen Lauf einen lockeren Tag: Verschiebe „Tempo run 40 min“ vom Samstag weg, oder lauf die Einheit locker.",
      },
    ],
  },
);
