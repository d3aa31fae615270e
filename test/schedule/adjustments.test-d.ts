import { describe, expectTypeOf, it } from "vitest";
import {
  diffOccurrences,
  pausePlan,
  shiftPlan,
  type Occurrence,
  type OccurrenceDiff,
  type Plan,
  type PlanException,
} from "../../src/index.js";

describe("adjustment types", () => {
  it("narrows exceptions by action", () => {
    const exception = {} as PlanException;
    if (exception.action === "shift") {
      expectTypeOf(exception.days).toEqualTypeOf<number>();
      expectTypeOf(exception.sessionId).toEqualTypeOf<string | undefined>();
    }
    if (exception.action === "pause") expectTypeOf(exception.mode).toEqualTypeOf<"shift" | "drop">();
    if (exception.action === "travel") expectTypeOf(exception.timezone).toEqualTypeOf<string>();
    if (exception.action === "swap") expectTypeOf(exception.with).toEqualTypeOf<string>();
  });

  it("helpers return plans and the diff holds occurrences", () => {
    expectTypeOf(shiftPlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(pausePlan).parameter(1).toHaveProperty("mode").toEqualTypeOf<"shift" | "drop" | undefined>();
    expectTypeOf(diffOccurrences).returns.toEqualTypeOf<OccurrenceDiff>();
    expectTypeOf<OccurrenceDiff["moved"][number]["after"]>().toEqualTypeOf<Occurrence | undefined>();
  });
});
