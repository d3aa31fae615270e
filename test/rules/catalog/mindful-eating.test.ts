import { run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
const habits = (...list: Json[]) => ({ habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })) });
const food = (focus: string, extra: Json = {}) => ({ category: "nutrition", focus, repeat: "FREQ=DAILY", ...extra });

ruleTester("mindful-eating", {
  valid: [
    {
      name: "a daily mindful-eating habit",
      plan: weeksOf([run("easy", ["TU"], 30)], 1, habits(food("mindful-eating"))),
    },
    {
      name: "a weekly one is enough",
      plan: weeksOf([], 1, habits(food("mindful-eating", { repeat: "FREQ=WEEKLY;BYDAY=SU" }))),
    },
    {
      name: "the same at every level",
      plan: weeksOf([], 1, habits(food("mindful-eating"))),
      options: { level: "advanced" },
    },
  ],
  invalid: [
    { name: "no habits", plan: weeksOf([], 1), findings: [{ messageId: "missing", severity: "info", path: "habits" }] },
    {
      name: "other nutrition and hydration habits do not count",
      plan: weeksOf(
        [],
        1,
        habits(food("lean-protein"), food("fruit-vegetables"), { category: "hydration", repeat: "FREQ=DAILY" }),
      ),
      findings: [{ messageId: "missing", path: "habits" }],
    },
    {
      name: "raised to warning by setting",
      plan: weeksOf([], 1),
      setting: ["warning", {}],
      findings: [{ messageId: "missing", severity: "warning", path: "habits" }],
    },
  ],
});

renderedIn(
  "mindful-eating",
  {
    plan: weeksOf(
      [],
      1,
      habits(food("lean-protein"), food("fruit-vegetables"), { category: "hydration", repeat: "FREQ=DAILY" }),
    ),
  },
  {
    es: [
      {
        message: "No hay ningún hábito para controlar las raciones o comer despacio.",
        hint: "Añade un hábito diario de comer despacio y darte cuenta de cuándo estás saciado: sírvete una ración normal y para antes de sentirte lleno del todo.",
      },
    ],
    de: [
      {
        message: "Keine Gewohnheit für bewusste Portionen oder langsames Essen.",
        hint: "Lege eine tägliche Gewohnheit an: langsam essen und merken, wann du satt bist. Nimm dir eine normale Portion und hör auf, bevor du pappsatt bist.",
      },
    ],
  },
);
