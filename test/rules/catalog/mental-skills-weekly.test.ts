import { mental, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);

ruleTester("mental-skills-weekly", {
  valid: [
    {
      name: "an optional session counts: the plan offers it",
      plan: weeksOf([easy, { ...mental("see", ["SU"]), optional: true }], 2),
    },
    { name: "a visualization session every week", plan: weeksOf([easy, mental("see", ["SU"])]) },
    { name: "mindfulness counts", plan: weeksOf([easy, mental("calm", ["WE"], "mindfulness")]) },
    { name: "goal-setting counts", plan: weeksOf([easy, mental("goals", ["WE"], "goal-setting")]) },
    {
      name: "a higher minimum met",
      plan: weeksOf([easy, mental("see", ["SU", "WE"])]),
      setting: ["warning", { minPerWeek: 2 }],
    },
  ],
  invalid: [
    {
      name: "no mental practice at all: said once for every week",
      plan: weeksOf([easy], 12),
      findings: [
        {
          messageId: "tooFew",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          measured: 0,
          limit: 1,
          data: {
            weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            weekCount: 12,
            count: 0,
            min: 1,
          },
        },
      ],
    },
    {
      name: "a support check-in is not a mental skill",
      plan: weeksOf([easy, mental("call", ["SU"], "support-check-in")], 1),
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
      name: "one session short of a higher minimum: the count agrees with its noun",
      plan: weeksOf([easy, mental("see", ["SU"])], 2),
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
  ],
});

renderedIn(
  "mental-skills-weekly",
  { plan: weeksOf([easy], 12) },
  {
    es: [
      {
        message: "En las semanas 1-12 no hay ninguna sesión de entrenamiento mental; planifica al menos 1 por semana.",
        hint: "Añade 10-15 minutos de visualización (imagínate llegando a meta con un buen cambio de ritmo final) o de atención plena.",
      },
    ],
    de: [
      {
        message: "In den Wochen 1-12 gibt es keine Mentaleinheit; plane mindestens eine pro Woche ein.",
        hint: "Nimm dir 10-15 Minuten für Visualisierung (stell dir vor, wie du mit einem starken Schlussspurt ins Ziel kommst) oder Achtsamkeitsübungen.",
      },
    ],
  },
);
