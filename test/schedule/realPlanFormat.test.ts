import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan, type Occurrence, type SessionOccurrence } from "../../src/index.js";

type Json = Record<string, unknown>;

const planOf = (sessions: readonly Json[], extra: Json = {}, phase: Json = {}) =>
  parsePlan({
    version: 1,
    id: "p",
    timezone: "America/New_York",
    startDate: "2026-11-02",
    phases: [{ id: "base", weeks: 4, sessions, ...phase }],
    ...extra,
  });
const run = (fields: Json): Json => ({ id: "s", kind: "run", runType: "easy", rpe: 3, on: ["SA"], ...fields });
const aerobic = (occurrences: readonly Occurrence[]) =>
  occurrences.filter(
    (item): item is SessionOccurrence<"run" | "cross"> => item.kind === "run" || item.kind === "cross",
  );
const sessionsOf = (plan: ReturnType<typeof planOf>) => aerobic(expandPlan(plan));

describe("expanding the real-plan format additions", () => {
  it("takes the week's entry of a per-week array, and skips a null week", () => {
    const occurrences = sessionsOf(
      planOf([run({ minutes: [30, 35, null, 40], distanceKm: [5, null, 6, 7], rpe: [3, 4, 4, 5] })]),
    );
    expect(
      occurrences.map((item) => [item.id, item.week, item.session.minutes, item.session.distanceKm, item.session.rpe]),
    ).toEqual([
      ["s@2026-11-07", 1, 30, 5, 3],
      ["s@2026-11-14", 2, 35, undefined, 4],
      ["s@2026-11-28", 4, 40, 7, 5],
    ]);
    expect("distanceKm" in (occurrences[1]?.session ?? {})).toBe(false);
  });

  it("times a run given by distance with strides in its steps by its distance and pace, not by the strides alone", () => {
    const strides = { repeat: 4, steps: [{ intent: "work", seconds: 20 }] };
    const [first] = sessionsOf(planOf([run({ distanceMi: 4, steps: [strides] })], { paces: { easy: "10:00/mi" } }));
    expect(first?.session.minutes).toBe(40);
    expect(first?.estimated).toEqual(["minutes"]);
    const [stepsOnly] = sessionsOf(
      planOf([run({ steps: [{ intent: "warmup", minutes: 10 }, strides, { intent: "cooldown", minutes: 10 }] })]),
    );
    expect(stepsOnly?.session.minutes).toBe(21);
  });

  it("indexes per-week arrays by the week of the phase, not of the plan", () => {
    const plan = parsePlan({
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        { id: "t", weeks: 2, sessions: [] },
        { id: "base", weeks: 2, sessions: [run({ minutes: [50, 60] })] },
      ],
    });
    expect(sessionsOf(plan).map((item) => [item.week, item.session.minutes])).toEqual([
      [3, 50],
      [4, 60],
    ]);
  });

  it("turns ranges into midpoints after progression, with the bounds in ranges; progression never scales per-week entries", () => {
    const plan = planOf(
      [
        run({ minutes: { min: 30, max: 40 }, distanceKm: { min: 5, max: 6 }, rpe: { min: 3, max: 4 } }),
        run({ id: "w", minutes: [30, 30, 30, 30], on: ["SU"] }),
      ],
      {},
      { progression: [1, 1.1] },
    );
    const [first, , second, fixed] = sessionsOf(plan);
    expect(first?.session).toMatchObject({ minutes: 35, distanceKm: 5.5, rpe: 3.5 });
    expect(first?.ranges).toEqual({
      minutes: { min: 30, max: 40 },
      distanceKm: { min: 5, max: 6 },
      rpe: { min: 3, max: 4 },
    });
    expect(second?.multiplier).toBe(1.1);
    expect(second?.session).toMatchObject({ minutes: 38.5, rpe: 3.5 });
    expect(second?.session.distanceKm).toBeCloseTo(6.05, 10);
    expect(second?.ranges).toEqual({
      minutes: { min: 33, max: 44 },
      distanceKm: { min: 5.5, max: 6.6 },
      rpe: { min: 3, max: 4 },
    });
    expect(
      sessionsOf(plan)
        .filter((item) => item.sessionId === "w")
        .map((item) => item.session.minutes),
    ).toEqual([30, 30, 30, 30]);
    expect(fixed?.ranges).toBeUndefined();
  });

  it("carries miles in km too, and keeps the miles for displays", () => {
    const [first] = sessionsOf(planOf([run({ minutes: 40, distanceMi: 5 })]));
    expect(first?.session.distanceKm).toBeCloseTo(8.04672, 10);
    expect(first?.session.distanceMi).toBe(5);
  });

  it("scales miles in km as km are scaled (to 0.1 km), and the miles shown to 0.1 mi", () => {
    const [, second] = sessionsOf(planOf([run({ minutes: 40, distanceMi: 5 })], {}, { progression: [1, 1.1] }));
    expect(second?.session).toMatchObject({ minutes: 44, distanceKm: 8.9, distanceMi: 5.5 });
  });

  it("estimates the minutes of a distance from a pace: the session's, the plan's for the run type, then easy", () => {
    const plan = planOf(
      [
        run({ id: "own", distanceKm: 10, pace: "5:00/km" }),
        run({ id: "long", runType: "long", distanceMi: 6, on: ["SU"] }),
        run({ id: "rec", runType: "recovery", distanceMi: 3, on: ["MO"] }),
        { id: "walk", kind: "cross", modality: "walk", distanceKm: 4, pace: "12:30/km", rpe: 2, on: ["WE"] },
      ],
      { paces: { long: "8:15/mi", easy: "10:00/mi" } },
      { weeks: 1 },
    );
    const byId = new Map(sessionsOf(plan).map((item) => [item.sessionId, item]));
    expect(byId.get("own")?.session.minutes).toBe(50);
    expect(byId.get("long")?.session.minutes).toBe(50); // 6 x 8:15 = 49:30, rounded half up
    expect(byId.get("rec")?.session.minutes).toBe(30);
    expect(byId.get("walk")?.session.minutes).toBe(50);
    for (const item of byId.values()) expect(item.estimated).toEqual(["minutes"]);
  });

  it("estimates the bounds of a distance range too", () => {
    const [first] = sessionsOf(planOf([run({ distanceKm: { min: 8, max: 12 }, pace: "5:00/km" })], {}, { weeks: 1 }));
    expect(first?.session.minutes).toBe(50);
    expect(first?.ranges).toEqual({ distanceKm: { min: 8, max: 12 }, minutes: { min: 40, max: 60 } });
  });

  it("takes the minutes of a session without minutes from its steps, repeats multiplied", () => {
    const steps = [
      { intent: "warmup", minutes: 10 },
      {
        repeat: 3,
        steps: [
          { intent: "work", minutes: 4, rpe: 8 },
          { intent: "recovery", seconds: 120, rpe: 2 },
        ],
      },
      { intent: "cooldown", minutes: 10 },
    ];
    const [first] = sessionsOf(planOf([run({ runType: "intervals", rpe: 7, steps })], {}, { weeks: 1 }));
    expect(first?.session.minutes).toBe(38);
    expect(first?.estimated).toBeUndefined();
    expect(first?.intensity).toEqual({ easyMin: 26, moderateMin: 0, hardMin: 12 });
    const [paced] = sessionsOf(
      planOf(
        [run({ runType: "tempo", rpe: 7, pace: "4:00/km", steps: [{ intent: "work", distanceKm: 5 }] })],
        {},
        { weeks: 1 },
      ),
    );
    expect(paced?.session.minutes).toBe(20);
    expect(paced?.estimated).toEqual(["minutes"]);
  });

  it("places a one-off session on its date, unscaled, with its priority and optional flag", () => {
    const plan = planOf(
      [
        run({ minutes: 30 }),
        run({
          id: "5k",
          runType: "race",
          priority: "A",
          minutes: 25,
          distanceKm: 5,
          rpe: 9,
          on: undefined,
          date: "2026-11-22",
          time: "09:00",
          optional: true,
        }),
      ],
      {},
      { progression: [1, 1, 1.2] },
    );
    const race = sessionsOf(plan).filter((item) => item.sessionId === "5k");
    expect(race).toHaveLength(1);
    expect(race[0]).toMatchObject({
      id: "5k@2026-11-22",
      date: "2026-11-22",
      week: 3,
      start: "2026-11-22T09:00:00-05:00",
      multiplier: 1,
    });
    expect(race[0]?.session).toMatchObject({ minutes: 25, distanceKm: 5, priority: "A", optional: true });
    const skipped = parsePlan({ ...plan, exceptions: [{ action: "skip", date: "2026-11-22", sessionId: "5k" }] });
    expect(sessionsOf(skipped).some((item) => item.sessionId === "5k")).toBe(false);
  });

  it("puts intensity on run and cross occurrences, out of their JSON", () => {
    const plan = planOf(
      [
        run({ id: "tempo", runType: "tempo", minutes: 50, rpe: 7 }),
        run({
          id: "strides",
          runType: "strides",
          minutes: 40,
          rpe: 3,
          on: ["TU"],
          steps: [
            { intent: "steady", minutes: 35 },
            {
              repeat: 4,
              steps: [
                { intent: "work", seconds: 20, rpe: 6 },
                { intent: "recovery", seconds: 55, rpe: 2 },
              ],
            },
          ],
        }),
        { id: "bike", kind: "cross", modality: "bike", minutes: 30, rpe: 5, on: ["FR"] },
        { id: "gym", kind: "strength", minutes: 20, rpe: 5, on: ["MO"], focus: "core" },
      ],
      {},
      { weeks: 1 },
    );
    const occurrences = expandPlan(plan);
    const byId = new Map(aerobic(occurrences).map((item) => [item.sessionId, item]));
    expect(byId.get("tempo")?.intensity).toEqual({ easyMin: 20, moderateMin: 0, hardMin: 30 });
    expect(byId.get("bike")?.intensity).toEqual({ easyMin: 0, moderateMin: 30, hardMin: 0 });
    const strides = byId.get("strides")?.intensity;
    expect((strides?.easyMin ?? 0) + (strides?.hardMin ?? 0)).toBeCloseTo(40, 10);
    expect(strides?.hardMin).toBeLessThan(8);
    expect(JSON.stringify(occurrences)).not.toContain("intensity");
    const gym = occurrences.find((item) => item.sessionId === "gym");
    expect(gym && "intensity" in gym).toBe(false);
  });
});
