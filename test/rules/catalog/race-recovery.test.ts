import { cross, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";

// The plan starts Monday 2026-11-02; the races are on the first Saturday, 2026-11-07.
const race = (km?: number, extra: Record<string, unknown> = {}) =>
  run("race", ["SA"], 45, {
    runType: "race",
    rpe: 9,
    name: "Autumn race",
    ...(km === undefined ? {} : { distanceKm: km }),
    ...extra,
  });
const intervals = (on: string[], extra: Record<string, unknown> = {}) =>
  run("intervals", on, 40, { runType: "intervals", rpe: 8, name: "Intervals", ...extra });
const long = (on: string[], minutes = 90, extra: Record<string, unknown> = {}) =>
  run("long", on, minutes, { runType: "long", name: "Long run", ...extra });
/** A week of the race, then a week of the given sessions (ids unique across the phases). */
const raceThen = (raceSession: Record<string, unknown>, sessions: readonly Record<string, unknown>[]) =>
  planOf([
    { id: "race-week", weeks: 1, sessions: [run("easy", ["TU"], 30), raceSession] },
    { id: "after", weeks: 1, sessions },
  ]);

ruleTester("race-recovery", {
  valid: [
    { name: "no race, hard sessions and long runs as they come", plan: weeksOf([intervals(["TU"]), long(["SU"])]) },
    {
      name: "easy runs right after a race",
      plan: raceThen(race(10), [run("e2", ["MO", "TU", "WE"], 40)]),
    },
    {
      name: "a 5 km race: the hard session 5 days later is past its 4 days",
      plan: raceThen(race(5), [intervals(["TH"])]),
    },
    {
      name: "a race without a distance counts as 5 km (4 days)",
      plan: raceThen(race(), [intervals(["TH"])]),
    },
    {
      name: "a 10 km race: the long run 8 days later is past its 7 days",
      plan: raceThen(race(10), [long(["SU"])]),
    },
    {
      name: "an easy run of 74 minutes is no long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 74)]),
    },
    {
      name: "strength is never a hard session",
      plan: raceThen(race(10), [strength("gym", ["TU"], undefined, { rpe: 8 })]),
    },
    {
      name: "easy cross-training",
      plan: raceThen(race(10), [cross("swim", ["MO", "WE"], 60)]),
    },
    {
      name: "a run whose steps hold under 8 hard minutes is not hard (strides)",
      plan: raceThen(race(10), [
        run("strides", ["TU"], 40, {
          steps: [
            { intent: "warmup", minutes: 30, rpe: 3 },
            {
              repeat: 6,
              steps: [
                { intent: "work", seconds: 20, rpe: 8 },
                { intent: "recovery", seconds: 60, rpe: 2 },
              ],
            },
            { intent: "cooldown", minutes: 2, rpe: 2 },
          ],
        }),
      ]),
    },
    {
      name: "no recovery days when the setting asks for none",
      plan: raceThen(race(10), [intervals(["MO"])]),
      setting: ["warning", { daysPerMile: 0, defaultRaceKm: 5, longRunMinutes: 75 }],
    },
    {
      name: "a race of exactly 1 mile asks for 1 day",
      plan: raceThen(run("mile", ["SA"], 6, { runType: "race", rpe: 9, distanceKm: 1.609344 }), [intervals(["MO"])]),
    },
    {
      name: "a race on the plan's last day",
      plan: weeksOf([run("race", ["SU"], 45, { runType: "race", rpe: 9, distanceKm: 10 })], 1),
    },
  ],
  invalid: [
    {
      name: "a hard session 3 days after a 10 km race",
      plan: raceThen(race(10), [intervals(["TU"])]),
      findings: [
        {
          messageId: "tooSoon",
          severity: "warning",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          measured: 3,
          limit: 7,
          data: {
            title: "Intervals",
            date: "2026-11-10",
            after: "3 days",
            raceDate: "2026-11-07",
            race: "Autumn race",
            km: 10,
            recovery: "7 days",
            ready: "2026-11-15",
          },
        },
      ],
    },
    {
      name: "the day after a race: 1 day",
      plan: weeksOf([race(10), long(["SU"])], 1),
      findings: [
        {
          messageId: "tooSoon",
          week: 1,
          date: "2026-11-08",
          sessionId: "long",
          measured: 1,
          limit: 7,
          data: { title: "Long run", after: "1 day", recovery: "7 days", ready: "2026-11-15" },
        },
      ],
    },
    {
      name: "a race without a distance counts as 5 km: a hard session on its 4th day",
      plan: raceThen(race(), [intervals(["WE"])]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-11",
          sessionId: "intervals",
          measured: 4,
          limit: 4,
          data: { km: 5, after: "4 days", recovery: "4 days", ready: "2026-11-12" },
        },
      ],
    },
    {
      name: "the last of 7 days after a 10 km race still counts",
      plan: raceThen(race(10), [long(["SA"])]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-14",
          sessionId: "long",
          measured: 7,
          limit: 7,
          data: { after: "7 days" },
        },
      ],
    },
    {
      name: "an easy run of 75 minutes is a long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 75)]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "e2", measured: 3 }],
    },
    {
      name: "a range judged at its upper bound: 60-80 minutes is a long run",
      plan: raceThen(race(10), [run("e2", ["TU"], 60, { minutes: { min: 60, max: 80 } })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "e2" }],
    },
    {
      name: "an optional hard session counts",
      plan: raceThen(race(10), [intervals(["TU"], { optional: true, name: undefined })]),
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-10",
          sessionId: "intervals",
          data: { title: "Interval session 40 min (optional)" },
        },
      ],
    },
    {
      name: "hard cross-training counts",
      plan: raceThen(race(10), [cross("bike", ["MO"], 45, { modality: "bike", rpe: 7 })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-09", sessionId: "bike", measured: 2 }],
    },
    {
      name: "an easy run whose steps hold 10 hard minutes is a hard session",
      plan: raceThen(race(10), [
        run("fast", ["TU"], 40, {
          steps: [
            { intent: "warmup", minutes: 15, rpe: 3 },
            { intent: "work", minutes: 10, rpe: 8 },
            { intent: "cooldown", minutes: 15, rpe: 2 },
          ],
        }),
      ]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "fast" }],
    },
    {
      name: "a half marathon asks for 14 days: each session too soon is its own finding",
      plan: raceThen(race(21.1), [intervals(["TU"]), long(["SU"])]),
      findings: [
        { messageId: "tooSoon", week: 2, date: "2026-11-10", sessionId: "intervals", measured: 3, limit: 14 },
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-15",
          sessionId: "long",
          measured: 8,
          limit: 14,
          data: { km: 21.1, recovery: "14 days", ready: "2026-11-22" },
        },
      ],
    },
    {
      name: "a second race soon after the first is a hard session",
      plan: raceThen(race(10), [run("race2", ["WE"], 20, { runType: "race", rpe: 9, distanceKm: 5 })]),
      findings: [{ messageId: "tooSoon", week: 2, date: "2026-11-11", sessionId: "race2", measured: 4, limit: 7 }],
    },
    {
      name: "a race's priority and distance name it",
      plan: raceThen(run("race", ["SA"], 45, { runType: "race", rpe: 9, distanceKm: 10, priority: "A" }), [
        intervals(["MO"]),
      ]),
      findings: [
        { messageId: "tooSoon", week: 2, date: "2026-11-09", sessionId: "intervals", data: { race: "10 km race (A)" } },
      ],
    },
    {
      name: "settings: 2 days a mile, 10 km when no distance, long from 60 minutes",
      plan: raceThen(race(), [run("e2", ["SU"], 60)]),
      setting: ["warning", { daysPerMile: 2, defaultRaceKm: 10, longRunMinutes: 60 }],
      findings: [
        {
          messageId: "tooSoon",
          week: 2,
          date: "2026-11-15",
          sessionId: "e2",
          measured: 8,
          limit: 13,
          data: { km: 10, recovery: "13 days" },
        },
      ],
    },
  ],
});
