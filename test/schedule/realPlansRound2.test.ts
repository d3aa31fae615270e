// Real plans, round 2 (docs/plan-format.md): what the occurrences carry for ranges everywhere, open ranges, effort
// words, lengths left out, run/walk, named paces and time trials; and how the weekly figures read them.
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  expandPlan,
  isHardSession,
  parsePlan,
  sessionStructure,
  sessionTitle,
  trainingPaces,
  weeklyMetrics,
  type SessionOccurrence,
} from "../../src/index.js";
import { planWith, run } from "../model/realPlanCases.js";

type Json = Record<string, unknown>;
const sessionsOf = (plan: Json) =>
  expandPlan(parsePlan(plan)).filter((o): o is SessionOccurrence => o.kind !== "habit");
const first = (plan: Json) => {
  const occurrence = sessionsOf(plan)[0];
  if (occurrence === undefined) throw new Error("no occurrence");
  return occurrence;
};

describe("ranges and per-week values for every length and effort", () => {
  it("gives a strength session of 15-30 min its midpoint, with the bounds in ranges", () => {
    const plan = planWith([
      { id: "gym", kind: "strength", minutes: { min: 15, max: 30 }, rpe: 5, on: ["MO"], focus: "core" },
    ]);
    const occurrence = first(plan);
    expect(occurrence.session.minutes).toBe(22.5);
    expect(occurrence.ranges).toEqual({ minutes: { min: 15, max: 30 } });
    expect(weeklyMetrics(buildCalendar(parsePlan(plan)))[0]?.strengthMinutes).toBe(22.5);
  });

  it("reads a mobility session's per-week minutes week by week, and a null week leaves it out", () => {
    const plan = planWith([
      { id: "yoga", kind: "mobility", practice: "yoga", minutes: [10, 15, null, 20], on: ["WE"] },
    ]);
    expect(sessionsOf(plan).map((o) => o.session.minutes)).toEqual([10, 15, 20]);
  });

  it("resolves steps week by week: per-week repeats and lengths, ranges to midpoints with their bounds", () => {
    const plan = planWith([
      run({
        runType: "hills",
        rpe: undefined,
        effort: "hard",
        steps: [
          { intent: "warmup", minutes: { min: 10, max: 14 } },
          { repeat: [3, 4, 5, 6], steps: [{ intent: "work", seconds: [60, 60, 75, 90], effort: "hard" }] },
          { repeat: { min: 6, max: 10 }, steps: [{ intent: "work", seconds: 30, rpe: { min: 7, max: 8 } }] },
          { intent: "cooldown", minutes: 10 },
        ],
      }),
    ]);
    const occurrences = sessionsOf(plan);
    const steps = occurrences.map((o) => (o.kind === "run" ? o.session.steps : undefined));
    expect(steps[0]).toEqual([
      { intent: "warmup", minutes: 12, ranges: { minutes: { min: 10, max: 14 } } },
      { repeat: 3, steps: [{ intent: "work", seconds: 60, effort: "hard", rpe: 7, estimated: ["rpe"] }] },
      {
        repeat: 8,
        steps: [{ intent: "work", seconds: 30, rpe: 7.5, ranges: { rpe: { min: 7, max: 8 } } }],
        ranges: { repeat: { min: 6, max: 10 } },
      },
      { intent: "cooldown", minutes: 10 },
    ]);
    // 12 + 3 x 1 + 8 x 0.5 + 10 = 29; week 4: 12 + 6 x 1.5 + 4 + 10 = 35.
    expect(occurrences.map((o) => o.session.minutes)).toEqual([29, 30, 32, 35]);
    expect(occurrences[0]?.kind === "run" && sessionStructure(occurrences[0].session)).toBe(
      "10-14 min warm-up, 3 x 60 s at RPE 7, 6-10 x 30 s at RPE 7.5, 10 min cool-down",
    );
  });

  it("keeps a plan without the additions as it was: steps as written, no ranges or estimates", () => {
    const steps = [
      { intent: "warmup", minutes: 10 },
      { repeat: 4, steps: [{ intent: "work", minutes: 3, rpe: 8 }] },
    ];
    const occurrence = first(planWith([run({ steps })]));
    expect(occurrence.kind === "run" && occurrence.session.steps).toEqual(steps);
    expect(occurrence.ranges).toBeUndefined();
    expect(occurrence.estimated).toBeUndefined();
  });
});

describe("open ranges", () => {
  it("gives an occurrence of 120 min or more its minimum, and { min: 120 } in ranges", () => {
    const plan = planWith([run({ runType: "long", minutes: { min: 120 } })]);
    const occurrence = first(plan);
    expect(occurrence.session.minutes).toBe(120);
    expect(occurrence.ranges).toEqual({ minutes: { min: 120 } });
    expect(sessionTitle(occurrence.session, occurrence)).toBe("Long run 120+ min");
    const week = weeklyMetrics(buildCalendar(parsePlan(plan)))[0];
    expect(week?.runMinutes).toBe(120);
    expect(week?.load).toBe(120 * 3);
  });

  it("scales an open range by progression, min only", () => {
    const plan = planWith([run({ runType: "long", minutes: { min: 100 } })]);
    const phases = plan.phases as Json[];
    phases[0] = { ...phases[0], progression: [1, 1.1] };
    expect(sessionsOf(plan).map((o) => o.ranges?.minutes)).toEqual([
      { min: 100 },
      { min: 110 },
      { min: 100 },
      { min: 110 },
    ]);
  });
});

describe("effort in words and defaults for what a plan leaves out", () => {
  it("reads an effort word as docs/domain.md's RPE, marked estimated", () => {
    const occurrence = first(planWith([run({ rpe: undefined, effort: "steady", minutes: 40 })]));
    expect(occurrence.session).toMatchObject({ rpe: 4, effort: "steady" });
    expect(occurrence.estimated).toEqual(["rpe"]);
  });

  it.each([
    ["easy", 3],
    ["recovery", 2],
    ["long", 4],
    ["strides", 3],
    ["tempo", 6],
    ["fartlek", 6],
    ["hills", 7],
    ["intervals", 8],
    ["time-trial", 9],
    ["race", 9],
  ])("gives a %s run without RPE or effort RPE %d", (runType, rpe) => {
    const occurrence = first(planWith([run({ rpe: undefined, runType, minutes: 30 })]));
    expect(occurrence.session.kind === "run" && occurrence.session.rpe).toBe(rpe);
    expect(occurrence.estimated).toEqual(["rpe"]);
  });

  it("gives strength, cross-training, mobility and mental sessions without a length docs/domain.md's minutes", () => {
    const plan = planWith([
      { id: "gym", kind: "strength", focus: "full-body", on: ["MO"] },
      { id: "xt", kind: "cross", modality: "bike", on: ["TU"] },
      { id: "roll", kind: "mobility", practice: "foam-rolling", on: ["WE"] },
      { id: "goals", kind: "mental", practice: "goal-setting", on: ["TH"] },
    ]);
    const week = sessionsOf(plan).filter((o) => o.week === 1);
    expect(week.map((o) => [o.kind, o.session.minutes, o.estimated])).toEqual([
      ["strength", 30, ["minutes", "rpe"]],
      ["cross", 30, ["minutes", "rpe"]],
      ["mobility", 10, ["minutes"]],
      ["mental", 10, ["minutes"]],
    ]);
    expect(week.map((o) => ("rpe" in o.session ? o.session.rpe : undefined))).toEqual([5, 3, undefined, undefined]);
  });
});

describe("run/walk", () => {
  const plan = planWith([
    run({
      rpe: 4,
      steps: [
        {
          repeat: 10,
          steps: [
            { intent: "work", minutes: 1 },
            { intent: "walk", minutes: 2, rpe: 8 },
          ],
        },
      ],
    }),
  ]);

  it("counts walk steps in the session's minutes and load, not in the weekly running minutes", () => {
    const occurrence = first(plan);
    expect(occurrence.session.minutes).toBe(30);
    const week = weeklyMetrics(buildCalendar(parsePlan(plan)))[0];
    expect(week?.runMinutes).toBe(10);
    expect(week?.longestRunMinutes).toBe(10);
    expect(week?.totalMinutes).toBe(30);
    expect(week?.load).toBe(30 * 4);
  });

  it("gives a walk step without RPE docs/domain.md's RPE 2, marked estimated", () => {
    const occurrence = first(
      planWith([
        run({
          steps: [
            { intent: "work", minutes: 1 },
            { intent: "walk", minutes: 2 },
          ],
        }),
      ]),
    );
    expect(occurrence.kind === "run" && occurrence.session.steps?.[1]).toEqual({
      intent: "walk",
      minutes: 2,
      rpe: 2,
      estimated: ["rpe"],
    });
  });

  it("counts walk steps easy whatever their RPE", () => {
    const occurrence = first(plan);
    expect(occurrence.kind === "run" && occurrence.intensity).toEqual({ easyMin: 30, moderateMin: 0, hardMin: 0 });
  });

  it('says "Run/walk: 10 x (1 min run, 2 min walk)"', () => {
    const occurrence = first(
      planWith([
        run({
          steps: [
            {
              repeat: 10,
              steps: [
                { intent: "work", minutes: 1 },
                { intent: "walk", minutes: 2 },
              ],
            },
          ],
        }),
      ]),
    );
    expect(occurrence.kind === "run" && sessionStructure(occurrence.session)).toBe(
      "Run/walk: 10 x (1 min run, 2 min walk)",
    );
    expect(sessionTitle(occurrence.session, occurrence)).toBe("Run/walk: 10 x (1 min run, 2 min walk)");
  });
});

describe("named paces", () => {
  it("times a step at the plan's race pace it names, and carries the pace itself", () => {
    const plan = planWith(
      [
        run({
          runType: "intervals",
          steps: [
            {
              repeat: 5,
              steps: [
                { intent: "work", distanceKm: 1, pace: "5k" },
                { intent: "recovery", minutes: 2 },
              ],
            },
          ],
        }),
      ],
      { paces: { "5k": "4:00/km" } },
    );
    const occurrence = first(plan);
    expect(occurrence.session.minutes).toBe(30);
    expect(occurrence.kind === "run" && occurrence.session.steps?.[0]).toEqual({
      repeat: 5,
      steps: [
        { intent: "work", distanceKm: 1, pace: "4:00/km" },
        { intent: "recovery", minutes: 2 },
      ],
    });
  });

  it("accepts the paces trainingPaces returns as the plan's paces, as they are", () => {
    const paces = trainingPaces({ distanceKm: 5, time: "20:00" });
    const plan = planWith([run({ runType: "tempo", distanceKm: 5, pace: "10k" })], { paces });
    const occurrence = first(plan);
    expect(occurrence.session.kind === "run" && occurrence.session.pace).toBe(paces["10k"]);
    expect(parsePlan(plan).paces).toEqual(paces);
  });
});

describe("time trials", () => {
  it("is a hard run that is not a race", () => {
    const occurrence = first(
      planWith([run({ runType: "time-trial", rpe: undefined, minutes: 20, date: "2026-11-14", on: undefined })]),
    );
    expect(occurrence.session).toMatchObject({ runType: "time-trial", rpe: 9 });
    expect(isHardSession(occurrence.session)).toBe(true);
    expect(sessionTitle(occurrence.session, occurrence)).toBe("Time trial 20 min");
  });
});
