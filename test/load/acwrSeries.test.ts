import { describe, expect, it } from "vitest";
import { ACUTE_LAMBDA, acwrByDay, acwrRatio, acwrStep, CHRONIC_LAMBDA } from "../../src/load/acwrSeries.js";

describe("acwrByDay", () => {
  it("steps both EWMAs once a day and counts the days from the start state", () => {
    expect(acwrStep({ acute: 100, chronic: 100, days: 3 }, 200)).toEqual({
      acute: ACUTE_LAMBDA * 200 + (1 - ACUTE_LAMBDA) * 100,
      chronic: CHRONIC_LAMBDA * 200 + (1 - CHRONIC_LAMBDA) * 100,
      days: 4,
    });
  });

  it("reads a steady load from a seed of the same load as 1, from the first day it is read", () => {
    const series = acwrByDay(
      [100, 100, 100],
      { acute: 100, chronic: 100, days: 0 },
      { fromDay: 2, correctBias: false },
    );
    expect(series.map((day) => day.ratio)).toEqual([null, 1, 1]);
    expect(series.at(-1)?.state).toEqual({ acute: 100, chronic: 100, days: 3 });
  });

  it("divides out the missing start of EWMAs that start at 0: a steady load reads 1 on day 28, not 1.16", () => {
    const steady = Array.from({ length: 28 }, () => 60);
    const start = { acute: 0, chronic: 0, days: 0 };
    const corrected = acwrByDay(steady, start, { fromDay: 28, correctBias: true });
    expect(corrected.slice(0, 27).every((day) => day.ratio === null)).toBe(true);
    expect(corrected.at(-1)?.ratio).toBeCloseTo(1, 12);
    const raw = acwrByDay(steady, start, { fromDay: 28, correctBias: false }).at(-1)?.ratio ?? 0;
    expect(raw).toBeCloseTo(1.16, 2);
  });

  it("reads nothing while the chronic load is 0, and continues from where an earlier series ended", () => {
    const start = { acute: 0, chronic: 0, days: 0 };
    expect(acwrByDay([0, 0], start, { fromDay: 0, correctBias: false }).map((day) => day.ratio)).toEqual([null, null]);
    const whole = acwrByDay([50, 0, 80, 20], start, { fromDay: 0, correctBias: true });
    const first = acwrByDay([50, 0], start, { fromDay: 0, correctBias: true });
    const rest = acwrByDay([80, 20], first.at(-1)?.state ?? start, { fromDay: 0, correctBias: true });
    expect([...first, ...rest]).toEqual(whole);
    expect(acwrRatio({ acute: 30, chronic: 20, days: 9 }, false)).toBe(1.5);
  });
});
