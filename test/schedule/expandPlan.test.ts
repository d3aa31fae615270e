import { describe, expect, it } from "vitest";
import { buildCalendar, expandPlan, parsePlan, type Occurrence, type Plan } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";
import { examplePlanJson } from "../helpers/fixtures.js";

const example = parsePlan(examplePlanJson());

function plan(overrides: Record<string, unknown>, sessions: unknown[] = []): Plan {
  return parsePlan({
    version: 1,
    id: "p",
    timezone: "America/New_York",
    startDate: "2026-11-02",
    phases: [{ id: "base", weeks: 2, sessions }],
    ...overrides,
  });
}

const sessionsOf = (occurrences: readonly Occurrence[], id: string) =>
  occurrences.filter((item) => item.sessionId === id);

// Each test expands the plan itself (no shared result computed while collecting): mutation testing attributes the
// code a test runs to that test.
describe("expandPlan on the example plan", () => {
  it("gives every occurrence a unique, stable id", () => {
    const occurrences = expandPlan(example);
    const ids = occurrences.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(expandPlan(parsePlan(examplePlanJson())).map((item) => item.id)).toEqual(ids);
  });

  it("sorts by date, then all-day before timed, then start, then session id", () => {
    const occurrences = expandPlan(example);
    const firstDay = occurrences
      .filter((item) => item.date === "2026-11-03")
      .map((item) => `${item.allDay ? "all-day" : (item.start ?? "")} ${item.sessionId}`);
    expect(firstDay).toEqual([
      "all-day carbs",
      "all-day produce",
      "all-day protein",
      "all-day sleep",
      "all-day slow-meals",
      "all-day t-roll",
      "2026-11-03T08:00:00-05:00 pre-run-fluids",
      "2026-11-03T12:00:00-05:00 t-easy-tue",
      "2026-11-03T18:00:00-05:00 t-strength-a",
    ]);
  });

  it("gives timed sessions instants with the zone's offset and an end after their minutes", () => {
    const occurrences = expandPlan(example);
    const first = sessionsOf(occurrences, "t-easy-tue")[0];
    expect(first).toMatchObject({
      id: "t-easy-tue@2026-11-03",
      date: "2026-11-03",
      start: "2026-11-03T12:00:00-05:00",
      end: "2026-11-03T12:25:00-05:00",
      allDay: false,
      week: 1,
      phase: "transition",
    });
    const swim = sessionsOf(occurrences, "t-swim")[0];
    expect(swim).toMatchObject({ date: "2026-11-04", allDay: true });
    expect(swim && "start" in swim).toBe(false);
  });

  it("applies the phase progression to runs only, by the week's multiplier, rounded to whole minutes", () => {
    const occurrences = expandPlan(example);
    const easy = sessionsOf(occurrences, "easy").map((item) => (item.kind === "run" ? item.session.minutes : 0));
    expect(easy).toEqual([50, 54, 58, 40, 50, 54, 58, 40]);
    const strength = sessionsOf(occurrences, "strength-a").map((item) =>
      item.kind === "strength" ? item.session.minutes : 0,
    );
    expect(new Set(strength)).toEqual(new Set([35]));
    expect(sessionsOf(occurrences, "easy")[1]).toMatchObject({ multiplier: 1.08, end: "2026-11-24T12:54:00-05:00" });
  });

  it("skips and moves as the exceptions say; a moved occurrence keeps its id", () => {
    const occurrences = expandPlan(example);
    expect(occurrences.find((item) => item.id === "walk@2026-12-25")).toBeUndefined();
    expect(occurrences.find((item) => item.id === "strength-b@2026-12-25")).toMatchObject({
      date: "2026-12-22",
      originalDate: "2026-12-25",
      start: "2026-12-22T18:00:00-05:00",
      week: 8,
    });
  });

  it("gives each run a hydration occurrence hoursBefore its start", () => {
    const occurrences = expandPlan(example);
    const runs = occurrences.filter((item) => item.kind === "run");
    const fluids = sessionsOf(occurrences, "pre-run-fluids");
    expect(fluids).toHaveLength(runs.length);
    expect(fluids.find((item) => item.id === "pre-run-fluids@t-long@2026-11-08")).toMatchObject({
      date: "2026-11-08",
      start: "2026-11-08T06:00:00-05:00",
      runOccurrenceId: "t-long@2026-11-08",
    });
  });

  it("is the same whatever the process time zone (snapshot shared by the UTC, New York and Tokyo runs)", async () => {
    const occurrences = expandPlan(example);
    await expect(`${JSON.stringify(occurrences, null, 1)}\n`).toMatchFileSnapshot(
      "./__snapshots__/example-occurrences.json",
    );
  });
});

describe("expandPlan options", () => {
  it("returns only the dates inside from..to, inclusive", () => {
    const window = expandPlan(example, { from: "2026-11-09", to: "2026-11-10" });
    expect(new Set(window.map((item) => item.date))).toEqual(new Set(["2026-11-09", "2026-11-10"]));
  });

  it("leaves habits out on request", () => {
    expect(expandPlan(example, { includeHabits: false }).some((item) => item.kind === "habit")).toBe(false);
  });

  it("refuses more occurrences than the limit, without expanding past it", () => {
    const error = offseasonErrorOf(() => expandPlan(example, { maxOccurrences: 100 }));
    expect(error.code).toBe("limit");
    expect(error.issues[0]?.message).toContain("more than 100 occurrences");
  });

  it("refuses a plan of 64 daily sessions over 104 weeks (46,592 occurrences) by the default limit", () => {
    const sessions = Array.from({ length: 64 }, (_, index) => ({
      id: `s${String(index)}`,
      kind: "mobility",
      practice: "yoga",
      minutes: 5,
      repeat: "FREQ=DAILY",
    }));
    const big = parsePlan({
      version: 1,
      id: "big",
      timezone: "UTC",
      startDate: "2026-01-05",
      phases: [{ id: "a", weeks: 104, sessions }],
    });
    expect(offseasonErrorOf(() => expandPlan(big)).code).toBe("limit");
    expect(expandPlan(big, { maxOccurrences: 50_000 })).toHaveLength(46_592);
  });
});

describe("recurrence", () => {
  const one = (session: Record<string, unknown>, overrides: Record<string, unknown> = {}) =>
    expandPlan(plan(overrides, [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, ...session }]));

  it("bounds a rule by its phase and honours COUNT", () => {
    expect(one({ repeat: "FREQ=DAILY" })).toHaveLength(14);
    expect(one({ repeat: "FREQ=DAILY;COUNT=3" }).map((item) => item.date)).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
    ]);
  });

  it("reads a date UNTIL as inclusive and a UTC UNTIL as an instant", () => {
    expect(one({ repeat: "FREQ=DAILY;UNTIL=20261104" }).map((item) => item.date)).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
    ]);
    // 2026-11-04T12:00Z is 07:00 in New York: a 07:00 session on the 4th is included, a 07:01 one is not.
    expect(one({ repeat: "FREQ=DAILY;UNTIL=20261104T120000Z", time: "07:00" })).toHaveLength(3);
    expect(one({ repeat: "FREQ=DAILY;UNTIL=20261104T120000Z", time: "07:01" })).toHaveLength(2);
  });

  it("expands monthly and every-other-week rules", () => {
    const long = {
      phases: [
        {
          id: "a",
          weeks: 12,
          sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, repeat: "FREQ=MONTHLY;BYDAY=1SA" }],
        },
      ],
    };
    expect(expandPlan(plan(long)).map((item) => item.date)).toEqual(["2026-11-07", "2026-12-05", "2027-01-02"]);
    expect(one({ repeat: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA" }).map((item) => item.date)).toEqual(["2026-11-07"]);
  });

  it("takes a 5th (or 5th-last) weekday, or a 5th BYSETPOS, only in months that have one (dates from dateutil)", () => {
    const dates = (repeat: string) =>
      expandPlan(
        plan({
          phases: [
            { id: "a", weeks: 34, sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, repeat }] },
          ],
        }),
      ).map((item) => item.date);
    expect(dates("FREQ=MONTHLY;BYDAY=5MO")).toEqual(["2026-11-30", "2027-03-29", "2027-05-31"]);
    expect(dates("FREQ=MONTHLY;BYDAY=-5MO")).toEqual(["2026-11-02", "2027-03-01", "2027-05-03"]);
    expect(dates("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5")).toEqual(["2026-11-30", "2027-03-29", "2027-05-31"]);
    // Within each BYMONTH of a year: January 2027 has four Mondays, and its "5th" must not spill into February.
    const twoYears = (repeat: string) =>
      expandPlan(
        plan({
          phases: [
            { id: "a", weeks: 104, sessions: [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, repeat }] },
          ],
        }),
      ).map((item) => item.date);
    expect(twoYears("FREQ=YEARLY;BYMONTH=1,2;BYDAY=5MO")).toEqual(["2028-01-31"]);
    expect(twoYears("FREQ=YEARLY;BYMONTH=1,2;BYDAY=-5MO")).toEqual(["2028-01-03"]);
  });

  it("stops on a rule that can never match instead of hanging", () => {
    expect(one({ repeat: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" })).toEqual([]);
  });

  it("moves a wall time in the spring-forward gap forward by the gap, and takes the first of an ambiguous one", () => {
    const spring = { startDate: "2027-03-08" };
    const gap = expandPlan(
      plan(spring, [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, on: ["SU"], time: "02:30" }]),
    );
    expect(gap[0]).toMatchObject({
      date: "2027-03-14",
      start: "2027-03-14T03:30:00-04:00",
      end: "2027-03-14T03:50:00-04:00",
    });
    const fall = expandPlan(
      plan({}, [{ id: "x", kind: "mobility", practice: "yoga", minutes: 20, on: ["SU"], time: "01:30" }]),
    );
    expect(fall[0]).toMatchObject({ date: "2026-11-08", start: "2026-11-08T01:30:00-05:00" });
    const overlap = expandPlan(
      plan({ startDate: "2026-10-26" }, [
        { id: "x", kind: "mobility", practice: "yoga", minutes: 40, on: ["SU"], time: "01:30" },
      ]),
    );
    expect(overlap[0]).toMatchObject({
      date: "2026-11-01",
      start: "2026-11-01T01:30:00-04:00",
      end: "2026-11-01T01:10:00-05:00",
    });
  });

  it("gives a habit with a repeat rule and a time its own timed occurrences", () => {
    const occurrences = expandPlan(
      plan({ habits: [{ id: "sleep", category: "sleep", hours: 8, repeat: "FREQ=DAILY", time: "22:00" }] }, []),
    );
    expect(occurrences).toHaveLength(14);
    expect(occurrences[0]).toMatchObject({
      id: "sleep@2026-11-02",
      kind: "habit",
      start: "2026-11-02T22:00:00-05:00",
      week: 1,
      phase: "base",
    });
  });

  it("puts a before-each-run habit on the date of an untimed run, all day", () => {
    const occurrences = expandPlan(
      plan({ habits: [{ id: "fluids", category: "hydration", when: "before-each-run", mlPerKg: 6, hoursBefore: 4 }] }, [
        { id: "run", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] },
      ]),
    );
    expect(
      occurrences.filter((item) => item.kind === "habit").map((item) => [item.id, item.date, item.allDay]),
    ).toEqual([
      ["fluids@run@2026-11-03", "2026-11-03", true],
      ["fluids@run@2026-11-10", "2026-11-10", true],
    ]);
  });
});

describe("edges", () => {
  const mobilityOn = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: "mobility",
    practice: "yoga",
    minutes: 20,
    on: ["TU"],
    ...extra,
  });

  it("scales a run's distance with its minutes, to 0.1 km and at least 0.1 km, and leaves other kinds at multiplier 1", () => {
    const progressed = plan({
      phases: [
        {
          id: "a",
          weeks: 2,
          progression: [1.1, 0.4],
          sessions: [
            { id: "r", kind: "run", runType: "easy", minutes: 33, rpe: 3, distanceKm: 6.66, on: ["TU"] },
            { id: "tiny", kind: "run", runType: "easy", minutes: 1, rpe: 3, distanceKm: 0.1, on: ["WE"] },
            mobilityOn("m"),
          ],
        },
      ],
    });
    const occurrences = expandPlan(progressed);
    const summary = occurrences.map((item) => {
      if (item.kind === "habit") return [item.id];
      const { session } = item;
      return [
        item.id,
        item.multiplier,
        session.kind === "run" ? [session.minutes, session.distanceKm] : session.minutes,
      ];
    });
    expect(summary).toEqual([
      ["m@2026-11-03", 1, 20],
      ["r@2026-11-03", 1.1, [36, 7.3]],
      ["tiny@2026-11-04", 1.1, [1, 0.1]],
      ["m@2026-11-10", 1, 20],
      ["r@2026-11-10", 0.4, [13, 2.7]],
      ["tiny@2026-11-11", 0.4, [1, 0.1]],
    ]);
  });

  it("returns only the dates from a lower bound, or up to an upper bound", () => {
    const dates = (options: { from?: string; to?: string }) =>
      expandPlan(plan({}, [mobilityOn("m")]), options).map((item) => item.date);
    expect(dates({ from: "2026-11-04" })).toEqual(["2026-11-10"]);
    expect(dates({ to: "2026-11-04" })).toEqual(["2026-11-03"]);
    expect(dates({ from: "2026-11-03", to: "2026-11-03" })).toEqual(["2026-11-03"]);
  });

  it("allows exactly the occurrence limit, and names it when it refuses", () => {
    const twice = plan({}, [mobilityOn("m")]);
    expect(expandPlan(twice, { maxOccurrences: 2 })).toHaveLength(2);
    const error = offseasonErrorOf(() => expandPlan(twice, { maxOccurrences: 1 }));
    expect(error.message.split("\n")[0]).toBe("Plan too large (1 problem):");
    expect(error.issues).toEqual([
      {
        path: "",
        pathSegments: [],
        message: "the plan expands to more than 1 occurrences, the limit of one expansion",
        code: "limit",
        messageId: "limit.occurrences",
        data: { limit: 1 },
      },
    ]);
  });

  it("refuses a hand-built plan whose RRULE does not parse, naming its path", () => {
    const good = plan({ habits: [{ id: "sleep", category: "sleep", hours: 8, repeat: "FREQ=DAILY" }] }, [
      mobilityOn("m"),
    ]);
    const [phase] = good.phases;
    if (!phase) throw new Error("no phase");
    const badSession = {
      ...good,
      phases: [{ ...phase, sessions: [{ ...mobilityOn("m"), on: undefined, repeat: "FREQ=HOURLY" }] }],
    } as unknown as Plan;
    const session = offseasonErrorOf(() => expandPlan(badSession));
    expect(session).toMatchObject({
      code: "invalid",
      issues: [
        {
          path: "phases[0].sessions[0].repeat",
          code: "rrule",
          messageId: "rrule.freqValue",
          data: { value: "HOURLY" },
          message: "invalid RRULE: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got HOURLY",
        },
      ],
    });
    expect(session.message.split("\n")[0]).toBe("Invalid plan (1 problem):");
    const badHabit = { ...good, habits: [{ id: "sleep", category: "sleep", hours: 8, repeat: "" }] } as unknown as Plan;
    expect(offseasonErrorOf(() => expandPlan(badHabit))).toMatchObject({
      code: "invalid",
      issues: [{ path: "habits[0].repeat", code: "rrule", messageId: "rrule.empty", data: {} }],
    });
  });

  it("keeps the keys an occurrence does not use out of it: no start on all-day items, no originalDate unless moved", () => {
    const occurrences = expandPlan(
      plan(
        {
          habits: [
            { id: "sleep", category: "sleep", hours: 8, repeat: "FREQ=DAILY" },
            { id: "bed", category: "sleep", hours: 8, repeat: "FREQ=DAILY", time: "22:00" },
          ],
        },
        [mobilityOn("m")],
      ),
    );
    const keys = (id: string) => Object.keys(occurrences.find((item) => item.id === id) ?? {}).sort();
    expect(keys("m@2026-11-03")).toEqual([
      "allDay",
      "date",
      "id",
      "kind",
      "multiplier",
      "phase",
      "session",
      "sessionId",
      "week",
    ]);
    expect(keys("sleep@2026-11-03")).toEqual(["allDay", "date", "habit", "id", "kind", "phase", "sessionId", "week"]);
    expect(occurrences.find((item) => item.id === "bed@2026-11-03")).toMatchObject({
      allDay: false,
      start: "2026-11-03T22:00:00-05:00",
      end: "2026-11-03T22:00:00-05:00",
    });
  });

  it("puts a before-each-run habit without hoursBefore on the run's date, all day, even for a timed run", () => {
    const occurrences = expandPlan(
      plan({ habits: [{ id: "fluids", category: "hydration", when: "before-each-run", mlPerKg: 6 }] }, [
        { id: "run", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"], time: "07:00" },
      ]),
    );
    const fluids = occurrences.find((item) => item.id === "fluids@run@2026-11-03");
    expect(fluids).toMatchObject({ date: "2026-11-03", allDay: true });
    expect(fluids && "start" in fluids).toBe(false);
  });

  it("breaks ties by session id, then by occurrence id, whatever the order of the plan", () => {
    const runAt = (id: string) => ({
      id,
      kind: "run",
      runType: "easy",
      minutes: 30,
      rpe: 3,
      on: ["TU"],
      time: "07:00",
    });
    const fluids = { habits: [{ id: "fluids", category: "hydration", when: "before-each-run", hoursBefore: 2 }] };
    const expected = [
      "aa@2026-11-03",
      "aa-b@2026-11-03",
      "zz@2026-11-03",
      "fluids@a-run@2026-11-03",
      "fluids@b-run@2026-11-03",
      "a-run@2026-11-03",
      "b-run@2026-11-03",
    ];
    const dayOf = (sessions: unknown[]) =>
      expandPlan(plan(fluids, sessions))
        .filter((item) => item.date === "2026-11-03")
        .map((item) => item.id);
    // "aa" sorts before "aa-b" by session id, although "aa-b@..." sorts before "aa@..." as an id.
    expect(dayOf([mobilityOn("zz"), mobilityOn("aa-b"), mobilityOn("aa"), runAt("b-run"), runAt("a-run")])).toEqual(
      expected,
    );
    expect(dayOf([mobilityOn("aa"), mobilityOn("aa-b"), mobilityOn("zz"), runAt("a-run"), runAt("b-run")])).toEqual(
      expected,
    );
  });

  it("puts all-day items before timed ones before 1970 too (instants below 0)", () => {
    const old = expandPlan(
      plan({ startDate: "1969-12-29" }, [mobilityOn("timed", { time: "07:00" }), mobilityOn("all-day")]),
    );
    expect(old.filter((item) => item.date === "1969-12-30").map((item) => item.id)).toEqual([
      "all-day@1969-12-30",
      "timed@1969-12-30",
    ]);
  });

  it("bounds a timed habit by a UTC UNTIL at its own time of day", () => {
    const habit = (time: string) => ({
      habits: [{ id: "bed", category: "sleep", hours: 8, time, repeat: "FREQ=DAILY;UNTIL=20261104T120000Z" }],
    });
    // 2026-11-04T12:00Z is 07:00 in New York.
    expect(expandPlan(plan(habit("07:00"))).map((item) => item.date)).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-04",
    ]);
    expect(expandPlan(plan(habit("07:01"))).map((item) => item.date)).toEqual(["2026-11-02", "2026-11-03"]);
  });
});

describe("exceptions", () => {
  const sessions = [
    { id: "easy", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU", "TH"], time: "07:00" },
    { id: "swim", kind: "cross", modality: "swim", minutes: 30, rpe: 3, on: ["TU"] },
  ];

  it("skips every session of a date, or only the one named", () => {
    const whole = expandPlan(plan({ exceptions: [{ action: "skip", date: "2026-11-03" }] }, sessions));
    expect(whole.some((item) => item.date === "2026-11-03")).toBe(false);
    const single = expandPlan(
      plan({ exceptions: [{ action: "skip", date: "2026-11-03", sessionId: "swim" }] }, sessions),
    );
    expect(single.filter((item) => item.date === "2026-11-03").map((item) => item.sessionId)).toEqual(["easy"]);
  });

  it("moves an occurrence into the next week, keeping its time, id and original date", () => {
    const moved = expandPlan(
      plan({ exceptions: [{ action: "move", sessionId: "easy", date: "2026-11-05", to: "2026-11-09" }] }, sessions),
    );
    expect(moved.find((item) => item.id === "easy@2026-11-05")).toMatchObject({
      date: "2026-11-09",
      originalDate: "2026-11-05",
      start: "2026-11-09T07:00:00-05:00",
      week: 2,
    });
  });

  it("refuses an exception that matches no occurrence, naming its path", () => {
    const title = offseasonErrorOf(() =>
      expandPlan(plan({ exceptions: [{ action: "skip", date: "2026-11-04" }] }, sessions)),
    );
    expect(title.message.split("\n")[0]).toBe("Plan exceptions that match no occurrence (1 problem):");
    const error = offseasonErrorOf(() =>
      expandPlan(
        plan(
          {
            exceptions: [
              { action: "skip", date: "2026-11-04" },
              { action: "move", sessionId: "swim", date: "2026-11-05", to: "2026-11-06" },
            ],
          },
          sessions,
        ),
      ),
    );
    expect(error.code).toBe("exception");
    expect(error.issues).toEqual([
      {
        path: "exceptions[0]",
        pathSegments: ["exceptions", 0],
        code: "exception",
        message: "no session is planned on 2026-11-04, so this skip matches nothing",
        messageId: "exception.noneOn",
        data: { one: false, date: "2026-11-04", action: "skip" },
      },
      {
        path: "exceptions[1]",
        pathSegments: ["exceptions", 1],
        code: "exception",
        message: 'session "swim" is not planned on 2026-11-05, so this move matches nothing',
        messageId: "exception.noneOn",
        data: { one: true, sessionId: "swim", date: "2026-11-05", action: "move" },
      },
    ]);
  });

  it("refuses two exceptions on the same occurrence", () => {
    const error = offseasonErrorOf(() =>
      expandPlan(
        plan(
          {
            exceptions: [
              { action: "skip", date: "2026-11-03", sessionId: "easy" },
              { action: "move", sessionId: "easy", date: "2026-11-03", to: "2026-11-04" },
            ],
          },
          sessions,
        ),
      ),
    );
    expect(error.issues).toEqual([
      {
        path: "exceptions[1]",
        pathSegments: ["exceptions", 1],
        code: "exception",
        message: 'exceptions[0] already changes "easy" on 2026-11-03',
        messageId: "exception.claimed",
        data: { claimedBy: "0", sessionId: "easy", date: "2026-11-03" },
      },
    ]);
  });
});

describe("buildCalendar", () => {
  it("has every week with its phase and all 7 days, empty or not", () => {
    const calendar = buildCalendar(example);
    expect(calendar.weeks).toHaveLength(12);
    expect(calendar.weeks.map((week) => week.phase)).toEqual([
      "transition",
      "transition",
      ...Array<string>(8).fill("base"),
      "pre-season",
      "pre-season",
    ]);
    expect(calendar.weeks.map((week) => week.multiplier)).toEqual([1, 1, 1, 1.08, 1.16, 0.8, 1, 1.08, 1.16, 0.8, 1, 1]);
    for (const week of calendar.weeks)
      expect(week.days.map((day) => day.weekday)).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(calendar.weeks[0]).toMatchObject({
      index: 1,
      startDate: "2026-11-02",
      endDate: "2026-11-08",
      phaseType: "transition",
      weekInPhase: 1,
    });
    expect(calendar.endDate).toBe("2027-01-24");
  });

  it("holds every occurrence exactly once, on the day it takes place", () => {
    const calendar = buildCalendar(example);
    const placed = calendar.weeks.flatMap((week) =>
      week.days.flatMap((day) => day.occurrences.map((item) => [day.date, item.date])),
    );
    expect(placed).toHaveLength(calendar.occurrences.length);
    for (const [dayDate, date] of placed) expect(dayDate).toBe(date);
  });

  it("keeps empty days", () => {
    const bare = buildCalendar(
      plan({}, [{ id: "easy", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["TU"] }]),
    );
    expect(bare.weeks[0]?.days.map((day) => day.occurrences.length)).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });
});
