import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const runs = (minutes: number, id = "easy") => run(id, ["TU"], minutes);
const swim = (minutes: number, extra: Record<string, unknown> = {}, id = "swim") => cross(id, ["WE"], minutes, extra);

ruleTester("cross-training-share", {
  valid: [
    { name: "no cross-training at all: cross-training-weekly (coverage) says it", plan: weeksOf([runs(100)], 1) },
    { name: "a third of the aerobic minutes", plan: weeksOf([runs(100), swim(50)]) },
    { name: "exactly 10 %", plan: weeksOf([runs(90), swim(10)]) },
    { name: "exactly 50 %", plan: weeksOf([runs(100), swim(100)]) },
    { name: "a week without aerobic minutes is not judged", plan: weeksOf([strength("gym", ["MO"])]) },
    { name: "a transition week may be all cross-training", plan: weeksOf([swim(120)], 2, {}, { type: "transition" }) },
    { name: "a transition week may have none", plan: weeksOf([runs(100)], 2, {}, { type: "transition" }) },
    { name: "the same band at every level", plan: weeksOf([runs(100), swim(50)]), options: { level: "elite" } },
    {
      name: "a wider band by option",
      plan: weeksOf([runs(100), swim(300)]),
      setting: ["info", { minShare: 0, maxShare: 0.8 }],
    },
    {
      name: "an optional run is counted for the cap",
      plan: weeksOf([runs(100), run("extra", ["FR"], 20, { optional: true }), swim(110)]),
    },
    {
      name: "a range within the band at both its bounds: 12 of 112 min at least, 100 of 200 at most",
      plan: weeksOf([runs(100), swim(0, { minutes: { min: 12, max: 100 } })]),
    },
  ],
  invalid: [
    {
      name: "too little: 4.8 % (read as 5 %) in every week, said once",
      plan: weeksOf([run("easy", ["TU", "SA"], 100), swim(10)], 3),
      findings: [
        {
          messageId: "tooLittle",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3],
          measured: 0.048,
          limit: 0.1,
          data: { share: 0.05, min: 0.1, max: 0.5 },
        },
      ],
    },
    {
      name: "just under 10 % reads as 9.9 %, not 10 %",
      plan: weeksOf([runs(100), swim(11)], 1),
      findings: [
        {
          messageId: "tooLittle",
          week: 1,
          weeks: [1],
          measured: 0.099,
          limit: 0.1,
          data: { share: 0.099 },
        },
      ],
    },
    {
      name: "too much: 75 %",
      plan: weeksOf([runs(100), swim(300)], 1),
      findings: [
        {
          messageId: "tooMuch",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 0.75,
          limit: 0.5,
          data: { share: 0.75, max: 0.5 },
        },
      ],
    },
    {
      name: "just over 50 % reads as 50.2 %",
      plan: weeksOf([runs(100), swim(101)], 1),
      findings: [{ messageId: "tooMuch", week: 1, weeks: [1], measured: 0.502, data: { share: 0.502 } }],
    },
    {
      name: "a group gives the range of its shares, and the week furthest from the band is measured",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [runs(100, "a-run"), swim(200, {}, "a-swim")] },
        { id: "b", weeks: 1, sessions: [runs(100, "b-run"), swim(300, {}, "b-swim")] },
        { id: "c", weeks: 1, sessions: [runs(100, "c-run"), swim(50, {}, "c-swim")] },
        { id: "d", weeks: 1, sessions: [runs(100, "d-run")] },
      ]),
      findings: [
        {
          messageId: "tooMuch",
          week: 1,
          weeks: [1, 2],
          measured: 0.75,
          limit: 0.5,
          data: { share: 0.67, shareHigh: 0.75, shareRange: true },
        },
      ],
    },
    {
      name: "a narrower band by option, at warning",
      plan: weeksOf([runs(100), swim(50)], 1),
      setting: ["warning", { minShare: 0.1, maxShare: 0.25 }],
      findings: [
        {
          messageId: "tooMuch",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 0.333,
          limit: 0.25,
          data: { share: 0.33, max: 0.25 },
        },
      ],
    },
    {
      name: "an optional swim does not lift a week over the floor",
      plan: weeksOf([runs(100), swim(30, { optional: true })], 2),
      findings: [{ messageId: "tooLittle", week: 1, weeks: [1, 2], measured: 0, limit: 0.1, data: { share: 0 } }],
    },
    {
      name: "an optional swim counts for the cap",
      plan: weeksOf([runs(100), swim(60), swim(60, { optional: true }, "extra")], 1),
      findings: [{ messageId: "tooMuch", week: 1, weeks: [1], measured: 0.545, data: { share: 0.55 } }],
    },
    {
      name: "the cap judges a range at its upper bound: 120 of 220 min, though 90 of 190 (47 %) as planned",
      plan: weeksOf([runs(100), swim(0, { minutes: { min: 60, max: 120 } })], 1),
      findings: [{ messageId: "tooMuch", week: 1, weeks: [1], measured: 0.545, limit: 0.5, data: { share: 0.55 } }],
    },
    {
      name: "the floor judges a range at its lower bound: 5 of 105 min, though 15 of 115 (13 %) as planned",
      plan: weeksOf([runs(100), swim(0, { minutes: { min: 5, max: 25 } })], 1),
      findings: [{ messageId: "tooLittle", week: 1, weeks: [1], measured: 0.048, limit: 0.1, data: { share: 0.05 } }],
    },
    {
      name: "the base weeks after a transition are judged",
      plan: planOf([
        { id: "rest", type: "transition", weeks: 1, sessions: [runs(100, "rest-run")] },
        { id: "base", weeks: 2, sessions: [runs(100), swim(5)] },
      ]),
      findings: [{ messageId: "tooLittle", week: 2, weeks: [2, 3] }],
    },
  ],
});

renderedIn(
  "cross-training-share",
  {
    plan: planOf([
      { id: "a", weeks: 1, sessions: [runs(100, "a-run"), swim(200, {}, "a-swim")] },
      { id: "b", weeks: 1, sessions: [runs(100, "b-run"), swim(300, {}, "b-swim")] },
      { id: "c", weeks: 1, sessions: [runs(100, "c-run"), swim(50, {}, "c-swim")] },
      { id: "d", weeks: 1, sessions: [runs(100, "d-run")] },
    ]),
  },
  {
    es: [
      {
        message:
          "El entrenamiento cruzado es entre el 67 % y el 75 % de los minutos aeróbicos en las semanas 1-2, por encima del 50 %.",
        hint: "Mantén una parte, pero que correr sea lo principal de tu entrenamiento aeróbico.",
      },
    ],
    de: [
      {
        message: "In den Wochen 1-2 macht Alternativtraining 67 % bis 75 % der aeroben Minuten aus, mehr als 50 %.",
        hint: "Behalte einen Teil davon, aber das Laufen sollte den größeren Teil deines Ausdauertrainings ausmachen.",
      },
    ],
  },
);
