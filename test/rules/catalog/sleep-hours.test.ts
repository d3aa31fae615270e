import { athleteOf, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const sleepHabit = (hours: number, id = "sleep") => ({ id, category: "sleep", hours, repeat: "FREQ=DAILY" });
const sleep = (hours: number) => ({ habits: [sleepHabit(hours)] });
const water = { id: "water", category: "hydration", when: "before-each-run" };

ruleTester("sleep-hours", {
  valid: [
    { name: "a sleep habit of exactly 7 h", plan: weeksOf([], 1, sleep(7)) },
    { name: "beginner: 7 h", plan: weeksOf([], 1, sleep(7)), options: { level: "beginner" } },
    { name: "advanced: 7 h", plan: weeksOf([], 1, sleep(7)), options: { level: "advanced" } },
    { name: "elite: exactly 8 h", plan: weeksOf([], 1, sleep(8)), options: { level: "elite" } },
    {
      name: "the athlete's usual sleep, when the plan sets none",
      plan: weeksOf([], 1),
      options: { athlete: athleteOf({ sleepHours: 7.5 }) },
    },
    {
      name: "the athlete's usual sleep at exactly the minimum",
      plan: weeksOf([], 1),
      options: { athlete: athleteOf({ sleepHours: 7 }) },
    },
    {
      name: "the plan's target takes precedence over short usual sleep",
      plan: weeksOf([], 1, sleep(8)),
      options: { athlete: athleteOf({ sleepHours: 6 }) },
    },
    { name: "an option override: 6 h", plan: weeksOf([], 1, sleep(6.5)), setting: ["warning", { minHours: 6 }] },
  ],
  invalid: [
    {
      name: "a short target in the plan's habits, which take precedence over the athlete's usual sleep",
      plan: weeksOf([], 1, sleep(6.5)),
      options: { athlete: athleteOf({ sleepHours: 9 }) },
      findings: [
        {
          messageId: "tooShort",
          severity: "info",
          sessionId: "sleep",
          path: "habits[0].hours",
          measured: 6.5,
          limit: 7,
          data: { hours: 6.5, source: "habit", habitId: "sleep", min: 7 },
        },
      ],
    },
    {
      name: "elite: 7.5 h is short of 8",
      plan: weeksOf([], 1, sleep(7.5)),
      options: { level: "elite" },
      findings: [
        {
          messageId: "tooShort",
          sessionId: "sleep",
          path: "habits[0].hours",
          measured: 7.5,
          limit: 8,
          data: { hours: 7.5, min: 8 },
        },
      ],
    },
    {
      name: "the athlete's usual sleep, short, when the plan sets no target",
      plan: weeksOf([], 1),
      options: { athlete: athleteOf({ sleepHours: 6 }) },
      findings: [
        {
          messageId: "tooShort",
          severity: "info",
          measured: 6,
          limit: 7,
          data: { hours: 6, source: "athlete", min: 7 },
        },
      ],
    },
    {
      name: "each short sleep habit at its own path",
      plan: weeksOf([], 1, { habits: [water, sleepHabit(6, "weeknights"), sleepHabit(8, "weekends")] }),
      findings: [
        {
          messageId: "tooShort",
          sessionId: "weeknights",
          path: "habits[1].hours",
          measured: 6,
          limit: 7,
          data: { source: "habit", habitId: "weeknights" },
        },
      ],
    },
    {
      name: "no sleep target at all: info, with the level's minimum in the hint",
      plan: weeksOf([], 1),
      findings: [{ messageId: "missing", severity: "info", path: "habits", data: { min: 7 } }],
    },
    {
      name: "no sleep target, elite",
      plan: weeksOf([], 1, { habits: [water] }),
      options: { level: "elite" },
      findings: [{ messageId: "missing", severity: "info", path: "habits", data: { min: 8 } }],
    },
    {
      name: "an athlete without usual sleep and a plan without target",
      plan: weeksOf([], 1),
      options: { athlete: athleteOf() },
      findings: [{ messageId: "missing", severity: "info", path: "habits" }],
    },
    {
      name: "an option override: 8 h asked",
      plan: weeksOf([], 1, sleep(7.5)),
      setting: ["error", { minHours: 8 }],
      findings: [
        {
          messageId: "tooShort",
          severity: "error",
          sessionId: "sleep",
          path: "habits[0].hours",
          measured: 7.5,
          limit: 8,
        },
      ],
    },
  ],
});

renderedIn(
  "sleep-hours",
  { plan: weeksOf([], 1, sleep(6.5)), options: { athlete: athleteOf({ sleepHours: 9 }) } },
  {
    es: [
      {
        message: "El objetivo de sueño de 6,5 h (hábito «sleep») está por debajo de las 7 h.",
        hint: "Intenta dormir al menos 7 horas cada noche.",
      },
    ],
    de: [
      {
        message: "Das Schlafziel von 6,5 h (Gewohnheit „sleep“) liegt unter 7 h.",
        hint: "Schlaf jede Nacht mindestens 7 Stunden.",
      },
    ],
  },
);
