import { planOf, run, strength, weeksOf as weeksOfBase } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const t = run("t", ["TU"], 40, { runType: "tempo", rpe: 6 });
const i = run("i", ["TH"], 40, { runType: "intervals", rpe: 8 });
const h = run("h", ["SA"], 40, { runType: "hills", rpe: 7 });
const f = run("f", ["SU"], 40, { runType: "fartlek", rpe: 6 });
const transition = { type: "transition" };
const preSeason = { type: "pre-season" };
// Most cases judge the pre-season caps (maxPerWeek); the base and transition caps have their own cases.
const weeksOf = (
  sessions: Parameters<typeof weeksOfBase>[0],
  weeks = 2,
  extra = {},
  phase: Record<string, unknown> = preSeason,
) => weeksOfBase(sessions, weeks, extra, phase);
const stepRun = (workMinutes: number) =>
  run("s", ["MO"], 40, {
    minutes: undefined,
    steps: [
      { intent: "warmup", minutes: 15 },
      { intent: "work", minutes: workMinutes, rpe: 7 },
      { intent: "cooldown", minutes: 15 },
    ],
  });

ruleTester("hard-sessions-per-week", {
  valid: [
    { name: "intermediate: 2 hard sessions (exactly the limit)", plan: weeksOf([t, i]) },
    { name: "beginner: 1 hard session", plan: weeksOf([t]), options: { level: "beginner" } },
    { name: "advanced: 2 hard sessions", plan: weeksOf([t, i]), options: { level: "advanced" } },
    { name: "elite: 3 hard sessions", plan: weeksOf([t, i, h]), options: { level: "elite" } },
    { name: "an option override: 3 allowed", plan: weeksOf([t, i, h], 1), setting: ["warning", { maxPerWeek: 3 }] },
    {
      name: "a transition phase: hard cross-training is no hard run (COACHING 1.5: hard from week 3 after a marathon)",
      plan: weeksOf([{ id: "x", kind: "cross", modality: "bike", minutes: 40, rpe: 7, on: ["TU"] }], 1, {}, transition),
    },
    { name: "intermediate base: 1 hard session", plan: weeksOfBase([t], 2) },
    { name: "elite base: 2 hard sessions", plan: weeksOfBase([t, i], 2), options: { level: "elite" } },
    {
      name: "beginner base: a hard session in base week 5",
      plan: planOf([
        { id: "easy", weeks: 4, sessions: [run("e", ["TU"], 30)] },
        { id: "b2", weeks: 1, sessions: [t] },
      ]),
      options: { level: "beginner" },
    },
    {
      name: "an option override: 2 allowed in a transition phase",
      plan: weeksOf([t, i], 1, {}, transition),
      setting: ["warning", { maxPerWeek: 2, maxInTransition: 2 }],
    },
    {
      name: "strength and RPE 5 runs are not hard",
      plan: weeksOf([t, i, strength("g", ["WE"], undefined, { rpe: 9 }), run("m", ["FR"], 40, { rpe: 5 })], 1),
    },
    { name: "a step-structured run with 7 hard minutes is not hard", plan: weeksOf([t, i, stepRun(7)], 1) },
  ],
  invalid: [
    {
      name: "intermediate: 3 hard sessions",
      plan: weeksOf([t, i, h], 1),
      findings: [
        {
          messageId: "tooMany",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 3,
          limit: 2,
          data: {
            weeks: [1],
            weekCount: 1,
            count: 3,
            level: "intermediate",
            max: 2,
            where: "other",
            excess: 1,
          },
        },
      ],
    },
    {
      name: "beginner: the same excess every week is said once",
      plan: weeksOf([t, i], 3),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1, 2, 3],
          measured: 2,
          limit: 1,
          data: { weeks: [1, 2, 3], weekCount: 3, count: 2, level: "beginner", max: 1, excess: 1 },
        },
      ],
    },
    {
      name: "advanced: 4 hard sessions",
      plan: weeksOf([t, i, h, f], 1),
      options: { level: "advanced" },
      findings: [
        { messageId: "tooMany", week: 1, weeks: [1], measured: 4, limit: 2, data: { level: "advanced", excess: 2 } },
      ],
    },
    {
      name: "a transition phase allows no hard run (COACHING 1.5)",
      plan: weeksOf([t, i], 1, {}, transition),
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          measured: 2,
          limit: 0,
          data: { count: 2, max: 0, where: "transition", excess: 2 },
        },
      ],
    },
    {
      name: "a transition week and a base week over their limits are separate findings",
      plan: planOf([
        { id: "tr", type: "transition", weeks: 1, sessions: [t, i] },
        {
          id: "base",
          type: "pre-season",
          weeks: 2,
          sessions: [
            { ...t, id: "t2" },
            { ...i, id: "i2" },
            { ...h, id: "h2" },
          ],
        },
      ]),
      findings: [
        { messageId: "tooMany", week: 1, weeks: [1], measured: 2, limit: 0, data: { where: "transition" } },
        {
          messageId: "tooMany",
          week: 2,
          weeks: [2, 3],
          measured: 3,
          limit: 2,
          data: { weeks: [2, 3], weekCount: 2, where: "other", excess: 1 },
        },
      ],
    },
    {
      name: "different counts are separate findings",
      plan: planOf([
        { id: "a", type: "pre-season", weeks: 1, sessions: [t, i, h] },
        {
          id: "b",
          type: "pre-season",
          weeks: 1,
          sessions: [
            { ...t, id: "t2" },
            { ...i, id: "i2" },
            { ...h, id: "h2" },
            { ...f, id: "f2" },
          ],
        },
      ]),
      findings: [
        { messageId: "tooMany", week: 1, weeks: [1], measured: 3, data: { excess: 1 } },
        { messageId: "tooMany", week: 2, weeks: [2], measured: 4, data: { count: 4, excess: 2 } },
      ],
    },
    {
      name: "an option override of 0: the count agrees with its noun",
      plan: weeksOf([t], 1),
      setting: ["warning", { maxPerWeek: 0 }],
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1],
          measured: 1,
          limit: 0,
          data: { count: 1, excess: 1 },
        },
      ],
    },
    {
      name: "an optional hard session counts (caps count optional sessions)",
      plan: weeksOf([t, i, { ...h, optional: true }], 1),
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3 }],
    },
    {
      name: "a race is a hard session",
      plan: weeksOf([t, i, run("race", ["SU"], 25, { runType: "race", distanceKm: 5, rpe: 3 })], 1),
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3 }],
    },
    {
      name: "an easy run at RPE 6 is hard",
      plan: weeksOf([t, i, run("e", ["SA"], 40, { rpe: 6 })], 1),
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3 }],
    },
    {
      name: "a step-structured run with 8 hard minutes is hard",
      plan: weeksOf([t, i, stepRun(8)], 1),
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3 }],
    },
    {
      name: "RPE ranges that reach 6 count at their upper bound (a cap judges the upper bound)",
      plan: weeksOf(
        [
          run("a", ["MO"], 40, { rpe: { min: 4, max: 7 } }),
          run("b", ["WE"], 40, { rpe: { min: 4, max: 6 } }),
          run("c", ["FR"], 40, { rpe: { min: 5, max: 8 } }),
        ],
        1,
      ),
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3, limit: 2, data: { count: 3 } }],
    },
    {
      name: "intermediate base: 2 hard sessions (COACHING 4: 1 in the base)",
      plan: weeksOfBase([t, i], 2),
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1, 2],
          measured: 2,
          limit: 1,
          data: { max: 1, where: "base", excess: 1 },
        },
      ],
    },
    {
      name: "elite base: 3 hard sessions (COACHING 4: 2 in the base)",
      plan: weeksOfBase([t, i, h], 1),
      options: { level: "elite" },
      findings: [{ messageId: "tooMany", week: 1, weeks: [1], measured: 3, limit: 2 }],
    },
    {
      name: "beginner: no hard session in the first 4 base weeks (Daniels: easy only for 4-6 weeks)",
      plan: weeksOfBase([t], 5),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooMany",
          week: 1,
          weeks: [1, 2, 3, 4],
          measured: 1,
          limit: 0,
          data: { max: 0, where: "easyBase", easyBaseWeeks: 4, excess: 1 },
        },
      ],
    },
  ],
});

renderedIn(
  "hard-sessions-per-week",
  { plan: weeksOf([t, i], 1, {}, transition) },
  {
    es: [
      {
        message:
          "En la semana 1 hay 2 sesiones intensas; el límite para el nivel intermedio es 0 en una fase de transición.",
        hint: "Convierte 2 de ellas en sesiones suaves (RPE 4 o menos), o repártelas en las semanas siguientes.",
      },
    ],
    de: [
      {
        message:
          "In Woche 1 stehen 2 harte Einheiten auf dem Plan; für Fortgeschrittene liegt die Grenze in einer Übergangsphase bei 0.",
        hint: "Mach 2 davon zu lockeren Einheiten (RPE 4 oder weniger), oder verteile sie auf die nächsten Wochen.",
      },
    ],
  },
);
