import { describe, expect, it } from "vitest";
import { predictRaceTime } from "../../src/index.js";
import { DANIELS_ROWS, DISTANCES_KM, type RaceName, secondsOf, TIME_TOLERANCE } from "./danielsTable.js";

const names = Object.keys(DISTANCES_KM) as RaceName[];

describe("predictRaceTime (Daniels)", () => {
  // Every printed time of a row, predicted from every other: the row hangs together within the table's rounding.
  const pairs = DANIELS_ROWS.flatMap(([vo2max, times]) =>
    names.flatMap((from) => names.filter((to) => to !== from).map((to) => [vo2max, from, to, times] as const)),
  );
  it.each(pairs)("row %s: from the %s, the %s", (_vo2max, from, to, times) => {
    const predicted = predictRaceTime({ distanceKm: DISTANCES_KM[from], time: times[from] }, DISTANCES_KM[to]);
    const printed = secondsOf(times[to]);
    expect(Math.abs(predicted - printed) / printed).toBeLessThanOrEqual(TIME_TOLERANCE);
  });

  it("returns whole seconds, the race's own time for its own distance", () => {
    expect(predictRaceTime({ distanceKm: 10, time: "41:21" }, 42.195)).toBe(11446);
    expect(predictRaceTime({ distanceKm: 10, time: "41:21" }, 10)).toBe(2481);
    expect(predictRaceTime({ distanceMi: 1, time: "5:50" }, 1.609344)).toBe(350);
  });

  it("is the default model", () => {
    const race = { distanceKm: 5, time: "20:00" };
    expect(predictRaceTime(race, 21.0975, { model: "daniels" })).toBe(predictRaceTime(race, 21.0975));
  });
});

describe("predictRaceTime (Riegel)", () => {
  it("gives 3:10:13 for a marathon and 1:31:14 for a half after 10 km in 41:21 (Riegel 1981)", () => {
    const tenK = { distanceKm: 10, time: "41:21" };
    expect(predictRaceTime(tenK, 42.195, { model: "riegel" })).toBe(secondsOf("3:10:13"));
    expect(predictRaceTime(tenK, 21.0975, { model: "riegel" })).toBe(secondsOf("1:31:14"));
  });

  it("returns the race's own time for its own distance", () => {
    expect(predictRaceTime({ distanceKm: 10, time: "41:21" }, 10, { model: "riegel" })).toBe(2481);
  });
});
