import { athleteOf, mobility, planOf, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
// Loads are RPE x minutes; an in-season week of M run minutes seeds both EWMAs at M x 4 / 7 a day (158 min: 90.3 a
// day, about 30 min at RPE 3 every day). The plan starts Monday 2026-11-02. A day's ratio is read from the plan's 7th
// day (Sunday 2026-11-08) on, and a week reports its peak day for every band. The expected figures below were worked
// out day by day with ewma_t = lambda x load_t + (1 - lambda) x ewma_(t-1), lambda = 2/8 and 2/29 (docs/domain.md).
const daily = (id: string, minutes: number, extra: Json = {}) =>
  run(id, [], minutes, { on: undefined, repeat: "FREQ=DAILY", ...extra });
const inSeason = (minutes: number, extra: Json = {}) => ({
  athlete: athleteOf({ inSeasonWeeklyRunMinutes: minutes }),
  ...extra,
});
/** A week of daily 30-minute runs (load 90 a day), then `weeks` weeks of daily runs of `minutes`. */
const thenDaily = (minutes: number, weeks = 2, phase: Json = {}) =>
  planOf([
    { id: "a", weeks: 1, sessions: [daily("before", 30)] },
    { id: "b", weeks, sessions: [daily("after", minutes)], ...phase },
  ]);
const steadyWeek = { load: 630, runMinutes: 210 };
/** A busy runner's week: 20, 40 and 150 min at RPE 4 on 3 days in a row (80, 160, 600: a load of 840), x `times`. */
const threeDays = (days: readonly [string, string, string], times = 1) => [
  run(`short${String(times)}`, [days[0]], 20 * times, { rpe: 4 }),
  run(`mid${String(times)}`, [days[1]], 40 * times, { rpe: 4 }),
  run(`long${String(times)}`, [days[2]], 150 * times, { rpe: 4 }),
];
const band = (low: number, high: number, danger: number, severity: "info" | "warning" | "error" = "warning") =>
  [severity, { low, high, danger }] as const;
const note = (messageId: string, data: Json = {}) => ({
  messageId,
  severity: "info" as const,
  note: true as const,
  ...(Object.keys(data).length > 0 ? { data: data as Record<string, number> } : {}),
});

ruleTester("acwr-band", {
  valid: [
    {
      name: "steady daily load on an in-season seed of the same load",
      plan: weeksOf([daily("e", 30)], 3),
      options: inSeason(158),
    },
    {
      name: "a history of 4 weeks reports week 1 on: steady load, no note",
      plan: weeksOf([daily("e", 30)], 3),
      options: { history: { weeks: [steadyWeek, steadyWeek, steadyWeek, steadyWeek] } },
    },
    {
      name: "a daily history of 28 days",
      plan: weeksOf([daily("e", 30)], 3),
      options: { history: { days: Array.from({ length: 28 }, () => ({ load: 90 })) } },
    },
    {
      name: "an athlete who gave 0 in-season minutes and a plan without load: nothing to say",
      plan: weeksOf([mobility("m")], 2),
      options: inSeason(0),
    },
    { name: "a load increase of half that stays in the band", plan: thenDaily(45), options: inSeason(158) },
    {
      name: "no low note in a transition phase, where low load is planned",
      plan: thenDaily(15, 2, { type: "transition" }),
      options: inSeason(158),
    },
    {
      name: "a one-run week in a transition after a big season",
      plan: weeksOf([run("e", ["TU"], 30)], 1, {}, { type: "transition" }),
      options: inSeason(600),
    },
    {
      // Day 1 reads (0.75 x 90.29 + 0.25 x 810) / (0.931 x 90.29 + 0.069 x 810) = 1.93, but it is not read: by day 7
      // the Monday load weighs alike in both EWMAs (0.25 x 0.75^6 = 0.045 against 0.069 x 0.931^6 = 0.045), 0.996.
      name: "the first 6 days are not read: a spike on day 1 that no longer lifts the ratio on day 7 is not noted",
      plan: weeksOf([daily("e", 30), run("x", ["MO"], 120, { rpe: 6 })], 1),
      options: inSeason(158),
    },
    {
      // 2 x 40 min at RPE 3 a week (34.3 a day) on a seed of 60 min (34.3 a day): the ratio dips to 0.68 on the rest
      // days, but each week peaks at 1.0-1.3 (week 1 on day 7, 0.997; weeks 2-3 on Tuesday, 1.296).
      name: "a steady plan with 2 runs a week is not low on its rest days",
      plan: weeksOf([run("e", ["TU", "SA"], 40)], 3),
      options: inSeason(60),
    },
    {
      name: "a wider band from the setting",
      plan: weeksOf([daily("e", 40)], 1),
      options: inSeason(105),
      setting: band(0.8, 1.4, 1.5),
    },
  ],
  invalid: [
    {
      name: "a short plan without history or in-season minutes is not reported",
      plan: weeksOf([run("e", ["TU", "SA"], 40)], 2),
      findings: [note("unreported")],
    },
    {
      name: "without a seed the ratio is reported from week 4 (day 28) on; steady daily load stays in the band",
      plan: weeksOf([daily("e", 30)], 6),
      findings: [note("unseeded", { week: 4 })],
    },
    {
      name: "without a seed, bias-corrected: doubling the daily load in week 5 is noted high",
      plan: planOf([
        { id: "a", weeks: 4, sessions: [daily("e", 30)] },
        { id: "b", weeks: 1, sessions: [daily("f", 60)] },
      ]),
      findings: [
        note("unseeded", { week: 4 }),
        {
          messageId: "high",
          severity: "info",
          week: 5,
          weeks: [5],
          measured: 1.324,
          data: { weeks: [5], weekCount: 1, date: "2026-12-04", acwr: 1.32 },
        },
      ],
    },
    {
      name: "2 weeks of history and the plan make 28 days from week 2 on",
      plan: weeksOf([daily("e", 30)], 6),
      options: { history: { weeks: [steadyWeek, steadyWeek] } },
      findings: [note("unseeded", { week: 2 })],
    },
    {
      name: "the notes stay info whatever the setting",
      plan: weeksOf([daily("e", 30)], 6),
      setting: band(0.8, 1.3, 1.5, "error"),
      findings: [note("unseeded", { week: 4 })],
    },
    {
      // Week 1 steady (0.999 on day 7). By Tuesday 2026-11-10 acute = 90.02, chronic = 90.15; Wednesday adds 90 min
      // at RPE 7 (630, 720 that day): acute 0.75 x 90.02 + 0.25 x 720 = 247.5, chronic 27/29 x 90.15 + 2/29 x 720 =
      // 133.6, 1.853; the days after it read less.
      name: "above 1.5 is a load spike, on the week's peak day",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [daily("e", 30)] },
        { id: "b", weeks: 1, sessions: [daily("f", 30), run("x", ["WE"], 90, { rpe: 7 })] },
      ]),
      options: inSeason(158),
      findings: [
        {
          messageId: "danger",
          severity: "warning",
          week: 2,
          date: "2026-11-11",
          measured: 1.853,
          limit: 1.5,
          data: { week: 2, date: "2026-11-11", acwr: 1.85, low: 0.8, high: 1.3, danger: 1.5 },
        },
      ],
    },
    {
      // As above with 120 min at RPE 6 (720, 810 that day) on Wednesday of week 2, optional: acute 0.75 x 90.02 +
      // 0.25 x 810 = 270.0, chronic 27/29 x 90.15 + 2/29 x 810 = 139.8, 1.932.
      name: "an optional hard session counts in the load",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [daily("e", 30)] },
        { id: "b", weeks: 1, sessions: [daily("f", 30), run("extra", ["WE"], 120, { rpe: 6, optional: true })] },
      ]),
      options: inSeason(158),
      findings: [{ messageId: "danger", week: 2, date: "2026-11-11", measured: 1.932, data: { acwr: 1.93 } }],
    },
    {
      // The same week every week, Friday to Sunday, on a seed of its own load (210 min: 120 a day): each Sunday's
      // EWMA reads 1.54-1.62 (acute rises over the 3 loaded days, chronic barely moves; 1.624 in week 2, still near
      // the evenly spread seed), which warned "a load spike" every week before; but the rolling sums read 7 days of
      // 840 against 28 days of 3,360 / 4 = 840, 1: the load never rose, no spike (the high note stands).
      name: "a steady Friday-Sunday week repeated is no load spike",
      plan: weeksOf(threeDays(["FR", "SA", "SU"]), 6),
      options: inSeason(210),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3, 4, 5, 6],
          measured: 1.624,
          limit: 1.3,
          data: { date: "2026-11-15", worstWeek: 2, acwr: 1.62, danger: 1.5 },
        },
      ],
    },
    {
      // As above, Saturday to Monday: the peaks fall on Mondays (1.531 on 2026-12-07), where the rolling sums read 1.
      name: "a steady Saturday-Monday week repeated is no load spike",
      plan: weeksOf(threeDays(["SA", "SU", "MO"]), 6),
      options: inSeason(210),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 2,
          weeks: [2, 3, 4, 5, 6],
          measured: 1.531,
          limit: 1.3,
          data: { date: "2026-12-07", worstWeek: 6, acwr: 1.53 },
        },
      ],
    },
    {
      // Four steady Friday-Sunday weeks, then the same week doubled (1,680): on Sunday 2026-12-06 the rolling sums
      // read 1,680 against (3 x 840 + 1,680) / 4 = 1,050, 1.6, and the EWMA 2.082: both above 1.5, a spike.
      name: "a real rise of a Friday-Sunday week is still a load spike, with its data",
      plan: planOf([
        { id: "a", weeks: 4, sessions: threeDays(["FR", "SA", "SU"]) },
        { id: "b", weeks: 1, sessions: threeDays(["FR", "SA", "SU"], 2) },
      ]),
      options: inSeason(210),
      findings: [
        { messageId: "high", severity: "info", week: 1, weeks: [1, 2, 3, 4], measured: 1.624 },
        {
          messageId: "danger",
          severity: "warning",
          week: 5,
          date: "2026-12-06",
          measured: 2.082,
          limit: 1.5,
          data: { week: 5, date: "2026-12-06", acwr: 2.08, low: 0.8, high: 1.3, danger: 1.5 },
        },
      ],
    },
    {
      // Daily 120 on a seed of 60 a day: the ratio rises all week and is first read on day 7, 1.339.
      name: "in (1.3, 1.5] is noted (info), with the peak day",
      plan: weeksOf([daily("e", 40)], 1),
      options: inSeason(105),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 1.339,
          limit: 1.3,
          data: { weeks: [1], weekCount: 1, date: "2026-11-08", acwr: 1.34, low: 0.8, high: 1.3 },
        },
      ],
    },
    {
      // Week 1 peaks at 1.339 on day 7, week 2 at 1.324 on its Monday (then the ratio settles towards 1).
      name: "high in several weeks: one note with the weeks and the highest day",
      plan: weeksOf([daily("e", 40)], 2),
      options: inSeason(105),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 1,
          weeks: [1, 2],
          measured: 1.339,
          data: { weeks: [1, 2], weekCount: 2, date: "2026-11-08", worstWeek: 1, acwr: 1.34 },
        },
      ],
    },
    {
      name: "the same band for every level (beginner)",
      plan: weeksOf([daily("e", 40)], 1),
      options: { level: "beginner", ...inSeason(105) },
      findings: [{ messageId: "high", week: 1, weeks: [1], limit: 1.3 }],
    },
    {
      // The 1.339 of day 7 above (daily 120 on a seed of 60 a day), over a danger line of 1.33.
      name: "a lower danger line from the setting makes it a spike, at the configured severity",
      plan: weeksOf([daily("e", 40)], 1),
      options: inSeason(105),
      setting: band(0.8, 1.2, 1.33, "error"),
      findings: [
        {
          messageId: "danger",
          severity: "error",
          week: 1,
          date: "2026-11-08",
          measured: 1.339,
          limit: 1.33,
          data: { acwr: 1.34, danger: 1.33, high: 1.2 },
        },
      ],
    },
    {
      name: "a higher danger line leaves it in the high band",
      plan: weeksOf([daily("e", 60, { rpe: 5 }), run("x", ["WE"], 1)], 1),
      options: inSeason(100),
      setting: band(0.8, 1.3, 5, "info"),
      findings: [{ messageId: "high", severity: "info", week: 1, weeks: [1], limit: 1.3, data: { danger: 5 } }],
    },
    {
      // One Tuesday run (90) on a seed of 342.9 a day: day 7, the only day read, peaks at only 0.241.
      name: "below 0.8 is noted when even the week's peak is",
      plan: weeksOf([run("e", ["TU"], 30)], 1),
      options: inSeason(600),
      findings: [
        {
          messageId: "low",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 0.241,
          limit: 0.8,
          data: { weeks: [1], weekCount: 1, date: "2026-11-08", worstWeek: 1, acwr: 0.24 },
        },
      ],
    },
    {
      // Daily 90 then daily 30. The week of the drop peaks on its Monday, 0.872 (a Monday after a steady week reads at
      // least 0.75 / 0.931 = 0.806 even without load), so it is not low; week 3 peaks at 0.596 on its last day
      // (2026-11-22, chronic falling) and week 4 at 0.694 on 2026-11-29: one note, the lowest peak in week 3.
      name: "load cut to a third: the week of the drop peaks in the band; low in weeks 3-4, one note with the lowest peak",
      plan: thenDaily(10, 3),
      options: inSeason(158),
      findings: [
        {
          messageId: "low",
          week: 3,
          weeks: [3, 4],
          measured: 0.596,
          data: { weeks: [3, 4], weekCount: 2, date: "2026-11-22", worstWeek: 3, acwr: 0.6 },
        },
      ],
    },
    {
      // Week 1 high (1.339 on day 7); then one Tuesday run of 20 min (60) a week: week 2 still peaks at 1.079 on its
      // Monday, in the band; week 3 peaks at only 0.502, on its run day (Tuesday 2026-11-17).
      name: "high and low are separate notes",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [daily("e", 40)] },
        { id: "b", weeks: 2, sessions: [run("f", ["TU"], 20)] },
      ]),
      options: inSeason(105),
      findings: [
        { messageId: "high", week: 1, weeks: [1], measured: 1.339, data: { date: "2026-11-08" } },
        {
          messageId: "low",
          week: 3,
          weeks: [3],
          measured: 0.502,
          data: { weeks: [3], weekCount: 1, date: "2026-11-17", worstWeek: 3, acwr: 0.5 },
        },
      ],
    },
  ],
});

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("acwr-band in Spanish and German", () => {
  const plan = weeksOf([daily("e", 40)], 2);
  it.each([
    {
      locale: es,
      message:
        "La ratio de carga aguda:crónica supera la franja 0,8-1,3 en las semanas 1-2 (hasta 1,34 el domingo, 8 de noviembre de 2026).",
      hint: "La carga sube deprisa; mantén estables las próximas semanas.",
    },
    {
      locale: de,
      message:
        "Das Verhältnis von akuter zu chronischer Belastung (ACWR) steigt in den Wochen 1-2 über den Bereich 0,8-1,3 (bis 1,34 am Sonntag, 8. November 2026).",
      hint: "Die Belastung steigt schnell; halte die nächsten Wochen gleichmäßig.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("acwr-band", plan, { ...inSeason(105), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});

// A week repeated unchanged never reads a spike, whatever its pattern: its rolling sums read 1 from day 28 on, where
// its daily EWMA peak can read 1.5-1.65 (one to three loaded days in a row).
describe("acwr-band on a constant weekly pattern", () => {
  const dayArb = fc.option(
    fc.record({ minutes: fc.integer({ min: 10, max: 150 }), rpe: fc.integer({ min: 2, max: 8 }) }),
  );
  it("never reads danger", () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 7, maxLength: 7 }), fc.integer({ min: 5, max: 8 }), (days, weeks) => {
        const sessions = days.flatMap((day, index) =>
          day ? [run(`d${String(index)}`, [WEEKDAYS[index] ?? "MO"], day.minutes, { rpe: day.rpe })] : [],
        );
        fc.pre(sessions.length > 0);
        const ids = findingsOf("acwr-band", weeksOf(sessions, weeks)).map((finding) => finding.messageId);
        expect(ids).not.toContain("danger");
      }),
      { numRuns: 60 },
    );
  });
});
