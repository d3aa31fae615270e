import { describe, expect, it } from "vitest";
import { estimateVo2max, predictRaceTime, trainingPaces, type RaceResult } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

/** The error code and the issues' paths and codes of what `run` throws. */
function failure(run: () => unknown): [string, [string, string][]] {
  const error = offseasonErrorOf(run);
  return [error.code, error.issues.map((issue) => [issue.path, issue.code])];
}

const race = (value: unknown): RaceResult => value as RaceResult;

describe("bad input is a located OffseasonError", () => {
  it.each([
    ["a zero time", { distanceKm: 5, time: "0:00" }, "invalid", [["time", "too_small"]]],
    ["a time that is not one", { distanceKm: 10, time: "1:75:00" }, "invalid", [["time", "invalid_format"]]],
    ["a time without minutes", { distanceKm: 10, time: "2400" }, "invalid", [["time", "invalid_format"]]],
    ["a negative time", { distanceKm: 10, time: "-41:21" }, "invalid", [["time", "invalid_format"]]],
    ["a time as a number", { distanceKm: 10, time: 2481 }, "invalid", [["time", "invalid_format"]]],
    ["a zero distance", { distanceKm: 0, time: "20:00" }, "invalid", [["distanceKm", "too_small"]]],
    ["a negative distance", { distanceMi: -1, time: "6:00" }, "invalid", [["distanceMi", "too_small"]]],
    ["NaN", { distanceKm: Number.NaN, time: "20:00" }, "invalid", [["distanceKm", "invalid_type"]]],
    ["Infinity", { distanceKm: Number.POSITIVE_INFINITY, time: "20:00" }, "invalid", [["distanceKm", "invalid_type"]]],
    ["a distance as text", { distanceKm: "5", time: "20:00" }, "invalid", [["distanceKm", "invalid_type"]]],
    ["no distance", { time: "20:00" }, "invalid", [["distanceKm", "invalid_type"]]],
    ["two distances", { distanceKm: 5, distanceMi: 3.1, time: "20:00" }, "invalid", [["distanceMi", "conflict"]]],
    ["a 200 m sprint", { distanceKm: 0.2, time: "0:30" }, "limit", [["distanceKm", "out_of_range"]]],
    ["a 160 km ultra", { distanceKm: 160, time: "20:00:00" }, "limit", [["distanceKm", "out_of_range"]]],
    ["a 100-mile ultra", { distanceMi: 100, time: "20:00:00" }, "limit", [["distanceMi", "out_of_range"]]],
    ["a 5 km in 8:00, faster than humans", { distanceKm: 5, time: "8:00" }, "limit", [["time", "out_of_range"]]],
    ["a marathon in 12 hours, a walk", { distanceKm: 42.195, time: "12:00:00" }, "limit", [["time", "out_of_range"]]],
    [
      "a bad time and a bad distance at once",
      { distanceKm: -5, time: "20:75" },
      "invalid",
      [
        ["distanceKm", "too_small"],
        ["time", "invalid_format"],
      ],
    ],
    ["not an object", "5k in 20:00", "invalid", [["", "invalid_type"]]],
    ["null", null, "invalid", [["", "invalid_type"]]],
  ])("%s", (_name, input, code, issues) => {
    expect(failure(() => estimateVo2max(race(input)))).toEqual([code, issues]);
    expect(failure(() => predictRaceTime(race(input), 10))).toEqual([code, issues]);
    expect(failure(() => trainingPaces(race(input)))).toEqual([code, issues]);
  });

  it("says what is wrong, in plain words", () => {
    expect(offseasonErrorOf(() => estimateVo2max({ distanceKm: 10, time: "1:75:00" })).message).toBe(
      'Invalid race result (1 problem):\n  time: must be a time "h:mm:ss" or "m:ss", e.g. "1:31:35" or "19:57"',
    );
    expect(offseasonErrorOf(() => estimateVo2max({ distanceKm: 5, time: "8:00" })).issues[0]?.message).toMatch(
      /^is faster than humans race that distance: it gives a VO2max of \d+\.\d, outside 15 to 90$/,
    );
  });

  it.each([
    ["zero", 0, "invalid", "too_small"],
    ["negative", -42.195, "invalid", "too_small"],
    ["NaN", Number.NaN, "invalid", "invalid_type"],
    ["Infinity", Number.POSITIVE_INFINITY, "invalid", "invalid_type"],
    ["300 m", 0.3, "limit", "out_of_range"],
    ["161 km", 161, "limit", "out_of_range"],
  ])("refuses a distance to predict that is %s", (_name, distanceKm, code, issueCode) => {
    expect(failure(() => predictRaceTime({ distanceKm: 10, time: "41:21" }, distanceKm))).toEqual([
      code,
      [["distanceKm", issueCode]],
    ]);
  });

  it("refuses an unknown model or unit", () => {
    const tenK = { distanceKm: 10, time: "41:21" };
    const model = { model: "mcmillan" } as unknown as { model: "riegel" };
    expect(failure(() => predictRaceTime(tenK, 5, model))).toEqual(["invalid", [["model", "invalid_value"]]]);
    const unit = { unit: "m" } as unknown as { unit: "km" };
    expect(failure(() => trainingPaces(tenK, unit))).toEqual(["invalid", [["unit", "invalid_value"]]]);
  });

  it.each([
    [14.99, "limit", "out_of_range"],
    [90.01, "limit", "out_of_range"],
    [Number.NaN, "invalid", "invalid_type"],
    [Number.NEGATIVE_INFINITY, "invalid", "invalid_type"],
  ])("trainingPaces refuses a VO2max of %s", (vo2max, code, issueCode) => {
    expect(failure(() => trainingPaces(vo2max))).toEqual([code, [["", issueCode]]]);
  });

  it("accepts the bounds themselves", () => {
    expect(trainingPaces(15).easy).toBe("13:40/km");
    expect(trainingPaces(90).strides).toBe("2:16/km");
    expect(estimateVo2max({ distanceKm: 0.4, time: "1:30" })).toBeGreaterThan(15);
    expect(estimateVo2max({ distanceKm: 100, time: "12:00:00" })).toBeGreaterThan(15);
  });
});
