import { athleteOf, planOf, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

const easy = run("easy", ["TU", "SA"], 30);
const later = run("later", ["TU", "SA"], 30);
/** An athlete whose season ended on a date (the plan starts Monday 2026-11-02). */
const season = (seasonEndDate: string) => ({ athlete: athleteOf({ seasonEndDate }) });
const base = weeksOf([easy], 4);
/** An athlete at a level whose season ended with a race of some km on a date. */
const raced = (level: string, distanceKm: number, date: string) => ({
  athlete: athleteOf({ level, seasonEndDate: date, recentRaces: [{ date, distanceKm, priority: "A" }] }),
});
const transitionThenBase = (weeks: number) =>
  planOf([
    { id: "rest", type: "transition", weeks, sessions: [easy] },
    { id: "base", weeks: 4, sessions: [later] },
  ]);

ruleTester("transition-first", {
  valid: [
    {
      name: "a plan right after the season that opens with 2 weeks of transition",
      plan: transitionThenBase(2),
      options: season("2026-10-31"),
    },
    {
      name: "a transition of exactly the maximum (4 weeks)",
      plan: transitionThenBase(4),
      options: season("2026-10-31"),
    },
    { name: "a transition of 1 week", plan: transitionThenBase(1), options: season("2026-11-01") },
    {
      name: "a phase named transition is a transition phase",
      plan: planOf([
        { id: "transition", weeks: 2, sessions: [easy] },
        { id: "base", weeks: 4, sessions: [later] },
      ]),
      options: season("2026-10-31"),
    },
    { name: "a plan that starts long after the season", plan: base, options: season("2026-08-01") },
    { name: "15 days after the season is no longer right after it", plan: base, options: season("2026-10-18") },
    { name: "a season that ends after the plan starts", plan: base, options: season("2026-11-03") },
    { name: "no athlete: the season's end is unknown", plan: base },
    { name: "an athlete without a seasonEndDate", plan: base, options: { athlete: athleteOf() } },
    { name: "long phases of other types", plan: weeksOf([easy], 12) },
    {
      name: "an elite 12 days after a 5K: its 4 days and 1 week of break are past (COACHING 1.4)",
      plan: base,
      options: raced("elite", 5, "2026-10-21"),
    },
    {
      name: "a longer transition allowed by the setting",
      plan: transitionThenBase(6),
      setting: ["info", { maxWeeks: 6, withinDaysOfSeason: 14 }],
    },
    {
      name: "a narrower window after the season",
      plan: base,
      options: season("2026-10-25"),
      setting: ["info", { maxWeeks: 4, withinDaysOfSeason: 7 }],
    },
    {
      name: "the same for every level (beginner)",
      plan: transitionThenBase(4),
      options: { level: "beginner", ...season("2026-10-31") },
    },
  ],
  invalid: [
    {
      name: "an intermediate 12 days after a 5K: 4 days and 2 weeks of break are not past",
      plan: base,
      options: raced("intermediate", 5, "2026-10-21"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 12 } }],
    },
    {
      name: "an elite 10 days after a 5K: the break is not over",
      plan: base,
      options: raced("elite", 5, "2026-10-23"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 10 } }],
    },
    {
      name: "a plan 2 days after the season without a transition",
      plan: base,
      options: season("2026-10-31"),
      findings: [
        {
          messageId: "missing",
          severity: "info",
          week: 1,
          path: "phases[0]",
          data: { days: 2, type: "base" },
        },
      ],
    },
    {
      name: "on the season's last day: 0 days, with the digit",
      plan: base,
      options: season("2026-11-02"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 0 } }],
    },
    {
      name: "the day after the season: 1 day",
      plan: base,
      options: season("2026-11-01"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 1 } }],
    },
    {
      name: "exactly 14 days after the season is still right after it",
      plan: base,
      options: season("2026-10-19"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 14 } }],
    },
    {
      name: "a pre-season phase first names its type",
      plan: weeksOf([easy], 4, {}, { type: "pre-season" }),
      options: season("2026-10-31"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { type: "pre-season" } }],
    },
    {
      name: "a transition that comes second does not open the plan",
      plan: planOf([
        { id: "base", weeks: 4, sessions: [easy] },
        { id: "rest", type: "transition", weeks: 2, sessions: [later] },
      ]),
      options: season("2026-10-31"),
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { type: "base" } }],
    },
    {
      name: "a transition over 4 weeks, with or without an athlete",
      plan: transitionThenBase(6),
      findings: [
        {
          messageId: "tooLong",
          severity: "info",
          week: 1,
          path: "phases[0].weeks",
          measured: 6,
          limit: 4,
          data: { phase: "rest", weeks: 6, max: 4 },
        },
      ],
    },
    {
      name: "5 weeks of transition right after the season: too long, but not missing",
      plan: transitionThenBase(5),
      options: { level: "elite", ...season("2026-10-31") },
      findings: [{ messageId: "tooLong", week: 1, path: "phases[0].weeks", measured: 5, limit: 4, data: { weeks: 5 } }],
    },
    {
      name: "a shorter maximum and a wider window from the setting, at the configured severity",
      plan: transitionThenBase(3),
      options: season("2026-10-31"),
      setting: ["warning", { maxWeeks: 2, withinDaysOfSeason: 14 }],
      findings: [
        {
          messageId: "tooLong",
          severity: "warning",
          week: 1,
          path: "phases[0].weeks",
          measured: 3,
          limit: 2,
          data: { max: 2 },
        },
      ],
    },
    {
      name: "a wider window catches a plan 20 days after the season",
      plan: base,
      options: season("2026-10-13"),
      setting: ["info", { maxWeeks: 4, withinDaysOfSeason: 21 }],
      findings: [{ messageId: "missing", week: 1, path: "phases[0]", data: { days: 20 } }],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("transition-first in Spanish and German", () => {
  const plan = base;
  it.each([
    {
      locale: es,
      message:
        "El plan empieza 2 días después de acabar la temporada, pero abre con una fase de base, no con una de transición.",
      hint: "Empieza con 1-4 semanas de transición: entrenamiento reducido y sobre todo suave para recuperarte de la temporada.",
    },
    {
      locale: de,
      message:
        "Der Plan beginnt 2 Tage nach dem Saisonende, aber mit der Grundlagenphase statt mit einer Übergangsphase.",
      hint: "Beginne mit 1-4 Wochen Übergangsphase: weniger und überwiegend lockeres Training, damit du dich von der Saison erholst.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("transition-first", plan, { ...season("2026-10-31"), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
