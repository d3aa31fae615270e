import { mobility, planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("e", ["TU", "SA"], 40);
const mobilityOn = (on: string[], extra = {}) => ({
  id: "m",
  kind: "mobility",
  practice: "stretching",
  minutes: 10,
  on,
  ...extra,
});

ruleTester("mobility-daily", {
  valid: [
    { name: "daily foam rolling", plan: weeksOf([easy, mobility("m")]) },
    { name: "daily yoga", plan: weeksOf([easy, mobility("m", { practice: "yoga" })]) },
    {
      name: "stretching on the 7 days of the week, by weekday",
      plan: weeksOf([easy, mobilityOn(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])]),
    },
    {
      name: "an option override: 3 days, 3 planned",
      plan: weeksOf([easy, mobilityOn(["MO", "WE", "FR"])], 1),
      setting: ["warning", { minDaysPerWeek: 3 }],
    },
    {
      name: "an optional mobility session counts: the plan offers it",
      plan: weeksOf([easy, mobility("m", { optional: true })]),
    },
    { name: "an option override: none asked", plan: weeksOf([easy], 1), setting: ["warning", { minDaysPerWeek: 0 }] },
  ],
  invalid: [
    {
      name: "mobility on 3 days of 7",
      plan: weeksOf([easy, mobilityOn(["MO", "WE", "FR"])], 1),
      findings: [
        {
          messageId: "tooFew",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 3,
          limit: 7,
          data: { weeks: [1], weekCount: 1, count: 3, min: 7 },
        },
      ],
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
          data: { weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weekCount: 12, count: 0 },
        },
      ],
    },
    {
      name: "6 days of 7 is one short",
      plan: weeksOf([easy, mobilityOn(["MO", "TU", "WE", "TH", "FR", "SA"])]),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1, 2], measured: 6, limit: 7, data: { count: 6 } }],
    },
    {
      name: "two sessions on one day count that day once",
      plan: weeksOf([easy, mobilityOn(["MO", "WE"]), mobility("roll", { repeat: undefined, on: ["MO"] })], 1),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 2, data: { count: 2 } }],
    },
    {
      name: "weeks short by different counts are one finding with the range (weeks 1 and 2 not said twice)",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy, mobilityOn(["MO", "WE", "FR"])] },
        {
          id: "b",
          weeks: 2,
          sessions: [{ ...easy, id: "e2" }, mobilityOn(["MO", "TU", "WE", "TH", "FR"], { id: "m2" })],
        },
      ]),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 2, 3],
          measured: 3,
          data: { weeks: [1, 2, 3], weekCount: 3, count: 3, countMax: 5, countRange: true },
        },
      ],
    },
    {
      name: "weeks apart that fall short the same way: one finding, its weeks listed",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy, mobilityOn(["MO", "WE", "FR"])] },
        { id: "b", weeks: 1, sessions: [{ ...easy, id: "e2" }, mobility("daily")] },
        { id: "c", weeks: 3, sessions: [{ ...easy, id: "e3" }, mobilityOn(["MO", "WE", "FR"], { id: "m3" })] },
      ]),
      findings: [
        {
          messageId: "tooFew",
          week: 1,
          weeks: [1, 3, 4, 5],
          measured: 3,
          data: { weeks: [1, 3, 4, 5], weekCount: 4 },
        },
      ],
    },
    {
      name: "an option override: 3 days, 2 planned",
      plan: weeksOf([easy, mobilityOn(["MO", "TH"])], 1),
      setting: ["info", { minDaysPerWeek: 3 }],
      findings: [
        { messageId: "tooFew", severity: "info", week: 1, weeks: [1], measured: 2, limit: 3, data: { min: 3 } },
      ],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([easy], 1, {}, { type: "transition" }),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0 }],
    },
  ],
});

renderedIn(
  "mobility-daily",
  { plan: weeksOf([easy, mobilityOn(["MO", "WE", "FR"])], 1) },
  {
    es: [
      {
        message: "En la semana 1 solo haces movilidad 3 de los 7 días; apunta a 7 días.",
        hint: "Añade 10 minutos de estiramientos o rodillo de espuma cada día, por ejemplo después de cada rodaje y en los días de descanso.",
      },
    ],
    de: [
      {
        message: "In Woche 1 steht an 3 von 7 Tagen Mobilitätstraining auf dem Plan; peile 7 Tage an.",
        hint: "Plane jeden Tag 10 Minuten Dehnen oder Faszienrollen ein, zum Beispiel nach jedem Lauf und an Ruhetagen.",
      },
    ],
  },
);
