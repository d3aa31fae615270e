// Issue 21: what an attack on the living plan found, items 2, 5, 8, 9 and 11 (item 2's equivalence to the pairwise
// linking is in linkActivities.prop.test.ts, its figures in bench/living.mjs).
import { describe, expect, it } from "vitest";
import {
  adherence,
  buildCalendar,
  dailyLoadSeries,
  fitness,
  historyFromActivities,
  parseActivities,
  parsePlan,
  validatePlan,
  weeklyMetrics,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

// Week 1 from Monday 2026-11-02: a 40-minute run (RPE 5) on Tuesday and 20 minutes of yoga on Wednesday.
const plan = parsePlan({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [
        { id: "run", kind: "run", runType: "easy", minutes: 40, rpe: 5, on: ["TU"] },
        { id: "yoga", kind: "mobility", practice: "yoga", minutes: 20, on: ["WE"] },
      ],
    },
  ],
});

describe("item 2: linking does not list every candidate pair", () => {
  // 60 daily runs for two weeks and 20,000 runs logged on those days: 17 million candidate pairs with windowDays 14,
  // which the pairwise linking took a minute and gigabytes to sort. Activities are built as parsed ones would be.
  const dense = parsePlan({
    version: 1,
    id: "dense",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 2,
        sessions: Array.from({ length: 60 }, (_, index) => ({
          id: `r${String(index)}`,
          kind: "run",
          runType: "easy",
          minutes: 20 + index,
          rpe: 3,
          repeat: "FREQ=DAILY",
        })),
      },
    ],
  });
  const log = Array.from({ length: 20_000 }, (_, index) => ({
    id: `a${String(index).padStart(5, "0")}`,
    date: `2026-11-${String(2 + (index % 14)).padStart(2, "0")}`,
    kind: "run" as const,
    minutes: 10 + (index % 90),
  }));

  it("links 20,000 activities to 840 occurrences within a window of 14 days in well under the test timeout", () => {
    const result = adherence(dense, log, { asOf: "2026-11-20", windowDays: 14 });
    expect(result.totals).toMatchObject({ planned: 840, done: 840 - result.totals.partial, missed: 0 });
    expect(result.unplanned).toHaveLength(20_000 - 840);
    expect(fitness(dense, { activities: log, asOf: "2026-11-20", windowDays: 14 }).days).toHaveLength(14);
  }, 5_000);
});

describe("item 5: fitness checks its options as adherence does", () => {
  it.each([
    [{ windowDays: Number.POSITIVE_INFINITY }, "windowDays"],
    [{ windowDays: -1 }, "windowDays"],
    [{ windowDays: 1.5 }, "windowDays"],
    [{ windowDays: Number.NaN }, "windowDays"],
    [{ windowDays: 15 }, "windowDays"],
    [{ decay: "foo" }, "decay"],
    [{ tsbDay: "foo" }, "tsbDay"],
    [{ seed: { ctl: Number.POSITIVE_INFINITY, atl: 0 } }, "seed"],
    [{ asOf: 20261102 }, "asOf"],
  ])("refuses %j with a located config error", (options, path) => {
    const error = offseasonErrorOf(() => fitness(plan, options as never));
    expect(error.code).toBe("config");
    expect(error.message).toContain("Invalid fitness options");
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it.each([
    [{ windowDays: Number.POSITIVE_INFINITY }, "windowDays"],
    [{ windowDays: Number.NaN }, "windowDays"],
    [{ windowDays: 15 }, "windowDays"],
    [{}, "asOf"],
  ])("adherence refuses %j the same way", (options, path) => {
    const error = offseasonErrorOf(() =>
      adherence(plan, [], { ...(path === "asOf" ? {} : { asOf: "2026-11-05" }), ...options } as never),
    );
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("says every wrong option at once, each at its name", () => {
    const error = offseasonErrorOf(() => fitness(plan, { decay: "foo", tsbDay: "bar", windowDays: 15 } as never));
    expect(error.issues.map((issue) => issue.path)).toEqual(["windowDays", "decay", "tsbDay"]);
    expect(error.issues[1]?.message).toBe('must be "exponential" or "ema"');
  });

  it("takes the defaults and the edges", () => {
    expect(fitness(plan, { windowDays: 0, decay: "ema", tsbDay: "same" }).days).toHaveLength(7);
    expect(fitness(plan, { windowDays: 14 }).days).toHaveLength(7);
  });
});

describe("item 8: a user link is taken only to an occurrence of the activity's kind", () => {
  // Yoga on Tuesday, linked by the user to Tuesday's run.
  const activities = parseActivities([
    { id: "y", date: "2026-11-03", kind: "mobility", practice: "yoga", minutes: 20, occurrenceId: "run@2026-11-03" },
  ]);

  it("leaves the run undone, matches the yoga like the rest, and says why", () => {
    const result = adherence(plan, activities, { asOf: "2026-11-05" });
    expect(result.occurrences.find((o) => o.occurrenceId === "run@2026-11-03")).toMatchObject({ status: "missed" });
    expect(result.occurrences.find((o) => o.occurrenceId === "run@2026-11-03")?.activityId).toBeUndefined();
    expect(result.occurrences.find((o) => o.occurrenceId === "yoga@2026-11-04")).toMatchObject({
      status: "shifted",
      activityId: "y",
      linkedBy: "auto",
      shiftDays: -1,
    });
    expect(result.refusedLinks).toEqual([{ activityId: "y", occurrenceId: "run@2026-11-03", reason: "other-kind" }]);
  });

  it("keeps the run's planned load in fitness", () => {
    const [, tuesday] = fitness(plan, { activities, asOf: "2026-11-03" }).days;
    expect(tuesday?.load).toBe(200);
  });

  it("says when a link names an occurrence taken first or not in the plan", () => {
    const links = parseActivities([
      { id: "a", date: "2026-11-03", kind: "run", minutes: 40, occurrenceId: "run@2026-11-03" },
      { id: "b", date: "2026-11-03", kind: "run", minutes: 30, occurrenceId: "run@2026-11-03" },
      { id: "c", date: "2026-11-04", kind: "run", minutes: 30, occurrenceId: "tempo@2026-11-04" },
    ]);
    const result = adherence(plan, links, { asOf: "2026-11-09" });
    expect(result.refusedLinks).toEqual([
      { activityId: "b", occurrenceId: "run@2026-11-03", reason: "taken" },
      { activityId: "c", occurrenceId: "tempo@2026-11-04", reason: "not-planned" },
    ]);
    expect(adherence(plan, [], { asOf: "2026-11-09" })).not.toHaveProperty("refusedLinks");
  });
});

// Samoa skipped 2011-12-30: the plan's last day has no wall times, and Friday's 07:00 run lands on Saturday 31.
const samoa = parsePlan({
  version: 1,
  id: "samoa",
  timezone: "Pacific/Apia",
  startDate: "2011-12-24",
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [{ id: "run", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["FR"], time: "07:00" }],
    },
  ],
});

describe("item 9: a session a DST gap pushes past the plan's last day", () => {
  it("counts in the last week of adherence, as in its totals", () => {
    const result = adherence(samoa, [], { asOf: "2012-01-05" });
    expect(result.occurrences).toMatchObject([{ date: "2011-12-31", week: 1, status: "missed" }]);
    expect(result.weeks).toHaveLength(1);
    expect(result.weeks[0]).toMatchObject({ planned: 1, missed: 1, endDate: "2011-12-31" });
    expect(result.totals).toMatchObject({ planned: 1, missed: 1 });
  });

  it("counts an activity on that day in the last week, linked or not", () => {
    const done = parseActivities([
      { id: "a", date: "2011-12-31", kind: "run", minutes: 40 },
      { id: "b", date: "2011-12-31", kind: "strength", minutes: 30 },
    ]);
    const result = adherence(samoa, done, { asOf: "2012-01-05" });
    expect(result.weeks[0]).toMatchObject({ planned: 1, done: 1, unplanned: 1 });
  });

  it("keeps its load in fitness, on the day it lands on", () => {
    const { days } = fitness(samoa, { asOf: "2011-12-24" });
    expect(days.map((day) => day.date).slice(-2)).toEqual(["2011-12-30", "2011-12-31"]);
    expect(days.at(-1)).toMatchObject({ load: 120, source: "planned" });
    expect(days.reduce((sum, day) => sum + day.load, 0)).toBe(120);
  });
});

describe("item 11: sums do not depend on the order of the log", () => {
  const log = [0.1, 0.2, 0.3].map((minutes, index) => ({
    id: `a${String(index)}`,
    date: "2026-11-06",
    kind: "run",
    minutes,
    rpe: 1,
  }));
  const orders = [log, [...log].reverse(), [log[1], log[2], log[0]]].map((order) => parseActivities(order));

  it("in fitness", () => {
    const loads = orders.map((activities) => fitness(plan, { activities, asOf: "2026-11-08" }).days[4]?.load);
    expect(loads).toEqual([loads[0], loads[0], loads[0]]);
    expect(loads[0]).toBe(0.1 + 0.2 + 0.3);
  });

  it("in historyFromActivities", () => {
    const days = orders.map((activities) => historyFromActivities(activities, { until: "2026-11-07" }).days?.[0]);
    expect(days).toEqual([days[0], days[0], days[0]]);
    expect(days[0]).toMatchObject({ load: 0.1 + 0.2 + 0.3, runMinutes: 0.1 + 0.2 + 0.3 });
  });
});

describe("item 9, the same way everywhere: the calendar, the load series and the rules", () => {
  it("buildCalendar counts it in the last week, which runs to the day it lands on", () => {
    const calendar = buildCalendar(samoa);
    expect(calendar.endDate).toBe("2011-12-31");
    expect(calendar.weeks).toHaveLength(1);
    expect(calendar.weeks[0]?.endDate).toBe("2011-12-31");
    expect(calendar.weeks[0]?.days.map((day) => day.date).at(-1)).toBe("2011-12-31");
    expect(calendar.weeks[0]?.days.at(-1)?.occurrences.map((o) => o.id)).toEqual(["run@2011-12-30"]);
  });

  it("its minutes and load are in the week's metrics and the daily series", () => {
    const calendar = buildCalendar(samoa);
    expect(weeklyMetrics(calendar)[0]).toMatchObject({ runMinutes: 40, load: 120 });
    expect(dailyLoadSeries(calendar).reduce((sum, day) => sum + day.load, 0)).toBe(120);
    expect(validatePlan(samoa).metrics[0]).toMatchObject({ runMinutes: 40 });
  });
});
