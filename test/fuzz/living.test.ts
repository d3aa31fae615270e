// The living plan under hostile input (issue 21): activities logs, adherence and fitness with arbitrary options.
// `npm test` runs a fixed small sample; `npm run fuzz` runs FUZZ_RUNS cases per property with the seed it prints.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adherence,
  fitness,
  historyFromActivities,
  OffseasonError,
  parsePlan,
  safeParseActivities,
  type Activity,
} from "../../src/index.js";
import { examplePlanJson, readJson } from "../helpers/fixtures.js";
import { mutationOf } from "./mutate.js";

const runs = Number(process.env.FUZZ_RUNS ?? 40);
const seed = process.env.FC_SEED === undefined ? 21_021 : Number(process.env.FC_SEED);
const timeout = 3_600_000;
const plan = parsePlan(examplePlanJson());
const exampleLog = () => readJson("examples/activities.json");

/** Only an OffseasonError of one of `codes` may come out of `run`. */
function onlyOffseasonErrors(run: () => void, codes: readonly string[]): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OffseasonError);
    expect(codes).toContain((error as OffseasonError).code);
  }
}

const KINDS = ["run", "strength", "cross", "mobility", "mental"] as const;
const dateArb = fc
  .integer({ min: -20, max: 100 })
  .map((offset) => new Date(Date.UTC(2026, 10, 2 + offset)).toISOString().slice(0, 10));
/** Parsed activities around the example plan: any kind, day, length and link (the plan's ids and others). */
const activitiesArb = fc
  .array(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "watch-001", "x".repeat(40)),
      date: dateArb,
      kind: fc.constantFrom(...KINDS),
      minutes: fc.oneof(fc.double({ min: 0.01, max: 1440, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3, 30, 45)),
      rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      link: fc.option(fc.tuple(fc.constantFrom("t-easy-tue", "t-goals", "t-swim", "nope"), dateArb), {
        nil: undefined,
      }),
    }),
    { maxLength: 60 },
  )
  .map((list) => {
    const parsed = safeParseActivities(
      list.map(({ link, rpe, id, ...activity }, index) => ({
        ...activity,
        id: `${id}${String(index)}`,
        ...(rpe === undefined ? {} : { rpe }),
        ...(link === undefined ? {} : { occurrenceId: `${link[0]}@${link[1]}` }),
      })),
    );
    if (!parsed.success) throw parsed.error;
    return parsed.data;
  });
/** An option's value: usually a fair one, often not. */
const optionArb = (fair: fc.Arbitrary<unknown>) =>
  fc.option(
    fc.oneof(
      { weight: 3, arbitrary: fair },
      fc.constantFrom(-1, 1.5, 15, Number.NaN, Number.POSITIVE_INFINITY, "foo", null, {}, []),
      fc.jsonValue(),
    ),
    { nil: undefined },
  );
const optionsArb = fc.record(
  {
    asOf: optionArb(dateArb),
    windowDays: optionArb(fc.integer({ min: 0, max: 14 })),
    decay: optionArb(fc.constantFrom("exponential", "ema")),
    tsbDay: optionArb(fc.constantFrom("previous", "same")),
    ctlDays: optionArb(fc.integer({ min: 1, max: 365 })),
    atlDays: optionArb(fc.integer({ min: 1, max: 365 })),
    defaultRpe: optionArb(fc.integer({ min: 0, max: 10 })),
    seed: optionArb(fc.record({ ctl: fc.double({ noNaN: true, min: -1e6, max: 1e6 }), atl: fc.constant(0) })),
    bands: optionArb(fc.constant({ green: { min: 0.8, max: 1.2 }, yellow: { min: 0.5, max: 1.5 } })),
  },
  { requiredKeys: [] },
);

describe("the living plan under hostile input", () => {
  it(
    "activities: mutations of the example log never crash parsing",
    () => {
      fc.assert(
        fc.property(mutationOf(exampleLog()), (value) => {
          const result = safeParseActivities(value);
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: runs, seed },
      );
    },
    timeout,
  );

  it(
    "adherence: any log and options give a consistent result or a config error",
    () => {
      fc.assert(
        fc.property(activitiesArb, optionsArb, (activities: readonly Activity[], options) => {
          onlyOffseasonErrors(() => {
            const result = adherence(plan, activities, options as never);
            const linked = result.occurrences.flatMap((occurrence) => occurrence.activityId ?? []);
            expect(linked.length + result.unplanned.length).toBe(new Set(activities).size);
            const { totals, weeks } = result;
            expect(weeks.reduce((sum, week) => sum + week.planned + week.skipped, 0)).toBe(
              totals.planned + totals.skipped,
            );
            expect(
              result.occurrences.every((occurrence) => occurrence.week >= 1 && occurrence.week <= weeks.length),
            ).toBe(true);
          }, ["config"]);
        }),
        { numRuns: runs, seed },
      );
    },
    timeout,
  );

  it(
    "fitness: any log and options give finite days or a config error, whatever the log's order",
    () => {
      fc.assert(
        fc.property(activitiesArb, optionsArb, (activities: readonly Activity[], options) => {
          onlyOffseasonErrors(() => {
            const { days } = fitness(plan, { ...(options as object), activities });
            expect(days.length).toBeGreaterThanOrEqual(7);
            for (const day of days)
              for (const value of [day.load, day.ctl, day.atl, day.tsb]) expect(Number.isFinite(value)).toBe(true);
            expect(fitness(plan, { ...(options as object), activities: [...activities].reverse() })).toEqual({
              days,
            });
            expect(historyFromActivities([...activities].reverse(), { until: "2026-11-30" })).toEqual(
              historyFromActivities(activities, { until: "2026-11-30" }),
            );
          }, ["config"]);
        }),
        { numRuns: runs, seed },
      );
    },
    timeout,
  );
});
