import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = (minutes: number, on = ["TU"]) => run("e", on, minutes);
const moderate = (minutes: number) => run("m", ["TH"], minutes, { rpe: 5 });
const tempo = (minutes: number) => run("t", ["TH"], minutes, { runType: "tempo", rpe: 6 });
const transition = { type: "transition" };
/** The same session under another id, for a second phase (ids are unique in a plan). */
const again = (session: Record<string, unknown>) => ({ ...session, id: `${String(session.id)}2` });

ruleTester("intensity-distribution", {
  valid: [
    {
      name: "a step-less tempo keeps 10 min easy either side: 90 % easy",
      plan: weeksOf([easy(60, ["TU", "SA"]), tempo(30)], 1),
    },
    { name: "exactly 80 % easy passes", plan: weeksOf([easy(80), moderate(20)], 1) },
    {
      name: "a base week over its hard-session cap is said by hard-sessions-per-week (one fact, one finding)",
      plan: weeksOf([easy(40), tempo(40), run("i", ["SA"], 40, { runType: "intervals", rpe: 8 })], 1),
    },
    { name: "a week without aerobic minutes is not judged", plan: weeksOf([strength("g", ["MO"])], 1) },
    {
      name: "an easy run with strides stays mostly easy",
      plan: weeksOf(
        [
          run("s", ["TU"], 40, {
            minutes: undefined,
            steps: [
              { intent: "warmup", minutes: 30, rpe: 3 },
              {
                repeat: 6,
                steps: [
                  { intent: "work", seconds: 20, rpe: 8 },
                  { intent: "recovery", seconds: 80, rpe: 2 },
                ],
              },
            ],
          }),
        ],
        1,
      ),
    },
    {
      name: "a transition phase: 92.5 % easy",
      plan: weeksOf([easy(85, ["TU", "SA"]), tempo(30)], 1, {}, transition),
    },
    {
      name: "a transition phase: exactly 90 % easy",
      plan: weeksOf([easy(90), moderate(10)], 1, {}, transition),
    },
    {
      name: "an option override: 60 % is enough",
      plan: weeksOf([easy(60), tempo(60)], 1),
      setting: ["warning", { minEasyShare: 0.6, minEasyShareTransition: 0.9 }],
    },
    { name: "every level has the same floor", plan: weeksOf([easy(80), moderate(20)], 1), options: { level: "elite" } },
  ],
  invalid: [
    {
      name: "a long step-less tempo: its work beyond the 20 easy minutes is hard",
      plan: weeksOf([easy(60), tempo(60)], 1),
      findings: [
        {
          messageId: "tooLittleEasy",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 0.667,
          limit: 0.8,
          data: { weeks: [1], weekCount: 1, easy: 0.67, min: 0.8, worstWeek: 1, minutes: 16 },
        },
      ],
    },
    {
      name: "RPE 5 is not easy",
      plan: weeksOf([easy(80), moderate(30)], 1),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1],
          measured: 0.727,
          limit: 0.8,
          data: { easy: 0.73, minutes: 8 },
        },
      ],
    },
    {
      name: "just under the floor",
      plan: weeksOf([easy(79), moderate(21)], 1),
      findings: [{ messageId: "tooLittleEasy", week: 1, weeks: [1], measured: 0.79, data: { easy: 0.79, minutes: 1 } }],
    },
    {
      name: "a share that would round to the floor is written with its decimals",
      plan: weeksOf([easy(199), moderate(51)], 1),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1],
          measured: 0.796,
          data: { easy: 0.796, min: 0.8, minutes: 1 },
        },
      ],
    },
    {
      name: "a transition phase asks for 90 %",
      plan: weeksOf([easy(80, ["TU", "SA"]), moderate(20)], 1, {}, transition),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1],
          measured: 0.889,
          limit: 0.9,
          data: { easy: 0.89, min: 0.9, minutes: 2 },
        },
      ],
    },
    {
      name: "the same share every week: said once",
      plan: weeksOf([easy(60), tempo(60)], 3),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1, 2, 3],
          measured: 0.667,
          data: { weeks: [1, 2, 3], weekCount: 3, easy: 0.67, worstWeek: 1 },
        },
      ],
    },
    {
      name: "different shares against the same floor: one finding with their span, the worst week named",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy(80), moderate(30)] },
        { id: "b", weeks: 1, sessions: [again(easy(60)), again(tempo(60))] },
      ]),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1, 2],
          measured: 0.667,
          limit: 0.8,
          data: { weeks: [1, 2], weekCount: 2, easy: 0.67, easyHigh: 0.73, easyRange: true, worstWeek: 2, minutes: 16 },
        },
      ],
    },
    {
      name: "a transition week and a base week against their own floors: separate findings",
      plan: planOf([
        { id: "tr", type: "transition", weeks: 1, sessions: [easy(80, ["TU", "SA"]), moderate(20)] },
        { id: "b", weeks: 1, sessions: [again(easy(60)), again(tempo(60))] },
      ]),
      findings: [
        { messageId: "tooLittleEasy", week: 1, weeks: [1], limit: 0.9, data: { min: 0.9 } },
        { messageId: "tooLittleEasy", week: 2, weeks: [2], limit: 0.8, data: { min: 0.8 } },
      ],
    },
    {
      name: "hard cross-training counts in aerobic minutes",
      plan: weeksOf([easy(60), cross("bike", ["TH"], 60, { rpe: 7, modality: "bike" })], 1),
      findings: [{ messageId: "tooLittleEasy", week: 1, weeks: [1], measured: 0.5, data: { easy: 0.5, minutes: 36 } }],
    },
    {
      name: "steps are classed one by one: a work step without RPE of a tempo is hard",
      plan: weeksOf(
        [
          easy(60),
          run("t", ["TH"], 60, {
            runType: "tempo",
            minutes: undefined,
            steps: [
              { intent: "warmup", minutes: 15 },
              { intent: "work", minutes: 30 },
              { intent: "cooldown", minutes: 15 },
            ],
          }),
        ],
        1,
      ),
      findings: [{ messageId: "tooLittleEasy", week: 1, weeks: [1], measured: 0.75, data: { easy: 0.75, minutes: 6 } }],
    },
    {
      name: "a repeat multiplies its steps",
      plan: weeksOf(
        [
          easy(40),
          run("i", ["TH"], 40, {
            runType: "intervals",
            minutes: undefined,
            steps: [
              { intent: "warmup", minutes: 10 },
              {
                repeat: 5,
                steps: [
                  { intent: "work", minutes: 3, rpe: 8 },
                  { intent: "recovery", minutes: 1 },
                ],
              },
              { intent: "cooldown", minutes: 10 },
            ],
          }),
        ],
        1,
      ),
      findings: [
        {
          messageId: "tooLittleEasy",
          week: 1,
          weeks: [1],
          measured: 0.813,
          limit: 0.9,
          data: { easy: 0.81, min: 0.9, minutes: 7 },
        },
      ],
      setting: ["warning", { minEasyShare: 0.9, minEasyShareTransition: 0.9 }],
    },
  ],
});

renderedIn(
  "intensity-distribution",
  {
    plan: planOf([
      { id: "a", weeks: 1, sessions: [easy(80), moderate(30)] },
      { id: "b", weeks: 1, sessions: [again(easy(60)), again(tempo(60))] },
    ]),
  },
  {
    es: [
      {
        message:
          "Las semanas 1-2 solo tienen entre un 67 % y un 73 % de minutos suaves (sobre los minutos aeróbicos, con calentamientos, recuperaciones y vueltas a la calma incluidos); apunta a un mínimo del 80 %.",
        hint: "Haz unos 16 minutos más a ritmo suave (RPE 4 o menos) en la semana 2, o acorta las sesiones intensas.",
      },
    ],
    de: [
      {
        message:
          "Die Wochen 1-2 sind nur zu 67 % bis 73 % locker (gemessen an den aeroben Minuten, Einlaufen, Trabpausen und Auslaufen eingerechnet); peile mindestens 80 % an.",
        hint: "Lauf in Woche 2 etwa 16 Minuten mehr locker (RPE 4 oder weniger), oder kürze die harten Einheiten.",
      },
    ],
  },
);
