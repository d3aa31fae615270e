import { athleteOf, planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
/** One week per entry, each a single Tuesday run of those minutes (none for 0, or of that run's fields); `transition` weeks first. */
const weeksRunning = (weeks: readonly (number | Json)[], transition = 0) =>
  planOf(
    weeks.map((week, index) => ({
      id: `w${String(index + 1)}`,
      weeks: 1,
      ...(index < transition ? { type: "transition" } : {}),
      sessions:
        week === 0
          ? []
          : [
              typeof week === "number"
                ? run(`r${String(index + 1)}`, ["TU"], week)
                : run(`r${String(index + 1)}`, ["TU"], 60, week),
            ],
    })),
  );
const historyOf = (...runMinutes: number[]) => ({
  history: { weeks: runMinutes.map((minutes) => ({ load: minutes * 4, runMinutes: minutes })) },
});

ruleTester("deload-week", {
  valid: [
    {
      name: "a reduced week whose longest run ties the loading weeks' is no fault",
      plan: planOf([
        { id: "load", weeks: 2, sessions: [run("e", ["TU", "TH"], 60), run("long", ["SU"], 80, { runType: "long" })] },
        { id: "down", weeks: 1, sessions: [run("e2", ["TU"], 30), run("long2", ["SU"], 80, { runType: "long" })] },
      ]),
    },
    { name: "a reduced week after 3 loading weeks", plan: weeksRunning([100, 110, 120, 80, 100, 110, 120, 90]) },
    {
      name: "exactly 80 % of the highest of the 3 weeks before is reduced",
      plan: weeksRunning([100, 100, 100, 80, 100, 100, 100]),
    },
    { name: "a week without running is reduced", plan: weeksRunning([100, 100, 100, 0, 100, 100, 100]) },
    {
      name: "advanced runners may load 4 weeks",
      plan: weeksRunning([100, 100, 100, 100]),
      options: { level: "advanced" },
    },
    {
      name: "elite runners may load 4 weeks",
      plan: weeksRunning([100, 100, 100, 100, 70]),
      options: { level: "elite" },
    },
    { name: "a flat plan needs no step-back", plan: weeksRunning([100, 100, 100, 100, 100, 100]) },
    {
      name: "a plan that rises 10 % at most needs no step-back (a 60-66 min plan)",
      plan: weeksRunning([60, 62, 64, 66, 66, 66]),
      options: { level: "beginner" },
    },
    {
      name: "a flat history and plan need no step-back",
      plan: weeksRunning([100, 100]),
      options: historyOf(100, 100, 100, 100),
    },
    {
      name: "a run that builds only after its step-back is judged afresh",
      plan: weeksRunning([100, 120, 130, 90, 90, 90, 95, 95]),
    },
    { name: "transition weeks count as reduced", plan: weeksRunning([100, 100, 100, 100, 100], 2) },
    {
      name: "a history that ends with a reduced week",
      plan: weeksRunning([100, 100, 100]),
      options: historyOf(100, 100, 100, 50),
    },
    {
      name: "more loading weeks allowed by the setting",
      plan: weeksRunning([100, 100, 100, 100, 100]),
      setting: ["warning", { maxLoadingWeeks: 5, reducedAtMost: 0.8 }],
    },
  ],
  invalid: [
    {
      name: "a 4th loading week in a row for an intermediate runner",
      plan: weeksRunning([100, 110, 120, 130]),
      findings: [
        {
          messageId: "noDeload",
          severity: "warning",
          week: 4,
          measured: 4,
          limit: 3,
          data: { first: 1, week: 4, count: 4, level: "intermediate", max: 3, target: 96 },
        },
      ],
    },
    {
      name: "a progression of 1, 1.1, 1.2, 1.3 in one phase",
      plan: weeksOf([run("e", ["TU"], 100)], 4, {}, { progression: [1, 1.1, 1.2, 1.3] }),
      findings: [{ messageId: "noDeload", week: 4, measured: 4, limit: 3, data: { target: 96 } }],
    },
    {
      name: "just over 80 % is a loading week",
      plan: weeksRunning([90, 100, 100, 81]),
      findings: [{ messageId: "noDeload", week: 4, measured: 4, data: { count: 4, target: 80 } }],
    },
    {
      name: "beginners: at most 2 loading weeks (COACHING 2.2: a step-back every 3rd week)",
      plan: weeksRunning([60, 65, 70, 70]),
      options: { level: "beginner" },
      findings: [{ messageId: "noDeload", week: 3, measured: 3, limit: 2, data: { level: "beginner", max: 2 } }],
    },
    {
      name: "youth at any level: at most 2 loading weeks",
      plan: weeksRunning([100, 105, 115]),
      options: { athlete: athleteOf({ level: "advanced", age: 16 }) },
      findings: [{ messageId: "noDeload", week: 3, measured: 3, limit: 2, data: { max: 2 } }],
    },
    {
      name: "a reduced week that holds the plan's longest run (COACHING 2.2)",
      plan: planOf([
        { id: "load", weeks: 2, sessions: [run("e", ["TU", "TH"], 60), run("long", ["SU"], 80, { runType: "long" })] },
        {
          id: "down",
          weeks: 1,
          sessions: [run("e2", ["TU"], 30), run("long2", ["SU"], 90, { runType: "long" })],
        },
      ]),
      findings: [
        {
          messageId: "longestInReduced",
          week: 3,
          date: "2026-11-22",
          sessionId: "long2",
          measured: 90,
          limit: 80,
          data: { week: 3, sessionId: "long2", date: "2026-11-22", minutes: 90, longest: 80 },
        },
      ],
    },
    {
      name: "advanced runners: a 4th loading week (every 4th week a step-back)",
      plan: weeksRunning([100, 105, 110, 115, 115]),
      options: { level: "advanced" },
      findings: [
        {
          messageId: "noDeload",
          week: 4,
          measured: 4,
          limit: 3,
          data: { first: 1, week: 4, count: 4, level: "advanced", max: 3 },
        },
      ],
    },
    {
      name: "a week is compared with the highest of only the 3 weeks before it",
      plan: weeksRunning([200, 100, 100, 100, 100, 105, 110, 115]),
      findings: [{ messageId: "noDeload", week: 8, measured: 4, data: { first: 5, week: 8, count: 4, target: 88 } }],
    },
    {
      name: "each streak reported once, and again after a reduced week",
      plan: weeksRunning([100, 105, 110, 115, 115, 50, 100, 105, 110, 115]),
      findings: [
        { messageId: "noDeload", week: 4, measured: 4, data: { first: 1, count: 4 } },
        { messageId: "noDeload", week: 10, measured: 4, data: { first: 7, count: 4 } },
      ],
    },
    {
      name: "the loading weeks of the history count",
      plan: weeksRunning([100, 100]),
      options: historyOf(90, 95, 100, 100),
      findings: [{ messageId: "noDeload", week: 1, measured: 5, limit: 3, data: { week: 1, count: 5, target: 80 } }],
    },
    {
      name: "a daily history read as weeks (7 days each, from the last day back)",
      plan: weeksRunning([120]),
      options: { history: { days: Array.from({ length: 30 }, () => ({ load: 100, runMinutes: 15 })) } },
      findings: [{ messageId: "noDeload", week: 1, measured: 5, limit: 3, data: { count: 5, target: 84 } }],
    },
    {
      name: "after a history's reduced week, the 4th plan week",
      plan: weeksRunning([100, 105, 110, 115]),
      options: historyOf(100, 100, 100, 50),
      findings: [{ messageId: "noDeload", week: 4, measured: 4, data: { first: 1, count: 4 } }],
    },
    {
      name: "a range counts at its upper bound: 60-100 min after weeks of 100 is no reduced week",
      plan: weeksRunning([90, 100, 100, { minutes: { min: 60, max: 100 } }]),
      findings: [{ messageId: "noDeload", week: 4, measured: 4, data: { count: 4, target: 80 } }],
    },
    {
      name: "an optional run counts in the week's minutes",
      plan: planOf([
        { id: "a0", weeks: 1, sessions: [run("a0", ["TU"], 90)] },
        { id: "a", weeks: 2, sessions: [run("a", ["TU"], 100)] },
        { id: "b", weeks: 1, sessions: [run("b", ["TU"], 70), run("extra", ["SA"], 20, { optional: true })] },
      ]),
      findings: [{ messageId: "noDeload", week: 4, measured: 4 }],
    },
    {
      name: "settings: at most 2 loading weeks, reduced at 90 % or less",
      plan: weeksRunning([100, 100, 90, 100, 105, 112]),
      setting: ["warning", { maxLoadingWeeks: 2, reducedAtMost: 0.9 }],
      findings: [
        { messageId: "noDeload", week: 6, measured: 3, limit: 2, data: { first: 4, count: 3, max: 2, target: 94 } },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("deload-week in Spanish and German", () => {
  const plan = weeksRunning([100, 110, 120, 130]);
  it.each([
    {
      locale: es,
      message:
        "La semana 4 suma 4 semanas de carga seguidas (historial incluido); para el nivel intermedio, planifica una semana de descarga tras 3 semanas de carga como máximo.",
      hint: "Haz de la semana 4 una semana de descarga: unos 96 minutos de carrera o menos.",
    },
    {
      locale: de,
      message:
        "Woche 4 ist die 4. Belastungswoche in Folge (Trainingshistorie eingerechnet); für Fortgeschrittene gehört spätestens nach 3 Belastungswochen eine Entlastungswoche in den Plan.",
      hint: "Mach Woche 4 zur Entlastungswoche: etwa 96 Laufminuten oder weniger.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("deload-week", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});

// The COACHING.md review's message (longestInReduced) in Spanish and German.
renderedIn(
  "deload-week",
  {
    plan: planOf([
      { id: "load", weeks: 2, sessions: [run("e", ["TU", "TH"], 60), run("long", ["SU"], 80, { runType: "long" })] },
      { id: "down", weeks: 1, sessions: [run("e2", ["TU"], 30), run("long2", ["SU"], 90, { runType: "long" })] },
    ]),
  },
  {
    es: [
      {
        message:
          "La semana 3 es de descarga, pero tiene la tirada más larga del plan: «long2» del domingo, 22 de noviembre de 2026, de hasta 90 min (la más larga de las semanas de carga: 80 min).",
        hint: "Recorta la tirada larga de la semana 3 a unos dos tercios de su duración y guarda la más larga para una semana de carga.",
      },
    ],
    de: [
      {
        message:
          "Woche 3 ist eine Entlastungswoche, enthält aber den längsten Lauf des Plans: „long2“ am Sonntag, 22. November 2026, bis zu 90 min (der längste Lauf der Belastungswochen: 80 min).",
        hint: "Kürze den langen Lauf in Woche 3 auf etwa zwei Drittel und heb den längsten Lauf für eine Belastungswoche auf.",
      },
    ],
  },
);
