import { cross, mental, mobility, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
const habits = (...list: Json[]) => ({ habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })) });
const carbs = (gPerKg?: number) => ({
  category: "nutrition",
  focus: "complex-carbs",
  repeat: "FREQ=DAILY",
  ...(gPerKg === undefined ? {} : { gPerKg }),
});
/** A run every day of this many minutes: that many minutes of training a day. */
const daily = (minutes: number) => run("daily", [], minutes, { on: undefined, repeat: "FREQ=DAILY" });
const light = [run("easy", ["TU", "SA"], 40)];

ruleTester("carb-target", {
  valid: [
    { name: "light training (2 x 40 min a week) at 4 g/kg", plan: weeksOf(light, 1, habits(carbs(4))) },
    { name: "both ends of the light band, 3 and 5 g/kg", plan: weeksOf(light, 1, habits(carbs(3), carbs(5))) },
    { name: "45 min a day (0.75 h) is already the 5-7 band", plan: weeksOf([daily(45)], 1, habits(carbs(5))) },
    { name: "90 min a day (1.5 h) is already the 6-10 band", plan: weeksOf([daily(90)], 1, habits(carbs(10))) },
    { name: "exactly 3 h a day is still the 6-10 band", plan: weeksOf([daily(180)], 1, habits(carbs(7))) },
    { name: "over 3 h a day, 8-12 g/kg", plan: weeksOf([daily(200)], 1, habits(carbs(12))) },
    { name: "a habit without a target", plan: weeksOf(light, 1, habits(carbs())) },
    {
      name: "a protein target is not a carbohydrate target",
      plan: weeksOf(
        light,
        1,
        habits({ category: "nutrition", focus: "lean-protein", gPerKg: 1.6, repeat: "FREQ=DAILY" }),
      ),
    },
    {
      name: "mobility and mental practice are not training load: still the light band",
      plan: weeksOf(
        [...light, mobility("rolling", { minutes: 60 }), mental("calm", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"])],
        1,
        habits(carbs(4)),
      ),
    },
    {
      name: "cross-training and strength count as training: 45 min a day in all",
      plan: weeksOf(
        [
          run("easy", ["MO", "WE", "FR"], 45),
          cross("swim", ["TU", "TH"], 45),
          strength("gym", ["SA", "SU"], undefined, { minutes: 45 }),
        ],
        1,
        habits(carbs(6)),
      ),
    },
    { name: "the same bands at every level", plan: weeksOf(light, 1, habits(carbs(4))), options: { level: "elite" } },
    {
      name: "band edges moved by option: 40 min a day counts as about an hour",
      plan: weeksOf([daily(40)], 1, habits(carbs(6))),
      setting: ["info", { lightBelowHours: 0.5, moderateBelowHours: 1.5, highUpToHours: 3 }],
    },
  ],
  invalid: [
    {
      name: "8 g/kg for light training names the light band's top",
      plan: weeksOf(light, 1, habits(carbs(8))),
      findings: [
        {
          messageId: "outOfRange",
          severity: "info",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 8,
          limit: 5,
          data: { habitId: "h0", value: 8, min: 3, max: 5, hours: 0.2 },
        },
      ],
    },
    {
      name: "44 min a day is still light: 5.5 g/kg is over",
      plan: weeksOf([daily(44)], 1, habits(carbs(5.5))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 5.5,
          limit: 5,
          data: { min: 3, max: 5, hours: 0.7 },
        },
      ],
    },
    {
      name: "45 min a day (0.75 h) leaves the light band: 4 g/kg is under 5-7",
      plan: weeksOf([daily(45)], 1, habits(carbs(4))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 4,
          limit: 5,
          data: { min: 5, max: 7, hours: 0.8 },
        },
      ],
    },
    {
      name: "an hour a day at 4 g/kg is under 5-7",
      plan: weeksOf([daily(60)], 1, habits(carbs(4))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 4,
          limit: 5,
          data: { min: 5, max: 7, hours: 1 },
        },
      ],
    },
    {
      name: "89 min a day reads 1.48 h, not the 1.5 h where the next band starts",
      plan: weeksOf([daily(89)], 1, habits(carbs(8))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 8,
          limit: 7,
          data: { min: 5, max: 7, hours: 1.48 },
        },
      ],
    },
    {
      name: "90 min a day at 5.5 g/kg is under 6-10",
      plan: weeksOf([daily(90)], 1, habits(carbs(5.5))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 5.5,
          limit: 6,
          data: { min: 6, max: 10, hours: 1.5 },
        },
      ],
    },
    {
      name: "181 min a day reads 3.02 h, past the 3 h edge: 8-12 g/kg",
      plan: weeksOf([daily(181)], 1, habits(carbs(7))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 7,
          limit: 8,
          data: { min: 8, max: 12, hours: 3.02 },
        },
      ],
    },
    {
      name: "over 3 h a day: each habit out of the 8-12 band is its own finding",
      plan: weeksOf([daily(200)], 1, habits(carbs(7), carbs(10), carbs(13))),
      findings: [
        {
          messageId: "outOfRange",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 7,
          limit: 8,
          data: { habitId: "h0", hours: 3.3 },
        },
        {
          messageId: "outOfRange",
          sessionId: "h2",
          path: "habits[2].gPerKg",
          measured: 13,
          limit: 12,
          data: { habitId: "h2", hours: 3.3 },
        },
      ],
    },
    {
      name: "band edges moved by option, at warning",
      plan: weeksOf([daily(60)], 1, habits(carbs(6))),
      setting: ["warning", { lightBelowHours: 1.25, moderateBelowHours: 2, highUpToHours: 3 }],
      findings: [
        {
          messageId: "outOfRange",
          severity: "warning",
          sessionId: "h0",
          path: "habits[0].gPerKg",
          measured: 6,
          limit: 5,
          data: { min: 3, max: 5, hours: 1 },
        },
      ],
    },
  ],
});

renderedIn(
  "carb-target",
  { plan: weeksOf(light, 1, habits(carbs(8))) },
  {
    es: [
      {
        message:
          "El hábito «h0» fija 8 g/kg de hidratos de carbono al día; para 0,2 h de entrenamiento al día, la recomendación es de 3-5 g/kg.",
        hint: "Pon gPerKg entre 3 y 5.",
      },
    ],
    de: [
      {
        message:
          "Die Gewohnheit „h0“ sieht 8 g/kg Kohlenhydrate pro Tag vor; bei 0,2 h Training pro Tag empfehlen die Leitlinien 3-5 g/kg.",
        hint: "Setze gPerKg auf einen Wert zwischen 3 und 5.",
      },
    ],
  },
);
