import { describe, expect, it } from "vitest";
import { ACUTE_LAMBDA, buildCalendar, CHRONIC_LAMBDA, monotony, parsePlan, weeklyMetrics } from "../../src/index.js";
import { examplePlanJson } from "../helpers/fixtures.js";
import { cross, mental, mobility, run, strength, weeksOf } from "../helpers/plans.js";

// docs/domain.md's worked example: daily loads Mon..Sun 210, 75, 0, 285, 60, 160, 135.
const workedExample = weeksOf(
  [
    run("mon", ["MO"], 70),
    run("tue", ["TU"], 25),
    run("thu", ["TH"], 57, { rpe: 5 }),
    run("fri", ["FR"], 20),
    run("sat", ["SA"], 40, { rpe: 4 }),
    run("sun", ["SU"], 45),
    mobility("roll"),
    mental("viz", ["WE"]),
  ],
  1,
);

describe("weeklyMetrics", () => {
  it("matches docs/domain.md's worked example (computed by hand)", () => {
    const [week] = weeklyMetrics(buildCalendar(workedExample), {
      history: { days: Array.from({ length: 28 }, () => ({ load: 100 })) },
    });
    expect(week?.dailyLoads).toEqual([210, 75, 0, 285, 60, 160, 135]);
    expect(week?.load).toBe(925);
    expect(week?.monotony).toBeCloseTo(1.4755, 3);
    expect(week?.strain).toBeCloseTo(1364.9, 1);
    expect(week?.acuteLoad).toBeCloseTo(129.39, 2);
    expect(week?.chronicLoad).toBeCloseTo(112.72, 2);
    expect(week?.acwr).toBeCloseTo(1.148, 3);
  });

  it("uses lambda = 2 / (N + 1)", () => {
    expect(ACUTE_LAMBDA).toBe(0.25);
    expect(CHRONIC_LAMBDA).toBeCloseTo(2 / 29, 12);
  });

  it("counts minutes per kind, runs, run days, hard sessions, easy share and the longest run", () => {
    const plan = weeksOf(
      [
        run("easy", ["TU", "TH"], 40),
        run("tempo", ["SA"], 30, { runType: "tempo", rpe: 7, distanceKm: 6.5 }),
        run("long", ["SU"], 70, { rpe: 4, distanceKm: 12 }),
        cross("bike", ["WE"], 45, { modality: "bike", rpe: 5 }),
        strength("gym", ["MO"]),
        mobility("roll"),
        mental("viz"),
      ],
      1,
    );
    expect(weeklyMetrics(buildCalendar(plan))[0]).toMatchObject({
      runMinutes: 180,
      runKm: 18.5,
      runs: 4,
      runDays: 4,
      crossMinutes: 45,
      strengthMinutes: 30,
      mobilityMinutes: 70,
      mentalMinutes: 15,
      totalMinutes: 340,
      hardSessions: 1,
      aerobicMinutes: 225,
      // easy: 40 + 40 + 70 (RPE 4), and the step-less 30-min tempo's warm-up and cool-down (half of it, as 30 - 20
      // would leave less than half hard): 15; the RPE 5 bike is moderate.
      easyMinutes: 165,
      easyShare: 165 / 225,
      longestRunMinutes: 70,
      load: 40 * 3 * 2 + 30 * 7 + 70 * 4 + 45 * 5 + 30 * 5,
    });
  });

  it("reads run minutes after progression, skips and moves", () => {
    const plan = weeksOf(
      [run("easy", ["TU"], 40)],
      2,
      { exceptions: [{ action: "move", sessionId: "easy", date: "2026-11-10", to: "2026-11-08" }] },
      { progression: [1, 1.5] },
    );
    const [first, second] = weeklyMetrics(buildCalendar(plan));
    expect(first?.runMinutes).toBe(40 + 60);
    expect(second?.runMinutes).toBe(0);
  });

  it("gives monotony 0 without load, 10 for identical non-zero days, and caps it at 10", () => {
    expect(monotony([0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(monotony([100, 100, 100, 100, 100, 100, 100])).toBe(10);
    expect(monotony([100, 100, 100, 100, 100, 100, 101])).toBe(10);
    expect(monotony([])).toBe(0);
    const week = weeklyMetrics(buildCalendar(weeksOf([mobility("roll")], 1)))[0];
    expect(week).toMatchObject({ load: 0, monotony: 0, strain: 0, easyShare: null });
  });

  it("reports ACWR from day 28 when nothing seeds it", () => {
    const plan = weeksOf([run("easy", ["TU", "SA"], 40)], 5);
    expect(weeklyMetrics(buildCalendar(plan)).map((week) => week.acwr === null)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("seeds both EWMAs at in-season minutes x 4 / 7 and reports from week 1", () => {
    const plan = weeksOf([mobility("roll")], 1);
    const [week] = weeklyMetrics(buildCalendar(plan), { inSeasonWeeklyRunMinutes: 350 });
    const seed = (350 * 4) / 7;
    expect(week?.chronicLoad).toBeCloseTo(seed * (1 - CHRONIC_LAMBDA) ** 7, 9);
    expect(week?.acuteLoad).toBeCloseTo(seed * (1 - ACUTE_LAMBDA) ** 7, 9);
    expect(week?.acwr).toBeCloseTo((1 - ACUTE_LAMBDA) ** 7 / (1 - CHRONIC_LAMBDA) ** 7, 9);
  });

  it("seeds from history (days or weeks), which counts towards the 28 days", () => {
    const plan = weeksOf([run("easy", ["TU", "SA"], 40)], 3);
    const fromDays = weeklyMetrics(buildCalendar(plan), {
      history: { days: Array.from({ length: 14 }, () => ({ load: 70 })) },
    });
    expect(fromDays.map((week) => week.acwr === null)).toEqual([true, false, false]);
    const fromWeeks = weeklyMetrics(buildCalendar(plan), {
      history: {
        weeks: [
          { load: 700, runMinutes: 200 },
          { load: 1400, runMinutes: 300 },
          { load: 0, runMinutes: 0 },
          { load: 700, runMinutes: 100 },
        ],
      },
    });
    expect(fromWeeks[0]?.acwr).not.toBeNull();
    // Seed: (700 + 1400 + 0 + 700) / 28 = 100 a day; week 1 has 120 on Tuesday and Saturday.
    const expectedChronic = [0, 120, 0, 0, 0, 120, 0].reduce(
      (value, load) => CHRONIC_LAMBDA * load + (1 - CHRONIC_LAMBDA) * value,
      100,
    );
    expect(fromWeeks[0]?.chronicLoad).toBeCloseTo(expectedChronic, 9);
  });

  it("reads history days before weeks when both are given, and an empty days list as none", () => {
    const plan = weeksOf([run("easy", ["TU", "SA"], 40)], 1);
    const weeks = [{ load: 1400, runMinutes: 200 }];
    const days = Array.from({ length: 7 }, () => ({ load: 50 }));
    const chronicOf = (history: Parameters<typeof weeklyMetrics>[1]) =>
      weeklyMetrics(buildCalendar(plan), history)[0]?.chronicLoad;
    expect(chronicOf({ history: { days, weeks } })).toBeCloseTo(chronicOf({ history: { days } }) ?? Number.NaN, 12);
    expect(chronicOf({ history: { days: [], weeks } })).toBeCloseTo(
      chronicOf({ history: { weeks } }) ?? Number.NaN,
      12,
    );
    expect(chronicOf({ history: { days: [], weeks: [] }, inSeasonWeeklyRunMinutes: 350 })).toBeCloseTo(
      chronicOf({ inSeasonWeeklyRunMinutes: 350 }) ?? Number.NaN,
      12,
    );
  });

  it("gives no ACWR while the chronic load is zero, even after 28 days", () => {
    const metrics = weeklyMetrics(buildCalendar(weeksOf([mobility("roll"), mental("viz")], 5)));
    expect(metrics.map((week) => week.acwr)).toEqual([null, null, null, null, null]);
  });

  it("gives the example plan's weekly run minutes with its progression", () => {
    const metrics = weeklyMetrics(buildCalendar(parsePlan(examplePlanJson())));
    expect(metrics.map((week) => week.runMinutes)).toEqual([
      120, 171, 195, 211, 226, 156, 195, 211, 226, 156, 198, 198,
    ]);
  });
});

describe("weeklyMetrics' daily ACWR peaks", () => {
  it("reads a steady load as 1 on every reported day, without a seed too (the zero start is corrected)", () => {
    const plan = weeksOf([run("daily", [], 40, { on: undefined, repeat: "FREQ=DAILY", rpe: 4 })], 6);
    const metrics = weeklyMetrics(buildCalendar(plan));
    // Days 1-27 are not reported; day 28 is the last day of week 4.
    expect(metrics.map((week) => week.peakAcwr === null)).toEqual([true, true, true, false, false, false]);
    for (const week of metrics.slice(3)) {
      expect(week.peakAcwr).toBeCloseTo(1, 12);
    }
    expect(metrics[3]?.peakAcwrDate).toBe("2026-11-29");
    // The week-end ratio keeps the definition's zero start: on day 28 the chronic EWMA carries 1 - (27/29)^28 of the
    // load, the acute 1 - (3/4)^28, so their ratio is about 1.157.
    expect(metrics[3]?.acwr).toBeCloseTo((1 - 0.75 ** 28) / (1 - (27 / 29) ** 28), 12);
  });

  it("names the day of the week's peak, which need not be its last, reading from the plan's 7th day", () => {
    const plan = weeksOf([run("tue", ["TU"], 60, { rpe: 6 }), run("sun", ["SU"], 30, { rpe: 3 })], 2);
    const metrics = weeklyMetrics(buildCalendar(plan), { inSeasonWeeklyRunMinutes: 200 });
    // Week 1 is read on its last day only (day 7, when the acute window holds plan days only).
    expect(metrics[0]?.peakAcwrDate).toBe("2026-11-08");
    expect(metrics[0]?.peakAcwr).toBe(metrics[0]?.acwr);
    // In week 2 the Tuesday's 360 lifts the acute EWMA most; it then decays until Sunday.
    expect(metrics[1]?.peakAcwrDate).toBe("2026-11-10");
    expect(metrics[1]?.peakAcwr).toBeGreaterThan(metrics[1]?.acwr ?? Number.POSITIVE_INFINITY);
  });

  it("gives the rolling-sum ratio of the peak day beside it: 1 for a week repeated unchanged, null with the peak", () => {
    const plan = weeksOf([run("sat", ["SA"], 40, { rpe: 4 }), run("sun", ["SU"], 150, { rpe: 4 })], 6);
    const metrics = weeklyMetrics(buildCalendar(plan));
    expect(metrics.map((week) => week.peakRollingAcwr === null)).toEqual([true, true, true, false, false, false]);
    for (const week of metrics.slice(3)) {
      expect(week.peakAcwr).toBeGreaterThan(1.5);
      expect(week.peakRollingAcwr).toBeCloseTo(1, 12);
    }
  });
});

describe("weeklyMetrics of sessions with steps", () => {
  it("classes their minutes step by step: a tempo's warm-up and cool-down are easy, strides keep an easy run easy", () => {
    const plan = parsePlan({
      version: 1,
      id: "steps",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        {
          id: "base",
          weeks: 1,
          sessions: [
            {
              id: "tempo",
              kind: "run",
              runType: "tempo",
              rpe: 7,
              on: ["TU"],
              steps: [
                { intent: "warmup", minutes: 10, rpe: 3 },
                { intent: "work", minutes: 20, rpe: 7 },
                { intent: "cooldown", minutes: 10, rpe: 3 },
              ],
            },
            {
              id: "easy",
              kind: "run",
              runType: "easy",
              minutes: 40,
              rpe: 3,
              on: ["TH"],
              steps: [
                { intent: "steady", minutes: 38 },
                {
                  repeat: 4,
                  steps: [
                    { intent: "work", seconds: 20 },
                    { intent: "recovery", seconds: 10 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const [week] = weeklyMetrics(buildCalendar(plan));
    expect(week).toMatchObject({ aerobicMinutes: 80, easyMinutes: 60, easyShare: 0.75, hardSessions: 1 });
  });
});
