// Issue 21, item 2: the day-by-day linking gives the links of the pairwise one (every candidate pair sorted), kept
// here as the oracle, on small dense inputs: many occurrences and activities a day, equal and fractional minutes (a
// rounding tie: 0.1 + 0.2 against 0.3), user links of every kind, the same activity object twice, windows 0 to 14.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/civilDate.js";
import { linkActivities } from "../../src/live/linkActivities.js";
import type { Activity } from "../../src/index.js";
import type { SessionOccurrence } from "../../src/schedule/types.js";
import { linkActivitiesPairwise } from "./linkActivitiesOracle.js";

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const KINDS = ["run", "run", "run", "strength"] as const;
// 40 and 50 are as far from 45 on either side; 0.1 + 0.2 and 0.3 differ in the last bit, as do 30 and its neighbour.
const MINUTES = [30, 40, 45, 50, 0.1 + 0.2, 0.3, 29.999999999999996, 90];
const timeout = 3_600_000;
const START = "2026-11-02";

/** Only what linking reads of an occurrence: id, kind, date and minutes. */
const occurrenceOf = (id: string, kind: string, day: number, minutes: number) =>
  ({ id, kind, date: addDays(START, day), session: { kind, minutes } }) as unknown as SessionOccurrence;

const inputArb = fc
  .record({
    occurrences: fc.array(
      fc.record({ kind: fc.constantFrom(...KINDS), day: fc.nat(4), minutes: fc.constantFrom(...MINUTES) }),
      { maxLength: 30 },
    ),
    activities: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        day: fc.integer({ min: -2, max: 6 }),
        minutes: fc.constantFrom(...MINUTES),
        id: fc.nat(20),
        link: fc.option(fc.nat(40), { nil: undefined }),
        twice: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
    windowDays: fc.nat(14),
  })
  .map(({ occurrences: rawOccurrences, activities: rawActivities, windowDays }) => {
    const occurrences = rawOccurrences.map(({ kind, day, minutes }, index) =>
      occurrenceOf(`s${String(index)}@${addDays(START, day)}`, kind, day, minutes),
    );
    const activities: Activity[] = [];
    for (const { kind, day, minutes, id, link, twice } of rawActivities) {
      const occurrenceId = link === undefined ? {} : { occurrenceId: occurrences[link]?.id ?? "nowhere@2026-11-02" };
      const activity = { id: `a${String(id)}`, date: addDays(START, day), kind, minutes, ...occurrenceId } as Activity;
      activities.push(activity);
      if (twice) activities.push(activity);
    }
    return { occurrences, activities, windowDays };
  });

describe("linkActivities against the pairwise oracle", () => {
  const activity = (id: string, day: number, minutes: number): Activity => ({
    id,
    date: addDays(START, day),
    kind: "run",
    minutes,
  });
  const linkedTo = (occurrences: readonly SessionOccurrence[], activities: readonly Activity[], window = 2) =>
    Object.fromEntries(
      [...linkActivities(occurrences, activities, window).links].map(([id, l]) => [id, l.activity.id]),
    );

  it.each([
    ["as far above as below: the earlier activity", 45, [activity("b", 0, 50), activity("a", 0, 40)]],
    ["a day before or after: the earlier activity", 45, [activity("b", 1, 45), activity("a", -1, 45)]],
    [
      "equally far once rounded (30 - 0.3 = 30 - (0.1 + 0.2))",
      30,
      [activity("b", 2, 0.3), activity("a", 2, 0.1 + 0.2)],
    ],
  ])("breaks a tie as the oracle does: %s", (_, minutes, activities) => {
    const occurrences = [occurrenceOf("run@2026-11-02", "run", 0, minutes)];
    expect(linkedTo(occurrences, activities)).toEqual({ "run@2026-11-02": "a" });
    expect(linkActivitiesPairwise(occurrences, activities, 2).get("run@2026-11-02")?.activity.id).toBe("a");
  });

  it(
    "links the same activity to the same occurrence, by the same hand",
    () => {
      fc.assert(
        fc.property(inputArb, ({ occurrences, activities, windowDays }) => {
          const { links } = linkActivities(occurrences, activities, windowDays);
          const expected = linkActivitiesPairwise(occurrences, activities, windowDays);
          expect([...links].sort()).toEqual([...expected].sort());
          for (const [id, link] of expected) expect(links.get(id)?.activity).toBe(link.activity);
        }),
        { numRuns: runs, seed: Number(process.env.FC_SEED ?? 21_002) },
      );
    },
    timeout,
  );

  it(
    "does not depend on the order of the activities",
    () => {
      fc.assert(
        fc.property(
          inputArb.chain((input) =>
            fc.tuple(fc.constant(input), fc.shuffledSubarray(input.activities, { minLength: input.activities.length })),
          ),
          ([{ occurrences, activities, windowDays }, shuffled]) => {
            const ids = (links: ReadonlyMap<string, { readonly activity: Activity }>) =>
              [...links].map(([id, link]) => [id, link.activity]).sort();
            expect(ids(linkActivities(occurrences, shuffled, windowDays).links)).toEqual(
              ids(linkActivities(occurrences, activities, windowDays).links),
            );
          },
        ),
        { numRuns: runs, seed: Number(process.env.FC_SEED ?? 21_002) },
      );
    },
    timeout,
  );
});
