import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adherence, parseActivities, parsePlan, type Activity } from "../../src/index.js";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

// Four weeks from Monday 2026-11-02: two runs, strength and cross-training each week, a few on the same day.
const plan = parsePlan({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 4,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"] },
        { id: "long", kind: "run", runType: "long", minutes: 80, rpe: 4, on: ["SA"] },
        { id: "double", kind: "run", runType: "easy", minutes: 25, rpe: 3, on: ["TH"] },
        { id: "gym", kind: "strength", minutes: 30, rpe: 5, on: ["MO", "TH"], focus: "full-body" },
        { id: "swim", kind: "cross", modality: "swim", minutes: 45, rpe: 4, on: ["WE"] },
      ],
    },
  ],
});
const ids = plan.phases.flatMap(() => ["easy", "long", "double", "gym", "swim"]);

const activityArb = fc.record({
  day: fc.integer({ min: -3, max: 30 }),
  kind: fc.constantFrom("run", "strength", "cross", "mobility"),
  minutes: fc.integer({ min: 5, max: 150 }),
  link: fc.option(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 27 })), { nil: undefined }),
});
const activitiesArb = fc.array(activityArb, { maxLength: 40 }).map((list) =>
  parseActivities(
    list.map(({ day, kind, minutes, link }, index) => {
      const date = new Date(Date.UTC(2026, 10, 2 + day)).toISOString().slice(0, 10);
      const occurrenceId =
        link === undefined
          ? {}
          : { occurrenceId: `${link[0]}@${new Date(Date.UTC(2026, 10, 2 + link[1])).toISOString().slice(0, 10)}` };
      return { id: `a${String(index)}`, date, kind, minutes, ...occurrenceId };
    }),
  ),
);

describe("adherence, for any activities", () => {
  it("links no activity twice and no occurrence twice, and every activity is linked or unplanned", () => {
    fc.assert(
      fc.property(activitiesArb, (activities) => {
        const result = adherence(plan, activities, { asOf: "2026-11-20" });
        const linked = result.occurrences.flatMap((occurrence) => occurrence.activityId ?? []);
        expect(new Set(linked).size).toBe(linked.length);
        const occurrenceIds = result.occurrences.map((occurrence) => occurrence.occurrenceId);
        expect(new Set(occurrenceIds).size).toBe(occurrenceIds.length);
        expect([...linked, ...result.unplanned].sort()).toEqual(activities.map((activity) => activity.id).sort());
        expect(linked.filter((id) => result.unplanned.includes(id))).toEqual([]);
        const { totals } = result;
        expect(totals.done + totals.shifted + totals.partial + totals.missed + totals.upcoming).toBe(totals.planned);
        expect(totals.done + totals.shifted + totals.partial).toBe(linked.length);
      }),
      { numRuns: runs },
    );
  });

  it("gives the same result whatever the order of the activities", () => {
    fc.assert(
      fc.property(
        activitiesArb.chain((activities) =>
          fc.tuple(fc.constant(activities), fc.shuffledSubarray([...activities], { minLength: activities.length })),
        ),
        ([activities, shuffled]: [readonly Activity[], Activity[]]) => {
          expect(adherence(plan, shuffled, { asOf: "2026-11-20" })).toEqual(
            adherence(plan, activities, { asOf: "2026-11-20" }),
          );
        },
      ),
      { numRuns: runs },
    );
  });
});
