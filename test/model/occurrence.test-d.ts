import { describe, expectTypeOf, it } from "vitest";
import type {
  Habit,
  HabitOccurrence,
  Intensity,
  Occurrence,
  OccurrenceBase,
  OccurrenceSession,
  Pace,
  Plan,
  PlanPaces,
  OpenRange,
  Range,
  SessionOccurrence,
  SessionOf,
  Step,
  StepRepeat,
} from "../../src/index.js";

declare const occurrence: Occurrence;

describe("Occurrence narrows by kind", () => {
  it("narrows the session of every kind", () => {
    if (occurrence.kind === "run") {
      expectTypeOf(occurrence.session).toEqualTypeOf<OccurrenceSession<"run">>();
      expectTypeOf(occurrence.session.minutes).toEqualTypeOf<number>();
      expectTypeOf(occurrence.session.rpe).toEqualTypeOf<number>();
      expectTypeOf(occurrence.session.distanceKm).toEqualTypeOf<number | undefined>();
      expectTypeOf(occurrence.intensity).toEqualTypeOf<Intensity>();
      expectTypeOf(occurrence.session.runType).toEqualTypeOf<SessionOf<"run">["runType"]>();
      expectTypeOf(occurrence.multiplier).toEqualTypeOf<number>();
    }
    if (occurrence.kind === "strength")
      expectTypeOf(occurrence.session.exercises).toEqualTypeOf<SessionOf<"strength">["exercises"]>();
    if (occurrence.kind === "cross")
      expectTypeOf(occurrence.session.modality).toEqualTypeOf<SessionOf<"cross">["modality"]>();
    if (occurrence.kind === "mobility")
      expectTypeOf(occurrence.session.practice).toEqualTypeOf<"stretching" | "foam-rolling" | "yoga">();
    if (occurrence.kind === "mental")
      expectTypeOf(occurrence.session.practice).toEqualTypeOf<
        "visualization" | "mindfulness" | "goal-setting" | "support-check-in"
      >();
  });

  it("narrows habits, which have no session", () => {
    if (occurrence.kind === "habit") {
      expectTypeOf(occurrence).toEqualTypeOf<HabitOccurrence>();
      expectTypeOf(occurrence.habit).toEqualTypeOf<Habit>();
      expectTypeOf(occurrence).not.toHaveProperty("session");
    } else {
      expectTypeOf(occurrence).toEqualTypeOf<SessionOccurrence>();
      expectTypeOf(occurrence).not.toHaveProperty("habit");
    }
  });

  it("narrows with a switch, exhaustively", () => {
    const label = (item: Occurrence): string => {
      switch (item.kind) {
        case "run":
          return item.session.runType;
        case "cross":
          return item.session.modality;
        case "strength":
          return String(item.session.exercises?.length ?? item.session.focus);
        case "mobility":
        case "mental":
          return item.session.practice;
        case "habit":
          return item.habit.category;
      }
    };
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });

  it("does not let a run's fields through on other kinds", () => {
    // runType exists on runs only, until kind says so
    if (occurrence.kind !== "habit") expectTypeOf(occurrence.session).not.toHaveProperty("runType");
    if (occurrence.kind === "cross") expectTypeOf(occurrence.session).not.toHaveProperty("runType");
  });

  it("SessionOccurrence takes a kind, and distributes over a union of kinds", () => {
    expectTypeOf<SessionOccurrence<"run">["session"]>().toEqualTypeOf<OccurrenceSession<"run">>();
    expectTypeOf<SessionOccurrence<"strength">["session"]>().toEqualTypeOf<OccurrenceSession<"strength">>();
    // Minutes and RPE written as ranges, per week or left out are plain numbers on the occurrence.
    expectTypeOf<SessionOccurrence<"strength">["session"]["minutes"]>().toEqualTypeOf<number>();
    expectTypeOf<SessionOccurrence<"run">["kind"]>().toEqualTypeOf<"run">();
    expectTypeOf<SessionOccurrence<"run" | "cross">>().toEqualTypeOf<
      SessionOccurrence<"run"> | SessionOccurrence<"cross">
    >();
    expectTypeOf<SessionOccurrence>().toEqualTypeOf<
      | SessionOccurrence<"run">
      | SessionOccurrence<"strength">
      | SessionOccurrence<"cross">
      | SessionOccurrence<"mobility">
      | SessionOccurrence<"mental">
    >();
    expectTypeOf<Occurrence>().toEqualTypeOf<SessionOccurrence | HabitOccurrence>();
    expectTypeOf<SessionOccurrence<"mobility">>().toExtend<OccurrenceBase>();
    expectTypeOf<Occurrence["kind"]>().toEqualTypeOf<"run" | "strength" | "cross" | "mobility" | "mental" | "habit">();
  });
});

describe("the real-plan format types", () => {
  it("exports Range, Pace, Step, StepRepeat and PlanPaces", () => {
    expectTypeOf<Range>().toEqualTypeOf<{ readonly min: number; readonly max: number }>();
    expectTypeOf<"8:15/mi">().toExtend<Pace>();
    expectTypeOf<{ intent: "work"; seconds: 90 }>().toExtend<Step>();
    expectTypeOf<{ repeat: 3; steps: [{ intent: "work"; minutes: 1 }] }>().toExtend<StepRepeat>();
    expectTypeOf<Plan["paces"]>().toEqualTypeOf<PlanPaces | undefined>();
    expectTypeOf<SessionOccurrence<"run">["ranges"]>().toEqualTypeOf<
      { readonly minutes?: OpenRange; readonly distanceKm?: OpenRange; readonly rpe?: Range } | undefined
    >();
    expectTypeOf<SessionOccurrence<"strength">>().not.toHaveProperty("intensity");
  });
});
