import { athleteOf, mobility, planOf, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
// Loads are RPE x minutes; an in-season week of M run minutes seeds both EWMAs at M x 4 / 7 a day (158 min: 90.3 a
// day, about 30 min at RPE 3 every day). The plan starts Monday 2026-11-02.
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
          data: { inWeeks: "in week 5", date: "2026-12-04", acwr: "1.32" },
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
      name: "above 1.5 is a load spike, on the week's peak day",
      plan: weeksOf([daily("e", 60, { rpe: 5 }), run("x", ["WE"], 1)], 1),
      options: inSeason(100),
      findings: [
        {
          messageId: "danger",
          severity: "warning",
          week: 1,
          date: "2026-11-04",
          measured: 1.903,
          limit: 1.5,
          data: { week: 1, date: "2026-11-04", acwr: "1.9", low: 0.8, high: 1.3, danger: 1.5 },
        },
      ],
    },
    {
      name: "an optional hard session counts in the load",
      plan: weeksOf([daily("e", 30), run("extra", ["WE"], 120, { rpe: 6, optional: true })], 1),
      options: inSeason(158),
      findings: [{ messageId: "danger", week: 1, date: "2026-11-04", measured: 1.931, data: { acwr: "1.93" } }],
    },
    {
      name: "in (1.3, 1.5] is noted (info), with the peak day",
      plan: weeksOf([daily("e", 40)], 1),
      options: inSeason(105),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 1,
          weeks: [1],
          measured: 1.355,
          limit: 1.3,
          data: { weeks: "Week 1", inWeeks: "in week 1", date: "2026-11-06", acwr: "1.36", low: 0.8, high: 1.3 },
        },
      ],
    },
    {
      name: "high in several weeks: one note with the weeks and the highest day",
      plan: weeksOf([daily("e", 40)], 2),
      options: inSeason(105),
      findings: [
        {
          messageId: "high",
          severity: "info",
          week: 1,
          weeks: [1, 2],
          measured: 1.355,
          data: { inWeeks: "in weeks 1-2", date: "2026-11-06", acwr: "1.36" },
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
      name: "a lower danger line from the setting makes it a spike, at the configured severity",
      plan: weeksOf([daily("e", 40)], 1),
      options: inSeason(105),
      setting: band(0.8, 1.2, 1.35, "error"),
      findings: [
        {
          messageId: "danger",
          severity: "error",
          week: 1,
          date: "2026-11-06",
          measured: 1.355,
          limit: 1.35,
          data: { acwr: "1.36", danger: 1.35, high: 1.2 },
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
      name: "below 0.8 is noted, with the week's lowest day",
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
          data: { weeks: "Week 1", inWeeks: "in week 1", date: "2026-11-08", acwr: "0.24" },
        },
      ],
    },
    {
      name: "load halved: low in weeks 2-3, one note with the lowest day",
      plan: thenDaily(15),
      options: inSeason(158),
      findings: [
        {
          messageId: "low",
          week: 2,
          weeks: [2, 3],
          measured: 0.702,
          data: { inWeeks: "in weeks 2-3", date: "2026-11-16", acwr: "0.7" },
        },
      ],
    },
    {
      name: "high and low are separate notes",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [daily("e", 40)] },
        { id: "b", weeks: 1, sessions: [run("f", ["TU"], 20)] },
      ]),
      options: inSeason(105),
      findings: [
        { messageId: "high", week: 1, weeks: [1], measured: 1.355 },
        { messageId: "low", week: 2, weeks: [2], measured: 0.345, data: { inWeeks: "in week 2", date: "2026-11-15" } },
      ],
    },
  ],
});
