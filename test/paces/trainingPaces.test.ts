import { describe, expect, it } from "vitest";
import { PlanSchema, trainingPaces, type PlanPaces, type TrainingPaces } from "../../src/index.js";
import { secondsPerKm } from "../../src/model/pace.js";

const PACE = /^(0?[1-9]|[1-5]\d):[0-5]\d\/(km|mi)$/;

describe("trainingPaces", () => {
  it("gives every pace of a 10 km in 41:21, per km by default", () => {
    expect(trainingPaces({ distanceKm: 10, time: "41:21" })).toEqual({
      easy: "5:20/km",
      long: "5:20/km",
      recovery: "5:54/km",
      tempo: "4:16/km",
      intervals: "3:55/km",
      strides: "3:39/km",
      mile: "3:37/km",
      "5k": "3:59/km",
      "10k": "4:08/km",
      half: "4:20/km",
      marathon: "4:31/km",
    });
  });

  it("gives the race's own pace for its distance", () => {
    expect(trainingPaces({ distanceKm: 5, time: "20:00" })["5k"]).toBe("4:00/km");
    expect(trainingPaces({ distanceMi: 1, time: "6:00" }, { unit: "mi" }).mile).toBe("6:00/mi");
  });

  // Daniels' paces for 49 (E 8:40/mi, M 7:24/mi, T 4:20/km, I 3:59/km, R 1:29 per 400 m) as quoted from the book on
  // fit360.blogspot.com (2009): the fractions were chosen to reproduce them; the easy pace is a range in the book (its
  // slow end is not printed there), so it gets 1 %.
  it("reproduces Daniels' published paces for a VO2max of 49", () => {
    const perKm = trainingPaces(49);
    const perMile = trainingPaces(49, { unit: "mi" });
    expect(Math.abs(secondsPerKm(perMile.easy) / secondsPerKm("8:40/mi") - 1)).toBeLessThanOrEqual(0.01);
    expect(perMile.marathon).toBe("7:24/mi");
    expect(perKm.tempo).toBe("4:20/km");
    expect(perKm.intervals).toBe("3:59/km");
    expect(Math.abs(secondsPerKm(perKm.strides) * 0.4 - 89)).toBeLessThanOrEqual(1);
  });

  // Each pace is rounded to its own second: a mile pace and a km pace differ by at most half a second of each.
  it("writes paces per mile on request, each the km pace times 1.609344 to the second", () => {
    const km = trainingPaces(50);
    const mi = trainingPaces(50, { unit: "mi" });
    for (const key of Object.keys(km) as (keyof TrainingPaces)[]) {
      expect(mi[key]).toMatch(/\/mi$/);
      expect(Math.abs(secondsPerKm(mi[key]) - secondsPerKm(km[key]))).toBeLessThanOrEqual(0.5 + 0.5 / 1.609344);
    }
  });

  it("writes paces the plan's PaceSchema accepts, from the slowest to the fastest runner", () => {
    for (const vo2max of [15, 90]) {
      for (const unit of ["km", "mi"] as const) {
        for (const pace of Object.values(trainingPaces(vo2max, { unit }))) expect(pace).toMatch(PACE);
      }
    }
  });

  it("gives a plan its training paces: the run-type keys parse as a plan's paces", () => {
    const raceKeys = new Set(["mile", "5k", "10k", "half", "marathon"]);
    const byRunType = Object.fromEntries(Object.entries(trainingPaces(45)).filter(([key]) => !raceKeys.has(key)));
    const paces: PlanPaces = trainingPaces(45);
    expect(paces.easy).toBe(byRunType.easy);
    expect(Object.keys(byRunType).sort()).toEqual(["easy", "intervals", "long", "recovery", "strides", "tempo"]);
    const plan = {
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      paces: byRunType,
      phases: [
        {
          id: "base",
          weeks: 1,
          sessions: [{ id: "e", kind: "run", runType: "easy", distanceKm: 8, rpe: 3, on: ["TU"] }],
        },
      ],
    };
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });
});
