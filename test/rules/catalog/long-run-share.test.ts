import { athleteOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

// Week 1 runs from Monday 2026-11-02; the long run is on its Sunday, 2026-11-08.
const long = (minutes: number, extra: Record<string, unknown> = {}) =>
  run("long", ["SU"], minutes, { runType: "long", ...extra });
const two = run("easy", ["TU", "TH"], 30);

ruleTester("long-run-share", {
  valid: [
    { name: "3 runs: a long run of 53 % (68 of 128 min) is within 100 % / 3 + 20 %", plan: weeksOf([two, long(68)]) },
    {
      name: "a long run of half of a 3-run week (the old flat 30 % no longer holds)",
      plan: weeksOf([two, long(60)], 1),
    },
    {
      name: "4 runs: exactly 45 % passes",
      plan: weeksOf([run("easy", ["TU", "TH"], 40), run("short", ["SA"], 30), long(90)]),
    },
    { name: "fewer than 3 runs are not judged", plan: weeksOf([run("e", ["TU"], 20), long(90)], 1) },
    {
      name: "5 runs: exactly 30 % passes (Daniels)",
      plan: weeksOf([run("easy", ["MO", "TU", "TH", "FR"], 35), long(60)], 1),
    },
    {
      name: "an adult long run of 150 minutes is at the cap",
      plan: weeksOf([run("easy", ["TU", "TH"], 100), long(150)], 1),
    },
    { name: "transition weeks are not judged", plan: weeksOf([two, long(120)], 2, {}, { type: "transition" }) },
    {
      name: "a range whose upper bound stays within the limit",
      plan: weeksOf([two, long(60, { minutes: { min: 50, max: 68 } })]),
    },
    {
      name: "a higher minimum of runs from the setting",
      plan: weeksOf([two, long(90)]),
      setting: ["info", { maxShare: 0.3, perRunAllowance: 0.2, minRuns: 4 }],
    },
    {
      name: "one run a week judged (minRuns 1) can never be over 100 %",
      plan: weeksOf([long(90)]),
      setting: ["info", { maxShare: 0.3, perRunAllowance: 0.2, minRuns: 1 }],
    },
    {
      name: "the same limits for every level (beginner)",
      plan: weeksOf([two, long(68)]),
      options: { level: "beginner" },
    },
  ],
  invalid: [
    {
      name: "5 runs: a long run of 36 % (80 of 220 min) passes Daniels' 30 % (COACHING 3.2)",
      plan: weeksOf([run("easy", ["MO", "TU", "TH", "FR"], 35), long(80)], 1),
      findings: [
        {
          messageId: "tooLong",
          severity: "info",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          measured: 0.364,
          limit: 0.3,
          data: { runs: 5, many: true, manyRuns: 5, max: 0.3 },
        },
      ],
    },
    {
      name: "an adult long run of 160 minutes passes the 150-minute cap (Daniels)",
      plan: weeksOf([run("easy", ["TU", "TH"], 100), long(160)], 1),
      findings: [
        {
          messageId: "overCap",
          severity: "warning",
          week: 1,
          date: "2026-11-08",
          sessionId: "long",
          measured: 160,
          limit: 150,
          data: { sessionId: "long", date: "2026-11-08", minutes: 160, max: 150 },
        },
      ],
    },
    {
      name: "a 16-year-old's long run of 100 minutes passes the 90-minute high-school cap",
      plan: weeksOf([run("easy", ["TU", "TH"], 60), long(100)], 1),
      options: { athlete: athleteOf({ age: 16 }) },
      findings: [{ messageId: "overCap", week: 1, date: "2026-11-08", sessionId: "long", measured: 100, limit: 90 }],
    },
    {
      name: "a grouped finding names the range of its long runs, in miles with the target in miles",
      plan: weeksOf([two, long(0, { minutes: undefined, distanceMi: [10, 11, 12], pace: "10:00/mi" })], 3),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1, 2, 3],
          sessionId: "long",
          data: {
            title: "Long run 10-12 mi",
            first: "2026-11-08",
            weeks: [1, 2, 3],
            weekCount: 3,
            target: 68,
            unit: "mi",
            targetAmount: 6.8,
            targetMinutes: 68,
          },
        },
      ],
    },
    {
      name: "one week's long run in minutes: its target in minutes",
      plan: weeksOf([two, long(90)], 1),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          data: { title: "Long run 90 min", target: 68, unit: "min", targetAmount: 68, targetMinutes: 68 },
        },
      ],
    },
    {
      name: "3 runs: a long run just over 100 % / 3 + 20 %",
      plan: weeksOf([two, long(69)], 1),
      findings: [
        {
          messageId: "tooLong",
          severity: "info",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          measured: 0.535,
          limit: 0.533,
          data: {
            title: "Long run 69 min",
            first: "2026-11-08",
            share: 0.535,
            week: 1,
            weeks: [1],
            weekCount: 1,
            runs: 3,
            max: 0.53,
            target: 68,
          },
        },
      ],
    },
    {
      name: "4 runs: just over 45 %",
      plan: weeksOf([run("easy", ["TU", "TH"], 40), run("short", ["SA"], 30), long(91)], 1),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          measured: 0.453,
          limit: 0.45,
          data: { share: 0.453, runs: 4, max: 0.45, target: 90 },
        },
      ],
    },
    {
      name: "10 runs: never held below 30 %",
      plan: weeksOf(
        [run("easy", ["MO", "TU", "WE", "TH", "FR", "SA"], 20), run("double", ["MO", "WE", "FR"], 20), long(80)],
        1,
      ),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          limit: 0.3,
          data: { runs: 10, max: 0.3, target: 77 },
        },
      ],
    },
    {
      name: "the longest run need not be of type long",
      plan: weeksOf([two, run("big", ["SA"], 90)], 1),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-07",
          sessionId: "big",
          data: { title: "Easy run 90 min", share: 0.6 },
        },
      ],
    },
    {
      name: "a range judged at its upper bound (its midpoint would pass)",
      plan: weeksOf([two, long(65, { minutes: { min: 50, max: 80 } })], 1),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          measured: 0.571,
          data: { title: "Long run 50-80 min", share: 0.57 },
        },
      ],
    },
    {
      name: "an optional run counts as one of the week's runs",
      plan: weeksOf([run("easy", ["TU"], 20), run("extra", ["TH"], 20, { optional: true }), long(60)], 1),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          data: { runs: 3, share: 0.6 },
        },
      ],
    },
    {
      name: "a flat 30 % cap from the setting, at the configured severity",
      plan: weeksOf([two, run("short", ["SA"], 30), long(40)], 1),
      setting: ["warning", { maxShare: 0.3, perRunAllowance: 0, minRuns: 3 }],
      findings: [
        {
          messageId: "tooLong",
          severity: "warning",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "long",
          measured: 0.308,
          limit: 0.3,
          data: { share: 0.31, max: 0.3, runs: 4, target: 38 },
        },
      ],
    },
    {
      name: "the same long run over the limit every week is said once, named by its weekday",
      plan: weeksOf([run("e", ["TU", "TH"], 30), run("long", ["SU"], 80, { runType: "long" })], 3),
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1, 2, 3],
          sessionId: "long",
          data: { first: "2026-11-08", weeks: [1, 2, 3], weekCount: 3, share: 0.57, runs: 3, max: 0.53 },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("long-run-share in Spanish and German", () => {
  const plan = weeksOf([two, long(0, { minutes: undefined, distanceMi: [10, 11, 12], pace: "10:00/mi" })], 3);
  it.each([
    {
      locale: es,
      message:
        "«Long run 10-12 mi» de cada domingo de las semanas 1-3 supone entre el 63 y el 67 % de tus minutos de carrera de la semana; con 3 carreras por semana, no pases del 53 %.",
      hint: "Acorta esta tirada a unos 6,8 mi (unos 68 min), o añade minutos suaves a las otras carreras.",
    },
    {
      locale: de,
      message:
        "„Long run 10-12 mi“ jeden Sonntag in den Wochen 1-3 macht 63 bis 67 % deiner Laufminuten der Woche aus; bei 3 Läufen pro Woche sollten es höchstens 53 % sein.",
      hint: "Kürze den langen Lauf auf etwa 6,8 mi (etwa 68 min), oder verlängere die anderen Läufe um lockere Minuten.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("long-run-share", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});

// The COACHING.md review's message (overCap) in Spanish and German.
renderedIn(
  "long-run-share",
  { plan: weeksOf([run("easy", ["TU", "TH"], 100), long(160)], 1) },
  {
    es: [
      {
        message:
          "La tirada «long», el domingo, 8 de noviembre de 2026, dura hasta 160 min; los entrenadores no alargan una tirada larga más allá de 150 min.",
        hint: "Acórtala a 150 min o menos.",
      },
    ],
    de: [
      {
        message:
          "Der Lauf „long“ am Sonntag, 8. November 2026 dauert bis zu 160 min; Trainer begrenzen einen langen Lauf auf 150 min.",
        hint: "Kürze ihn auf 150 min oder weniger.",
      },
    ],
  },
);
