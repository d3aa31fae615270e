import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, KM_PER_MILE, parsePlan, type Occurrence } from "../../src/index.js";
import { localDateArb, ZONES } from "../arbitraries/plan.js";

type Json = Record<string, unknown>;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const rangeArb = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const entryArb = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), rangeArb(min, max));
const weekArb = fc.record({
  minutes: fc.option(entryArb(5, 180), { nil: null }),
  distanceKm: fc.option(entryArb(1, 40), { nil: null }),
  rpe: entryArb(0, 10),
});
const progressionArb = fc.option(
  fc.array(
    fc.integer({ min: 50, max: 150 }).map((percent) => percent / 100),
    { minLength: 1, maxLength: 4 },
  ),
  { nil: undefined },
);
const frameArb = fc.record({
  timezone: fc.constantFrom(...ZONES),
  startDate: localDateArb,
  on: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  time: fc.option(fc.constantFrom("02:30", "07:00", "18:15"), { nil: undefined }),
});

const planJson = (frame: { timezone: string; startDate: string }, phases: readonly Json[], extra: Json = {}) => ({
  version: 1,
  id: "p",
  ...frame,
  phases,
  ...extra,
});

/** What a runner reads of a session occurrence: when, how long, how far, how hard, and the bounds. */
const dated = (occurrences: readonly Occurrence[]) =>
  occurrences.flatMap((item) =>
    item.kind === "run"
      ? [
          {
            date: item.date,
            start: item.start,
            minutes: item.session.minutes,
            distanceKm: item.session.distanceKm,
            rpe: item.session.rpe,
            ranges: item.ranges,
            intensity: item.intensity,
          },
        ]
      : [],
  );

describe("the real-plan format says the same plans more briefly", () => {
  it("a phase with per-week arrays expands as the same plan written as one phase per week", () => {
    fc.assert(
      fc.property(
        frameArb,
        fc.array(weekArb, { minLength: 1, maxLength: 6 }),
        progressionArb,
        (frame, weeks, progression) => {
          const { on, time, ...where } = frame;
          const timing = { on, ...(time === undefined ? {} : { time }) };
          const weekly = planJson(where, [
            {
              id: "base",
              weeks: weeks.length,
              ...(progression === undefined ? {} : { progression }), // per-week entries are absolute: progression must not matter
              sessions: [
                {
                  id: "run",
                  kind: "run",
                  runType: "long",
                  minutes: weeks.map((week) => week.minutes),
                  distanceKm: weeks.map((week) => week.distanceKm),
                  rpe: weeks.map((week) => week.rpe),
                  ...timing,
                },
              ],
            },
          ]);
          const perWeek = planJson(
            where,
            weeks.map((week, index) => ({
              id: `week-${String(index + 1)}`,
              weeks: 1,
              sessions:
                week.minutes === null
                  ? []
                  : [
                      {
                        id: `run-${String(index + 1)}`,
                        kind: "run",
                        runType: "long",
                        minutes: week.minutes,
                        ...(week.distanceKm === null ? {} : { distanceKm: week.distanceKm }),
                        rpe: week.rpe,
                        ...timing,
                      },
                    ],
            })),
          );
          expect(dated(expandPlan(parsePlan(weekly)))).toEqual(dated(expandPlan(parsePlan(perWeek))));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a distance-only run with a pace expands to the minutes a coach works out from them", () => {
    const paceArb = fc.record({
      minutes: fc.integer({ min: 3, max: 15 }),
      seconds: fc.integer({ min: 0, max: 59 }),
      unit: fc.constantFrom("km", "mi"),
    });
    fc.assert(
      fc.property(frameArb, fc.integer({ min: 1, max: 400 }), paceArb, fc.boolean(), (frame, tenths, pace, inPlan) => {
        const { on, timezone, startDate } = frame;
        const where = { timezone, startDate };
        const paceText = `${String(pace.minutes)}:${String(pace.seconds).padStart(2, "0")}/${pace.unit}`;
        const distance = pace.unit === "km" ? { distanceKm: tenths / 10 } : { distanceMi: tenths / 10 };
        // Whole seconds (halves up), then whole minutes (halves up), in integers: tenths x seconds per unit / 10.
        const seconds = Math.floor((tenths * (pace.minutes * 60 + pace.seconds) + 5) / 10);
        const minutes = Math.max(1, Math.floor((seconds + 30) / 60));
        const session = { id: "run", kind: "run", runType: "easy", rpe: 3, on, ...distance };
        const byPace = planJson(
          where,
          [{ id: "base", weeks: 2, sessions: [inPlan ? session : { ...session, pace: paceText }] }],
          inPlan ? { paces: { easy: paceText } } : {},
        );
        const byMinutes = planJson(where, [{ id: "base", weeks: 2, sessions: [{ ...session, minutes }] }]);
        const [paced, written] = [expandPlan(parsePlan(byPace)), expandPlan(parsePlan(byMinutes))];
        expect(dated(paced).map((item) => item.minutes)).toEqual(dated(written).map((item) => item.minutes));
        expect(dated(paced)).toEqual(dated(written));
        for (const item of paced) if (item.kind === "run") expect(item.estimated).toEqual(["minutes"]);
      }),
      { numRuns: 300 },
    );
  });

  it("distanceMi: x expands as distanceKm: x * 1.609344", () => {
    fc.assert(
      fc.property(
        frameArb,
        fc.oneof(entryArb(1, 60), fc.array(fc.option(entryArb(1, 60), { nil: null }), { minLength: 3, maxLength: 3 })),
        progressionArb,
        fc.boolean(),
        (frame, miles, progression, distanceOnly) => {
          const { on, timezone, startDate } = frame;
          const where = { timezone, startDate };
          const toKm = (entry: number | { min: number; max: number } | null) =>
            entry === null
              ? null
              : typeof entry === "number"
                ? entry * KM_PER_MILE
                : { min: entry.min * KM_PER_MILE, max: entry.max * KM_PER_MILE };
          const km = Array.isArray(miles) ? miles.map(toKm) : toKm(miles);
          const phase = (distance: Json): Json => ({
            id: "base",
            weeks: 3,
            ...(progression === undefined ? {} : { progression }),
            sessions: [
              {
                id: "run",
                kind: "run",
                runType: "long",
                rpe: 4,
                on,
                ...(distanceOnly ? { pace: "5:30/km" } : { minutes: 60 }),
                ...distance,
              },
            ],
          });
          const inMiles = dated(expandPlan(parsePlan(planJson(where, [phase({ distanceMi: miles })]))));
          const inKm = dated(expandPlan(parsePlan(planJson(where, [phase({ distanceKm: km })]))));
          expect(inMiles).toEqual(inKm);
        },
      ),
      { numRuns: 200 },
    );
  });
});
