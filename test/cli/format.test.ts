// The CLI's text of the format additions, on occurrences built by hand as the contract shapes them (issue #12):
// `ranges`, `estimated` and `intensity` on the occurrence; steps, pace, miles, optional, priority on the session.
import { describe, expect, it } from "vitest";
import { countsText, formatCalendarOverview, formatOccurrences, occurrencesOutputBound } from "../../src/cli/format.js";
import type { Calendar, Occurrence } from "../../src/index.js";

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const date = (day: number) => `2026-11-${String(2 + day).padStart(2, "0")}`;

function occurrence(
  day: number,
  id: string,
  session: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Occurrence {
  return {
    id: `${id}@${date(day)}`,
    sessionId: id,
    date: date(day),
    allDay: true,
    week: 1,
    phase: "base",
    kind: session.kind,
    session: { id, on: [WEEKDAYS[day]], ...session },
    multiplier: 1,
    ...extra,
  } as unknown as Occurrence;
}

function calendarOf(occurrences: readonly Occurrence[]): Calendar {
  const days = WEEKDAYS.map((weekday, day) => ({
    date: date(day),
    weekday,
    occurrences: occurrences.filter((item) => item.date === date(day)),
  }));
  const week = {
    index: 1,
    phase: "base",
    phaseType: "base",
    weekInPhase: 1,
    multiplier: 1,
    startDate: date(0),
    endDate: date(6),
    days,
  };
  return {
    plan: {} as Calendar["plan"],
    timezone: "UTC",
    startDate: date(0),
    endDate: date(6),
    weeks: [week],
    occurrences,
  } as Calendar;
}

const intensity = { easyMin: 20, moderateMin: 0, hardMin: 20 };
const steps = [
  { intent: "warmup", minutes: 10 },
  {
    repeat: 3,
    steps: [
      { intent: "work", distanceMi: 1, pace: "8:15/mi" },
      { intent: "recovery", seconds: 90 },
    ],
  },
  { intent: "cooldown", minutes: 10 },
];
const additions = [
  occurrence(
    0,
    "easy",
    { kind: "run", runType: "easy", minutes: 37.5, rpe: 3 },
    { ranges: { minutes: { min: 30, max: 45 } }, intensity: { easyMin: 37.5, moderateMin: 0, hardMin: 0 } },
  ),
  occurrence(1, "tempo", { kind: "run", runType: "tempo", minutes: 40, rpe: 7, steps }, { intensity }),
  occurrence(
    2,
    "bike",
    { kind: "cross", modality: "bike", minutes: 30, rpe: 3, optional: true },
    { intensity: { easyMin: 30, moderateMin: 0, hardMin: 0 } },
  ),
  occurrence(
    3,
    "fartlek",
    { kind: "run", runType: "fartlek", minutes: 45, rpe: 7 },
    { intensity: { easyMin: 20, moderateMin: 0, hardMin: 25 } },
  ),
  occurrence(4, "gym", { kind: "strength", minutes: 20, rpe: 5, focus: "full-body", optional: true }),
  occurrence(
    5,
    "5k",
    { kind: "run", runType: "race", minutes: 25, rpe: 9, distanceKm: 5, priority: "B" },
    { intensity: { easyMin: 12.5, moderateMin: 0, hardMin: 12.5 } },
  ),
  occurrence(
    6,
    "long",
    { kind: "run", runType: "long", minutes: 80, rpe: 4, distanceKm: 12.874752, distanceMi: 8 },
    { estimated: ["minutes"], intensity: { easyMin: 80, moderateMin: 0, hardMin: 0 } },
  ),
];

describe("the CLI text of the format additions", () => {
  it("keeps the overview's labels short: ranges, estimated minutes, optional marks, fartlek; explained in the legend", () => {
    const lines = formatCalendarOverview(calendarOf(additions), false).split("\n");
    expect(lines[1]?.split(/\s+/).filter(Boolean)).toEqual([
      "1",
      "base",
      "E30-45",
      "T40",
      "X30?",
      "F45",
      "S20?",
      "Race25",
      "L~80",
    ]);
    expect(lines[3]).toBe(
      "E easy run, R recovery run, L long run, H hills, T tempo, I intervals, F fartlek, S strength, X cross-training; numbers are minutes (30-45 a range, ~80 estimated from a pace); ? an optional session.",
    );
  });

  it("explains only what the calendar has: today's legend for today's plans", () => {
    const today = [occurrence(0, "easy", { kind: "run", runType: "easy", minutes: 40, rpe: 3 })];
    expect(formatCalendarOverview(calendarOf(today), false).split("\n")[3]).toBe(
      "E easy run, R recovery run, L long run, H hills, T tempo, I intervals, S strength, X cross-training; numbers are minutes.",
    );
    expect(formatCalendarOverview(calendarOf(additions.slice(2, 3)), false).split("\n")[3]).toMatch(
      /X cross-training; numbers are minutes; \? an optional session\.$/,
    );
    // Mobility has no label in the overview: its optional mark is not explained there.
    const mobility = occurrence(0, "yoga", { kind: "mobility", practice: "yoga", minutes: 20, optional: true });
    expect(formatCalendarOverview(calendarOf([...today, mobility]), false).split("\n")[3]).toMatch(
      /numbers are minutes\.$/,
    );
  });

  it("writes the schedule with ranges, structure, priorities, optional marks and distances in the plan's unit", () => {
    expect(formatOccurrences(additions).split("\n")).toEqual([
      "2026-11-02 all day      Easy run 30-45 min  [week 1, base]",
      "2026-11-03 all day      Tempo run 40 min: 10 min warm-up, 3 x (1 mi at 8:15/mi, 90 s easy), 10 min cool-down  [week 1, base]",
      "2026-11-04 all day      Bike ride 30 min (optional)  [week 1, base]",
      "2026-11-05 all day      Fartlek 45 min  [week 1, base]",
      "2026-11-06 all day      Full-body strength 20 min (optional)  [week 1, base]",
      "2026-11-07 all day      5 km race (B)  [week 1, base]",
      "2026-11-08 all day      Long run 8 mi  [week 1, base]",
      "",
    ]);
  });

  it("escapes control characters in step notes like in every user text", () => {
    const noted = occurrence(0, "t", {
      kind: "run",
      runType: "tempo",
      minutes: 20,
      rpe: 7,
      steps: [{ intent: "work", minutes: 20, notes: "hard\u001b[2J" }],
    });
    expect(formatOccurrences([noted])).toContain("Tempo run 20 min: 20 min (hard\\u{1b}[2J)");
  });

  it("bounds the output of occurrences whose numbers, ranges and intensity change every week", () => {
    const weeks = Array.from({ length: 50 }, (_, index) => {
      const minutes = 30 + index * 1.123456789;
      return {
        ...occurrence(0, "easy", {
          kind: "run",
          runType: "easy",
          minutes,
          rpe: 3 + index / 7,
          distanceKm: minutes / 6.123,
          distanceMi: minutes / 9.87654321,
          steps,
        }),
        id: `easy@${String(index)}`,
        ranges: {
          minutes: { min: minutes * 0.9, max: minutes * 1.1 },
          rpe: { min: 3, max: 4 + index / 7 },
          distanceKm: { min: minutes / 7.1, max: minutes / 5.3 },
        },
        estimated: ["minutes"],
        intensity: { easyMin: minutes / 3, moderateMin: minutes / 7, hardMin: minutes - minutes / 3 - minutes / 7 },
      } as unknown as Occurrence;
    });
    expect(occurrencesOutputBound(weeks, "json")).toBeGreaterThanOrEqual(
      Buffer.byteLength(JSON.stringify(weeks, null, 2)),
    );
    expect(occurrencesOutputBound(weeks, "text")).toBeGreaterThanOrEqual(Buffer.byteLength(formatOccurrences(weeks)));
  });
});

describe("countsText", () => {
  it("says each count with its noun, as a runner reads it", () => {
    expect(countsText({ error: 1, warning: 1, info: 11 })).toBe("1 error, 1 warning, 11 info");
    expect(countsText({ error: 0, warning: 2, info: 1 })).toBe("0 errors, 2 warnings, 1 info");
  });
});
