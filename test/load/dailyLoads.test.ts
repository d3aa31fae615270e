import { describe, expect, it } from "vitest";
import { buildCalendar, dailyLoadSeries, decayFactor, ewmaStep, parsePlan, weeklyMetrics } from "../../src/index.js";
import { examplePlanJson } from "../helpers/fixtures.js";

describe("dailyLoadSeries", () => {
  const calendar = buildCalendar(parsePlan(examplePlanJson()));

  it("gives every day of the plan the load weeklyMetrics sums per week", () => {
    const series = dailyLoadSeries(calendar);
    expect(series).toHaveLength(calendar.weeks.length * 7);
    expect(series.map((day) => day.load)).toEqual(weeklyMetrics(calendar).flatMap((week) => week.dailyLoads));
    const metrics = weeklyMetrics(calendar);
    calendar.weeks.forEach((week, index) => {
      const days = series.filter((day) => day.week === week.index);
      expect(days.map((day) => day.date)).toEqual(week.days.map((day) => day.date));
      expect(days.reduce((sum, day) => sum + day.runMinutes, 0)).toBe(metrics[index]?.runMinutes);
      expect(Math.max(...days.map((day) => day.longestRunMinutes))).toBe(metrics[index]?.longestRunMinutes);
    });
  });

  it("leaves out the occurrences it is told to", () => {
    const [first] = calendar.occurrences.filter((occurrence) => occurrence.kind === "run");
    if (first === undefined) throw new Error("the example plan has runs");
    const before = dailyLoadSeries(calendar).find((day) => day.date === first.date);
    const after = dailyLoadSeries(calendar, { excluded: new Set([first.id]) }).find((day) => day.date === first.date);
    expect(before && after && before.load - after.load).toBe(first.session.rpe * first.session.minutes);
    expect(before && after && before.runMinutes - after.runMinutes).toBe(first.session.minutes);
  });
});

describe("smoothing", () => {
  it("decay factors: 1 - e^(-1/N) and 2 / (N + 1)", () => {
    expect(decayFactor(42)).toBeCloseTo(0.02353, 5);
    expect(decayFactor(7)).toBeCloseTo(0.13312, 5);
    expect(decayFactor(42, "ema")).toBeCloseTo(0.04651, 5);
    expect(decayFactor(7, "ema")).toBe(0.25);
  });

  it("the worked example of docs/domain.md: both EWMAs from 100 over 210, 75, 0, 285, 60, 160, 135", () => {
    let acute = 100;
    let chronic = 100;
    for (const load of [210, 75, 0, 285, 60, 160, 135]) {
      acute = ewmaStep(acute, load, decayFactor(7, "ema"));
      chronic = ewmaStep(chronic, load, decayFactor(28, "ema"));
    }
    expect(acute).toBeCloseTo(129.39, 2);
    expect(chronic).toBeCloseTo(112.72, 2);
  });
});
