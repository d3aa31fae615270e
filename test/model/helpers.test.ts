import { describe, expect, it } from "vitest";
import {
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

const run = (runType: string, rpe: number, minutes = 40) => ({ id: "r", kind: "run", runType, rpe, minutes, on: ["MO"] }) as OccurrenceSession;
const cross = (rpe: number, minutes = 30) => ({ id: "c", kind: "cross", modality: "swim", rpe, minutes, on: ["MO"] }) as OccurrenceSession;
const strength = (names: string[]) =>
  ({ id: "s", kind: "strength", rpe: 6, minutes: 30, on: ["MO"], exercises: names.map((name) => ({ name, sets: 3, reps: 8 })) }) as OccurrenceSession;
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
