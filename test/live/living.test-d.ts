import { describe, expectTypeOf, it } from "vitest";
import type {
  Activity,
  Adherence,
  AdherenceStatus,
  ComplianceBand,
  FitnessDay,
  OccurrenceAdherence,
  TrainingHistory,
} from "../../src/index.js";
import { adherence, fitness, historyFromActivities, parseActivities } from "../../src/index.js";

declare const activity: Activity;

describe("the living plan's types", () => {
  it("an activity is a union by kind: checking kind narrows its own fields", () => {
    if (activity.kind === "run")
      expectTypeOf(activity.runType).toEqualTypeOf<
        | "easy"
        | "recovery"
        | "long"
        | "tempo"
        | "intervals"
        | "hills"
        | "strides"
        | "race"
        | "fartlek"
        | "time-trial"
        | undefined
      >();
    if (activity.kind === "cross") expectTypeOf(activity).toHaveProperty("modality");
    expectTypeOf(activity.minutes).toEqualTypeOf<number>();
    expectTypeOf(activity.occurrenceId).toEqualTypeOf<string | undefined>();
  });

  it("parseActivities, adherence, fitness and historyFromActivities return read-only results", () => {
    expectTypeOf(parseActivities).returns.toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(adherence).returns.toEqualTypeOf<Adherence>();
    expectTypeOf<OccurrenceAdherence["status"]>().toEqualTypeOf<AdherenceStatus>();
    expectTypeOf<OccurrenceAdherence["band"]>().toEqualTypeOf<ComplianceBand | undefined>();
    expectTypeOf(fitness).returns.toHaveProperty("days").toEqualTypeOf<readonly FitnessDay[]>();
    expectTypeOf<FitnessDay["source"]>().toEqualTypeOf<"actual" | "planned">();
    expectTypeOf(historyFromActivities).returns.toEqualTypeOf<TrainingHistory>();
  });

  it("adherence needs asOf", () => {
    // @ts-expect-error asOf is required: no hidden clock
    adherence({} as Parameters<typeof adherence>[0], [], {});
  });
});
