import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);
const easyOf = (phase: string) => run(`easy-${phase}`, ["TU", "SA"], 40);

ruleTester("cross-training-weekly", {
  valid: [
    {
      name: "an optional swim counts: the plan offers it (easy cross-training 2-4 days a week, optional after a marathon)",
      plan: weeksOf([easy, cross("swim", ["WE"], 30, { optional: true })], 2),
    },
    { name: "a swim every week", plan: weeksOf([easy, cross("swim", ["WE"], 30)]) },
    { name: "a bike ride counts", plan: weeksOf([easy, cross("bike", ["WE"], 45, { modality: "bike" })]) },
    { name: "a walk counts", plan: weeksOf([easy, cross("walk", ["SU"], 40, { modality: "walk", rpe: 2 })]) },
    {
      name: "hard cross-training counts too",
      plan: weeksOf([easy, cross("row", ["TH"], 30, { modality: "row", rpe: 7 })]),
    },
    {
      name: "the same minimum for a beginner",
      plan: weeksOf([easy, cross("swim", ["WE"], 30)]),
      options: { level: "beginner" },
    },
    {
      name: "exactly a higher minimum",
      plan: weeksOf([easy, cross("swim", ["WE", "FR"], 30)]),
      setting: ["warning", { minPerWeek: 2 }],
    },
    { name: "a minimum of 0 asks for nothing", plan: weeksOf([easy]), setting: ["warning", { minPerWeek: 0 }] },
  ],
  invalid: [
    {
      name: "runs only: said once for every week",
      plan: weeksOf([easy], 4),
      findings: [
        {
          messageId: "tooFew",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3, 4],
          measured: 0,
          limit: 1,
          data: { weeks: [1, 2, 3, 4], weekCount: 4, count: 0, min: 1 },
        },
      ],
    },
    {
      name: "strength is not cross-training",
      plan: weeksOf([easy, strength("gym", ["MO"])], 1),
      options: { level: "elite" },
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          data: { weeks: [1], weekCount: 1, count: 0 },
        },
      ],
    },
    {
      name: "one short of a higher minimum: the count agrees with its noun",
      plan: weeksOf([easy, cross("swim", ["WE"], 30)], 1),
      setting: ["error", { minPerWeek: 2 }],
      findings: [
        {
          messageId: "tooFew",
          severity: "error",
          week: 1,
          weeks: [1],
          measured: 1,
          limit: 2,
          data: { count: 1, min: 2 },
        },
      ],
    },
    {
      name: "2 cross-training sessions against 3",
      plan: weeksOf([easy, cross("swim", ["WE", "FR"], 30)], 1),
      setting: ["warning", { minPerWeek: 3 }],
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1],
          measured: 2,
          limit: 3,
          data: { count: 2 },
        },
      ],
    },
    {
      name: "weeks short by different counts: a coverage rule says it once, its weeks merged",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easyOf("a")] },
        { id: "b", weeks: 2, sessions: [easyOf("b"), cross("swim", ["WE"], 30)] },
        { id: "c", weeks: 1, sessions: [easyOf("c")] },
      ]),
      setting: ["warning", { minPerWeek: 2 }],
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2, 3, 4],
          measured: 0,
          data: { weeks: [1, 4], weekCount: 2 },
        },
      ],
    },
    {
      name: "a transition phase is judged too",
      plan: weeksOf([easy], 1, {}, { type: "transition" }),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1] }],
    },
  ],
});

renderedIn(
  "cross-training-weekly",
  { plan: weeksOf([easy], 4) },
  {
    es: [
      {
        message: "En las semanas 1-4 no hay ninguna sesión de entrenamiento cruzado; planifica al menos 1 por semana.",
        hint: "Añade a cada una de esas semanas un rato de natación o de bici, por ejemplo en un día sin correr.",
      },
    ],
    de: [
      {
        message: "In den Wochen 1-4 gibt es keine Alternativeinheit; plane mindestens eine pro Woche ein.",
        hint: "Plane in jeder dieser Wochen eine Einheit Schwimmen oder Radfahren ein, zum Beispiel an einem lauffreien Tag.",
      },
    ],
  },
);
