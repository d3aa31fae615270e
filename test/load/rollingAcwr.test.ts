import { describe, expect, it } from "vitest";
import { rollingAcwrByDay } from "../../src/load/rollingAcwr.js";

describe("rollingAcwrByDay", () => {
  it("reads 1 for a steady load on a seed of the same load", () => {
    for (const ratio of rollingAcwrByDay(
      Array.from({ length: 35 }, () => 90),
      90,
    ))
      expect(ratio).toBeCloseTo(1, 12);
  });

  it("reads a week of 120 a day after 60 a day as 840 / (2,100 / 4) = 1.6 on its 7th day", () => {
    expect(
      rollingAcwrByDay(
        Array.from({ length: 7 }, () => 120),
        60,
      )[6],
    ).toBeCloseTo(1.6, 12);
  });

  it("reads a week repeated unchanged as 1 on every day once 28 days are known, whatever its pattern", () => {
    const week = [0, 0, 0, 0, 80, 160, 600];
    const ratios = rollingAcwrByDay(Array.from({ length: 6 }, () => week).flat(), 0);
    for (const ratio of ratios.slice(27)) expect(ratio).toBeCloseTo(1, 12);
  });

  it("is null while the 28 days carry no load", () => {
    expect(rollingAcwrByDay([0, 0, 50], 0)).toEqual([null, null, 4]);
  });
});
