import { athleteOf, cross, mental, mobility, run, strength, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

const open = { available: true };
/** Available every day but `closed`, with at most `maxMinutes` on `capped`. */
const athlete = (closed: readonly string[], capped: Record<string, number> = {}, extra: Record<string, unknown> = {}) =>
  athleteOf({
    availability: Object.fromEntries(
      ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].map((day) => [
        day,
        closed.includes(day)
          ? { available: false }
          : capped[day] === undefined
            ? open
            : { available: true, maxMinutes: capped[day] },
      ]),
    ),
    ...extra,
  });

ruleTester("availability", {
  valid: [
    {
      name: "training only on open days",
      plan: weeksOf([run("easy", ["TU", "SA"], 40)]),
      options: { athlete: athlete(["MO", "FR"]) },
    },
    {
      name: "exactly a day's maximum",
      plan: weeksOf([run("easy", ["TU"], 25), strength("gym", ["TU"], undefined, { minutes: 15 })]),
      options: { athlete: athlete([], { TU: 40 }) },
    },
    {
      name: "mobility and mental practice are exempt, on closed days and in the minutes",
      plan: weeksOf([run("easy", ["TU"], 40), mobility("rolling"), mental("see", ["TU", "SU"])]),
      options: { athlete: athlete(["SU"], { TU: 40 }) },
    },
    {
      name: "habits are exempt",
      plan: weeksOf([run("easy", ["TU"], 40)], 1, {
        habits: [{ id: "sleep", category: "sleep", hours: 8, repeat: "FREQ=DAILY" }],
      }),
      options: { athlete: athlete(["MO", "WE", "TH", "FR", "SA", "SU"]) },
    },
    {
      name: "any length on a day without a maximum",
      plan: weeksOf([run("long", ["SU"], 200, { runType: "long" })]),
      options: { athlete: athlete([]) },
    },
    {
      name: "the same at every level",
      plan: weeksOf([run("easy", ["TU"], 40)]),
      options: { athlete: athlete(["MO"]), level: "beginner" },
    },
  ],
  invalid: [
    {
      name: "without an athlete: a note, info whatever the setting",
      plan: weeksOf([run("easy", ["TU"], 30)], 1),
      setting: "error",
      findings: [{ messageId: "skipped", severity: "info", note: true }],
    },
    {
      name: "a run on a closed day",
      plan: weeksOf([run("easy", ["TU", "TH"], 40)], 1),
      options: { athlete: athlete(["TU"]) },
      findings: [
        {
          messageId: "unavailable",
          severity: "error",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "easy",
          data: { title: "Easy run 40 min", first: "2026-11-03", weeks: [1], weekCount: 1, athlete: "ath" },
        },
      ],
    },
    {
      name: "cross-training, strength and an optional run on a closed day: one finding each (in session-id order), the athlete by name",
      plan: weeksOf(
        [cross("swim", ["TU"], 30), strength("gym", ["TU"]), run("extra", ["TU"], 20, { optional: true })],
        1,
      ),
      options: { athlete: athlete(["TU"], {}, { name: "Sam" }) },
      findings: [
        {
          messageId: "unavailable",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "extra",
          data: { title: "Easy run 20 min (optional)", athlete: "Sam" },
        },
        {
          messageId: "unavailable",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "gym",
          data: { athlete: "Sam" },
        },
        {
          messageId: "unavailable",
          week: 1,
          weeks: [1],
          date: "2026-11-03",
          sessionId: "swim",
          data: { athlete: "Sam", first: "2026-11-03" },
        },
      ],
    },
    {
      name: "a minute over a day's maximum, strength included",
      plan: weeksOf(
        [run("easy", ["TH"], 26), strength("gym", ["TH"], undefined, { minutes: 15 }), mobility("rolling")],
        1,
      ),
      options: { athlete: athlete([], { TH: 40 }) },
      findings: [
        {
          messageId: "tooLong",
          severity: "error",
          week: 1,
          weeks: [1],
          date: "2026-11-05",
          measured: 41,
          limit: 40,
          data: { first: "2026-11-05", weeks: [1], weekCount: 1, minutes: 41, max: 40, over: 1, athlete: "ath" },
        },
      ],
    },
    {
      name: "a range is judged at its upper bound",
      plan: weeksOf([run("easy", ["TH"], 0, { minutes: { min: 30, max: 50 } })], 1),
      options: { athlete: athlete([], { TH: 40 }) },
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1],
          date: "2026-11-05",
          measured: 50,
          limit: 40,
          data: { minutes: 50, over: 10 },
        },
      ],
    },
    {
      name: "an optional session counts in the day's minutes",
      plan: weeksOf([run("easy", ["TH"], 30), cross("swim", ["TH"], 20, { optional: true })], 1),
      options: { athlete: athlete([], { TH: 40 }) },
      findings: [
        { messageId: "tooLong", week: 1, weeks: [1], date: "2026-11-05", measured: 50, limit: 40, data: { over: 10 } },
      ],
    },
    {
      name: "a closed day and a day over its minutes are separate findings, in date order",
      plan: weeksOf([run("easy", ["TU", "TH"], 40)], 1),
      options: { athlete: athlete(["TU"], { TH: 30 }) },
      setting: "warning",
      findings: [
        { messageId: "unavailable", severity: "warning", week: 1, weeks: [1], date: "2026-11-03", sessionId: "easy" },
        { messageId: "tooLong", severity: "warning", week: 1, weeks: [1], date: "2026-11-05", measured: 40, limit: 30 },
      ],
    },
    {
      name: "a race on a closed day is named by its distance and priority",
      plan: weeksOf(
        [
          run("race", [], 25, {
            on: undefined,
            date: "2026-11-08",
            runType: "race",
            rpe: 9,
            distanceKm: 5,
            priority: "B",
          }),
        ],
        1,
      ),
      options: { athlete: athlete(["SU"]) },
      findings: [
        {
          messageId: "unavailable",
          week: 1,
          weeks: [1],
          date: "2026-11-08",
          sessionId: "race",
          data: { title: "5 km race (B)", first: "2026-11-08" },
        },
      ],
    },
    {
      name: "the second week is located in week 2",
      plan: weeksOf([run("easy", ["SU"], 40, { on: undefined, date: "2026-11-15" })], 2),
      options: { athlete: athlete(["SU"]) },
      findings: [
        {
          messageId: "unavailable",
          week: 2,
          weeks: [2],
          date: "2026-11-15",
          sessionId: "easy",
          data: { first: "2026-11-15", weeks: [2], weekCount: 1 },
        },
      ],
    },
    {
      name: "the same session on a closed weekday every week is said once",
      plan: weeksOf([run("easy", ["TU"], 40)], 3),
      options: { athlete: athlete(["TU"]) },
      findings: [
        {
          messageId: "unavailable",
          week: 1,
          weeks: [1, 2, 3],
          sessionId: "easy",
          data: { first: "2026-11-03", weeks: [1, 2, 3], weekCount: 3 },
        },
      ],
    },
    {
      name: "the same weekday over its minutes every week is said once, with the most it holds",
      plan: weeksOf([run("easy", ["TH"], 50)], 2, {}, { progression: [1, 1.2] }),
      options: { athlete: athlete([], { TH: 40 }) },
      findings: [
        {
          messageId: "tooLong",
          week: 1,
          weeks: [1, 2],
          measured: 60,
          limit: 40,
          data: { first: "2026-11-05", weeks: [1, 2], weekCount: 2, minutes: 60, over: 20 },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("availability in Spanish and German", () => {
  const plan = weeksOf([run("easy", ["TU"], 40)], 3);
  it.each([
    {
      locale: es,
      message: "«Easy run 40 min» de cada martes de las semanas 1-3 cae en un día en que ath no puede entrenar.",
      hint: "Pasa esta sesión a un día en que ath esté disponible, o sáltala con una excepción.",
    },
    {
      locale: de,
      message:
        "„Easy run 40 min“ jeden Dienstag in den Wochen 1-3 fällt auf einen Tag, an dem ath nicht trainieren kann.",
      hint: "Leg die Einheit auf einen Tag, an dem ath Zeit hat, oder lass sie mit einer Ausnahme ausfallen.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("availability", plan, { athlete: athlete(["TU"]), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
