import { cross, planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("e", ["TU", "SA"], 40);
const swim = (rpe: number, extra = {}) => cross("swim", ["WE"], 30, { rpe, ...extra });

ruleTester("active-recovery-weekly", {
  valid: [
    {
      name: "an optional session counts: the plan offers it",
      plan: weeksOf([easy, swim(2, { optional: true })]),
    },
    { name: "a swim at RPE 3 every week (exactly the maximum RPE)", plan: weeksOf([easy, swim(3)]) },
    { name: "a walk at RPE 2", plan: weeksOf([easy, cross("walk", ["SU"], 45, { rpe: 2, modality: "walk" })]) },
    {
      name: "an option override: 2 a week, 2 planned",
      plan: weeksOf([easy, cross("swim", ["WE", "FR"], 30, { rpe: 2 })]),
      setting: ["warning", { minPerWeek: 2 }],
    },
    { name: "an option override: none asked", plan: weeksOf([easy], 1), setting: ["warning", { minPerWeek: 0 }] },
    { name: "every level alike", plan: weeksOf([easy, swim(3)]), options: { level: "beginner" } },
  ],
  invalid: [
    {
      name: "cross-training harder than RPE 3 is not active recovery",
      plan: weeksOf([easy, swim(4)], 1),
      findings: [
        {
          messageId: "tooFew",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 1,
          data: { weeks: [1], weekCount: 1, count: 0, min: 1 },
        },
      ],
    },
    {
      name: "an easy run is running, not active recovery",
      plan: weeksOf([easy, run("rec", ["WE"], 20, { runType: "recovery", rpe: 2 })], 1),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0 }],
    },
    {
      name: "none in any week: said once for every week",
      plan: weeksOf([easy], 12),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          measured: 0,
          data: {
            weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            weekCount: 12,
            count: 0,
          },
        },
      ],
    },
    {
      name: "one short of a higher minimum: the count agrees with its noun",
      plan: weeksOf([easy, swim(2)]),
      setting: ["warning", { minPerWeek: 2 }],
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2],
          measured: 1,
          limit: 2,
          data: { count: 1, min: 2 },
        },
      ],
    },
    {
      name: "weeks short by different counts: said once, with the fewest any of them has",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy] },
        { id: "b", weeks: 1, sessions: [{ ...easy, id: "e2" }, swim(2)] },
      ]),
      setting: ["warning", { minPerWeek: 2 }],
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2],
          measured: 0,
          limit: 2,
          data: { weeks: [1, 2], weekCount: 2, count: 0, countsDiffer: true },
        },
      ],
    },
    {
      name: "only the weeks that fall short are listed",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy, swim(2)] },
        { id: "b", weeks: 2, sessions: [{ ...easy, id: "e2" }] },
      ]),
      findings: [{ messageId: "tooFew", week: 2, weeks: [2, 3], data: { weeks: [2, 3], weekCount: 2 } }],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([easy], 1, {}, { type: "transition" }),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1] }],
    },
  ],
});

renderedIn(
  "active-recovery-weekly",
  {
    plan: planOf([
      { id: "a", weeks: 1, sessions: [easy] },
      { id: "b", weeks: 1, sessions: [{ ...easy, id: "e2" }, swim(2)] },
    ]),
    setting: ["warning", { minPerWeek: 2 }],
  },
  {
    es: [
      {
        message: "En las semanas 1-2 hay menos de 2 sesiones de recuperación activa; planifica al menos 2 por semana.",
        hint: "Añade cada semana un paseo, un rato de natación o de bici suave (RPE 3 o menos) en un día sin correr.",
      },
    ],
    de: [
      {
        message: "In den Wochen 1-2 gibt es weniger als 2 aktive Erholungseinheiten; plane mindestens 2 pro Woche ein.",
        hint: "Plane in jeder Woche an einem lauffreien Tag einen lockeren Spaziergang, eine Runde Schwimmen oder eine lockere Radrunde ein (RPE 3 oder weniger).",
      },
    ],
  },
);
