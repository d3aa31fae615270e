import { describe, expect, it } from "vitest";
import { athleteOf, cross, facts, findingsOf, planOf, run, strength, weeksOf } from "../helpers/plans.js";

const W1 = (day: number) => `2026-11-${String(2 + day).padStart(2, "0")}`;

describe("rest-day-weekly", () => {
  it("passes with enough run-free days at each level", () => {
    expect(findingsOf("rest-day-weekly", weeksOf([run("e", ["TU", "TH", "SA", "SU"], 40)]))).toEqual([]);
    expect(
      findingsOf("rest-day-weekly", weeksOf([run("e", ["MO", "WE", "FR", "SU"], 30)]), { level: "beginner" }),
    ).toEqual([]);
  });

  it("flags every week without a run-free day", () => {
    expect(
      facts(findingsOf("rest-day-weekly", weeksOf([run("e", [], 30, { on: undefined, repeat: "FREQ=DAILY" })]))),
    ).toEqual([
      { messageId: "tooFew", severity: "error", week: 1, measured: 0, limit: 1 },
      { messageId: "tooFew", severity: "error", week: 2, measured: 0, limit: 1 },
    ]);
  });

  it("holds beginners to 2 run-free days", () => {
    expect(
      facts(
        findingsOf("rest-day-weekly", weeksOf([run("e", ["MO", "TU", "WE", "TH", "FR", "SA"], 30)], 1), {
          level: "beginner",
        }),
      ),
    ).toEqual([{ messageId: "tooFew", severity: "error", week: 1, measured: 1, limit: 2 }]);
  });

  it("names the lightest run day, sparing the long run, in plain words", () => {
    const [finding] = findingsOf(
      "rest-day-weekly",
      weeksOf(
        [run("e", [], 30, { on: undefined, repeat: "FREQ=DAILY" }), run("long", ["SU"], 60, { runType: "long" })],
        1,
      ),
    );
    expect(finding?.message).toBe("Week 1 has no run-free day; runners at intermediate level need at least 1.");
    expect(finding?.hint).toBe("Make Monday a rest or cross-training day.");
  });

  it("takes options from the config", () => {
    const plan = weeksOf([run("e", ["MO", "TU", "WE", "TH"], 30)], 1);
    expect(findingsOf("rest-day-weekly", plan, {}, ["error", { minRunFreeDays: 3 }])).toEqual([]);
    expect(facts(findingsOf("rest-day-weekly", plan, {}, ["warning", { minRunFreeDays: 4 }]))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 3, limit: 4 },
    ]);
  });
});

describe("max-consecutive-run-days", () => {
  it("passes streaks within the level's limit", () => {
    expect(findingsOf("max-consecutive-run-days", weeksOf([run("e", ["MO", "TU", "WE", "TH", "SA"], 30)]))).toEqual([]);
  });

  it("counts streaks across week boundaries, reporting the first day over the limit", () => {
    expect(
      facts(findingsOf("max-consecutive-run-days", weeksOf([run("e", ["MO", "TU", "WE", "TH", "SA", "SU"], 30)]))),
    ).toEqual([{ messageId: "tooMany", severity: "warning", week: 2, date: "2026-11-11", measured: 6, limit: 4 }]);
  });

  it("holds beginners to 2 days in a row", () => {
    expect(
      facts(findingsOf("max-consecutive-run-days", weeksOf([run("e", ["MO", "TU", "WE"], 30)]), { level: "beginner" })),
    ).toEqual([
      { messageId: "tooMany", severity: "warning", week: 1, date: "2026-11-04", measured: 3, limit: 2 },
      { messageId: "tooMany", severity: "warning", week: 2, date: "2026-11-11", measured: 3, limit: 2 },
    ]);
  });
});

describe("no-back-to-back-hard", () => {
  const tempo = (on: string[]) => run("tempo", on, 40, { runType: "tempo", rpe: 6 });
  const intervals = (on: string[]) => run("int", on, 40, { runType: "intervals", rpe: 8 });

  it("passes hard days with easy days between them, and never counts strength as hard", () => {
    expect(findingsOf("no-back-to-back-hard", weeksOf([tempo(["TU"]), intervals(["TH"])], 1))).toEqual([]);
    expect(
      findingsOf("no-back-to-back-hard", weeksOf([strength("gym", ["MO"], undefined, { rpe: 9 }), tempo(["TU"])], 1)),
    ).toEqual([]);
  });

  it("flags a hard session the day after another, cross-training included", () => {
    expect(facts(findingsOf("no-back-to-back-hard", weeksOf([tempo(["TU"]), intervals(["WE"])], 1)))).toEqual([
      { messageId: "backToBack", severity: "warning", week: 1, date: W1(2), sessionId: "int", measured: 2, limit: 1 },
    ]);
    expect(
      facts(
        findingsOf(
          "no-back-to-back-hard",
          weeksOf([cross("bike", ["MO"], 60, { rpe: 7, modality: "bike" }), tempo(["TU"])], 1),
        ),
      ),
    ).toEqual([
      { messageId: "backToBack", severity: "warning", week: 1, date: W1(1), sessionId: "tempo", measured: 2, limit: 1 },
    ]);
  });

  it("lets elite athletes pair hard days when the next day is easy, but not three in a row", () => {
    expect(
      findingsOf("no-back-to-back-hard", weeksOf([tempo(["TU"]), intervals(["WE"])], 1), { level: "elite" }),
    ).toEqual([]);
    const three = weeksOf([tempo(["TU", "TH"]), intervals(["WE"])], 1);
    expect(facts(findingsOf("no-back-to-back-hard", three, { level: "elite" })).map((finding) => finding.date)).toEqual(
      [W1(2), W1(3)],
    );
  });
});

describe("hard-sessions-per-week", () => {
  const hard = [
    run("t", ["TU"], 40, { runType: "tempo", rpe: 6 }),
    run("i", ["TH"], 40, { runType: "intervals", rpe: 8 }),
    run("h", ["SA"], 40, { runType: "hills", rpe: 7 }),
  ];

  it("passes two hard sessions for intermediates", () => {
    expect(findingsOf("hard-sessions-per-week", weeksOf(hard.slice(0, 2), 1))).toEqual([]);
  });

  it("flags three for intermediates, and more than one in transition", () => {
    expect(facts(findingsOf("hard-sessions-per-week", weeksOf(hard, 1)))).toEqual([
      { messageId: "tooMany", severity: "warning", week: 1, measured: 3, limit: 2 },
    ]);
    expect(
      facts(findingsOf("hard-sessions-per-week", weeksOf(hard.slice(0, 2), 1, {}, { type: "transition" }))),
    ).toEqual([{ messageId: "tooMany", severity: "warning", week: 1, measured: 2, limit: 1 }]);
  });

  it("takes a higher limit from the config", () => {
    expect(findingsOf("hard-sessions-per-week", weeksOf(hard, 1), {}, ["warning", { maxPerWeek: 3 }])).toEqual([]);
  });
});

describe("intensity-distribution", () => {
  it("passes weeks with at least 80 % easy minutes, and weeks without aerobic work", () => {
    expect(
      findingsOf(
        "intensity-distribution",
        weeksOf([run("e", ["TU", "SA"], 60), run("t", ["TH"], 30, { runType: "tempo", rpe: 6 })], 1),
      ),
    ).toEqual([]);
    expect(findingsOf("intensity-distribution", weeksOf([strength("g", ["MO"])], 1))).toEqual([]);
  });

  it("flags too little easy work; RPE 5 is not easy", () => {
    expect(
      facts(
        findingsOf(
          "intensity-distribution",
          weeksOf([run("e", ["TU"], 60), run("t", ["TH"], 30, { runType: "tempo", rpe: 6 })], 1),
        ),
      ),
    ).toEqual([{ messageId: "tooLittleEasy", severity: "warning", week: 1, measured: 0.667, limit: 0.8 }]);
    expect(
      facts(findingsOf("intensity-distribution", weeksOf([run("e", ["TU"], 80), run("m", ["TH"], 30, { rpe: 5 })], 1))),
    ).toEqual([{ messageId: "tooLittleEasy", severity: "warning", week: 1, measured: 0.727, limit: 0.8 }]);
  });

  it("asks for 90 % in a transition phase", () => {
    const plan = weeksOf(
      [run("e", ["TU", "SA"], 85), run("t", ["TH"], 30, { runType: "tempo", rpe: 6 })],
      1,
      {},
      { type: "transition" },
    );
    expect(facts(findingsOf("intensity-distribution", plan))).toEqual([
      { messageId: "tooLittleEasy", severity: "warning", week: 1, measured: 0.85, limit: 0.9 },
    ]);
  });
});

describe("active-recovery-weekly", () => {
  it("passes a week with cross-training at RPE 3 or less", () => {
    expect(findingsOf("active-recovery-weekly", weeksOf([cross("swim", ["WE"], 30, { rpe: 3 })], 1))).toEqual([]);
  });

  it("flags a week whose cross-training is harder than RPE 3", () => {
    expect(facts(findingsOf("active-recovery-weekly", weeksOf([cross("swim", ["WE"], 30, { rpe: 4 })], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 0, limit: 1 },
    ]);
  });
});

describe("active-recovery-easy", () => {
  it("passes recovery runs at RPE 3 or less", () => {
    expect(
      findingsOf("active-recovery-easy", weeksOf([run("rec", ["MO"], 30, { runType: "recovery", rpe: 2 })])),
    ).toEqual([]);
  });

  it("flags the session definition of a recovery run that is too hard, with its path", () => {
    const plan = planOf([
      { id: "a", weeks: 2, sessions: [run("easy", ["TU"], 30)] },
      { id: "b", weeks: 2, sessions: [run("e2", ["TU"], 30), run("rec", ["MO"], 30, { runType: "recovery", rpe: 4 })] },
    ]);
    expect(facts(findingsOf("active-recovery-easy", plan))).toEqual([
      {
        messageId: "tooHard",
        severity: "warning",
        week: 3,
        sessionId: "rec",
        path: "phases[1].sessions[1].rpe",
        measured: 4,
        limit: 3,
      },
    ]);
  });
});

describe("mobility-daily", () => {
  const mobilityOn = (on: string[]) => ({ id: "m", kind: "mobility", practice: "stretching", minutes: 10, on });

  it("passes daily mobility", () => {
    expect(
      findingsOf(
        "mobility-daily",
        weeksOf([{ id: "m", kind: "mobility", practice: "yoga", minutes: 10, repeat: "FREQ=DAILY" }], 1),
      ),
    ).toEqual([]);
  });

  it("flags weeks with fewer mobility days, and takes the number from the config", () => {
    expect(facts(findingsOf("mobility-daily", weeksOf([mobilityOn(["MO", "WE", "FR"])], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 3, limit: 7 },
    ]);
    expect(facts(findingsOf("mobility-daily", weeksOf([run("e", ["TU"], 30)], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 0, limit: 7 },
    ]);
    expect(
      findingsOf("mobility-daily", weeksOf([mobilityOn(["MO", "WE", "FR"])], 1), {}, [
        "warning",
        { minDaysPerWeek: 3 },
      ]),
    ).toEqual([]);
  });
});

describe("sleep-hours", () => {
  const sleep = (hours: number) => ({ habits: [{ id: "sleep", category: "sleep", hours, repeat: "FREQ=DAILY" }] });

  it("passes a target of 7 h (8 h for elite)", () => {
    expect(findingsOf("sleep-hours", weeksOf([], 1, sleep(7)))).toEqual([]);
    expect(findingsOf("sleep-hours", weeksOf([], 1, sleep(8)), { level: "elite" })).toEqual([]);
    expect(findingsOf("sleep-hours", weeksOf([], 1), { athlete: athleteOf({ sleepHours: 7.5 }) })).toEqual([]);
  });

  it("flags a short target in the plan's habits, which take precedence over the athlete's usual sleep", () => {
    expect(
      facts(findingsOf("sleep-hours", weeksOf([], 1, sleep(6.5)), { athlete: athleteOf({ sleepHours: 9 }) })),
    ).toEqual([
      {
        messageId: "tooShort",
        severity: "warning",
        sessionId: "sleep",
        path: "habits[0].hours",
        measured: 6.5,
        limit: 7,
      },
    ]);
    expect(findingsOf("sleep-hours", weeksOf([], 1, sleep(8)), { athlete: athleteOf({ sleepHours: 6 }) })).toEqual([]);
    expect(facts(findingsOf("sleep-hours", weeksOf([], 1), { athlete: athleteOf({ sleepHours: 6 }) }))).toEqual([
      { messageId: "tooShort", severity: "warning", measured: 6, limit: 7 },
    ]);
    expect(facts(findingsOf("sleep-hours", weeksOf([], 1, sleep(7.5)), { level: "elite" }))).toEqual([
      {
        messageId: "tooShort",
        severity: "warning",
        sessionId: "sleep",
        path: "habits[0].hours",
        measured: 7.5,
        limit: 8,
      },
    ]);
  });

  it("notes a plan without any sleep target", () => {
    expect(facts(findingsOf("sleep-hours", weeksOf([], 1)))).toEqual([{ messageId: "missing", severity: "info" }]);
  });
});
