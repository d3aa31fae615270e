import { run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

// The plan starts Monday 2026-11-02; the race is on Saturday 2026-11-07.
const race = (priority?: "A" | "B" | "C") =>
  run("race", ["SA"], 45, { runType: "race", rpe: 9, distanceKm: 10, ...(priority ? { priority } : {}) });
const hard = (id: string, on: string[], runType = "tempo") => run(id, on, 40, { runType, rpe: 7 });

ruleTester("race-readiness", {
  valid: [
    { name: "no race", plan: weeksOf([hard("tempo", ["TH"]), run("long", ["FR"], 90, { runType: "long" })]) },
    { name: "a tempo 3 days before a C race", plan: weeksOf([hard("tempo", ["WE"]), race()], 1) },
    { name: "easy runs the days before a race", plan: weeksOf([run("easy", ["TH", "FR"], 30), race()], 1) },
    { name: "intervals 6 days before an A race", plan: weeksOf([hard("iv", ["SU"], "intervals"), race("A")], 1) },
    { name: "intervals 5 days before a B race", plan: weeksOf([hard("iv", ["MO"], "intervals"), race("B")], 1) },
    { name: "intervals 4 days before a C race", plan: weeksOf([hard("iv", ["TU"], "intervals"), race("C")], 1) },
    {
      name: "option days: 1 lets a tempo 2 days before",
      plan: weeksOf([hard("tempo", ["TH"]), race()], 1),
      setting: ["warning", { days: 1 }],
    },
  ],
  invalid: [
    {
      name: "a hard workout 2 days before a race (Thursday fartlek, Saturday race)",
      plan: weeksOf([hard("fartlek", ["TH"], "fartlek"), race()], 1),
      findings: [
        {
          messageId: "hardBefore",
          severity: "warning",
          week: 1,
          date: "2026-11-05",
          sessionId: "fartlek",
          measured: 2,
          limit: 3,
          data: { daysBefore: 2, raceDate: "2026-11-07", windowDays: 2, earliest: "2026-11-04" },
        },
      ],
    },
    {
      name: "a long run the day before a race",
      plan: weeksOf([run("long", ["FR"], 90, { runType: "long" }), race("B")], 1),
      findings: [{ messageId: "hardBefore", week: 1, date: "2026-11-06", sessionId: "long", measured: 1 }],
    },
    {
      name: "a tempo 3 days before an A race",
      plan: weeksOf([hard("tempo", ["WE"]), race("A")], 1),
      findings: [{ messageId: "hardBefore", week: 1, date: "2026-11-04", sessionId: "tempo", data: { windowDays: 3 } }],
    },
    {
      name: "intervals 5 days before an A race",
      plan: weeksOf([hard("iv", ["MO"], "intervals"), race("A")], 1),
      findings: [
        {
          messageId: "intervalsBefore",
          week: 1,
          date: "2026-11-02",
          sessionId: "iv",
          measured: 5,
          limit: 6,
          data: { windowDays: 5, earliest: "2026-11-01" },
        },
      ],
    },
    {
      name: "a tempo 3 days before a B race (COACHING 7.1: no hard session within 3 days)",
      plan: weeksOf([hard("tempo", ["WE"]), race("B")], 1),
      findings: [
        {
          messageId: "hardBefore",
          week: 1,
          date: "2026-11-04",
          sessionId: "tempo",
          measured: 3,
          limit: 4,
          data: { windowDays: 3, earliest: "2026-11-03" },
        },
      ],
    },
    {
      name: "intervals 4 days before a B race (COACHING 7.1: none within 4)",
      plan: weeksOf([hard("iv", ["TU"], "intervals"), race("B")], 1),
      findings: [
        {
          messageId: "intervalsBefore",
          week: 1,
          date: "2026-11-03",
          sessionId: "iv",
          measured: 4,
          limit: 5,
          data: { windowDays: 4, priority: "B", earliest: "2026-11-02" },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("race-readiness in Spanish and German", () => {
  const plan = weeksOf([hard("fartlek", ["TH"], "fartlek"), race()], 1);
  it.each([
    {
      locale: es,
      message:
        "«Fartlek 40 min», el jueves, 5 de noviembre de 2026, cae 2 días antes de la carrera del sábado, 7 de noviembre de 2026 (Race 45 min); no hagas sesiones duras ni tiradas largas en los 2 días previos a una carrera.",
      hint: "Pasa esta sesión al miércoles, 4 de noviembre de 2026 o antes, o conviértela en un rodaje suave corto.",
    },
    {
      locale: de,
      message:
        "„Fartlek 40 min“ am Donnerstag, 5. November 2026 liegt 2 Tage vor dem Wettkampf am Samstag, 7. November 2026 (Race 45 min); halte die 2 Tage vor einem Wettkampf frei von harten Einheiten und langen Läufen.",
      hint: "Verschiebe die Einheit auf Mittwoch, 4. November 2026 oder früher, oder mach daraus einen kurzen lockeren Dauerlauf.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("race-readiness", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});

// The COACHING.md review's message (intervalsBefore B) in Spanish and German.
renderedIn(
  "race-readiness",
  { plan: weeksOf([hard("iv", ["TU"], "intervals"), race("B")], 1) },
  {
    es: [
      {
        message:
          "«Interval session 40 min», el martes, 3 de noviembre de 2026, cae 4 días antes de la carrera B del sábado, 7 de noviembre de 2026 (10 km race (B)); no hagas series en los 4 días previos.",
        hint: "Pasa esta sesión al lunes, 2 de noviembre de 2026 o antes, o cámbiala por progresivos o un rodaje corto a ritmo umbral.",
      },
    ],
    de: [
      {
        message:
          "„Interval session 40 min“ am Dienstag, 3. November 2026 liegt 4 Tage vor dem B-Wettkampf am Samstag, 7. November 2026 (10 km race (B)); halte die 4 Tage davor frei von Intervallen.",
        hint: "Verschiebe die Einheit auf Montag, 2. November 2026 oder früher, oder mach daraus Steigerungsläufe oder einen kurzen Lauf im Schwellentempo.",
      },
    ],
  },
);
