import { cross, mobility, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

// Six equal days and a rest day: mean / SD = sqrt(6) = 2.449. Five equal days: sqrt(2.5) = 1.58.
const sixDays = run("easy", ["MO", "TU", "WE", "TH", "FR", "SA"], 30);
const fiveDays = run("easy", ["MO", "TU", "WE", "TH", "FR"], 30);
const daily = (id: string, minutes = 30) => run(id, [], minutes, { on: undefined, repeat: "FREQ=DAILY" });
const max = (maxMonotony: number) => ["warning", { maxMonotony }] as const;

ruleTester("weekly-monotony", {
  valid: [
    {
      name: "DOMAIN's worked example (monotony 1.476)",
      plan: weeksOf(
        [
          run("a", ["MO"], 70),
          run("b", ["TU"], 25),
          run("c", ["TH"], 57, { rpe: 5 }),
          run("d", ["FR"], 20),
          run("e", ["SA"], 40, { rpe: 4 }),
          run("f", ["SU"], 45),
        ],
        1,
      ),
    },
    { name: "five equal days and two rest days (1.58)", plan: weeksOf([fiveDays], 4) },
    { name: "a week without load (monotony 0)", plan: weeksOf([mobility("roll")], 2) },
    {
      name: "exactly at a limit set to the week's monotony passes",
      plan: weeksOf([sixDays], 1),
      setting: max(Math.sqrt(6)),
    },
    { name: "a higher limit from the setting", plan: weeksOf([sixDays], 1), setting: max(2.45) },
    {
      name: "the same every day, every week: the missing run-free day is rest-day-weekly's (one fact, one finding)",
      plan: weeksOf([daily("e")], 3),
    },
    {
      name: "beginner: six equal days leave 1 run-free day, which rest-day-weekly reports",
      plan: weeksOf([sixDays], 1),
      options: { level: "beginner" },
    },
    {
      name: "a hard day breaks six equal days",
      plan: weeksOf(
        [run("easy", ["MO", "TU", "WE", "FR", "SA"], 30), run("long", ["TH"], 90, { runType: "long", rpe: 5 })],
        1,
      ),
    },
  ],
  invalid: [
    {
      name: "six equal days and one rest day",
      plan: weeksOf([sixDays], 1),
      findings: [
        {
          messageId: "monotonous",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 2.449,
          limit: 2,
          data: { weeks: [1], weekCount: 1, monotony: 2.45, max: 2 },
        },
      ],
    },
    {
      name: "just over a limit set below the week's monotony",
      plan: weeksOf([sixDays], 1),
      setting: max(2.449),
      findings: [
        { messageId: "monotonous", week: 1, weeks: [1], limit: 2.449, data: { monotony: 2.4495, max: 2.449 } },
      ],
    },
    {
      name: "monotonous weeks of different monotony: one finding with the range, measured at the worst",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [sixDays] },
        { id: "b", weeks: 1, sessions: [run("five", ["MO", "TU", "WE", "TH", "FR"], 30)] },
        { id: "c", weeks: 1, sessions: [{ ...fiveDays, id: "five2" }, cross("swim", ["SA", "SU"], 30, { rpe: 3 })] },
      ]),
      findings: [
        {
          messageId: "monotonous",
          week: 1,
          weeks: [1, 3],
          measured: 10,
          data: { weeks: [1, 3], weekCount: 2, monotony: 10, range: true, monotonyLow: 2.45 },
        },
      ],
    },
    {
      name: "cross-training and strength count in the daily load; mobility adds none",
      plan: weeksOf(
        [
          run("easy", ["MO", "WE", "FR"], 30),
          cross("swim", ["TU", "TH"], 30),
          strength("gym", ["SA"], undefined, { rpe: 3 }),
          mobility("roll"),
        ],
        1,
      ),
      findings: [{ messageId: "monotonous", week: 1, weeks: [1], measured: 2.449 }],
    },
    {
      name: "an optional session counts: it makes the sixth equal day",
      plan: weeksOf([fiveDays, run("extra", ["SA"], 30, { optional: true })], 1),
      findings: [{ messageId: "monotonous", week: 1, weeks: [1], measured: 2.449 }],
    },
    {
      name: "the same limit for every level (beginner), and in a transition phase",
      plan: weeksOf([fiveDays, cross("swim", ["SA", "SU"], 30, { rpe: 3 })], 1, {}, { type: "transition" }),
      options: { level: "beginner" },
      findings: [{ messageId: "monotonous", week: 1, weeks: [1], limit: 2 }],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("weekly-monotony in Spanish and German", () => {
  const plan = planOf([
    { id: "a", weeks: 1, sessions: [sixDays] },
    { id: "b", weeks: 1, sessions: [run("five", ["MO", "TU", "WE", "TH", "FR"], 30)] },
    { id: "c", weeks: 1, sessions: [{ ...fiveDays, id: "five2" }, cross("swim", ["SA", "SU"], 30, { rpe: 3 })] },
  ]);
  it.each([
    {
      locale: es,
      message:
        "Las semanas 1 y 3 tienen una monotonía de entrenamiento de 2,45-10 (límite 2): los días se parecen demasiado.",
      hint: "Varía los días: haz de uno un día de descanso completo y alterna días más duros y más suaves.",
    },
    {
      locale: de,
      message:
        "Die Wochen 1 und 3 haben eine Trainingsmonotonie von 2,45 bis 10 (Grenze 2): Die Tage sind sich zu ähnlich.",
      hint: "Bring Abwechslung in die Tage: Mach einen Tag zum kompletten Ruhetag und wechsle härtere und leichtere Tage ab.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("weekly-monotony", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
