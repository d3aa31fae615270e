import { describe, expectTypeOf, it } from "vitest";
import {
  parsePlan,
  safeParsePlan,
  type Athlete,
  type Habit,
  type OffseasonError,
  type Plan,
  type Session,
  type SessionOf,
} from "../../src/index.js";

describe("model types", () => {
  it("parsePlan returns a Plan and safeParsePlan a discriminated result", () => {
    expectTypeOf(parsePlan).returns.toEqualTypeOf<Plan>();
    const result = safeParsePlan({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Plan>();
    else expectTypeOf(result.error).toEqualTypeOf<OffseasonError>();
  });

  it("narrows sessions by kind", () => {
    const session = {} as Session;
    if (session.kind === "run")
      expectTypeOf(session.runType).toEqualTypeOf<
        "easy" | "recovery" | "long" | "tempo" | "intervals" | "hills" | "strides" | "race" | "fartlek" | "time-trial"
      >();
    if (session.kind === "strength") expectTypeOf(session.exercises?.[0]).not.toBeAny();
    expectTypeOf<SessionOf<"cross">["modality"]>().toEqualTypeOf<
      "swim" | "bike" | "elliptical" | "row" | "ski" | "walk" | "hike" | "other"
    >();
    expectTypeOf<SessionOf<"mobility">>().not.toHaveProperty("rpe");
  });

  it("habits are told apart by category", () => {
    expectTypeOf<Extract<Habit, { category: "sleep" }>["hours"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Habit, { category: "nutrition" }>["focus"]>().toEqualTypeOf<
      "lean-protein" | "complex-carbs" | "fruit-vegetables" | "mindful-eating"
    >();
  });

  it("parsed values are read-only", () => {
    const plan = {} as Plan;
    // @ts-expect-error a plan is immutable
    plan.id = "other";
    // @ts-expect-error its arrays too
    plan.phases[0] = plan.phases[1];
    const athlete = {} as Athlete;
    // @ts-expect-error nested objects too
    athlete.availability.MO.available = false;
  });

  it("exports no any", () => {
    expectTypeOf<Plan>().not.toBeAny();
    expectTypeOf<Session>().not.toBeAny();
    expectTypeOf<Athlete["availability"]["SU"]["maxMinutes"]>().toEqualTypeOf<number | undefined>();
  });
});
