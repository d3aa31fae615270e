import { weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
const habits = (...list: Json[]) => ({ habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })) });
const protein = (extra: Json = {}) => ({
  category: "nutrition",
  focus: "lean-protein",
  repeat: "FREQ=DAILY",
  ...extra,
});

ruleTester("protein-target", {
  valid: [
    { name: "1.6 g/kg", plan: weeksOf([], 1, habits(protein({ gPerKg: 1.6 }))) },
    {
      name: "exactly 1.2 and 2.0 g/kg",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 1.2 }), protein({ gPerKg: 2 }))),
    },
    { name: "a habit without a target", plan: weeksOf([], 1, habits(protein())) },
    { name: "no habits at all", plan: weeksOf([], 1) },
    {
      name: "a carbohydrate target is not a protein target",
      plan: weeksOf([], 1, habits({ category: "nutrition", focus: "complex-carbs", gPerKg: 6, repeat: "FREQ=DAILY" })),
    },
    {
      name: "the same band at every level",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 1.6 }))),
      options: { level: "beginner" },
    },
    {
      name: "a wider band by option",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 2.4 }))),
      setting: ["info", { min: 1.2, max: 2.5 }],
    },
  ],
  invalid: [
    {
      name: "2.5 g/kg names the upper bound",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 2.5 }))),
      findings: [
        {
          messageId: "outOfRange",
          severity: "info",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 2.5,
          limit: 2,
          data: { habitId: "h0", value: 2.5, min: 1.2, max: 2 },
        },
      ],
    },
    {
      name: "1 g/kg names the lower bound; each habit is its own finding",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 1.6 }), protein({ gPerKg: 1 }), protein({ gPerKg: 2.1 }))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h1",
          path: "habits[1].gPerKg",
          measured: 1,
          limit: 1.2,
          data: { habitId: "h1", value: 1 },
        },
        {
          messageId: "outOfRange",
          sessionId: "h2",
          path: "habits[2].gPerKg",
          measured: 2.1,
          limit: 2,
          data: { habitId: "h2", value: 2.1 },
        },
      ],
    },
    {
      name: "a narrower band by option, at warning",
      plan: weeksOf([], 1, habits(protein({ gPerKg: 1.4 }))),
      setting: ["warning", { min: 1.6, max: 2.2 }],
      findings: [
        {
          messageId: "outOfRange",
          severity: "warning",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 1.4,
          limit: 1.6,
          data: { min: 1.6, max: 2.2 },
        },
      ],
    },
  ],
});

renderedIn(
  "protein-target",
  { plan: weeksOf([], 1, habits(protein({ gPerKg: 2.5 }))) },
  {
    es: [
      {
        message: "El hábito «h0» fija 2,5 g/kg de proteína al día; un deportista necesita 1,2-2 g/kg.",
        hint: "Pon gPerKg entre 1,2 y 2.",
      },
    ],
    de: [
      {
        message: "Die Gewohnheit „h0“ sieht 2,5 g/kg Eiweiß pro Tag vor; Sportler brauchen 1,2-2 g/kg.",
        hint: "Setze gPerKg auf einen Wert zwischen 1,2 und 2.",
      },
    ],
  },
);
