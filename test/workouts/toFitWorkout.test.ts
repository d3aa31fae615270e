import { describe, expect, it } from "vitest";
import { isOffseasonError } from "../../src/index.js";
import { MAX_WORKOUT_STEPS, toFitWorkout, type WorkoutWarning } from "../../src/workouts.js";
import { decodeWithParser, decodeWithSdk, messageOrder } from "./decoders.js";
import { intervals, occurrenceOf, withSession } from "./fixtures.js";

const codes = (warnings: readonly WorkoutWarning[]) => warnings.map((warning) => warning.code);

describe("toFitWorkout: the file", () => {
  const { data, warnings } = toFitWorkout(occurrenceOf(intervals));

  it("is a FIT file: 14-byte header, .FIT, data size, header CRC and file CRC (checked by Garmin's SDK)", () => {
    expect(data[0]).toBe(14);
    expect(String.fromCharCode(...data.subarray(8, 12))).toBe(".FIT");
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    expect(view.getUint32(4, true)).toBe(data.length - 16);
    decodeWithSdk(data);
    expect(warnings).toEqual([]);
  });

  it("writes file_id first, then workout, then the workout steps", () => {
    expect(messageOrder(data)).toEqual([0, 26, 27, 27, 27, 27, 27]);
  });

  it("golden: file_id and workout, field by field", () => {
    const { fileId, workout } = decodeWithSdk(data);
    // 2026-11-03T07:00:00Z, the occurrence's start: 1793689200 s since 1970, 1162623600 s since the FIT epoch.
    expect(fileId).toMatchObject({ type: "workout", manufacturer: "development", product: 0 });
    expect((fileId.timeCreated as Date).toISOString()).toBe("2026-11-03T07:00:00.000Z");
    expect(new DataView(data.buffer).getUint32(14 + 6 + 5 * 3 + 1 + 1 + 2 + 2 + 4, true)).toBe(1_162_623_600);
    // FNV-1a of "s@2026-11-03", written out: never 0 (uint32z's invalid value), the same for the same occurrence.
    expect(fileId.serialNumber).toEqual(expect.any(Number));
    expect(fileId.serialNumber).not.toBe(0);
    expect(workout).toEqual({ wktName: "Interval", sport: "running", subSport: "generic", numValidSteps: 5 });
  });

  it("golden: the steps, field by field (time in ms, distance in cm, pace as mm/s, repeat after its block)", () => {
    const { steps } = decodeWithSdk(data);
    expect(steps[0]).toMatchObject({
      messageIndex: 0,
      wktStepName: "Warm-up",
      durationType: "time",
      durationValue: 600_000,
      targetType: "open",
      intensity: "warmup",
    });
    // 4:00/km +- 5 s: 4:05/km = 1e6 / 245 = 4081.6 -> 4082 mm/s (low, slower); 3:55/km = 1e6 / 235 = 4255.3 -> 4255.
    expect(steps[1]).toMatchObject({
      messageIndex: 1,
      durationType: "distance",
      durationValue: 40_000,
      durationDistance: 400,
      targetType: "speed",
      targetValue: 0,
      customTargetValueLow: 4082,
      customTargetValueHigh: 4255,
      intensity: "active",
    });
    expect(steps[2]).toMatchObject({ messageIndex: 2, durationValue: 90_000, intensity: "recovery" });
    expect(steps[3]).toMatchObject({
      messageIndex: 3,
      durationType: "repeatUntilStepsCmplt",
      durationStep: 1,
      repeatSteps: 6,
    });
    expect(steps[4]).toMatchObject({ messageIndex: 4, durationValue: 600_000, intensity: "cooldown" });
  });

  it("reads the same with fit-file-parser (raw values)", async () => {
    const { workout, steps } = await decodeWithParser(data);
    expect(workout).toMatchObject({ wkt_name: "Interval", sport: "running", num_valid_steps: 5 });
    expect(steps.map((step) => step.duration_value)).toEqual([600_000, 40_000, 90_000, 1, 600_000]);
    expect(steps[1]).toMatchObject({ custom_target_value_low: 4082, custom_target_value_high: 4255 });
    expect(steps[3]).toMatchObject({ duration_type: "repeat_until_steps_cmplt", target_value: 6 });
  });

  it("gives the same bytes for the same occurrence, and takes time_created from `now`", () => {
    expect(toFitWorkout(occurrenceOf(intervals)).data).toEqual(data);
    const later = toFitWorkout(occurrenceOf(intervals), { now: "2026-11-01T08:00:00Z" });
    expect((decodeWithSdk(later.data).fileId.timeCreated as Date).toISOString()).toBe("2026-11-01T08:00:00.000Z");
    const date = toFitWorkout(occurrenceOf(intervals), { now: new Date("2026-11-01T08:00:00Z") });
    expect(date.data).toEqual(later.data);
  });
});

describe("toFitWorkout: what each session becomes", () => {
  it("golden: a mile at 8:15/mi in cm and mm/s; a pace range as given; the tolerance option", () => {
    const occurrence = occurrenceOf({
      kind: "run",
      runType: "tempo",
      rpe: 7,
      steps: [{ intent: "work", distanceMi: 1, pace: "8:15/mi" }],
    });
    const { steps } = decodeWithSdk(toFitWorkout(occurrence).data);
    // 1 mi = 160934.4 cm -> 160934; 8:15/mi = 495 s / 1.609344 = 307.58 s/km; +- 5: 1e6 / 312.58 = 3199.2 -> 3199,
    // 1e6 / 302.58 = 3304.9 -> 3305.
    expect(steps[0]).toMatchObject({ durationValue: 160_934, customTargetValueLow: 3199, customTargetValueHigh: 3305 });
    const exact = decodeWithSdk(toFitWorkout(occurrence, { paceToleranceSec: 0 }).data).steps[0];
    // 1e6 / 307.58 = 3251.2 -> 3251 both ends.
    expect(exact).toMatchObject({ customTargetValueLow: 3251, customTargetValueHigh: 3251 });
    const range = withSession(occurrence, {
      steps: [{ intent: "work", minutes: 5, pace: { min: "4:00/km", max: "4:10/km" } }],
    });
    // 4:10/km = 250 s: 4000 mm/s low; 4:00/km = 240 s: 4166.7 -> 4167 high; no tolerance on a range.
    expect(decodeWithSdk(toFitWorkout(range).data).steps[0]).toMatchObject({
      customTargetValueLow: 4000,
      customTargetValueHigh: 4167,
    });
  });

  it("a session without steps is one step of its minutes (a range's midpoint), with its pace", () => {
    const occurrence = occurrenceOf({
      kind: "run",
      runType: "easy",
      minutes: { min: 30, max: 45 },
      rpe: 3,
      pace: "6:00/km",
    });
    const { data, warnings } = toFitWorkout(occurrence);
    const { steps, workout } = decodeWithSdk(data);
    expect(workout).toMatchObject({ wktName: "Easy run", numValidSteps: 1 });
    // 37.5 min = 2,250,000 ms.
    expect(steps).toEqual([expect.objectContaining({ durationValue: 2_250_000, notes: "RPE 3", targetType: "speed" })]);
    expect(warnings).toEqual([{ code: "rpe", message: expect.any(String) as string, stepIndex: 0 }]);
  });

  it("a distance-only session is one step of its distance", () => {
    const occurrence = occurrenceOf({ kind: "run", runType: "long", distanceKm: 12, pace: "6:00/km", rpe: 4 });
    expect(decodeWithSdk(toFitWorkout(occurrence).data).steps[0]).toMatchObject({
      durationType: "distance",
      durationValue: 1_200_000,
    });
  });

  it.each([
    ["swim", "swimming", "lapSwimming"],
    ["bike", "cycling", "generic"],
    ["walk", "walking", "generic"],
    ["hike", "hiking", "generic"],
    ["row", "rowing", "generic"],
    ["ski", "crossCountrySkiing", "generic"],
    ["elliptical", "training", "elliptical"],
    ["other", "training", "cardioTraining"],
  ])("cross-training by %s is sport %s / %s", (modality, sport, subSport) => {
    const occurrence = occurrenceOf({ kind: "cross", modality, minutes: 40, rpe: 3 });
    expect(decodeWithSdk(toFitWorkout(occurrence).data).workout).toMatchObject({ sport, subSport });
  });

  it("golden: strength is one step per exercise, by reps or time, with FIT's exercise category", () => {
    const occurrence = occurrenceOf({
      kind: "strength",
      minutes: 30,
      rpe: 6,
      exercises: [
        { name: "goblet-squat", sets: 3, reps: 10, loadKg: 16 },
        { name: "plank", sets: 1, seconds: 45 },
        { name: "toe-walk", sets: 1, seconds: 30 },
        { name: "other", pattern: "upper", label: "Band pull-apart", sets: 1, reps: 15 },
      ],
    });
    const { data, warnings } = toFitWorkout(occurrence);
    const { workout, steps } = decodeWithSdk(data);
    expect(workout).toMatchObject({ sport: "training", subSport: "strengthTraining", numValidSteps: 4 });
    expect(steps[0]).toMatchObject({
      wktStepName: "Goblet squat",
      durationType: "reps",
      durationValue: 10,
      exerciseCategory: "squat",
      exerciseName: 37,
      exerciseWeight: 16,
      notes: "3 sets",
    });
    expect(steps[1]).toMatchObject({ durationType: "time", durationValue: 45_000, exerciseCategory: "plank" });
    expect(steps[2]).not.toHaveProperty("exerciseCategory");
    expect(steps[3]).toMatchObject({ wktStepName: "Band pull-apart", durationValue: 15 });
    expect(warnings.map((warning) => [warning.code, warning.stepIndex])).toEqual([
      ["sets", 0],
      ["exercise", 2],
      ["exercise", 3],
    ]);
  });

  it("unrolls a repeat inside a repeat into the outer one, with a warning at its first step", () => {
    const occurrence = occurrenceOf({
      kind: "run",
      runType: "intervals",
      rpe: 8,
      steps: [
        {
          repeat: 2,
          steps: [
            {
              repeat: 3,
              steps: [
                { intent: "work", seconds: 30 },
                { intent: "recovery", seconds: 30 },
              ],
            },
            { intent: "rest", minutes: 3 },
          ],
        },
      ],
    });
    const { data, warnings } = toFitWorkout(occurrence);
    const { steps, workout } = decodeWithSdk(data);
    expect(workout.numValidSteps).toBe(8);
    expect(steps.map((step) => step.intensity ?? "repeat")).toEqual([
      "active",
      "recovery",
      "active",
      "recovery",
      "active",
      "recovery",
      "rest",
      "repeat",
    ]);
    expect(steps[7]).toMatchObject({ durationStep: 0, repeatSteps: 2 });
    expect(warnings).toEqual([{ code: "nested-repeat", message: expect.any(String) as string, stepIndex: 0 }]);
  });

  it("refuses more steps than MAX_WORKOUT_STEPS once unrolled, with a located limit error, never a cut file", () => {
    const occurrence = occurrenceOf({
      kind: "run",
      runType: "intervals",
      rpe: 8,
      steps: [
        {
          repeat: 2,
          steps: [
            {
              repeat: 60,
              steps: [
                { intent: "work", seconds: 30 },
                { intent: "rest", seconds: 30 },
              ],
            },
          ],
        },
      ],
    });
    let caught: unknown;
    try {
      toFitWorkout(occurrence);
    } catch (error) {
      caught = error;
    }
    expect(isOffseasonError(caught) && caught.code).toBe("limit");
    expect(isOffseasonError(caught) && caught.issues[0]?.path).toBe("session.steps");
    expect(isOffseasonError(caught) && caught.issues[0]?.message).toContain(String(MAX_WORKOUT_STEPS));
    // 121 steps: the inner 60 x 2 unrolled into the outer block, and the outer block's repeat step.
    expect(isOffseasonError(caught) && caught.issues[0]?.message).toContain("121 steps");
  });

  it("writes RPE into the notes, cuts names to FIT's 15 bytes at a character, never a control character", () => {
    const occurrence = occurrenceOf({
      kind: "run",
      runType: "tempo",
      name: "Tempo über die Brücke",
      rpe: 7,
      steps: [{ intent: "work", minutes: 20, rpe: 7, notes: "Hold\nit\u0000steady" }],
    });
    const { data, warnings } = toFitWorkout(occurrence);
    const { workout, steps } = decodeWithSdk(data);
    // "Tempo über die " is 16 bytes (ü is 2): 15 bytes end after "die".
    expect(workout.wktName).toBe("Tempo über die");
    expect(steps[0]?.notes).toBe("RPE 7. Hold it steady");
    expect(codes(warnings)).toEqual(["name", "rpe"]);
    expect(JSON.stringify(steps)).not.toMatch(/\\n|\\u0000/);
  });

  it("maps an intent it does not know to an active step, and a walk step to FIT's walk", () => {
    const base = occurrenceOf({ kind: "run", runType: "easy", rpe: 3, steps: [{ intent: "work", minutes: 1 }] });
    const occurrence = withSession(base, {
      steps: [
        { intent: "walk", minutes: 2 },
        { intent: "sprint", seconds: 20 },
      ],
    });
    const { data, warnings } = toFitWorkout(occurrence);
    const { steps } = decodeWithSdk(data);
    expect(steps[0]).toMatchObject({ wktStepName: "Walk", intensity: "recovery", exerciseCategory: "run" });
    expect(steps[1]).toMatchObject({ wktStepName: "Work", intensity: "active" });
    expect(warnings).toEqual([{ code: "intent", message: expect.any(String) as string, stepIndex: 1 }]);
  });

  it("gives a pace it cannot read an open target, with a warning", () => {
    const base = occurrenceOf({ kind: "run", runType: "easy", rpe: 3, steps: [{ intent: "work", minutes: 1 }] });
    const occurrence = withSession(base, { steps: [{ intent: "work", minutes: 5, pace: "5k" }] });
    const { data, warnings } = toFitWorkout(occurrence);
    expect(decodeWithSdk(data).steps[0]).toMatchObject({ targetType: "open" });
    expect(codes(warnings)).toEqual(["pace"]);
  });

  it("refuses what has no workout, and bad options, with located errors", () => {
    const mobility = occurrenceOf({ kind: "mobility", practice: "yoga", minutes: 20 });
    expect(() => toFitWorkout(mobility)).toThrow(/kind: a mobility occurrence has no workout/);
    const run = occurrenceOf(intervals);
    expect(() => toFitWorkout(run, { paceToleranceSec: -1 })).toThrow(/paceToleranceSec/);
    expect(() => toFitWorkout(run, { now: "yesterday" })).toThrow(/now/);
  });
});
