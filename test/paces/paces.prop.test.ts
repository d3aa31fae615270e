import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateVo2max, isOffseasonError, predictRaceTime, trainingPaces, type RaceResult } from "../../src/index.js";
import { secondsAtVo2max } from "../../src/paces/danielsGilbert.js";
import { formatRaceTime } from "../../src/model/raceTime.js";
import { secondsPerKm } from "../../src/model/pace.js";

// A race a human runs: a distance of 0.4 to 100 km and the time a VO2max of 16 to 89 gives it, to the second (the
// margin keeps the rounded time inside 15 to 90 even over 400 m, where a second is worth about one unit).
const raceArb: fc.Arbitrary<RaceResult> = fc
  .record({
    km: fc.double({ min: 0.4, max: 100, noNaN: true }),
    vo2max: fc.double({ min: 16, max: 89, noNaN: true }),
    miles: fc.boolean(),
  })
  .map(({ km, vo2max, miles }) => {
    const time = formatRaceTime(secondsAtVo2max(vo2max, km * 1000));
    return miles ? { distanceMi: km / 1.609344, time } : { distanceKm: km, time };
  });

const kmOf = (race: RaceResult): number => race.distanceKm ?? race.distanceMi * 1.609344;
const secondsOfTime = (time: string): number => time.split(":").reduce((total, part) => total * 60 + Number(part), 0);
const modelArb = fc.constantFrom("daniels" as const, "riegel" as const);
const distanceArb = fc.double({ min: 0.4, max: 100, noNaN: true });

describe("paces, for any race a human runs", () => {
  it("predict the race's own time for its own distance, with either model", () => {
    fc.assert(
      fc.property(raceArb, modelArb, (race, model) => {
        expect(predictRaceTime(race, kmOf(race), { model })).toBe(secondsOfTime(race.time));
      }),
      { numRuns: 200 },
    );
  });

  it("predict longer times for longer distances", () => {
    fc.assert(
      fc.property(raceArb, modelArb, distanceArb, distanceArb, (race, model, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const shortTime = predictRaceTime(race, short, { model });
        const longTime = predictRaceTime(race, long, { model });
        expect(longTime).toBeGreaterThanOrEqual(shortTime);
        if (long - short >= 0.1) expect(longTime).toBeGreaterThan(shortTime);
      }),
      { numRuns: 200 },
    );
  });

  it("order the paces: strides, intervals, tempo, marathon, easy, recovery; mile to marathon", () => {
    fc.assert(
      fc.property(raceArb, fc.constantFrom("km" as const, "mi" as const), (race, unit) => {
        const paces = trainingPaces(race, { unit });
        const order = (keys: (keyof typeof paces)[]) => keys.map((key) => secondsPerKm(paces[key]));
        const sorted = (values: number[]) =>
          values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0));
        expect(sorted(order(["strides", "intervals", "tempo", "marathon", "easy", "recovery"]))).toBe(true);
        expect(sorted(order(["mile", "5k", "10k", "half", "marathon"]))).toBe(true);
        expect(paces.long).toBe(paces.easy);
      }),
      { numRuns: 200 },
    );
  });

  it("are finite, and the estimate within 15 to 90", () => {
    fc.assert(
      fc.property(raceArb, distanceArb, modelArb, (race, km, model) => {
        const estimate = estimateVo2max(race);
        expect(estimate).toBeGreaterThanOrEqual(15);
        expect(estimate).toBeLessThanOrEqual(90);
        expect(Number.isFinite(predictRaceTime(race, km, { model }))).toBe(true);
        for (const pace of Object.values(trainingPaces(estimate)))
          expect(Number.isFinite(secondsPerKm(pace))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("paces, for any input at all", () => {
  it("return a finite number or throw an OffseasonError, never NaN", () => {
    const anyRace = fc.record(
      {
        distanceKm: fc.oneof(fc.double(), fc.integer(), fc.string()),
        distanceMi: fc.oneof(fc.double(), fc.integer()),
        time: fc.oneof(fc.string(), fc.stringMatching(/^\d{1,3}:\d{2}(:\d{2})?$/)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyRace, fc.double(), (race, km) => {
        for (const run of [
          () => estimateVo2max(race as RaceResult),
          () => predictRaceTime(race as RaceResult, km),
          () => predictRaceTime(race as RaceResult, 10, { model: "riegel" }),
        ]) {
          try {
            expect(Number.isFinite(run())).toBe(true);
          } catch (error) {
            expect(isOffseasonError(error)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
