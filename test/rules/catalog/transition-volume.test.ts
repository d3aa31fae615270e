import { athleteOf, cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
// The plan starts Monday 2026-11-02. An in-season week of 200 run minutes: transition weeks at most 120, the first
// 7 days after the season at most 80.
const inSeason = (extra: Json = {}) => ({ athlete: athleteOf({ inSeasonWeeklyRunMinutes: 200, ...extra }) });
/** The season ended on Sunday 2026-11-01: its first 7 days are the plan's week 1. */
const fresh = (extra: Json = {}) => inSeason({ seasonEndDate: "2026-11-01", ...extra });
const transition = (sessions: readonly Json[], weeks = 1, phase: Json = {}) =>
  weeksOf(sessions, weeks, {}, { type: "transition", ...phase });
const easy = (minutes: number, on = ["TU", "TH", "SA"]) => run("easy", on, minutes);
const setting = (options: Json) =>
  ["warning", { maxShare: 0.6, firstDaysMaxShare: 0.4, firstDays: 7, firstDaysMaxRunMinutes: 45, ...options }] as const;

ruleTester("transition-volume", {
  valid: [
    { name: "a transition week of exactly 60 % (120 of 200 min)", plan: transition([easy(40)]), options: inSeason() },
    { name: "a base week may run the in-season volume", plan: weeksOf([easy(70)], 3), options: inSeason() },
    { name: "no transition and no season end: nothing to check", plan: weeksOf([easy(70)]) },
    {
      name: "the first 7 days at exactly 40 % (80 of 200 min), runs of exactly 45 min",
      plan: transition([run("a", ["TU"], 45), run("b", ["SA"], 35)], 2),
      options: fresh(),
    },
    {
      name: "a hard session on the 8th day after the season is fine",
      plan: planOf([
        { id: "rest", type: "transition", weeks: 1, sessions: [easy(20)] },
        { id: "base", weeks: 1, sessions: [run("intervals", ["MO"], 40, { runType: "intervals", rpe: 8 })] },
      ]),
      options: fresh(),
    },
    {
      name: "strength is never a hard session",
      plan: transition([strength("gym", ["WE"], undefined, { rpe: 8 }), easy(20)]),
      options: fresh(),
    },
    {
      name: "0 in-season minutes: no volume to compare, and nothing noted",
      plan: transition([easy(40)]),
      options: inSeason({ inSeasonWeeklyRunMinutes: 0 }),
    },
    {
      name: "a higher share allowed by the setting",
      plan: transition([easy(50)]),
      options: inSeason(),
      setting: setting({ maxShare: 0.75 }),
    },
    {
      name: "the same limits for every level (beginner)",
      plan: transition([easy(40)], 2),
      options: { level: "beginner", ...inSeason() },
    },
  ],
  invalid: [
    {
      name: "a transition week just over 60 %",
      plan: transition([run("a", ["TU"], 41), easy(40, ["TH", "SA"])]),
      options: inSeason(),
      findings: [
        {
          messageId: "weekTooMuch",
          severity: "warning",
          week: 1,
          weeks: [1],
          measured: 0.605,
          limit: 0.6,
          data: {
            weeks: [1],
            weekCount: 1,
            minutes: 121,
            share: 0.61,
            inSeason: 200,
            max: 0.6,
            limitMinutes: 120,
          },
        },
      ],
    },
    {
      name: "several transition weeks over: one finding with the most minutes",
      plan: planOf([
        { id: "rest", type: "transition", weeks: 1, sessions: [easy(45)] },
        { id: "rest2", type: "transition", weeks: 1, sessions: [run("more", ["TU", "TH", "SA"], 50)] },
      ]),
      options: inSeason(),
      findings: [
        {
          messageId: "weekTooMuch",
          week: 1,
          weeks: [1, 2],
          measured: 0.75,
          limit: 0.6,
          data: { weeks: [1, 2], weekCount: 2, minutes: 150, share: 0.75 },
        },
      ],
    },
    {
      name: "weeks 1 and 3 over, week 2 under",
      plan: planOf([
        { id: "t1", type: "transition", weeks: 1, sessions: [easy(45)] },
        { id: "t2", type: "transition", weeks: 1, sessions: [run("short", ["TU"], 30)] },
        { id: "t3", type: "transition", weeks: 1, sessions: [run("again", ["TU", "TH", "SA"], 45)] },
      ]),
      options: inSeason(),
      findings: [{ messageId: "weekTooMuch", week: 1, weeks: [1, 3], data: { weeks: [1, 3], weekCount: 2 } }],
    },
    {
      name: "ranges count at their upper bound",
      plan: transition([run("easy", ["TU", "TH", "SA"], 30, { minutes: { min: 30, max: 50 } })]),
      options: inSeason(),
      findings: [{ messageId: "weekTooMuch", week: 1, weeks: [1], data: { minutes: 150 } }],
    },
    {
      name: "an optional run counts",
      plan: transition([easy(35), run("extra", ["SU"], 30, { optional: true })]),
      options: inSeason(),
      findings: [{ messageId: "weekTooMuch", week: 1, weeks: [1], data: { minutes: 135 } }],
    },
    {
      name: "a transition without the athlete's in-season minutes is noted as unchecked",
      plan: transition([easy(60)]),
      options: { athlete: athleteOf() },
      findings: [{ messageId: "unchecked", severity: "info", note: true }],
    },
    {
      name: "the unchecked note stays info whatever the setting, and without an athlete",
      plan: transition([easy(60)]),
      setting: ["error", { maxShare: 0.6, firstDaysMaxShare: 0.4, firstDays: 7, firstDaysMaxRunMinutes: 45 }],
      findings: [{ messageId: "unchecked", severity: "info", note: true }],
    },
    {
      name: "the first 7 days over 40 %",
      plan: weeksOf([easy(30)], 2),
      options: fresh(),
      findings: [
        {
          messageId: "firstDaysTooMuch",
          severity: "warning",
          week: 1,
          date: "2026-11-02",
          measured: 0.45,
          limit: 0.4,
          data: {
            firstDays: 7,
            from: "2026-11-02",
            to: "2026-11-08",
            minutes: 90,
            share: 0.45,
            inSeason: 200,
            max: 0.4,
            limitMinutes: 80,
          },
        },
      ],
    },
    {
      name: "a season that ended before the plan: only the first days inside the plan",
      plan: weeksOf([run("easy", ["MO", "WE", "FR", "SU"], 30)], 1),
      options: inSeason({ seasonEndDate: "2026-10-30" }),
      findings: [
        {
          messageId: "firstDaysTooMuch",
          week: 1,
          date: "2026-11-02",
          measured: 0.45,
          data: { from: "2026-11-02", to: "2026-11-06", minutes: 90 },
        },
      ],
    },
    {
      name: "a hard session 3 days after the season",
      plan: transition([run("intervals", ["WE"], 40, { runType: "intervals", rpe: 8, name: "Track" })]),
      options: fresh(),
      findings: [
        {
          messageId: "firstDaysHard",
          severity: "warning",
          week: 1,
          date: "2026-11-04",
          sessionId: "intervals",
          data: {
            title: "Track",
            date: "2026-11-04",
            daysAfter: 3,
            seasonEnd: "2026-11-01",
            firstDays: 7,
            ready: "2026-11-09",
          },
        },
      ],
    },
    {
      name: "a run over 45 min on the first day after the season; a hard one is said hard, not long",
      plan: transition([
        run("long", ["MO"], 50, { runType: "long" }),
        run("tempo", ["SU"], 50, { runType: "tempo", rpe: 7 }),
      ]),
      options: fresh({ inSeasonWeeklyRunMinutes: 400 }),
      findings: [
        {
          messageId: "firstDaysLong",
          week: 1,
          date: "2026-11-02",
          sessionId: "long",
          measured: 50,
          limit: 45,
          data: { daysAfter: 1, minutes: 50, max: 45, ready: "2026-11-09" },
        },
        { messageId: "firstDaysHard", week: 1, date: "2026-11-08", sessionId: "tempo", data: { daysAfter: 7 } },
      ],
    },
    {
      name: "a range over 45 min at its upper bound, and hard cross-training",
      plan: transition([
        run("easy", ["TU"], 40, { minutes: { min: 40, max: 50 } }),
        cross("bike", ["TH"], 30, { modality: "bike", rpe: 7 }),
      ]),
      options: fresh(),
      findings: [
        {
          messageId: "firstDaysLong",
          week: 1,
          date: "2026-11-03",
          sessionId: "easy",
          measured: 50,
          data: { minutes: 50 },
        },
        { messageId: "firstDaysHard", week: 1, date: "2026-11-05", sessionId: "bike" },
      ],
    },
    {
      name: "without in-season minutes the first days' sessions are still checked, after the note",
      plan: weeksOf([run("long", ["SA"], 60, { runType: "long" })], 2),
      options: { athlete: athleteOf({ seasonEndDate: "2026-11-01" }) },
      findings: [
        { messageId: "unchecked", note: true, severity: "info" },
        { messageId: "firstDaysLong", week: 1, date: "2026-11-07", sessionId: "long", measured: 60, limit: 45 },
      ],
    },
    {
      name: "a season that ends in week 1: the first days are in week 2",
      plan: weeksOf([run("intervals", ["TU"], 40, { runType: "intervals", rpe: 8 })], 2),
      options: inSeason({ seasonEndDate: "2026-11-08" }),
      findings: [
        {
          messageId: "firstDaysHard",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          data: { daysAfter: 2, ready: "2026-11-16" },
        },
      ],
    },
    {
      name: "all at once: the first days (the week that starts the day after the season is theirs) and their sessions",
      plan: transition([run("long", ["SA"], 70, { runType: "long" }), easy(30, ["TU", "TH"])]),
      options: fresh(),
      findings: [
        { messageId: "firstDaysTooMuch", week: 1, date: "2026-11-02", data: { minutes: 130 } },
        { messageId: "firstDaysLong", week: 1, date: "2026-11-07", sessionId: "long", measured: 70 },
      ],
    },
    {
      name: "settings: 3 first days, runs up to 30 min there",
      plan: transition([run("a", ["TU"], 35), run("b", ["TH"], 35)]),
      options: fresh(),
      setting: setting({ firstDays: 3, firstDaysMaxRunMinutes: 30 }),
      findings: [
        {
          messageId: "firstDaysLong",
          week: 1,
          date: "2026-11-03",
          sessionId: "a",
          measured: 35,
          limit: 30,
          data: { firstDays: 3, max: 30, ready: "2026-11-05" },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("transition-volume in Spanish and German", () => {
  const plan = planOf([
    { id: "rest", type: "transition", weeks: 1, sessions: [easy(45)] },
    { id: "rest2", type: "transition", weeks: 1, sessions: [run("more", ["TU", "TH", "SA"], 50)] },
  ]);
  it.each([
    {
      locale: es,
      message:
        "Las semanas 1-2 de la transición suman hasta 150 min de carrera, el 75 % de los 200 min de tu semana en temporada; una semana de transición no pasa del 60 %.",
      hint: "Deja cada semana de transición en 120 minutos de carrera o menos: más descanso, entrenamiento cruzado suave y carreras más cortas.",
    },
    {
      locale: de,
      message:
        "Die Wochen 1-2 der Übergangsphase kommen auf bis zu 150 min Laufen, 75 % der 200 min deiner üblichen Saisonwoche; in einer Übergangswoche sind höchstens 60 % sinnvoll.",
      hint: "Halte jede Übergangswoche bei 120 Laufminuten oder weniger: mehr Ruhe, lockeres Alternativtraining, kürzere Läufe.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("transition-volume", plan, { ...inSeason(), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
