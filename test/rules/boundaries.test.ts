// Edges of the rules that the main tables do not reach: values exactly at a limit, options switched off, the
// entries a rule must ignore. Written from the mutation-testing review (docs/testing.md).
import { describe, expect, it } from "vitest";
import {
  athleteOf,
  cross,
  facts,
  findingsOf,
  mental,
  mobility,
  planOf,
  run,
  strength,
  weeksOf,
} from "../helpers/plans.js";

const habits = (...list: Record<string, unknown>[]) => ({
  habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })),
});
const daily = (minutes: number) => run("d", [], minutes, { on: undefined, repeat: "FREQ=DAILY" });
const ids = (findings: readonly { readonly messageId: string }[]) => findings.map((finding) => finding.messageId);

describe("pre-run-hydration edges", () => {
  const fluids = (extra: Record<string, unknown> = {}) => ({
    category: "hydration",
    when: "before-each-run",
    mlPerKg: 6,
    hoursBefore: 4,
    ...extra,
  });

  it("asks nothing of a plan without runs, and ignores other habits", () => {
    expect(findingsOf("pre-run-hydration", weeksOf([strength("g", ["MO"])], 1))).toEqual([]);
    expect(
      ids(
        findingsOf(
          "pre-run-hydration",
          weeksOf([run("e", ["TU"], 30)], 1, habits({ category: "sleep", hours: 8, repeat: "FREQ=DAILY" })),
        ),
      ),
    ).toEqual(["missing"]);
  });

  it("is satisfied by one before-each-run habit among others, or by dated habits on every run day", () => {
    const weekly = { category: "hydration", repeat: "FREQ=WEEKLY;BYDAY=TU" };
    expect(findingsOf("pre-run-hydration", weeksOf([run("e", ["TU", "SA"], 30)], 1, habits(weekly, fluids())))).toEqual(
      [],
    );
    expect(
      findingsOf("pre-run-hydration", weeksOf([run("e", ["TU"], 30), strength("g", ["TH"])], 1, habits(weekly))),
    ).toEqual([]);
  });

  it("counts only hydration habits as covering a run day", () => {
    const list = habits(
      { category: "hydration", repeat: "FREQ=WEEKLY;BYDAY=TU" },
      { category: "sleep", hours: 8, repeat: "FREQ=DAILY" },
    );
    expect(facts(findingsOf("pre-run-hydration", weeksOf([run("e", ["TU", "SA"], 30)], 1, list)))).toEqual([
      { messageId: "uncovered", severity: "warning", week: 1, date: "2026-11-07", measured: 1, limit: 0 },
    ]);
  });

  it("accepts 5 and 7 mL/kg and names the bound that a target misses", () => {
    const runs = [run("e", ["TU"], 30)];
    expect(
      findingsOf("pre-run-hydration", weeksOf(runs, 1, habits(fluids({ mlPerKg: 5 }), fluids({ mlPerKg: 7 })))),
    ).toEqual([]);
    const [low] = findingsOf("pre-run-hydration", weeksOf(runs, 1, habits(fluids({ mlPerKg: 4 }))));
    expect(low).toMatchObject({ messageId: "volume", measured: 4, limit: 5 });
  });
});

describe("carb-target edges", () => {
  const carbs = (gPerKg: number) => ({ category: "nutrition", focus: "complex-carbs", gPerKg, repeat: "FREQ=DAILY" });
  const limitOf = (minutesADay: number, gPerKg: number) =>
    findingsOf("carb-target", weeksOf([daily(minutesADay)], 1, habits(carbs(gPerKg))))[0]?.limit;

  it("switches band at exactly 0.75 h, 1.5 h and past 3 h of training a day", () => {
    expect(limitOf(44, 5.5)).toBe(5); // 3-5 g/kg below 0.75 h
    expect(limitOf(45, 4)).toBe(5); // 5-7 g/kg from 0.75 h
    expect(limitOf(90, 5.5)).toBe(6); // 6-10 g/kg from 1.5 h
    expect(limitOf(180, 7)).toBeUndefined(); // still 6-10 g/kg at exactly 3 h
    expect(limitOf(200, 7)).toBe(8); // 8-12 g/kg above 3 h
    expect(limitOf(200, 13)).toBe(12);
  });

  it("accepts both ends of a band, leaves other nutrition habits alone, and counts only loaded training", () => {
    expect(findingsOf("carb-target", weeksOf([run("e", ["TU", "SA"], 40)], 1, habits(carbs(3), carbs(5))))).toEqual([]);
    const protein = { category: "nutrition", focus: "lean-protein", gPerKg: 1.6, repeat: "FREQ=DAILY" };
    const untargeted = { category: "nutrition", focus: "complex-carbs", repeat: "FREQ=DAILY" };
    // An hour of mobility and mental practice a day is not training load: still the 3-5 g/kg band.
    const plan = weeksOf(
      [
        run("e", ["TU", "SA"], 40),
        mobility("m", { minutes: 60 }),
        mental("v", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
      ],
      1,
      habits(protein, untargeted, carbs(4)),
    );
    expect(findingsOf("carb-target", plan)).toEqual([]);
  });
});

describe("protein-target edges", () => {
  const protein = (extra: Record<string, unknown>) => ({
    category: "nutrition",
    focus: "lean-protein",
    repeat: "FREQ=DAILY",
    ...extra,
  });

  it("accepts 1.2 and 2.0 g/kg, names the lower bound below it, and ignores habits without a target or of another focus", () => {
    expect(
      findingsOf(
        "protein-target",
        weeksOf([], 1, habits(protein({ gPerKg: 1.2 }), protein({ gPerKg: 2 }), protein({}))),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        "protein-target",
        weeksOf([], 1, habits({ category: "nutrition", focus: "complex-carbs", gPerKg: 6, repeat: "FREQ=DAILY" })),
      ),
    ).toEqual([]);
    expect(findingsOf("protein-target", weeksOf([], 1, habits(protein({ gPerKg: 1 }))))[0]).toMatchObject({
      measured: 1,
      limit: 1.2,
    });
  });
});

describe("rest-day-weekly suggestions", () => {
  it("suggests the lightest run days first, earlier first on a tie, and the longest run last", () => {
    const plan = weeksOf(
      [run("mo", ["MO"], 60), run("tu", ["TU"], 20), run("we", ["WE"], 30), run("th", ["TH"], 20)],
      1,
    );
    const [finding] = findingsOf("rest-day-weekly", plan, {}, ["error", { minRunFreeDays: 7 }]);
    expect(finding?.data).toMatchObject({ runFree: 3, days: "Tuesday and Thursday and Wednesday and Monday" });
    expect(finding?.hint).toBe("Make Tuesday and Thursday and Wednesday and Monday a rest or cross-training day.");
  });

  it("spares the longest run when it is not the only choice", () => {
    const plan = weeksOf([run("mo", ["MO"], 90), run("rest", ["TU", "WE", "TH", "FR", "SA", "SU"], 90)], 1);
    expect(findingsOf("rest-day-weekly", plan)[0]?.data).toMatchObject({ runFree: 0, days: "Monday" });
  });
});

describe("deload-week edges", () => {
  const weeksOfMinutes = (minutes: readonly number[], type?: string) =>
    minutes.map((value, index) => ({
      id: `w${String(index + 1)}`,
      weeks: 1,
      ...(type && index < 2 ? { type } : {}),
      sessions: [run(`r${String(index + 1)}`, ["TU"], value)],
    }));

  it("compares a week with the highest of only the 3 weeks before it", () => {
    // Weeks 2-4 are reduced against week 1's 200; weeks 5-8 load against 100 and week 8 is the 4th in a row.
    const [finding] = findingsOf("deload-week", planOf(weeksOfMinutes([200, 100, 100, 100, 100, 100, 100, 100])));
    expect(finding).toMatchObject({ week: 8, measured: 4, data: { first: 5, week: 8, count: 4 } });
  });

  it("reports each streak once, and again after a reduced week", () => {
    const findings = findingsOf(
      "deload-week",
      planOf(weeksOfMinutes([100, 100, 100, 100, 100, 50, 100, 100, 100, 100])),
    );
    expect(findings.map((finding) => finding.week)).toEqual([4, 10]);
  });

  it("counts transition weeks as reduced", () => {
    expect(findingsOf("deload-week", planOf(weeksOfMinutes([100, 100, 100, 100, 100], "transition")))).toEqual([]);
  });
});

describe("no-back-to-back-hard edges", () => {
  const hard = (id: string, on: string[]) => run(id, on, 40, { runType: "intervals", rpe: 8 });
  const elite = { level: "elite" as const };
  const dates = (findings: readonly { readonly date?: string }[]) => findings.map((finding) => finding.date);

  it("allows an elite hard pair at the very end of the plan, followed by nothing", () => {
    expect(findingsOf("no-back-to-back-hard", weeksOf([hard("i", ["SA", "SU"])], 1), elite)).toEqual([]);
    expect(dates(findingsOf("no-back-to-back-hard", weeksOf([hard("i", ["SA", "SU"])], 1)))).toEqual(["2026-11-08"]);
  });

  it("flags an elite hard pair followed by a third hard day, from the plan's first day on", () => {
    expect(dates(findingsOf("no-back-to-back-hard", weeksOf([hard("i", ["MO", "TU", "WE"])], 1), elite))).toEqual([
      "2026-11-03",
      "2026-11-04",
    ]);
    expect(findingsOf("no-back-to-back-hard", weeksOf([hard("i", ["MO", "TU"])], 1), elite)).toEqual([]);
  });
});

describe("strength-spacing edges", () => {
  it("does not mind an easy run the day after, or at the same time, or with the checks switched off", () => {
    expect(findingsOf("strength-spacing", weeksOf([strength("gym", ["SA"]), run("e", ["SU"], 40)], 1))).toEqual([]);
    const long = [strength("gym", ["SA"]), run("long", ["SU"], 80, { runType: "long" })];
    expect(
      findingsOf("strength-spacing", weeksOf(long, 1), {}, ["warning", { dayBefore: false, sameDay: true }]),
    ).toEqual([]);
    const sameDay = [
      strength("gym", ["TU"], undefined, { time: "07:00" }),
      run("t", ["TU"], 40, { runType: "tempo", rpe: 6, time: "18:00" }),
    ];
    expect(
      findingsOf("strength-spacing", weeksOf(sameDay, 1), {}, ["warning", { dayBefore: true, sameDay: false }]),
    ).toEqual([]);
    const easyLater = [strength("gym", ["TU"], undefined, { time: "07:00" }), run("e", ["TU"], 40, { time: "18:00" })];
    expect(findingsOf("strength-spacing", weeksOf(easyLater, 1))).toEqual([]);
    const together = [
      strength("gym", ["TU"], undefined, { time: "07:00" }),
      run("t", ["TU"], 40, { runType: "tempo", rpe: 6, time: "07:00" }),
    ];
    expect(findingsOf("strength-spacing", weeksOf(together, 1))).toEqual([]);
  });
});

describe("support-network edges", () => {
  it("wants a support check-in in any phase, unless the athlete names contacts", () => {
    expect(ids(findingsOf("support-network", weeksOf([mental("v")], 1), { athlete: athleteOf() }))).toEqual([
      "missing",
    ]);
    const phases = [
      { id: "a", weeks: 1, sessions: [run("e", ["TU"], 30)] },
      { id: "b", weeks: 1, sessions: [run("e2", ["TU"], 30), mental("c", ["SU"], "support-check-in")] },
    ];
    expect(findingsOf("support-network", planOf(phases))).toEqual([]);
    expect(
      findingsOf("support-network", weeksOf([], 1), { athlete: athleteOf({ supportContacts: ["coach"] }) }),
    ).toEqual([]);
  });
});

describe("transition-first edges", () => {
  const season = (seasonEndDate: string) => ({ athlete: athleteOf({ seasonEndDate }) });
  const base = weeksOf([run("e", ["TU"], 30)], 1);

  it("wants a transition within 0-14 days of the season's end, counting both ends", () => {
    expect(ids(findingsOf("transition-first", base, season("2026-11-02")))).toEqual(["missing"]);
    expect(ids(findingsOf("transition-first", base, season("2026-10-19")))).toEqual(["missing"]);
    expect(findingsOf("transition-first", base, season("2026-10-18"))).toEqual([]);
    expect(findingsOf("transition-first", base, season("2026-11-03"))).toEqual([]);
  });

  it("allows a transition of exactly the maximum, and long phases of other types", () => {
    expect(findingsOf("transition-first", weeksOf([run("e", ["TU"], 30)], 4, {}, { type: "transition" }))).toEqual([]);
    expect(findingsOf("transition-first", weeksOf([run("e", ["TU"], 30)], 8))).toEqual([]);
  });
});

describe("weekly-volume-progression edges", () => {
  it("compares km only when both weeks have them", () => {
    const phases = [
      { id: "a", weeks: 1, sessions: [run("e", ["TU"], 40)] },
      { id: "b", weeks: 1, sessions: [run("e2", ["TU"], 40, { distanceKm: 8 })] },
    ];
    expect(findingsOf("weekly-volume-progression", planOf(phases))).toEqual([]);
  });

  it("compares week 1 with the last history week, km included", () => {
    const plan = weeksOf([run("e", ["TU"], 40, { distanceKm: 10 })], 1);
    const findings = findingsOf("weekly-volume-progression", plan, {
      history: { weeks: [{ load: 120, runMinutes: 40, runKm: 5 }] },
    });
    expect(findings).toMatchObject([
      { messageId: "spike", week: 1, measured: 1, data: { unit: "km", previous: "before the plan" } },
    ]);
  });
});

describe("acwr-band edges", () => {
  it("says nothing about reporting when an in-season seed or a history reports week 1", () => {
    const plan = weeksOf([run("e", ["TU", "SA"], 40)], 2);
    expect(
      findingsOf("acwr-band", plan, { athlete: athleteOf({ inSeasonWeeklyRunMinutes: 80 }) }).filter(
        (finding) => finding.severity === "info" && !finding.week,
      ),
    ).toEqual([]);
    const week = { load: 240, runMinutes: 80 };
    expect(
      findingsOf("acwr-band", plan, { history: { weeks: [week, week, week, week] } }).filter(
        (finding) => !finding.week,
      ),
    ).toEqual([]);
  });

  it("says nothing about reporting for an athlete who gave 0 in-season minutes and a plan without load", () => {
    const quiet = weeksOf([mobility("m")], 2);
    expect(findingsOf("acwr-band", quiet, { athlete: athleteOf({ inSeasonWeeklyRunMinutes: 0 }) })).toEqual([]);
  });

  it("notes a ratio in (1.3, 1.5] as high, info by default", () => {
    // Seed 105 x 4 / 7 = 60 a day; 40 min at RPE 3 every day is 120: acute / chronic = (2 - 0.75^7) / (2 - (27/29)^7) = 1.339.
    const plan = weeksOf([daily(40)], 1);
    const seed = 60;
    const acute = Array.from({ length: 7 }, () => 120).reduce((value, load) => 0.25 * load + 0.75 * value, seed);
    const chronic = Array.from({ length: 7 }, () => 120).reduce(
      (value, load) => (2 / 29) * load + (27 / 29) * value,
      seed,
    );
    expect(facts(findingsOf("acwr-band", plan, { athlete: athleteOf({ inSeasonWeeklyRunMinutes: 105 }) }))).toEqual([
      {
        messageId: "high",
        severity: "info",
        week: 1,
        measured: Math.round((acute / chronic) * 1000) / 1000,
        limit: 1.3,
      },
    ]);
  });

  it("notes a ratio above the band but below the danger line as info", () => {
    const plan = weeksOf([daily(60), run("x", ["WE"], 1)], 1);
    const [finding] = findingsOf("acwr-band", plan, { athlete: athleteOf({ inSeasonWeeklyRunMinutes: 100 }) }, [
      "info",
      { low: 0.8, high: 1.3, danger: 5 },
    ]);
    expect(finding).toMatchObject({ messageId: "high", week: 1, limit: 1.3 });
  });

  it("gives the low and unseeded notes info severity by default", () => {
    expect(
      facts(
        findingsOf("acwr-band", weeksOf([run("e", ["TU"], 30)], 1), {
          athlete: athleteOf({ inSeasonWeeklyRunMinutes: 600 }),
        }),
      ),
    ).toEqual([{ messageId: "low", severity: "info", week: 1, measured: expect.any(Number) as unknown, limit: 0.8 }]);
    const unseeded = findingsOf("acwr-band", weeksOf([run("e", ["TU"], 30)], 5)).filter(
      (finding) => finding.week === undefined,
    );
    expect(unseeded).toMatchObject([{ messageId: "unseeded", severity: "info" }]);
  });
});

describe("single-run-spike edges", () => {
  it("judges a run on day 31, the first whose 30 days lie inside the plan", () => {
    const phases = [
      { id: "a", weeks: 4, sessions: [run("w", ["WE"], 50)] },
      { id: "b", weeks: 1, sessions: [run("w2", ["WE"], 80)] },
    ];
    expect(
      findingsOf("single-run-spike", planOf(phases)).map((finding) => [finding.messageId, finding.date ?? null]),
    ).toEqual([
      ["unchecked", null],
      ["spike", "2026-12-02"],
    ]);
  });

  it("compares with the 30 days before the run, not earlier", () => {
    const phases = [
      { id: "a", weeks: 1, sessions: [run("big", ["MO"], 100)] },
      { id: "b", weeks: 1, sessions: [] },
      { id: "c", weeks: 1, sessions: [run("mid", ["MO"], 50)] },
      { id: "d", weeks: 2, sessions: [] },
      { id: "e", weeks: 1, sessions: [run("late", ["TH"], 60)] },
    ];
    // The Thursday of week 6 (day 39) looks back to day 9: the 100-minute run of day 1 is out of its window.
    expect(
      findingsOf("single-run-spike", planOf(phases))
        .filter((finding) => finding.messageId === "spike")
        .map((finding) => finding.date),
    ).toEqual(["2026-12-10"]);
  });

  it("judges from day 31 without history, and a run 10 % longer exactly is fine", () => {
    const phases = [
      { id: "a", weeks: 5, sessions: [run("l", ["SU"], 50)] },
      { id: "b", weeks: 1, sessions: [run("l2", ["SU"], 55)] },
    ];
    const findings = findingsOf("single-run-spike", planOf(phases));
    expect(ids(findings)).toEqual(["unchecked"]);
    expect(findings[0]?.data).toMatchObject({ days: 30 });
  });

  it("reads the history for the part of the 30 days before the plan", () => {
    const days = Array.from({ length: 30 }, (_, index) => ({
      load: 0,
      runMinutes: index === 0 ? 90 : 0,
      longestRunMinutes: index === 0 ? 90 : 0,
    }));
    // Day 1 of the plan sees the 90-minute run 30 days back; day 2 no longer does.
    expect(findingsOf("single-run-spike", weeksOf([run("l", ["MO"], 95)], 1), { history: { days } })).toEqual([]);
    expect(
      ids(
        findingsOf("single-run-spike", weeksOf([run("a", ["MO"], 20), run("b", ["TU"], 95)], 1), { history: { days } }),
      ),
    ).toEqual(["doubled"]);
  });

  it("skips runs with nothing to compare against, and checks no-run days quietly", () => {
    const days = Array.from({ length: 30 }, () => ({ load: 0, runMinutes: 0 }));
    expect(findingsOf("single-run-spike", weeksOf([run("l", ["MO"], 60)], 1), { history: { days } })).toEqual([]);
    expect(findingsOf("single-run-spike", weeksOf([cross("c", ["MO"], 60)], 5))).toEqual([]);
  });
});

describe("other edges", () => {
  it("sleep-hours accepts the athlete's usual sleep at exactly the minimum", () => {
    expect(findingsOf("sleep-hours", weeksOf([], 1), { athlete: athleteOf({ sleepHours: 7 }) })).toEqual([]);
  });

  it("active-recovery-easy accepts a recovery run at exactly the maximum RPE, and other runs at any RPE", () => {
    expect(
      findingsOf(
        "active-recovery-easy",
        weeksOf(
          [run("r", ["TU"], 20, { runType: "recovery", rpe: 3 }), run("t", ["TH"], 30, { runType: "tempo", rpe: 7 })],
          1,
        ),
      ),
    ).toEqual([]);
  });

  it("availability flags cross-training and strength on an unavailable day too, and any length on a day without a maximum", () => {
    const day = { available: true };
    const athlete = athleteOf({
      availability: { MO: day, TU: { available: false }, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    const plan = weeksOf([cross("c", ["TU"], 30), strength("s", ["TU"]), run("long", ["SU"], 200)], 1);
    expect(
      findingsOf("availability", plan, { athlete }).map((finding) => [finding.messageId, finding.sessionId]),
    ).toEqual([
      ["unavailable", "c"],
      ["unavailable", "s"],
    ]);
  });

  it("availability allows training of exactly a day's maximum, and does not count mobility or mental minutes", () => {
    const day = { available: true };
    const athlete = athleteOf({
      availability: { MO: day, TU: { available: true, maxMinutes: 40 }, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    expect(
      findingsOf("availability", weeksOf([run("e", ["TU"], 40), mobility("m"), mental("v", ["TU"])], 1), { athlete }),
    ).toEqual([]);
  });

  it("max-consecutive-run-days counts a streak that runs to the plan's last day", () => {
    const findings = findingsOf("max-consecutive-run-days", weeksOf([daily(30)], 1), { level: "beginner" });
    expect(findings).toMatchObject([{ date: "2026-11-04", measured: 7, data: { to: "2026-11-08" } }]);
  });

  it("mental-skills-weekly and mindful-eating count only their own practices and habits", () => {
    expect(ids(findingsOf("mental-skills-weekly", weeksOf([mental("c", ["SU"], "support-check-in")], 1)))).toEqual([
      "tooFew",
    ]);
    const other = habits(
      { category: "nutrition", focus: "lean-protein", repeat: "FREQ=DAILY" },
      { category: "hydration", repeat: "FREQ=DAILY" },
    );
    expect(ids(findingsOf("mindful-eating", weeksOf([], 1, other)))).toEqual(["missing"]);
  });

  it("balanced-diet counts only nutrition habits", () => {
    expect(
      findingsOf("balanced-diet", weeksOf([], 1, habits({ category: "hydration", repeat: "FREQ=DAILY" })))[0],
    ).toMatchObject({ measured: 0 });
  });

  it("cross-training-share skips a week without aerobic minutes", () => {
    expect(findingsOf("cross-training-share", weeksOf([strength("g", ["MO"])], 1))).toEqual([]);
  });

  it("long-run-share needs the minimum number of runs", () => {
    expect(
      findingsOf("long-run-share", weeksOf([run("e", ["TU"], 20), run("l", ["SU"], 90, { runType: "long" })], 1)),
    ).toEqual([]);
  });
});
