import { cross, planOf, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
/** Warm-up and cool-down of 10 min around `work` minutes of work (in one step): a whole session of work + 20 min. */
const whole = (work: number): Json[] => [
  { intent: "warmup", minutes: 10 },
  { intent: "work", minutes: work, rpe: 7 },
  { intent: "cooldown", minutes: 10 },
];
const tempo = (minutes: unknown, steps: Json[], extra: Json = {}) =>
  run("tempo", ["TH"], 0, { runType: "tempo", rpe: 7, minutes, steps, ...extra });
/** 6 strides of 20 s with 60 s walks: 8 minutes, a part of an easy run. */
const strides = {
  repeat: 6,
  steps: [
    { intent: "work", seconds: 20, rpe: 8 },
    { intent: "rest", seconds: 60 },
  ],
};

ruleTester("steps-duration", {
  valid: [
    { name: "steps adding up to the minutes", plan: weeksOf([tempo(40, whole(20))]) },
    { name: "exactly 10 % over", plan: weeksOf([tempo(40, whole(24))]) },
    { name: "exactly 10 % short", plan: weeksOf([tempo(40, whole(16))]) },
    {
      name: "steps without minutes set the length themselves",
      plan: weeksOf([run("tempo", ["TH"], 0, { runType: "tempo", rpe: 7, minutes: undefined, steps: whole(20) })]),
    },
    { name: "minutes without steps", plan: weeksOf([run("easy", ["TU"], 40)]) },
    {
      name: "strides after an easy run need only fit inside it",
      plan: weeksOf([run("easy", ["TU"], 40, { steps: [strides] })]),
    },
    {
      name: "a range: from 10 % under its lower to 10 % over its upper bound",
      plan: weeksOf([
        tempo({ min: 40, max: 50 }, whole(16)),
        run("long", ["SU"], 0, { runType: "long", minutes: { min: 40, max: 50 }, steps: whole(35) }),
      ]),
    },
    {
      name: "repeats and seconds are counted: 10 + 5 x (3 + 2) + 10 = 45 min",
      plan: weeksOf([
        run("intervals", ["TH"], 45, {
          runType: "intervals",
          rpe: 8,
          steps: [
            { intent: "warmup", minutes: 10 },
            {
              repeat: 5,
              steps: [
                { intent: "work", seconds: 180 },
                { intent: "recovery", minutes: 2 },
              ],
            },
            { intent: "cooldown", minutes: 10 },
          ],
        }),
      ]),
    },
    {
      name: "distance steps timed by the plan's pace of the run type: 10 + 8 km at 5:00/km + 10 = 60 min",
      plan: weeksOf(
        [
          tempo(60, [
            { intent: "warmup", minutes: 10 },
            { intent: "work", distanceKm: 8 },
            { intent: "cooldown", minutes: 10 },
          ]),
        ],
        2,
        { paces: { easy: "6:00/km", tempo: "5:00/km" } },
      ),
    },
    {
      name: "per-week minutes, a week off (null) left out",
      plan: weeksOf([tempo([40, null, 42], whole(20))], 3),
    },
    {
      name: "cross-training with steps",
      plan: weeksOf([cross("bike", ["WE"], 60, { modality: "bike", steps: whole(40) })]),
    },
    {
      name: "the same tolerance at every level",
      plan: weeksOf([tempo(40, whole(24))]),
      options: { level: "beginner" },
    },
    {
      name: "a wider tolerance by option",
      plan: weeksOf([tempo(40, whole(30))]),
      setting: ["warning", { tolerance: 0.25 }],
    },
  ],
  invalid: [
    {
      name: "steps just over 10 % longer than the minutes",
      plan: weeksOf([tempo(40, whole(24.5))]),
      findings: [
        {
          messageId: "mismatch",
          severity: "warning",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 44.5,
          limit: 40,
          data: {
            sessionId: "tempo",
            minutes: 40,
            span: "one",
            steps: 44.5,
            difference: 0.11,
            direction: "over",
            tolerance: 0.1,
          },
        },
      ],
    },
    {
      name: "10.25 % over reads as 10.3 %, not as the 10 % it passes",
      plan: weeksOf([tempo(40, whole(24.1))]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 44.1,
          limit: 40,
          data: { difference: 0.103, direction: "over" },
        },
      ],
    },
    {
      name: "steps well short of the minutes: the whole session is described",
      plan: weeksOf([tempo(60, whole(20))]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 40,
          limit: 60,
          data: { minutes: 60, span: "one", steps: 40, difference: 0.33, direction: "short" },
        },
      ],
    },
    {
      name: "a range short of its lower bound names it, with the range",
      plan: weeksOf([tempo({ min: 40, max: 50 }, whole(15))]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 35,
          limit: 40,
          data: { minutes: 40, maxMinutes: 50, span: "closed", difference: 0.13, direction: "short" },
        },
      ],
    },
    {
      name: "a range over its upper bound names it",
      plan: weeksOf([tempo({ min: 40, max: 50 }, whole(40))]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 60,
          limit: 50,
          data: { minutes: 40, maxMinutes: 50, span: "closed", difference: 0.2, direction: "over" },
        },
      ],
    },
    {
      name: "strides longer than the easy run they are part of",
      plan: weeksOf([run("easy", ["TU"], 20, { steps: [{ intent: "steady", minutes: 15 }, strides] })]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "easy",
          path: "phases[0].sessions[0].steps",
          measured: 23,
          limit: 20,
          data: { minutes: 20, span: "one", steps: 23, difference: 0.15, direction: "over" },
        },
      ],
    },
    {
      name: "a warm-up inside a repeat makes the steps a whole session",
      plan: weeksOf([
        tempo(60, [
          {
            repeat: 2,
            steps: [
              { intent: "warmup", minutes: 5 },
              { intent: "work", minutes: 10 },
            ],
          },
        ]),
      ]),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 30,
          limit: 60,
          data: { direction: "short", difference: 0.5 },
        },
      ],
    },
    {
      name: "distance steps timed by the session's pace, before the plan's",
      plan: weeksOf(
        [
          tempo(
            45,
            [
              { intent: "warmup", minutes: 10 },
              { intent: "work", distanceKm: 8 },
              { intent: "cooldown", minutes: 10 },
            ],
            { pace: "4:00/km" },
          ),
        ],
        1,
        { paces: { tempo: "5:00/km" } },
      ),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 52,
          limit: 45,
          data: { steps: 52, direction: "over", difference: 0.16 },
        },
      ],
    },
    {
      name: "distance steps of a run type without a pace are timed at the plan's easy pace",
      plan: weeksOf(
        [
          tempo(40, [
            { intent: "warmup", minutes: 10 },
            { intent: "work", distanceKm: 5 },
            { intent: "cooldown", minutes: 10 },
          ]),
        ],
        1,
        { paces: { easy: "6:00/km" } },
      ),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 50,
          limit: 40,
          data: { direction: "over" },
        },
      ],
    },
    {
      name: "per-week minutes: the first week that disagrees is named",
      plan: weeksOf([tempo([40, null, 30], whole(20))], 3),
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 40,
          limit: 30,
          data: { minutes: 30, span: "one", direction: "over", difference: 0.33 },
        },
      ],
    },
    {
      name: "each session its own finding, located in its phase, cross-training included",
      plan: planOf([
        { id: "base", weeks: 1, sessions: [run("easy", ["TU"], 40), tempo(60, whole(20))] },
        { id: "build", weeks: 1, sessions: [cross("bike", ["WE"], 90, { modality: "bike", steps: whole(40) })] },
      ]),
      setting: ["error", { tolerance: 0.1 }],
      findings: [
        {
          messageId: "mismatch",
          severity: "error",
          sessionId: "bike",
          path: "phases[1].sessions[0].steps",
          measured: 60,
          limit: 90,
        },
        {
          messageId: "mismatch",
          severity: "error",
          sessionId: "tempo",
          path: "phases[0].sessions[1].steps",
          measured: 40,
          limit: 60,
        },
      ],
    },
    {
      name: "a tighter tolerance by option",
      plan: weeksOf([tempo(40, whole(22))]),
      setting: ["warning", { tolerance: 0.02 }],
      findings: [
        {
          messageId: "mismatch",
          sessionId: "tempo",
          path: "phases[0].sessions[0].steps",
          measured: 42,
          limit: 40,
          data: { difference: 0.05, tolerance: 0.02 },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("steps-duration in Spanish and German", () => {
  const plan = weeksOf([tempo({ min: 40, max: 50 }, whole(15))]);
  it.each([
    {
      locale: es,
      message: "La sesión «tempo» dura 40-50 min, pero sus pasos suman 35 min (13 % de menos).",
      hint: "Haz que los pasos y los minutos coincidan con un margen del 10 %, o quita los minutos y deja que los pasos marquen la duración.",
    },
    {
      locale: de,
      message: "Die Einheit „tempo“ dauert 40-50 min, aber ihre Schritte ergeben 35 min (13 % zu kurz).",
      hint: "Bring Schritte und Minuten auf höchstens 10 % Abweichung, oder lass die Minuten weg und die Schritte die Länge bestimmen.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("steps-duration", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
