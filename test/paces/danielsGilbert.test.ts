import { describe, expect, it } from "vitest";
import {
  oxygenCost,
  secondsAtVo2max,
  speedAtVo2max,
  sustainableFraction,
  vo2maxOfRace,
} from "../../src/paces/danielsGilbert.js";
import { DANIELS_ROWS, DISTANCES_KM, type RaceName, secondsOf, TIME_TOLERANCE } from "./danielsTable.js";

describe("the Daniels-Gilbert equations", () => {
  const cells = DANIELS_ROWS.flatMap(([vo2max, times]) =>
    (Object.keys(times) as RaceName[]).map((name) => [vo2max, name, times[name]] as const),
  );
  it.each(cells)("a runner of exactly %s runs the table's %s in %s, within 0.5 %%", (vo2max, name, time) => {
    const seconds = secondsAtVo2max(vo2max, DISTANCES_KM[name] * 1000);
    expect(Math.abs(seconds - secondsOf(time)) / secondsOf(time)).toBeLessThanOrEqual(TIME_TOLERANCE);
  });

  it("solve the race time exactly: the time found gives back the VO2max", () => {
    for (const vo2max of [15, 30.5, 49.97, 90]) {
      for (const metres of [400, 1609.344, 42195, 100000]) {
        expect(vo2maxOfRace(metres, secondsAtVo2max(vo2max, metres))).toBeCloseTo(vo2max, 9);
      }
    }
  });

  it("find the speed whose oxygen cost is the VO2max", () => {
    for (const vo2max of [15, 50, 90]) expect(oxygenCost(speedAtVo2max(vo2max))).toBeCloseTo(vo2max, 9);
  });

  it("sustain VO2max itself for about 11 minutes", () => {
    expect(sustainableFraction(11)).toBeCloseTo(1, 2);
    expect(sustainableFraction(0)).toBeCloseTo(1.2884, 4);
    expect(sustainableFraction(600)).toBeCloseTo(0.8, 3);
  });
});
