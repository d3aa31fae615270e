import { cross, planOf, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
/** Five weeks of a 60-minute Sunday long run, then a week whose Sunday (2026-12-13) runs `minutes`. */
const phases = (minutes: number, extra: Json = {}) =>
  planOf([
    { id: "a", weeks: 5, sessions: [run("long", ["SU"], 60, { runType: "long" })] },
    { id: "b", weeks: 1, sessions: [run("long2", ["SU"], minutes, { runType: "long", ...extra })] },
  ]);
/** 30 days before the plan, each telling its longest run: `longest` on the last day, no running before. */
const history = (longest: number) => ({
  history: {
    days: Array.from({ length: 30 }, (_, index) =>
      index === 29
        ? { load: longest * 3, runMinutes: longest, longestRunMinutes: longest }
        : { load: 0, runMinutes: 0 },
    ),
  },
});
const unchecked = (days = 30) => ({
  messageId: "unchecked",
  severity: "info" as const,
  note: true as const,
  data: { days },
});
const setting = (warnAbove: number, errorAbove: number, severity: "warning" | "error" = "warning") =>
  [severity, { warnAbove, errorAbove }] as const;

ruleTester("single-run-spike", {
  valid: [
    {
      name: "a run exactly 10 % longer than the history's longest",
      plan: weeksOf([run("l", ["MO"], 66)], 1),
      options: history(60),
    },
    {
      name: "a weekly history that gives the longest runs covers the first 30 days",
      plan: weeksOf([run("long", ["SU"], 70, { runType: "long" })], 1),
      options: {
        history: { weeks: Array.from({ length: 5 }, () => ({ load: 1000, runMinutes: 200, longestRunMinutes: 65 })) },
      },
    },
    {
      name: "nothing to compare against: a history without running",
      plan: weeksOf([run("l", ["MO", "TH"], 60)], 1),
      options: { history: { days: Array.from({ length: 30 }, () => ({ load: 0, runMinutes: 0 })) } },
    },
    { name: "no runs at all: nothing to check, nothing noted", plan: weeksOf([cross("swim", ["MO"], 60)], 5) },
    {
      name: "the history's run 30 days back still counts on the plan's first day",
      plan: weeksOf([run("l", ["MO"], 95)], 1),
      options: {
        history: {
          days: Array.from({ length: 30 }, (_, index) =>
            index === 0 ? { load: 270, runMinutes: 90, longestRunMinutes: 90 } : { load: 0, runMinutes: 0 },
          ),
        },
      },
    },
    {
      name: "a range of the days before counts at its upper bound",
      plan: weeksOf([run("r", ["MO"], 60, { minutes: { min: 50, max: 70 } }), run("l", ["TU"], 75)], 1),
      options: history(65),
    },
    {
      name: "a higher threshold from the setting",
      plan: weeksOf([run("l", ["MO"], 78)], 1),
      options: history(60),
      setting: setting(0.3, 1),
    },
  ],
  invalid: [
    {
      name: "a run given in miles is spoken of in miles with the minutes beside, in the comparison and the hint too",
      plan: planOf([
        {
          id: "a",
          weeks: 5,
          sessions: [run("long", ["SU"], 0, { runType: "long", minutes: undefined, distanceMi: 4, pace: "10:00/mi" })],
        },
        {
          id: "b",
          weeks: 1,
          sessions: [
            run("long2", ["SU"], 0, { runType: "long", minutes: undefined, distanceMi: 4.5, pace: "10:00/mi" }),
          ],
        },
      ]),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          week: 6,
          date: "2026-12-13",
          sessionId: "long2",
          data: {
            title: "Long run 4.5 mi",
            spoken: "minutes",
            aboutMinutes: 45,
            longest: 40,
            unit: "mi",
            longestAmount: 4,
            longestMinutes: 40,
            target: 44,
            targetAmount: 4.4,
            targetMinutes: 44,
          },
        },
      ],
    },
    {
      name: "more than 10 % longer than the longest of the 30 days before",
      plan: phases(70),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          severity: "warning",
          week: 6,
          date: "2026-12-13",
          sessionId: "long2",
          measured: 70,
          limit: 66,
          data: { title: "Long run 70 min", date: "2026-12-13", change: 0.17, longest: 60, target: 66 },
        },
      ],
    },
    {
      name: "just over 10 %",
      plan: phases(67),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          week: 6,
          date: "2026-12-13",
          sessionId: "long2",
          measured: 67,
          limit: 66,
          data: { change: 0.12 },
        },
      ],
    },
    {
      name: "exactly 10 % longer passes (only the note of the first 30 days)",
      plan: phases(66),
      findings: [unchecked()],
    },
    {
      name: "exactly double is a warning, not an error",
      plan: phases(120),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          severity: "warning",
          week: 6,
          date: "2026-12-13",
          sessionId: "long2",
          measured: 120,
          limit: 66,
          data: { change: 1 },
        },
      ],
    },
    {
      name: "more than double is an error",
      plan: phases(130),
      findings: [
        unchecked(),
        {
          messageId: "doubled",
          severity: "error",
          week: 6,
          date: "2026-12-13",
          sessionId: "long2",
          measured: 130,
          limit: 120,
          data: { change: 1.17, longest: 60, target: 66 },
        },
      ],
    },
    {
      name: "a 1-week plan without history: the note counts its 7 days",
      plan: weeksOf([run("e", ["TU", "SA"], 40)], 1),
      findings: [unchecked(7)],
    },
    {
      name: "a weekly history without longest runs does not cover the first days",
      plan: weeksOf([run("e", ["TU", "SA"], 40)], 2),
      options: { history: { weeks: [{ load: 800, runMinutes: 200 }] } },
      findings: [unchecked(14)],
    },
    {
      name: "the first run judged is on day 31",
      plan: planOf([
        { id: "a", weeks: 4, sessions: [run("w", ["WE"], 50)] },
        { id: "b", weeks: 1, sessions: [run("w2", ["WE"], 80)] },
      ]),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          week: 5,
          date: "2026-12-02",
          sessionId: "w2",
          measured: 80,
          limit: 55,
          data: { longest: 50 },
        },
      ],
    },
    {
      name: "only the 30 days before the run count, not earlier",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [run("big", ["MO"], 100)] },
        { id: "b", weeks: 1, sessions: [] },
        { id: "c", weeks: 1, sessions: [run("mid", ["MO"], 50)] },
        { id: "d", weeks: 2, sessions: [] },
        { id: "e", weeks: 1, sessions: [run("late", ["TH"], 60)] },
      ]),
      findings: [
        unchecked(),
        {
          messageId: "spike",
          week: 6,
          date: "2026-12-10",
          sessionId: "late",
          measured: 60,
          limit: 55,
          data: { longest: 50 },
        },
      ],
    },
    {
      name: "a daily history checks the plan's first days, without a note",
      plan: weeksOf([run("long", ["SU"], 70, { runType: "long" })], 1),
      options: history(60),
      findings: [{ messageId: "spike", week: 1, date: "2026-11-08", sessionId: "long", measured: 70, limit: 66 }],
    },
    {
      name: "the history's run 31 days back is out of the second day's window",
      plan: weeksOf([run("a", ["MO"], 20), run("b", ["TU"], 95)], 1),
      options: {
        history: {
          days: Array.from({ length: 30 }, (_, index) =>
            index === 0 ? { load: 270, runMinutes: 90, longestRunMinutes: 90 } : { load: 0, runMinutes: 0 },
          ),
        },
      },
      findings: [
        {
          messageId: "doubled",
          severity: "error",
          week: 1,
          date: "2026-11-03",
          sessionId: "b",
          measured: 95,
          limit: 40,
          data: { longest: 20, change: 3.75, target: 22 },
        },
      ],
    },
    {
      name: "a range judged at its upper bound",
      plan: weeksOf([run("r", ["MO"], 60, { minutes: { min: 50, max: 70 } })], 1),
      options: history(60),
      findings: [
        {
          messageId: "spike",
          week: 1,
          date: "2026-11-02",
          sessionId: "r",
          measured: 70,
          data: { title: "Easy run 50-70 min" },
        },
      ],
    },
    {
      name: "an optional run counts",
      plan: weeksOf([run("extra", ["WE"], 80, { optional: true })], 1),
      options: history(60),
      findings: [
        {
          messageId: "spike",
          week: 1,
          date: "2026-11-04",
          sessionId: "extra",
          measured: 80,
          data: { title: "Easy run 80 min (optional)" },
        },
      ],
    },
    {
      name: "a run that spikes raises the bar for the runs after it",
      plan: weeksOf([run("l", ["TU", "SA"], 70)], 1),
      options: history(60),
      findings: [
        { messageId: "spike", week: 1, date: "2026-11-03", sessionId: "l", measured: 70, data: { longest: 60 } },
      ],
    },
    {
      name: "two long runs on one day: each its own finding, judged against the days before",
      plan: weeksOf([run("am", ["TU"], 70), run("pm", ["TU"], 70)], 1),
      options: history(60),
      findings: [
        { messageId: "spike", week: 1, date: "2026-11-03", sessionId: "am", measured: 70, data: { longest: 60 } },
        { messageId: "spike", week: 1, date: "2026-11-03", sessionId: "pm", measured: 70, data: { longest: 60 } },
      ],
    },
    {
      name: "the note stays info whatever the setting; the spike takes the configured severity",
      plan: phases(70),
      setting: setting(0.1, 1, "error"),
      findings: [
        unchecked(),
        { messageId: "spike", severity: "error", week: 6, date: "2026-12-13", sessionId: "long2" },
      ],
    },
    {
      name: "lower thresholds from the setting",
      plan: weeksOf([run("a", ["MO"], 64), run("b", ["TH"], 110)], 1),
      options: history(60),
      setting: setting(0.05, 0.5),
      findings: [
        {
          messageId: "spike",
          week: 1,
          date: "2026-11-02",
          sessionId: "a",
          measured: 64,
          limit: 63,
          data: { change: 0.07, target: 63 },
        },
        {
          messageId: "doubled",
          week: 1,
          date: "2026-11-05",
          sessionId: "b",
          measured: 110,
          limit: 96,
          data: { longest: 64, target: 67 },
        },
      ],
    },
    {
      name: "the same thresholds for every level (elite)",
      plan: weeksOf([run("l", ["MO"], 67)], 1),
      options: { level: "elite", ...history(60) },
      findings: [{ messageId: "spike", week: 1, date: "2026-11-02", sessionId: "l", limit: 66 }],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("single-run-spike in Spanish and German", () => {
  const plan = planOf([
    {
      id: "a",
      weeks: 5,
      sessions: [run("long", ["SU"], 0, { runType: "long", minutes: undefined, distanceMi: 4, pace: "10:00/mi" })],
    },
    {
      id: "b",
      weeks: 1,
      sessions: [run("long2", ["SU"], 0, { runType: "long", minutes: undefined, distanceMi: 4.5, pace: "10:00/mi" })],
    },
  ]);
  it.each([
    {
      locale: es,
      message:
        "Las carreras de los primeros 30 días no se han revisado en busca de picos: sus 30 días previos caen antes del plan y ningún historial cubre ese periodo.",
      hint: "Pasa un historial de entrenamiento con la carrera más larga de cada día (o de cada semana) para revisarlas.",
    },
    {
      locale: de,
      message:
        "Die Läufe der ersten 30 Tage wurden nicht auf plötzliche Längensprünge geprüft: Ihre 30 Tage davor reichen vor den Planstart zurück, und keine Trainingshistorie deckt diese Zeit ab.",
      hint: "Gib eine Trainingshistorie mit dem längsten Lauf jedes Tages (oder jeder Woche) an, um sie zu prüfen.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("single-run-spike", plan, { locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
