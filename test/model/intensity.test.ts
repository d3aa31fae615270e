import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intensityOf } from "../../src/index.js";
import type { IntensitySession, OccurrenceSession, SessionOf, Step, StepRepeat } from "../../src/index.js";

const run = (
  runType: SessionOf<"run">["runType"],
  minutes: number,
  rpe: number,
  extra: Partial<Pick<OccurrenceSession<"run">, "pace" | "steps">> = {},
): IntensitySession => ({ kind: "run", runType, minutes, rpe, ...extra });
const split = (easyMin: number, moderateMin: number, hardMin: number) => ({ easyMin, moderateMin, hardMin });

describe("intensityOf", () => {
  it.each([
    ["a 45-min hills run without steps keeps 20 easy minutes around its work", run("hills", 45, 7), split(20, 0, 25)],
    ["a 30-min tempo without steps is at least half hard", run("tempo", 30, 7), split(15, 0, 15)],
    ["a 10-min race is half hard", run("race", 10, 9), split(5, 0, 5)],
    ["fartlek is a hard run type whatever its RPE", run("fartlek", 50, 4), split(20, 0, 30)],
    ["an easy run at RPE 3 is all easy", run("easy", 40, 3), split(40, 0, 0)],
    ["an easy run at RPE 5 is all moderate", run("easy", 40, 5), split(0, 40, 0)],
    ["a long run at RPE 6 is all hard", run("long", 90, 6), split(0, 0, 90)],
    ["a midpoint RPE 4.5 is moderate", run("easy", 40, 4.5), split(0, 40, 0)],
    ["a bike ride at RPE 4 is all easy", { kind: "cross", minutes: 60, rpe: 4 } as const, split(60, 0, 0)],
    [
      "strides are work steps of an easy run without RPE: easy",
      run("strides", 30, 4, {
        steps: [
          { intent: "steady", minutes: 28 },
          {
            repeat: 4,
            steps: [
              { intent: "work", seconds: 20 },
              { intent: "recovery", seconds: 10 },
            ],
          },
        ],
      }),
      split(30, 0, 0),
    ],
    [
      "a Hal Higdon tempo (10 easy, 20 at RPE 7, 10 easy) is 20 hard of 40",
      run("tempo", 40, 6, {
        steps: [
          { intent: "warmup", minutes: 10 },
          { intent: "work", minutes: 20, rpe: 7 },
          { intent: "cooldown", minutes: 10 },
        ],
      }),
      split(20, 0, 20),
    ],
    [
      "work steps without RPE of a hard run type are hard; RPE 5 steps are moderate",
      run("intervals", 40, 7, {
        steps: [
          { intent: "warmup", minutes: 10, rpe: 5 },
          {
            repeat: 5,
            steps: [
              { intent: "work", minutes: 3 },
              { intent: "recovery", minutes: 1 },
            ],
          },
          { intent: "cooldown", minutes: 10 },
        ],
      }),
      split(15, 10, 15),
    ],
    [
      "steps are scaled to the session's minutes",
      run("tempo", 60, 6, {
        steps: [
          { intent: "warmup", minutes: 10 },
          { intent: "work", minutes: 20, rpe: 7 },
        ],
      }),
      split(20, 0, 40),
    ],
  ])("%s", (_name, session, expected) => {
    expect(intensityOf(session, {})).toEqual(expected);
  });

  it("times a step given in miles at its pace in miles: 10 min, 3 x (1 mi at 8:15/mi RPE 7, 90 s recovery), 10 min", () => {
    const steps: readonly (Step | StepRepeat)[] = [
      { intent: "warmup", minutes: 10 },
      {
        repeat: 3,
        steps: [
          { intent: "work", distanceMi: 1, pace: "8:15/mi", rpe: 7 },
          { intent: "recovery", seconds: 90 },
        ],
      },
      { intent: "cooldown", minutes: 10 },
    ];
    // 20 + 3 x 1.5 easy, 3 x 8.25 hard: 49.25 minutes, the session's own.
    expect(intensityOf(run("intervals", 49.25, 7, { steps }), {})).toEqual(split(24.5, 0, 24.75));
  });

  it("times steps by distance at the session's pace, else the plan's pace of the run type, else the easy pace", () => {
    const steps: readonly Step[] = [
      { intent: "warmup", distanceKm: 2 },
      { intent: "work", distanceKm: 3, rpe: 8 },
    ];
    expect(intensityOf(run("tempo", 25, 7, { steps, pace: "5:00/km" }), { paces: { tempo: "4:00/km" } })).toEqual(
      split(10, 0, 15),
    );
    expect(intensityOf(run("tempo", 20, 7, { steps }), { paces: { tempo: "4:00/km", easy: "6:00/km" } })).toEqual(
      split(8, 0, 12),
    );
    expect(intensityOf(run("intervals", 30, 7, { steps }), { paces: { tempo: "4:00/km", easy: "6:00/km" } })).toEqual(
      split(12, 0, 18),
    );
    // A pace in km for a step in miles, and one in miles for a step in km.
    expect(
      intensityOf(
        run("easy", 20, 3, {
          steps: [
            { intent: "steady", distanceMi: 1, pace: "5:00/km" },
            { intent: "work", distanceKm: 1.609344, rpe: 7, pace: "8:03/mi" },
          ],
        }),
        {},
      ).hardMin,
    ).toBeCloseTo((20 * 8.05) / (8.05 + 5 * 1.609344), 9);
  });

  it("shares out the minutes the timed steps leave over the steps no pace can time, by distance", () => {
    const steps: readonly Step[] = [
      { intent: "warmup", minutes: 10 },
      { intent: "work", distanceKm: 4, rpe: 8 },
      { intent: "cooldown", distanceKm: 1 },
    ];
    expect(intensityOf(run("tempo", 35, 7, { steps }), {})).toEqual(split(15, 0, 20));
    // Nothing left to share: the timed steps take the whole session.
    expect(intensityOf(run("tempo", 10, 7, { steps }), {})).toEqual(split(10, 0, 0));
    // Nothing timed at all: as without steps.
    expect(intensityOf(run("tempo", 0, 7, { steps: [{ intent: "work", distanceKm: 1 }] }), {})).toEqual(split(0, 0, 0));
  });

  it("splits every session into non-negative parts that add up to its minutes", () => {
    const step: fc.Arbitrary<Step> = fc
      .record({
        intent: fc.constantFrom("warmup", "work", "recovery", "rest", "cooldown", "steady"),
        rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        pace: fc.option(fc.constantFrom("4:50/km", "8:15/mi", "12:00/mi"), { nil: undefined }),
      })
      .chain((base) =>
        fc
          .oneof(
            fc.record({ minutes: fc.double({ min: 0.5, max: 120, noNaN: true }) }),
            fc.record({ seconds: fc.integer({ min: 5, max: 600 }) }),
            fc.record({ distanceKm: fc.double({ min: 0.1, max: 30, noNaN: true }) }),
            fc.record({ distanceMi: fc.double({ min: 0.1, max: 20, noNaN: true }) }),
          )
          .map(
            (amount) =>
              Object.fromEntries(
                Object.entries({ ...base, ...amount }).filter(([, value]) => value !== undefined),
              ) as unknown as Step,
          ),
      );
    const repeat: fc.Arbitrary<StepRepeat> = fc.record({
      repeat: fc.integer({ min: 2, max: 100 }),
      steps: fc.array(
        fc.oneof(
          step,
          fc.record({ repeat: fc.integer({ min: 2, max: 10 }), steps: fc.array(step, { minLength: 1, maxLength: 3 }) }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    });
    const session = fc
      .record({
        kind: fc.constantFrom("run" as const, "cross" as const),
        runType: fc.constantFrom("easy", "long", "tempo", "intervals", "hills", "fartlek", "race", "strides"),
        minutes: fc.double({ min: 0, max: 1440, noNaN: true }),
        rpe: fc.double({ min: 0, max: 10, noNaN: true }),
        steps: fc.option(fc.array(fc.oneof(step, repeat), { maxLength: 6 }), { nil: undefined }),
      })
      .map(({ steps, ...rest }) => (steps === undefined ? rest : { ...rest, steps }));
    fc.assert(
      fc.property(
        session,
        fc.option(
          fc.constantFrom<Readonly<Record<string, string>>>(
            { easy: "10:00/mi" },
            { tempo: "4:30/km", easy: "6:00/km" },
          ),
          { nil: undefined },
        ),
        (value, paces) => {
          const { easyMin, moderateMin, hardMin } = intensityOf(value, paces === undefined ? {} : { paces });
          for (const part of [easyMin, moderateMin, hardMin]) expect(part).toBeGreaterThanOrEqual(0);
          expect(easyMin + moderateMin + hardMin).toBeCloseTo(value.minutes, 6);
        },
      ),
    );
  });
});
