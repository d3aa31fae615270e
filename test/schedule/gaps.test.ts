import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, parsePlan, weekOfDate, type Plan } from "../../src/index.js";

const planIn = (
  timezone: string,
  startDate: string,
  time: string | undefined,
  extra: Record<string, unknown> = {},
): Plan =>
  parsePlan({
    version: 1,
    id: "gap",
    timezone,
    startDate,
    phases: [
      {
        id: "base",
        weeks: 1,
        sessions: [
          {
            id: "s",
            kind: "cross",
            modality: "bike",
            minutes: 40,
            rpe: 3,
            repeat: "FREQ=DAILY",
            ...(time === undefined ? {} : { time }),
          },
        ],
      },
    ],
    ...extra,
  });

const pick = (plan: Plan) =>
  expandPlan(plan).map(({ id, date, originalDate, start, week }) => ({
    id,
    date,
    ...(originalDate === undefined ? {} : { originalDate }),
    start,
    week,
  }));

// The dates are those of the runtime's zone data (checked with Intl): the local day that does not exist, or the gap.
describe("a wall time or a whole day that does not exist moves forward by the gap, and `date` follows `start`", () => {
  it.each([
    ["Pacific/Apia", "2011-12-29", "2011-12-30", "2011-12-31T07:00:00+14:00"],
    ["Pacific/Fakaofo", "2011-12-29", "2011-12-30", "2011-12-31T07:00:00+13:00"],
    ["Pacific/Kiritimati", "1994-12-30", "1994-12-31", "1995-01-01T07:00:00+14:00"],
    ["Pacific/Kwajalein", "1993-08-20", "1993-08-21", "1993-08-22T07:00:00+12:00"],
  ])(
    "%s (plan from %s): the session of the skipped day %s is on the next day, at the same instant as that day's",
    (zone, startDate, skipped, start) => {
      const [before, onSkipped, after] = pick(planIn(zone, startDate, "07:00"));
      const next = start.slice(0, 10);
      expect(before).toMatchObject({ id: `s@${startDate}`, date: startDate, week: 1 });
      expect(onSkipped).toEqual({ id: `s@${skipped}`, date: next, originalDate: skipped, start, week: 1 });
      expect(after).toEqual({ id: `s@${next}`, date: next, start, week: 1 });
    },
  );

  it.each([
    ["Asia/Pyongyang", "2018-05-04", "23:45", "2018-05-05T00:15:00+09:00"],
    ["Asia/Dhaka", "2009-06-19", "23:30", "2009-06-20T00:30:00+07:00"],
  ])("%s: a gap over midnight on %s carries %s into the next day", (zone, day, time, start) => {
    const onGap = pick(planIn(zone, day, time))[0];
    expect(onGap).toEqual({ id: `s@${day}`, date: start.slice(0, 10), originalDate: day, start, week: 1 });
  });

  it("keeps an all-day session on the planned day, even one that does not exist locally (it has no instant)", () => {
    const onSkipped = expandPlan(planIn("Pacific/Apia", "2011-12-29", undefined))[1];
    expect(onSkipped).toMatchObject({ id: "s@2011-12-30", date: "2011-12-30", allDay: true });
    expect(onSkipped && "originalDate" in onSkipped).toBe(false);
  });

  it("does the same for a timed habit on a `repeat` rule", () => {
    const plan = parsePlan({
      version: 1,
      id: "gap",
      timezone: "Pacific/Apia",
      startDate: "2011-12-29",
      phases: [{ id: "base", weeks: 1, sessions: [] }],
      habits: [{ id: "bed", category: "sleep", hours: 8, time: "22:00", repeat: "FREQ=DAILY" }],
    });
    expect(pick(plan)[1]).toEqual({
      id: "bed@2011-12-30",
      date: "2011-12-31",
      originalDate: "2011-12-30",
      start: "2011-12-31T22:00:00+14:00",
      week: 1,
    });
  });

  it("moves an exception's target day the same way (a move onto the skipped day)", () => {
    const plan = planIn("Pacific/Apia", "2011-12-26", "07:00", {
      exceptions: [{ date: "2011-12-26", sessionId: "s", action: "move", to: "2011-12-30" }],
    });
    expect(pick(plan).find((item) => item.id === "s@2011-12-26")).toEqual({
      id: "s@2011-12-26",
      date: "2011-12-31",
      originalDate: "2011-12-26",
      start: "2011-12-31T07:00:00+14:00",
      week: 1,
    });
  });
});

const ZONES = Intl.supportedValuesOf("timeZone");
const GAPS_OVER_MIDNIGHT = [
  ["Pacific/Apia", "2011-12-30"],
  ["Pacific/Fakaofo", "2011-12-30"],
  ["Pacific/Kiritimati", "1994-12-31"],
  ["Pacific/Kwajalein", "1993-08-21"],
  ["Asia/Pyongyang", "2018-05-04"],
  ["Asia/Dhaka", "2009-06-19"],
] as const;
const TIMES = [
  "00:00",
  "00:15",
  "00:30",
  "01:00",
  "01:30",
  "02:00",
  "02:30",
  "03:00",
  "12:00",
  "22:00",
  "23:00",
  "23:30",
  "23:59",
];

describe("for any zone and date, the local day of `start` is `date`", () => {
  it("holds for sessions and habits, with the id and originalDate of the planned day and the week of `date`", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            zone: fc.constantFrom(...ZONES),
            startDate: fc
              .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 1)), noInvalidDate: true })
              .map((day) => day.toISOString().slice(0, 10)),
          }),
          // Random zones and dates seldom meet a gap over midnight: the known ones are drawn too.
          fc.constantFrom(...GAPS_OVER_MIDNIGHT).chain(([zone, date]) =>
            fc.integer({ min: 1, max: 13 }).map((before) => ({
              zone,
              startDate: new Date(Date.parse(`${date}T00:00:00Z`) - before * 86_400_000).toISOString().slice(0, 10),
            })),
          ),
        ),
        fc.constantFrom(...TIMES),
        ({ zone, startDate }, time) => {
          const plan = parsePlan({
            version: 1,
            id: "p",
            timezone: zone,
            startDate,
            phases: [
              {
                id: "base",
                weeks: 2,
                sessions: [
                  { id: "s", kind: "cross", modality: "bike", minutes: 40, rpe: 3, repeat: "FREQ=DAILY", time },
                ],
              },
            ],
            habits: [{ id: "bed", category: "sleep", hours: 8, time, repeat: "FREQ=DAILY" }],
          });
          for (const occurrence of expandPlan(plan)) {
            expect(occurrence.start?.slice(0, 10)).toBe(occurrence.date);
            expect(occurrence.id).toBe(`${occurrence.sessionId}@${occurrence.originalDate ?? occurrence.date}`);
            if (occurrence.originalDate !== undefined) expect(occurrence.originalDate).not.toBe(occurrence.date);
            expect(occurrence.week).toBe(weekOfDate(plan, occurrence.date));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
