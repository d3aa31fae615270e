import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  diffOccurrences,
  expandPlan,
  insertRestDay,
  isOffseasonError,
  parsePlan,
  pausePlan,
  planEndDate,
  planWeeks,
  safeParsePlan,
  shiftPlan,
  swapDays,
  travel,
  validatePlan,
  type Plan,
} from "../../src/index.js";
import { expandPlanInZone } from "../../src/schedule/expansion/expandPlanInZone.js";

const base = {
  version: 1,
  id: "p",
  timezone: "America/New_York",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 2,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"], time: "07:00" },
        { id: "gym", kind: "strength", focus: "full-body", minutes: 30, rpe: 5, on: ["WE"] },
      ],
    },
  ],
} as const;

const planWith = (...exceptions: readonly Record<string, unknown>[]): Plan => parsePlan({ ...base, exceptions });

/** `id date [start] week originalDate?` of each session occurrence. */
const rows = (plan: Plan) =>
  expandPlan(plan).map((o) => [o.id, o.date, o.start?.slice(11) ?? "all-day", o.week, o.originalDate ?? ""].join(" "));

function exceptionIssues(run: () => unknown): readonly { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (isOffseasonError(error)) return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error("expected an OffseasonError");
}

describe("adjustments, one table each", () => {
  it.each([
    {
      name: "shift +7 from a Thursday",
      exception: { action: "shift", from: "2026-11-05", days: 7 },
      weeks: 3,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-04 all-day 1 ",
        "easy@2026-11-05 2026-11-12 07:00:00-05:00 2 2026-11-05",
        "easy@2026-11-10 2026-11-17 07:00:00-05:00 3 2026-11-10",
        "gym@2026-11-11 2026-11-18 all-day 3 2026-11-11",
        "easy@2026-11-12 2026-11-19 07:00:00-05:00 3 2026-11-12",
      ],
    },
    {
      name: "shift of one session",
      exception: { action: "shift", from: "2026-11-09", days: 1, sessionId: "gym" },
      weeks: 3,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-04 all-day 1 ",
        "easy@2026-11-05 2026-11-05 07:00:00-05:00 1 ",
        "easy@2026-11-10 2026-11-10 07:00:00-05:00 2 ",
        "gym@2026-11-11 2026-11-12 all-day 2 2026-11-11",
        "easy@2026-11-12 2026-11-12 07:00:00-05:00 2 ",
      ],
    },
    {
      name: "a negative shift into empty days",
      exception: { action: "shift", from: "2026-11-06", days: -2 },
      weeks: 2,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-04 all-day 1 ",
        "easy@2026-11-05 2026-11-05 07:00:00-05:00 1 ",
        "easy@2026-11-10 2026-11-08 07:00:00-05:00 1 2026-11-10",
        "gym@2026-11-11 2026-11-09 all-day 2 2026-11-11",
        "easy@2026-11-12 2026-11-10 07:00:00-05:00 2 2026-11-12",
      ],
    },
    {
      name: "pause in shift mode",
      exception: { action: "pause", from: "2026-11-04", to: "2026-11-10", mode: "shift" },
      weeks: 3,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-11 all-day 2 2026-11-04",
        "easy@2026-11-05 2026-11-12 07:00:00-05:00 2 2026-11-05",
        "easy@2026-11-10 2026-11-17 07:00:00-05:00 3 2026-11-10",
        "gym@2026-11-11 2026-11-18 all-day 3 2026-11-11",
        "easy@2026-11-12 2026-11-19 07:00:00-05:00 3 2026-11-12",
      ],
    },
    {
      name: "pause in drop mode",
      exception: { action: "pause", from: "2026-11-04", to: "2026-11-10", mode: "drop" },
      weeks: 2,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-11 2026-11-11 all-day 2 ",
        "easy@2026-11-12 2026-11-12 07:00:00-05:00 2 ",
      ],
    },
    {
      name: "swap of two days",
      exception: { action: "swap", date: "2026-11-03", with: "2026-11-04" },
      weeks: 2,
      rows: [
        "gym@2026-11-04 2026-11-03 all-day 1 2026-11-04",
        "easy@2026-11-03 2026-11-04 07:00:00-05:00 1 2026-11-03",
        "easy@2026-11-05 2026-11-05 07:00:00-05:00 1 ",
        "easy@2026-11-10 2026-11-10 07:00:00-05:00 2 ",
        "gym@2026-11-11 2026-11-11 all-day 2 ",
        "easy@2026-11-12 2026-11-12 07:00:00-05:00 2 ",
      ],
    },
    {
      name: "rest day",
      exception: { action: "rest", date: "2026-11-11" },
      weeks: 3,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-04 all-day 1 ",
        "easy@2026-11-05 2026-11-05 07:00:00-05:00 1 ",
        "easy@2026-11-10 2026-11-10 07:00:00-05:00 2 ",
        "gym@2026-11-11 2026-11-12 all-day 2 2026-11-11",
        "easy@2026-11-12 2026-11-13 07:00:00-05:00 2 2026-11-12",
      ],
    },
    {
      name: "travel to Berlin for the second week",
      exception: { action: "travel", from: "2026-11-09", to: "2026-11-15", timezone: "Europe/Berlin" },
      weeks: 2,
      rows: [
        "easy@2026-11-03 2026-11-03 07:00:00-05:00 1 ",
        "gym@2026-11-04 2026-11-04 all-day 1 ",
        "easy@2026-11-05 2026-11-05 07:00:00-05:00 1 ",
        "easy@2026-11-10 2026-11-10 07:00:00+01:00 2 ",
        "gym@2026-11-11 2026-11-11 all-day 2 ",
        "easy@2026-11-12 2026-11-12 07:00:00+01:00 2 ",
      ],
    },
  ])("$name", ({ exception, weeks, rows: expected }) => {
    const plan = planWith(exception);
    expect(rows(plan)).toEqual(expected);
    expect(planWeeks(plan)).toBe(weeks);
    const calendar = buildCalendar(plan);
    expect(calendar.weeks).toHaveLength(weeks);
    expect(calendar.endDate).toBe(planEndDate(plan));
    // Every occurrence sits in the calendar day of its date, extra weeks included.
    for (const week of calendar.weeks)
      for (const day of week.days) for (const o of day.occurrences) expect(o.date).toBe(day.date);
    expect(calendar.weeks.flatMap((week) => week.days.flatMap((day) => day.occurrences))).toHaveLength(
      expandPlan(plan).length,
    );
  });

  it("reads weeks past the last phase as more weeks of it, at no progression", () => {
    const calendar = buildCalendar(planWith({ action: "shift", from: "2026-11-05", days: 7 }));
    expect(calendar.weeks[2]).toMatchObject({
      index: 3,
      phase: "base",
      phaseType: "base",
      weekInPhase: 3,
      multiplier: 1,
      startDate: "2026-11-16",
      endDate: "2026-11-22",
    });
    expect(calendar.weeks[2]?.days[1]?.occurrences.map((o) => [o.id, o.phase, o.week])).toEqual([
      ["easy@2026-11-10", "base", 3],
    ]);
  });

  it("extends daily habits into the weeks a shift adds", () => {
    const plan = parsePlan({
      ...base,
      habits: [{ id: "protein", category: "nutrition", focus: "lean-protein", repeat: "FREQ=DAILY" }],
      exceptions: [{ action: "shift", from: "2026-11-05", days: 7 }],
    });
    const habits = expandPlan(plan).filter((o) => o.kind === "habit");
    expect(habits).toHaveLength(21);
    expect(habits.at(-1)).toMatchObject({ date: "2026-11-22", week: 3, phase: "base" });
  });

  it.each([
    {
      name: "a shift from a date with nothing after it",
      exceptions: [{ action: "shift", from: "2026-11-13", days: 1 }],
      issue: {
        path: "exceptions[0]",
        message: "no session is planned on or after 2026-11-13, so this shift matches nothing",
      },
    },
    {
      name: "a negative shift that lands before from",
      exceptions: [{ action: "shift", from: "2026-11-04", days: -2 }],
      issue: { path: "exceptions[0]", message: 'moves "easy" from 2026-11-05 to 2026-11-03, before 2026-11-04' },
    },
    {
      name: "a dropping pause over empty days",
      exceptions: [{ action: "pause", from: "2026-11-06", to: "2026-11-08", mode: "drop" }],
      issue: {
        path: "exceptions[0]",
        message: "no session is planned from 2026-11-06 to 2026-11-08, so this pause matches nothing",
      },
    },
    {
      name: "a swap of two empty days",
      exceptions: [{ action: "swap", date: "2026-11-06", with: "2026-11-07" }],
      issue: {
        path: "exceptions[0]",
        message: "no session is planned on 2026-11-06 or 2026-11-07, so this swap matches nothing",
      },
    },
    {
      name: "a trip with no sessions",
      exceptions: [{ action: "travel", from: "2026-11-06", to: "2026-11-08", timezone: "Asia/Tokyo" }],
      issue: {
        path: "exceptions[0]",
        message: "no session is planned from 2026-11-06 to 2026-11-08, so this travel matches nothing",
      },
    },
    {
      name: "a rest day after the last session, among valid ones",
      exceptions: [
        { action: "rest", date: "2026-11-05" },
        { action: "rest", date: "2026-11-21" },
      ],
      issue: {
        path: "exceptions[1]",
        message: "no session is planned on or after 2026-11-21, so this rest day matches nothing",
      },
    },
    {
      name: "a pause that ends before it starts",
      exceptions: [{ action: "pause", from: "2026-11-10", to: "2026-11-04", mode: "drop" }],
      issue: { path: "exceptions[0]", message: "ends on 2026-11-04, before it starts (2026-11-10)" },
    },
    {
      name: "a trip that ends before it starts",
      exceptions: [{ action: "travel", from: "2026-11-10", to: "2026-11-04", timezone: "Asia/Tokyo" }],
      issue: { path: "exceptions[0]", message: "ends on 2026-11-04, before it starts (2026-11-10)" },
    },
    {
      name: "a swap of a date with itself",
      exceptions: [{ action: "swap", date: "2026-11-04", with: "2026-11-04" }],
      issue: { path: "exceptions[0]", message: "swaps 2026-11-04 with itself" },
    },
    {
      name: "a shift of 0 days",
      exceptions: [{ action: "shift", from: "2026-11-04", days: 0 }],
      issue: { path: "exceptions[0]", message: "shifts by 0 days, which changes nothing" },
    },
    {
      name: "a move of an occurrence that a pause dropped",
      exceptions: [
        { action: "pause", from: "2026-11-03", to: "2026-11-03", mode: "drop" },
        { action: "move", sessionId: "easy", date: "2026-11-03", to: "2026-11-06" },
      ],
      issue: { path: "exceptions[1]", message: 'exceptions[0] already changes "easy" on 2026-11-03' },
    },
    {
      name: "a shift from outside the plan",
      exceptions: [{ action: "shift", from: "2026-12-30", days: 1 }],
      issue: { path: "exceptions[0]", message: "from 2026-12-30 is outside the plan (2026-11-02 to 2026-11-22)" },
    },
    {
      name: "a swap with a day outside the plan",
      exceptions: [{ action: "swap", date: "2026-11-03", with: "2026-11-16" }],
      issue: { path: "exceptions[0]", message: "with 2026-11-16 is outside the plan (2026-11-02 to 2026-11-15)" },
    },
  ])("$name is a located exception error", ({ exceptions, issue }) => {
    expect(exceptionIssues(() => expandPlan(planWith(...exceptions)))).toContainEqual(issue);
  });

  it.each([
    {
      name: "a trip to an unknown zone",
      exception: { action: "travel", from: "2026-11-04", to: "2026-11-05", timezone: "Mars/Olympus" },
      path: "exceptions[0].timezone",
    },
    {
      name: "a pause with no mode",
      exception: { action: "pause", from: "2026-11-04", to: "2026-11-05" },
      path: "exceptions[0].mode",
    },
  ])("$name is a located parse error", ({ exception, path }) => {
    const result = safeParsePlan({ ...base, exceptions: [exception] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toContain(path);
  });

  it("keeps the plan within the week limit after shifts and pauses", () => {
    const long = { ...base, phases: [{ ...base.phases[0], weeks: 103 }] };
    const plan = (...exceptions: readonly Record<string, unknown>[]) => parsePlan({ ...long, exceptions });
    expect(buildCalendar(plan({ action: "shift", from: "2026-11-05", days: 7 })).weeks).toHaveLength(104);
    const tooLong = plan(
      { action: "shift", from: "2026-11-05", days: 7 },
      { action: "pause", from: "2026-11-04", to: "2026-11-04", mode: "shift" },
    );
    expect(planWeeks(tooLong)).toBe(105);
    let error: unknown;
    try {
      expandPlan(tooLong);
    } catch (caught) {
      error = caught;
    }
    expect(isOffseasonError(error) && error.code).toBe("limit");
    if (isOffseasonError(error))
      expect(error.issues).toEqual([
        expect.objectContaining({
          path: "exceptions",
          message: "the phases and the weeks that shifts and pauses add make 105 weeks; the limit is 104",
        }),
      ]);
  });

  it("keeps the occurrence limit", () => {
    const plan = planWith({ action: "shift", from: "2026-11-05", days: 7 });
    expect(() => expandPlan(plan, { maxOccurrences: 5 })).toThrow(/more than 5 occurrences/);
  });

  it("dates later exceptions on the calendar as the earlier ones left it", () => {
    // After a +7 shift the plan runs a week longer: a trip in that week is inside it.
    const plan = planWith(
      { action: "shift", from: "2026-11-05", days: 7 },
      { action: "travel", from: "2026-11-16", to: "2026-11-22", timezone: "Europe/London" },
    );
    expect(rows(plan).filter((row) => row.includes(" 3 ") && row.startsWith("easy"))).toEqual([
      "easy@2026-11-10 2026-11-17 07:00:00+00:00 3 2026-11-10",
      "easy@2026-11-12 2026-11-19 07:00:00+00:00 3 2026-11-12",
    ]);
  });
});

describe("the expansion's cancelled occurrences and revisions", () => {
  it("returns what skips and dropping pauses cancelled, with ids, and counts revisions", () => {
    const plan = planWith(
      { action: "skip", date: "2026-11-03" },
      { action: "pause", from: "2026-11-10", to: "2026-11-11", mode: "drop" },
      { action: "rest", date: "2026-11-05" },
      { action: "travel", from: "2026-11-12", to: "2026-11-15", timezone: "Europe/Berlin" },
    );
    const { occurrences, cancelled, revisions, timezoneOf } = expandPlanInZone(plan, { cancelled: true });
    expect(cancelled.map((o) => [o.id, o.date])).toEqual([
      ["easy@2026-11-03", "2026-11-03"],
      ["easy@2026-11-10", "2026-11-10"],
      ["gym@2026-11-11", "2026-11-11"],
    ]);
    expect(occurrences.map((o) => o.id)).toEqual(["gym@2026-11-04", "easy@2026-11-05", "easy@2026-11-12"]);
    expect(Object.fromEntries(revisions)).toEqual({
      "easy@2026-11-03": 1,
      "easy@2026-11-10": 1,
      "gym@2026-11-11": 1,
      "easy@2026-11-05": 1,
      "easy@2026-11-12": 2, // the rest day moved it to the 13th, the trip changed its time
    });
    expect(timezoneOf("easy@2026-11-12")).toBe("Europe/Berlin");
    expect(timezoneOf("gym@2026-11-04")).toBe("America/New_York");
    expect(expandPlanInZone(plan).cancelled).toEqual([]);
  });
});

describe("helpers", () => {
  const plan = parsePlan(base);
  const frozen = structuredClone(plan);

  it.each([
    [
      "shiftPlan",
      () => shiftPlan(plan, { from: "2026-11-05", days: 7, reason: "holiday" }),
      { action: "shift", from: "2026-11-05", days: 7, reason: "holiday" },
    ],
    [
      "shiftPlan of one session",
      () => shiftPlan(plan, { from: "2026-11-05", days: 1, sessionId: "easy" }),
      { action: "shift", from: "2026-11-05", days: 1, sessionId: "easy" },
    ],
    [
      "pausePlan",
      () => pausePlan(plan, { from: "2026-11-04", to: "2026-11-10" }),
      { action: "pause", from: "2026-11-04", to: "2026-11-10", mode: "shift" },
    ],
    [
      "pausePlan drop",
      () => pausePlan(plan, { from: "2026-11-04", to: "2026-11-10", mode: "drop", reason: "flu" }),
      { action: "pause", from: "2026-11-04", to: "2026-11-10", mode: "drop", reason: "flu" },
    ],
    [
      "swapDays",
      () => swapDays(plan, "2026-11-03", "2026-11-04"),
      { action: "swap", date: "2026-11-03", with: "2026-11-04" },
    ],
    [
      "insertRestDay",
      () => insertRestDay(plan, "2026-11-04", { reason: "tired" }),
      { action: "rest", date: "2026-11-04", reason: "tired" },
    ],
    [
      "travel",
      () => travel(plan, { from: "2026-11-09", to: "2026-11-15", timezone: "Europe/Berlin" }),
      { action: "travel", from: "2026-11-09", to: "2026-11-15", timezone: "Europe/Berlin" },
    ],
  ] as const)("%s appends one exception and leaves the input alone", (_name, make, exception) => {
    Object.freeze(plan);
    const next = make();
    expect(next.exceptions).toEqual([exception]);
    expect(plan).toEqual(frozen);
    expect(next).not.toBe(plan);
    expect(parsePlan(next)).toEqual(next);
    // Appending to what is there already.
    expect(shiftPlan(next, { from: "2026-11-12", days: 1 }).exceptions).toHaveLength(2);
  });

  it("throws for an adjustment that matches nothing or does not parse", () => {
    expect(() => pausePlan(plan, { from: "2026-11-06", to: "2026-11-08", mode: "drop" })).toThrow(/matches nothing/);
    expect(() => travel(plan, { from: "2026-11-09", to: "2026-11-15", timezone: "Nowhere/Land" })).toThrow(/time zone/);
    expect(plan).toEqual(frozen);
  });
});

describe("diffOccurrences", () => {
  it("sorts added, removed, moved, changed and unchanged by id", () => {
    const before = expandPlan(parsePlan(base));
    const afterPlan = parsePlan({
      ...base,
      phases: [
        {
          ...base.phases[0],
          sessions: [
            { ...base.phases[0].sessions[0], minutes: 45 },
            base.phases[0].sessions[1],
            { id: "yoga", kind: "mobility", practice: "yoga", minutes: 20, on: ["SU"] },
          ],
        },
      ],
      exceptions: [
        { action: "skip", date: "2026-11-04" },
        { action: "move", sessionId: "easy", date: "2026-11-10", to: "2026-11-09" },
      ],
    });
    const diff = diffOccurrences(before, expandPlan(afterPlan));
    const ids = (list: readonly { id: string }[]) => list.map((change) => change.id);
    expect(ids(diff.added)).toEqual(["yoga@2026-11-08", "yoga@2026-11-15"]);
    expect(ids(diff.removed)).toEqual(["gym@2026-11-04"]);
    expect(ids(diff.moved)).toEqual(["easy@2026-11-10"]);
    expect(ids(diff.changed)).toEqual(["easy@2026-11-03", "easy@2026-11-05", "easy@2026-11-12"]);
    expect(ids(diff.unchanged)).toEqual(["gym@2026-11-11"]);
    expect(diff.removed[0]?.after).toBeUndefined();
    expect(diff.added[0]?.before).toBeUndefined();
    expect(diff.moved[0]?.before?.date).toBe("2026-11-10");
    expect(diff.moved[0]?.after?.date).toBe("2026-11-09");
  });

  it("is empty but unchanged for the same lists", () => {
    const occurrences = expandPlan(parsePlan(base));
    const diff = diffOccurrences(occurrences, occurrences);
    expect(diff.unchanged).toHaveLength(occurrences.length);
    expect([...diff.added, ...diff.removed, ...diff.moved, ...diff.changed]).toEqual([]);
  });

  it("reports a trip as moved (another start instant)", () => {
    const plan = parsePlan(base);
    const diff = diffOccurrences(
      expandPlan(plan),
      expandPlan(travel(plan, { from: "2026-11-09", to: "2026-11-15", timezone: "Asia/Tokyo" })),
    );
    expect(diff.moved.map((change) => change.id)).toEqual(["easy@2026-11-10", "easy@2026-11-12"]);
  });
});

describe("validation follows the adjusted calendar", () => {
  it("a pause that causes a ramp on return draws the volume findings", () => {
    const steady = parsePlan({
      version: 1,
      id: "ramp",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        {
          id: "base",
          weeks: 8,
          sessions: [
            { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH", "SA"] },
            { id: "long", kind: "run", runType: "long", minutes: 60, rpe: 4, on: ["SU"] },
          ],
        },
      ],
    });
    const load = (plan: Plan) =>
      validatePlan(plan)
        .findings.filter((finding) => finding.severity === "warning" && finding.fundamental === "load")
        .map((finding) => `${finding.ruleId} ${String(finding.week)}`);
    // A flat plan needs no step-back: deload-week asks for one only after weeks that build (docs/domain.md,
    // Coaching model).
    expect(load(steady)).toEqual([]);
    // A few days off in week 5 (Tuesday and Thursday dropped): week 6 is back at the level of week 4, which is no
    // ramp (week-over-week change is against the highest of the 3 weeks before, docs/domain.md).
    const short = pausePlan(steady, { from: "2026-11-30", to: "2026-12-04", mode: "drop", reason: "cold" });
    expect(load(short)).not.toContain("weekly-volume-progression 6");
    // Three weeks off: the return week is far over the chronic load.
    const long = pausePlan(steady, { from: "2026-11-30", to: "2026-12-20", mode: "drop", reason: "flu" });
    expect(load(long)).toContain("acwr-band 8");
  });
});
