import { athleteOf, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);
const easyOf = (phase: string) => run(`easy-${phase}`, ["TU", "SA"], 40);
const focused = (id: string, on: readonly string[], focus: string) => ({
  id,
  kind: "strength",
  minutes: 30,
  rpe: 5,
  on,
  focus,
});
const gym = (on: readonly string[], extra: Record<string, unknown> = {}) => strength("gym", on, undefined, extra);

ruleTester("strength-frequency", {
  valid: [
    {
      name: "an optional session counts: the plan offers it",
      plan: weeksOf([easy, gym(["MO"]), strength("extra", ["TH"], undefined, { optional: true })], 2),
    },
    { name: "a beginner needs one session a week", plan: weeksOf([easy, gym(["MO"])]), options: { level: "beginner" } },
    { name: "an intermediate at exactly two a week", plan: weeksOf([easy, gym(["MO", "TH"])]) },
    {
      name: "an intermediate in the pre-season at one a week (COACHING 5: 1-2)",
      plan: weeksOf([easy, gym(["MO"])], 2, {}, { type: "pre-season" }),
    },
    {
      name: "an intermediate in a race week at one (maintenance)",
      plan: weeksOf([easy, gym(["MO"]), run("race", ["SU"], 25, { runType: "race", distanceKm: 5 })], 1),
    },
    {
      name: "an advanced runner at two a week",
      plan: weeksOf([easy, gym(["MO", "TH"])]),
      options: { level: "advanced" },
    },
    {
      name: "an elite runner at three a week",
      plan: weeksOf([easy, gym(["MO", "WE", "FR"])]),
      options: { level: "elite" },
    },
    {
      name: "two sessions of focus instead of exercises count",
      plan: weeksOf([easy, focused("a", ["MO"], "full-body"), focused("b", ["TH"], "core")]),
    },
    {
      name: "a transition phase is not asked for strength",
      plan: planOf([
        { id: "rest", type: "transition", weeks: 2, sessions: [easyOf("rest")] },
        { id: "base", weeks: 2, sessions: [easy, gym(["MO", "TH"])] },
      ]),
    },
    {
      name: "a lower minimum set by option",
      plan: weeksOf([easy, gym(["MO"])]),
      setting: ["warning", { minPerWeek: 1 }],
    },
    { name: "a minimum of 0 asks for nothing", plan: weeksOf([easy]), setting: ["warning", { minPerWeek: 0 }] },
  ],
  invalid: [
    {
      name: "youth: a beginner of 15 needs two a week (NSCA youth, Blagrove 2020)",
      plan: weeksOf([easy, gym(["MO"])], 1),
      options: { athlete: athleteOf({ level: "beginner", age: 15 }) },
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 1, limit: 2, data: { min: 2 } }],
    },
    {
      name: "masters keep two in the pre-season (COACHING 5)",
      plan: weeksOf([easy, gym(["MO"])], 1, {}, { type: "pre-season" }),
      options: { athlete: athleteOf({ age: 56 }) },
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 1, limit: 2, data: { min: 2 } }],
    },
    {
      name: "one session short for an intermediate, every week said once",
      plan: weeksOf([easy, gym(["MO"])], 3),
      findings: [
        {
          messageId: "tooFew",
          severity: "warning",
          week: 1,
          weeks: [1, 2, 3],
          measured: 1,
          limit: 2,
          data: {
            weeks: [1, 2, 3],
            weekCount: 3,
            count: 1,
            level: "intermediate",
            min: 2,
          },
        },
      ],
    },
    {
      name: "a beginner with none: no strength session, week 1 alone",
      plan: weeksOf([easy], 1),
      options: { level: "beginner" },
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 1,
          data: { weeks: [1], weekCount: 1, count: 0, level: "beginner", min: 1 },
        },
      ],
    },
    {
      name: "elite defaults to two",
      plan: weeksOf([easy, gym(["MO"])], 1),
      options: { level: "elite" },
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 1, limit: 2, data: { level: "elite", min: 2 } }],
    },
    {
      name: "a higher minimum by option: 2 strength sessions against 3",
      plan: weeksOf([easy, gym(["MO", "TH"])], 1),
      setting: ["error", { minPerWeek: 3 }],
      findings: [
        {
          messageId: "tooFew",
          severity: "error",
          week: 1,
          weeks: [1],
          measured: 2,
          limit: 3,
          data: { count: 2, min: 3 },
        },
      ],
    },
    {
      name: "weeks short by different counts are separate findings",
      plan: planOf([
        { id: "a", weeks: 2, sessions: [easyOf("a")] },
        { id: "b", weeks: 1, sessions: [easyOf("b"), gym(["MO"])] },
        { id: "c", weeks: 1, sessions: [easyOf("c")] },
      ]),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2, 4],
          measured: 0,
          data: { weeks: [1, 2, 4], weekCount: 3 },
        },
        { messageId: "tooFew", week: 3, weeks: [3], measured: 1, data: { weeks: [3], weekCount: 1 } },
      ],
    },
    {
      name: "the weeks after a transition phase are judged",
      plan: planOf([
        { id: "rest", type: "transition", weeks: 2, sessions: [easyOf("rest")] },
        { id: "base", weeks: 2, sessions: [easy, gym(["MO"])] },
      ]),
      findings: [{ messageId: "tooFew", week: 3, weeks: [3, 4], measured: 1, data: { weeks: [3, 4], weekCount: 2 } }],
    },
  ],
});

renderedIn(
  "strength-frequency",
  {
    plan: planOf([
      { id: "a", weeks: 2, sessions: [easyOf("a")] },
      { id: "b", weeks: 1, sessions: [easyOf("b"), gym(["MO"])] },
      { id: "c", weeks: 1, sessions: [easyOf("c")] },
    ]),
  },
  {
    es: [
      {
        message:
          "En las semanas 1-2 y 4 no hay ninguna sesión de fuerza; para el nivel intermedio, planifica al menos 2 por semana.",
        hint: "Añade una sesión de 30 minutos de sentadillas, zancadas, planchas y elevaciones de talones en un día sin sesión intensa de carrera.",
      },
      {
        message:
          "En la semana 3 solo hay 1 sesión de fuerza; para el nivel intermedio, planifica al menos 2 por semana.",
        hint: "Añade una sesión de 30 minutos de sentadillas, zancadas, planchas y elevaciones de talones en un día sin sesión intensa de carrera.",
      },
    ],
    de: [
      {
        message:
          "In den Wochen 1-2 und 4 gibt es keine Krafteinheit; für Fortgeschrittene gehören mindestens 2 Krafteinheiten pro Woche in den Plan.",
        hint: "Plane an einem Tag ohne harten Lauf eine 30-minütige Einheit mit Kniebeugen, Ausfallschritten, Unterarmstütz und Wadenheben ein.",
      },
      {
        message:
          "In Woche 3 gibt es nur eine Krafteinheit; für Fortgeschrittene gehören mindestens 2 Krafteinheiten pro Woche in den Plan.",
        hint: "Plane an einem Tag ohne harten Lauf eine 30-minütige Einheit mit Kniebeugen, Ausfallschritten, Unterarmstütz und Wadenheben ein.",
      },
    ],
  },
);
