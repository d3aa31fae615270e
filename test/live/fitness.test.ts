import { describe, expect, it } from "vitest";
import { buildCalendar, fitness, parseActivities, parsePlan, weeklyMetrics } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

// One week from Monday 2026-11-02 whose daily loads are 100, 0, 200, 50, 0, 0, 300 (RPE 5 x 20, 40, 10, 60 min).
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
        { id: "mo", kind: "run", runType: "easy", minutes: 20, rpe: 5, on: ["MO"] },
        { id: "we", kind: "run", runType: "easy", minutes: 40, rpe: 5, on: ["WE"] },
        { id: "th", kind: "strength", minutes: 10, rpe: 5, on: ["TH"], focus: "core" },
        { id: "su", kind: "run", runType: "long", minutes: 60, rpe: 5, on: ["SU"] },
      ],
    },
  ],
});

// Computed independently with python3 (ctl += (load - ctl) * (1 - exp(-1/42)), atl likewise with 7, from 0):
//   load  ctl       atl        tsb (previous day)
//   100   2.352831  13.312210    0
//     0   2.297473  11.540061  -10.959379
//   200   6.949080  36.628244   -9.242587
//    50   7.961996  38.408320  -29.679163
//     0   7.774663  33.295324  -30.446324
//     0   7.591739  28.862980  -25.520660
//   300  14.471612  64.957310  -21.271242
const expected = [
  [100, 2.352831, 13.31221, 0],
  [0, 2.297473, 11.540061, -10.959379],
  [200, 6.94908, 36.628244, -9.242587],
  [50, 7.961996, 38.40832, -29.679163],
  [0, 7.774663, 33.295324, -30.446324],
  [0, 7.591739, 28.86298, -25.52066],
  [300, 14.471612, 64.95731, -21.271242],
] as const;

describe("fitness", () => {
  it("matches a hand computation of a short series", () => {
    const { days } = fitness(plan);
    expect(days.map((day) => day.date)).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
      "2026-11-05",
      "2026-11-06",
      "2026-11-07",
      "2026-11-08",
    ]);
    days.forEach((day, index) => {
      const [load, ctl, atl, tsb] = expected[index] ?? [];
      expect(day.load).toBe(load);
      expect(day.ctl).toBeCloseTo(ctl ?? Number.NaN, 5);
      expect(day.atl).toBeCloseTo(atl ?? Number.NaN, 5);
      expect(day.tsb).toBeCloseTo(tsb ?? Number.NaN, 5);
      expect(day.source).toBe("planned");
    });
    expect(days[6]?.ramp).toBeCloseTo(14.471612, 5);
  });

  it("reads the same daily loads as weeklyMetrics", () => {
    const week = weeklyMetrics(buildCalendar(plan))[0];
    expect(fitness(plan).days.map((day) => day.load)).toEqual(week?.dailyLoads);
  });

  it("same-day TSB, the ema decay and a seed", () => {
    const [first] = fitness(plan, { tsbDay: "same", decay: "ema", seed: { ctl: 50, atl: 40 } }).days;
    // ema: lambda = 2/43 and 2/8; ctl = 50 + (100 - 50) * 2/43, atl = 40 + (100 - 40) / 4
    expect(first?.ctl).toBeCloseTo(50 + (50 * 2) / 43, 10);
    expect(first?.atl).toBeCloseTo(55, 10);
    expect(first?.tsb).toBeCloseTo(50 + (50 * 2) / 43 - 55, 10);
    expect(first?.ramp).toBeCloseTo((50 * 2) / 43, 10);
  });

  it("replaces planned load by actual before asOf, and counts a linked occurrence once", () => {
    const activities = parseActivities([
      // Monday's run done on Tuesday at RPE 6: Tuesday carries 20 x 6, Monday nothing.
      { id: "a", date: "2026-11-03", kind: "run", minutes: 20, rpe: 6 },
      // Wednesday's run done early, logged on Tuesday too but without RPE: it counts at the session's RPE 5.
      { id: "b", date: "2026-11-03", kind: "run", minutes: 40 },
    ]);
    const { days } = fitness(plan, { activities, asOf: "2026-11-04" });
    expect(days.map((day) => [day.load, day.source])).toEqual([
      [0, "actual"],
      [120 + 200, "actual"],
      [0, "planned"],
      [50, "planned"],
      [0, "planned"],
      [0, "planned"],
      [300, "planned"],
    ]);
  });

  it("takes asOf as the day after the last activity by default", () => {
    const activities = parseActivities([{ id: "a", date: "2026-11-02", kind: "run", minutes: 30, rpe: 4 }]);
    const { days } = fitness(plan, { activities });
    expect(days[0]).toMatchObject({ load: 120, source: "actual" });
    expect(days[1]).toMatchObject({ load: 0, source: "planned" });
  });

  it.each([
    [{ asOf: "2026-13-01" }, "asOf"],
    [{ ctlDays: 0 }, "ctlDays"],
    [{ atlDays: 2.5 }, "atlDays"],
    [{ seed: { ctl: Number.NaN, atl: 0 } }, "seed"],
    [{ defaultRpe: 11 }, "defaultRpe"],
  ])("refuses %j", (options, path) => {
    const error = offseasonErrorOf(() => fitness(plan, options));
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
