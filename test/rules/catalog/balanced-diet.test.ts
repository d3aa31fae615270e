import { athleteOf, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

// The coaching model's athlete `age` (the schema gains it with the coaching model): added past the parser here.
const withAge = (age: number) => ({ ...athleteOf(), age });

type Json = Record<string, unknown>;
const habits = (...list: Json[]) => ({ habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })) });
const food = (focus: string, extra: Json = {}) => ({ category: "nutrition", focus, repeat: "FREQ=DAILY", ...extra });
const all = [food("lean-protein"), food("complex-carbs"), food("fruit-vegetables")];

ruleTester("balanced-diet", {
  valid: [
    { name: "lean protein, complex carbohydrates, fruit and vegetables", plan: weeksOf([], 1, habits(...all)) },
    {
      name: "weekly habits and targets count as well",
      plan: weeksOf(
        [],
        1,
        habits(
          food("lean-protein", { gPerKg: 1.6 }),
          food("complex-carbs", { repeat: "FREQ=WEEKLY;BYDAY=MO" }),
          food("fruit-vegetables"),
        ),
      ),
    },
    { name: "the same at every level", plan: weeksOf([], 1, habits(...all)), options: { level: "elite" } },
    {
      name: "fewer focuses asked by option",
      plan: weeksOf([], 1, habits(food("lean-protein"))),
      setting: ["warning", { focuses: ["lean-protein"] }],
    },
  ],
  invalid: [
    {
      name: "youth: never portion control, and a word on eating enough (plain words, no JSON)",
      plan: weeksOf([], 1),
      options: { athlete: withAge(16) },
      setting: ["warning", { focuses: ["lean-protein", "mindful-eating"] }],
      findings: [
        {
          messageId: "missing",
          path: "habits",
          measured: 0,
          limit: 1,
          data: {
            missing: ["lean-protein"],
            youth: true,
          },
        },
      ],
    },
    {
      name: "an adult is asked for every focus of the setting",
      plan: weeksOf([], 1),
      options: { athlete: withAge(30) },
      setting: ["warning", { focuses: ["lean-protein", "mindful-eating"] }],
      findings: [{ messageId: "missing", path: "habits", measured: 0, limit: 2, data: { youth: false } }],
    },
    {
      name: "no habits at all misses all three",
      plan: weeksOf([], 1),
      findings: [
        {
          messageId: "missing",
          severity: "info",
          path: "habits",
          measured: 0,
          limit: 3,
          data: { missing: ["lean-protein", "complex-carbs", "fruit-vegetables"] },
        },
      ],
    },
    {
      name: "protein only",
      plan: weeksOf([], 1, habits(food("lean-protein"))),
      findings: [
        {
          messageId: "missing",
          path: "habits",
          measured: 1,
          limit: 3,
          data: {
            missing: ["complex-carbs", "fruit-vegetables"],
            youth: false,
          },
        },
      ],
    },
    {
      name: "hydration and mindful eating are not among the three",
      plan: weeksOf(
        [],
        1,
        habits(
          { category: "hydration", repeat: "FREQ=DAILY" },
          food("mindful-eating"),
          food("lean-protein"),
          food("complex-carbs"),
        ),
      ),
      findings: [
        { messageId: "missing", path: "habits", measured: 2, limit: 3, data: { missing: ["fruit-vegetables"] } },
      ],
    },
    {
      name: "mindful eating asked by option, at error",
      plan: weeksOf([], 1, habits(...all)),
      setting: ["error", { focuses: ["lean-protein", "complex-carbs", "fruit-vegetables", "mindful-eating"] }],
      findings: [
        {
          messageId: "missing",
          severity: "error",
          path: "habits",
          measured: 3,
          limit: 4,
          data: { missing: ["mindful-eating"] },
        },
      ],
    },
  ],
});

renderedIn(
  "balanced-diet",
  {
    plan: weeksOf([], 1),
    options: { athlete: withAge(16) },
    setting: ["warning", { focuses: ["lean-protein", "mindful-eating"] }],
  },
  {
    es: [
      {
        message: "Los hábitos de nutrición del plan no incluyen proteína magra.",
        hint: "Añade un hábito diario de nutrición para cada uno: proteína magra (pescado, pollo, huevos, legumbres o yogur). Un corredor que aún está creciendo necesita comer lo suficiente para su entrenamiento: más, no menos.",
      },
    ],
    de: [
      {
        message: "Die Ernährungsgewohnheiten des Plans decken mageres Eiweiß nicht ab.",
        hint: "Lege für jeden dieser Punkte eine tägliche Ernährungsgewohnheit an: mageres Eiweiß (Fisch, Hähnchen, Eier, Bohnen oder Joghurt). Wer noch wächst, muss genug für sein Training essen: mehr, nicht weniger.",
      },
    ],
  },
);
