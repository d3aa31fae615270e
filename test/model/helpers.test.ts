import { describe, expect, it } from "vitest";
import {
  HARD_SESSION_MIN_HARD_MINUTES,
  exercisePattern,
  isActiveRecovery,
  isAerobicSession,
  isEasySession,
  isHardSession,
  isLowerBodyStrength,
  isRunSession,
  parsePlan,
  phaseOfWeek,
  phaseType,
  planEndDate,
  planWeeks,
  sessionLoad,
  weekOfDate,
  type OccurrenceSession,
} from "../../src/index.js";
import { examplePlanJson } from "../helpers/fixtures.js";

const run = (runType: string, rpe: number, minutes = 40) =>
  ({ id: "r", kind: "run", runType, rpe, minutes, on: ["MO"] }) as OccurrenceSession;
const cross = (rpe: number, minutes = 30) =>
  ({ id: "c", kind: "cross", modality: "swim", rpe, minutes, on: ["MO"] }) as OccurrenceSession;
const strength = (names: string[]) =>
  ({
    id: "s",
    kind: "strength",
    rpe: 6,
    minutes: 30,
    on: ["MO"],
    exercises: names.map((name) => ({ name, sets: 3, reps: 8 })),
  }) as OccurrenceSession;
const mobility = { id: "m", kind: "mobility", practice: "yoga", minutes: 20, on: ["MO"] } as OccurrenceSession;
const mental = { id: "v", kind: "mental", practice: "visualization", minutes: 15, on: ["SU"] } as OccurrenceSession;

describe("session helpers", () => {
  it("sessionLoad is RPE x minutes for runs, cross-training and strength, 0 for mobility and mental practice", () => {
    expect(sessionLoad(run("easy", 3, 40))).toBe(120);
    expect(sessionLoad(cross(4, 45))).toBe(180);
    expect(sessionLoad(strength(["squat"]))).toBe(180);
    expect(sessionLoad(mobility)).toBe(0);
    expect(sessionLoad(mental)).toBe(0);
  });

  it("a hard session is an aerobic one at RPE >= 6 or a tempo/intervals/hills/race run", () => {
    expect(isHardSession(run("easy", 5))).toBe(false);
    expect(isHardSession(run("easy", 6))).toBe(true);
    for (const type of ["tempo", "intervals", "hills", "race"]) expect(isHardSession(run(type, 2))).toBe(true);
    expect(isHardSession(run("strides", 4))).toBe(false);
    expect(isHardSession(cross(6))).toBe(true);
    expect(isHardSession(strength(["squat"]))).toBe(false);
    expect(isHardSession(mobility)).toBe(false);
  });

  it("a session with steps is hard from 8 hard minutes; a race always", () => {
    const withSteps = (runType: string, rpe: number, steps: unknown[], minutes = 40) =>
      ({ ...run(runType, rpe, minutes), steps }) as unknown as OccurrenceSession;
    expect(HARD_SESSION_MIN_HARD_MINUTES).toBe(8);
    const strides = [
      { intent: "steady", minutes: 36 },
      {
        repeat: 6,
        steps: [
          { intent: "work", seconds: 20 },
          { intent: "recovery", seconds: 20 },
        ],
      },
    ];
    expect(isHardSession(withSteps("strides", 4, strides))).toBe(false);
    // Strides at RPE 8: 6 x 20 s is 2 hard minutes, still not a hard session.
    expect(
      isHardSession(
        withSteps("easy", 4, [
          { intent: "steady", minutes: 36 },
          {
            repeat: 6,
            steps: [
              { intent: "work", seconds: 20, rpe: 8 },
              { intent: "recovery", seconds: 20 },
            ],
          },
        ]),
      ),
    ).toBe(false);
    expect(
      isHardSession(
        withSteps("tempo", 7, [
          { intent: "warmup", minutes: 16 },
          { intent: "work", minutes: 8, rpe: 7 },
          { intent: "cooldown", minutes: 16 },
        ]),
      ),
    ).toBe(true);
    expect(
      isHardSession(
        withSteps("tempo", 7, [
          { intent: "warmup", minutes: 17 },
          { intent: "work", minutes: 7, rpe: 7 },
          { intent: "cooldown", minutes: 16 },
        ]),
      ),
    ).toBe(false);
    // A hard RPE of the whole session does not make easy steps hard.
    expect(isHardSession(withSteps("easy", 7, [{ intent: "steady", minutes: 40, rpe: 4 }]))).toBe(false);
    expect(isHardSession(withSteps("race", 2, [{ intent: "steady", minutes: 40, rpe: 2 }]))).toBe(true);
    expect(
      isHardSession({
        ...cross(3),
        steps: [
          {
            repeat: 4,
            steps: [
              { intent: "work", minutes: 3, rpe: 7 },
              { intent: "rest", minutes: 1 },
            ],
          },
          { intent: "steady", minutes: 14 },
        ],
      } as unknown as OccurrenceSession),
    ).toBe(true);
    // Steps by distance are timed at the plan's paces: 2 km at 4:00/km is 8 hard minutes of 28.
    const byDistance = withSteps(
      "intervals",
      7,
      [
        { intent: "warmup", minutes: 10 },
        {
          repeat: 2,
          steps: [
            { intent: "work", distanceKm: 1 },
            { intent: "recovery", minutes: 5 },
          ],
        },
      ],
      28,
    );
    expect(isHardSession(byDistance, { paces: { intervals: "4:00/km" } })).toBe(true);
    expect(isHardSession(byDistance, { paces: { intervals: "3:30/km" } })).toBe(false);
    // Without paces, the untimed steps share the minutes left: 28 - 20 = 8.
    expect(isHardSession(byDistance)).toBe(true);
  });

  it("fartlek is a hard run type", () => {
    expect(isHardSession(run("fartlek", 3))).toBe(true);
    expect(isEasySession(run("fartlek", 3))).toBe(false);
  });

  it("an easy session is aerobic, RPE <= 4 and not a hard run type; RPE 5 is neither easy nor hard", () => {
    expect(isEasySession(run("long", 4))).toBe(true);
    expect(isEasySession(run("easy", 5))).toBe(false);
    expect(isHardSession(run("easy", 5))).toBe(false);
    expect(isEasySession(run("tempo", 3))).toBe(false);
    expect(isEasySession(cross(4))).toBe(true);
    expect(isEasySession(strength(["squat"]))).toBe(false);
  });

  it("active recovery is non-running aerobic work at RPE <= 3", () => {
    expect(isActiveRecovery(cross(3))).toBe(true);
    expect(isActiveRecovery(cross(4))).toBe(false);
    expect(isActiveRecovery(run("recovery", 2))).toBe(false);
    expect(isActiveRecovery(mobility)).toBe(false);
  });

  it("classifies runs, aerobic work and lower-body strength", () => {
    expect(isRunSession(run("easy", 3))).toBe(true);
    expect(isRunSession(cross(3))).toBe(false);
    expect(isAerobicSession(cross(3))).toBe(true);
    expect(isAerobicSession(mental)).toBe(false);
    expect(isLowerBodyStrength(strength(["push-up", "plank"]))).toBe(false);
    expect(isLowerBodyStrength(strength(["push-up", "calf-raise"]))).toBe(true);
    expect(isLowerBodyStrength(run("easy", 3))).toBe(false);
    const byFocus = (focus: string) =>
      ({ id: "s", kind: "strength", rpe: 5, minutes: 20, on: ["MO"], focus }) as unknown as OccurrenceSession;
    expect(isLowerBodyStrength(byFocus("full-body"))).toBe(true);
    expect(isLowerBodyStrength(byFocus("lower-body"))).toBe(true);
    expect(isLowerBodyStrength(byFocus("upper-body"))).toBe(false);
    expect(isLowerBodyStrength(byFocus("core"))).toBe(false);
  });

  it("exercisePattern maps known names and takes the pattern of an other exercise", () => {
    expect(exercisePattern({ name: "romanian-deadlift", sets: 3, reps: 8 })).toBe("hip-hinge");
    expect(exercisePattern({ name: "other", pattern: "trunk", sets: 3, seconds: 30 })).toBe("trunk");
  });
});

describe("plan date helpers", () => {
  const plan = parsePlan(examplePlanJson());

  it("counts weeks and finds the last day", () => {
    expect(planWeeks(plan)).toBe(12);
    expect(planEndDate(plan)).toBe("2027-01-24");
  });

  it("finds the week of a date", () => {
    expect(weekOfDate(plan, "2026-11-02")).toBe(1);
    expect(weekOfDate(plan, "2026-11-08")).toBe(1);
    expect(weekOfDate(plan, "2026-11-09")).toBe(2);
    expect(weekOfDate(plan, "2026-11-01")).toBe(0);
  });

  it("finds the phase of a week with its cycling progression multiplier", () => {
    expect(phaseOfWeek(plan, 1)).toMatchObject({ phaseIndex: 0, weekInPhase: 1, multiplier: 1 });
    expect(phaseOfWeek(plan, 3)).toMatchObject({ phaseIndex: 1, weekInPhase: 1, multiplier: 1 });
    expect(phaseOfWeek(plan, 6)).toMatchObject({ phaseIndex: 1, weekInPhase: 4, multiplier: 0.8 });
    expect(phaseOfWeek(plan, 7)).toMatchObject({ phaseIndex: 1, weekInPhase: 5, multiplier: 1 });
    expect(phaseOfWeek(plan, 12)).toMatchObject({ phaseIndex: 2, weekInPhase: 2 });
    expect(phaseOfWeek(plan, 13)).toBeUndefined();
    expect(phaseOfWeek(plan, 0)).toBeUndefined();
    expect(phaseOfWeek(plan, 1.5)).toBeUndefined();
  });

  it("reads the phase type from type, else from a matching id, else base", () => {
    expect(phaseType({ id: "transition" })).toBe("transition");
    expect(phaseType({ id: "pre-season" })).toBe("pre-season");
    expect(phaseType({ id: "winter", type: "transition" })).toBe("transition");
    expect(phaseType({ id: "winter" })).toBe("base");
  });
});
