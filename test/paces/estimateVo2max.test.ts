import { describe, expect, it } from "vitest";
import { estimateVo2max } from "../../src/index.js";
import { DANIELS_ROWS, DISTANCES_KM, type RaceName, VO2MAX_TOLERANCE } from "./danielsTable.js";

const cells = DANIELS_ROWS.flatMap(([vo2max, times]) =>
  (Object.keys(times) as RaceName[]).map((name) => [vo2max, name, times[name]] as const),
);

describe("estimateVo2max", () => {
  it.each(cells)("reads Daniels' row %s from its %s of %s", (vo2max, name, time) => {
    const estimate = estimateVo2max({ distanceKm: DISTANCES_KM[name], time });
    expect(Math.abs(estimate - vo2max)).toBeLessThanOrEqual(VO2MAX_TOLERANCE);
  });

  it("gives the domain's checks to 0.01 (docs/paces.md)", () => {
    expect(estimateVo2max({ distanceKm: 5, time: "19:57" })).toBe(49.95);
    expect(estimateVo2max({ distanceKm: 10, time: "41:21" })).toBe(49.97);
    expect(estimateVo2max({ distanceKm: 42.195, time: "3:10:49" })).toBe(49.95);
    expect(estimateVo2max({ distanceKm: 5, time: "30:40" })).toBe(30.02);
    expect(estimateVo2max({ distanceKm: 5, time: "20:00" })).toBe(49.81);
  });

  it("reads other published pairs: 5 km in 21:25 is 46 (tri2max), 10 km in 50:00 is 40 (Runner's World)", () => {
    expect(estimateVo2max({ distanceKm: 5, time: "21:25" })).toBeCloseTo(46, 0);
    expect(Math.abs(estimateVo2max({ distanceKm: 10, time: "50:00" }) - 40)).toBeLessThanOrEqual(VO2MAX_TOLERANCE);
  });

  it("takes a distance in miles as the same distance in km", () => {
    expect(estimateVo2max({ distanceMi: 1, time: "5:50" })).toBe(
      estimateVo2max({ distanceKm: 1.609344, time: "5:50" }),
    );
    expect(estimateVo2max({ distanceMi: 26.2188, time: "3:10:49" })).toBe(49.95);
  });

  it("reads h:mm:ss and m:ss alike, minutes past 59 included", () => {
    expect(estimateVo2max({ distanceKm: 10, time: "1:03:46" })).toBe(estimateVo2max({ distanceKm: 10, time: "63:46" }));
    expect(estimateVo2max({ distanceKm: 10, time: "0:41:21" })).toBe(49.97);
  });

  it("ignores the other keys of an athlete's recentRaces entry", () => {
    const entry = { date: "2026-10-11", distanceKm: 10, time: "41:21", priority: "A" };
    expect(estimateVo2max(entry)).toBe(49.97);
  });
});
