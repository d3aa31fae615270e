// The encoder's parts on their own: the CRC, UTF-8 strings cut to FIT's sizes, the lenient step reader.
import { describe, expect, it } from "vitest";
import { isOffseasonError } from "../../src/index.js";
import { toFitWorkout, toIntervalsText } from "../../src/workouts.js";
import { fitCrc } from "../../src/workouts/fitEncoder.js";
import { fitString } from "../../src/workouts/fitString.js";
import { amountOf, lengthOf } from "../../src/workouts/readStep.js";
import { decodeWithSdk } from "./decoders.js";
import { occurrenceOf, withSession } from "./fixtures.js";

describe("fitCrc", () => {
  it("is CRC-16/ARC, FIT's CRC: 0xBB3D for the ASCII digits 1 to 9", () => {
    const bytes = new TextEncoder().encode("123456789");
    expect(fitCrc(bytes, 0, bytes.length)).toBe(0xbb3d);
  });
});

describe("fitString", () => {
  it("encodes UTF-8 of 1 to 4 bytes and cuts at a character, keeping the terminator", () => {
    expect([...fitString("aé€😀", 16).bytes]).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(fitString("aé€😀", 7)).toMatchObject({ text: "aé€", cut: true });
    expect(fitString("aé€😀", 6)).toMatchObject({ text: "aé", cut: true });
    expect(fitString("abc", 4)).toMatchObject({ text: "abc", cut: false });
  });

  it("turns control characters and lone surrogates into spaces", () => {
    expect(fitString("a\u0000b\tc\u2028d", 16).text).toBe("a b c d");
    expect([...fitString("x\uD800y", 16).bytes]).toEqual([0x78, 0x20, 0x79]);
  });
});

describe("the step reader", () => {
  it("reads numbers and ranges, and nothing else", () => {
    expect(amountOf(3)).toBe(3);
    expect(amountOf({ min: 2, max: 4 })).toBe(3);
    expect(amountOf({ min: 5 })).toBe(5);
    expect(amountOf(Number.NaN)).toBeUndefined();
    expect(amountOf("3")).toBeUndefined();
    expect(amountOf(null)).toBeUndefined();
    expect(lengthOf({ intent: "work" })).toEqual({ kind: "open" });
  });

  it("writes a step without a length as an open step (lap button), in both formats", () => {
    const base = occurrenceOf({ kind: "run", runType: "easy", rpe: 3, steps: [{ intent: "work", minutes: 1 }] });
    const occurrence = withSession(base, { steps: [{ intent: "cooldown" }] });
    expect(decodeWithSdk(toFitWorkout(occurrence).data).steps[0]).toMatchObject({ durationType: "open" });
    expect(toIntervalsText(occurrence).text).toBe("- press lap\n");
  });
});

describe("strength edges", () => {
  it("writes strength by focus as one timed step", () => {
    const occurrence = occurrenceOf({ kind: "strength", minutes: 25, rpe: 5, focus: "core" });
    const { workout, steps } = decodeWithSdk(toFitWorkout(occurrence).data);
    expect(workout).toMatchObject({ wktName: "Core strength", numValidSteps: 1 });
    expect(steps[0]).toMatchObject({ durationType: "time", durationValue: 1_500_000 });
  });

  it("cuts an exercise label to 15 bytes with a warning", () => {
    const occurrence = occurrenceOf({
      kind: "strength",
      minutes: 20,
      rpe: 5,
      exercises: [{ name: "squat", label: "Bulgarian split squat", sets: 1, reps: 8 }],
    });
    const { data, warnings } = toFitWorkout(occurrence);
    expect(decodeWithSdk(data).steps[0]?.wktStepName).toBe("Bulgarian split");
    expect(warnings.map((warning) => warning.code)).toEqual(["name"]);
  });

  it("refuses more exercises than a workout holds", () => {
    const base = occurrenceOf({ kind: "strength", minutes: 20, rpe: 5, focus: "core" });
    const exercises = Array.from({ length: 101 }, () => ({ name: "plank", sets: 1, seconds: 30 }));
    let caught: unknown;
    try {
      toFitWorkout(withSession(base, { exercises }));
    } catch (error) {
      caught = error;
    }
    expect(isOffseasonError(caught) && [caught.code, caught.issues[0]?.path]).toEqual(["limit", "session.exercises"]);
  });
});

describe("time_created", () => {
  it("is midnight UTC of the date for an all-day occurrence", () => {
    const allDay = occurrenceOf({ kind: "cross", modality: "bike", minutes: 30, rpe: 3, time: undefined });
    const { fileId } = decodeWithSdk(toFitWorkout(allDay).data);
    expect((fileId.timeCreated as Date).toISOString()).toBe("2026-11-03T00:00:00.000Z");
  });

  it("refuses a `now` before the FIT epoch", () => {
    expect(() =>
      toFitWorkout(occurrenceOf({ kind: "cross", modality: "bike", minutes: 30, rpe: 3 }), { now: new Date(0) }),
    ).toThrow(/now/);
  });
});
