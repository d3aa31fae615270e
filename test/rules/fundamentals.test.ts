import { describe, expect, it } from "vitest";
import { athleteOf, cross, facts, findingsOf, mental, planOf, run, strength, weeksOf } from "../helpers/plans.js";

describe("strength-frequency", () => {
  it("passes one session for beginners, two for the rest", () => {
    expect(findingsOf("strength-frequency", weeksOf([strength("g", ["MO"])], 1), { level: "beginner" })).toEqual([]);
    expect(findingsOf("strength-frequency", weeksOf([strength("g", ["MO", "TH"])], 1))).toEqual([]);
  });

  it("flags too few", () => {
    expect(facts(findingsOf("strength-frequency", weeksOf([strength("g", ["MO"])], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 1, limit: 2 },
    ]);
  });
});

describe("strength-exercise-mix", () => {
  it("passes weeks covering knee, hip hinge, calf/foot and trunk across sessions, and weeks without strength", () => {
    expect(
      findingsOf(
        "strength-exercise-mix",
        weeksOf([strength("a", ["MO"], ["squat", "plank"]), strength("b", ["TH"], ["hip-thrust", "toe-walk"])], 1),
      ),
    ).toEqual([]);
    expect(findingsOf("strength-exercise-mix", weeksOf([run("e", ["TU"], 30)], 1))).toEqual([]);
  });

  it("names the missing patterns", () => {
    const [finding] = findingsOf("strength-exercise-mix", weeksOf([strength("a", ["MO"], ["squat", "plank"])], 1));
    expect(facts(finding ? [finding] : [])).toEqual([
      { messageId: "missing", severity: "warning", week: 1, measured: 2, limit: 4 },
    ]);
    expect(finding?.data.missing).toBe("hip-hinge, calf-foot");
  });
});

describe("strength-spacing", () => {
  const tempo = (time?: string) => run("tempo", ["TU"], 40, { runType: "tempo", rpe: 6, ...(time ? { time } : {}) });

  it("flags lower-body strength the day before a long run", () => {
    expect(
      facts(
        findingsOf(
          "strength-spacing",
          weeksOf([strength("gym", ["SA"]), run("long", ["SU"], 80, { runType: "long" })], 1),
        ),
      ),
    ).toEqual([{ messageId: "dayBefore", severity: "warning", week: 1, date: "2026-11-07", sessionId: "gym" }]);
  });

  it("passes upper-body work before a long run", () => {
    expect(
      findingsOf(
        "strength-spacing",
        weeksOf([strength("gym", ["SA"], ["push-up", "row"]), run("long", ["SU"], 80, { runType: "long" })], 1),
      ),
    ).toEqual([]);
  });

  it("flags lower-body strength before a hard run on the same day, when both have a time", () => {
    expect(
      facts(
        findingsOf(
          "strength-spacing",
          weeksOf([strength("gym", ["TU"], undefined, { time: "07:00" }), tempo("18:00")], 1),
        ),
      ),
    ).toEqual([{ messageId: "sameDay", severity: "warning", week: 1, date: "2026-11-03", sessionId: "gym" }]);
    expect(
      findingsOf(
        "strength-spacing",
        weeksOf([strength("gym", ["TU"], undefined, { time: "18:00" }), tempo("07:00")], 1),
      ),
    ).toEqual([]);
    expect(findingsOf("strength-spacing", weeksOf([strength("gym", ["TU"]), tempo()], 1))).toEqual([]);
  });
});

describe("cross-training-weekly and cross-training-share", () => {
  it("flags a week without cross-training", () => {
    expect(facts(findingsOf("cross-training-weekly", weeksOf([run("e", ["TU"], 30)], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 0, limit: 1 },
    ]);
    expect(findingsOf("cross-training-weekly", weeksOf([cross("s", ["WE"], 30)], 1))).toEqual([]);
  });

  it("notes cross-training under 10 % or over 50 % of aerobic minutes", () => {
    expect(
      facts(findingsOf("cross-training-share", weeksOf([run("e", ["TU", "SA"], 100), cross("s", ["WE"], 10)], 1))),
    ).toEqual([{ messageId: "tooLittle", severity: "info", week: 1, measured: 0.048, limit: 0.1 }]);
    expect(
      facts(findingsOf("cross-training-share", weeksOf([run("e", ["TU"], 100), cross("s", ["WE"], 300)], 1))),
    ).toEqual([{ messageId: "tooMuch", severity: "info", week: 1, measured: 0.75, limit: 0.5 }]);
    expect(findingsOf("cross-training-share", weeksOf([run("e", ["TU"], 100), cross("s", ["WE"], 50)], 1))).toEqual([]);
  });
});

describe("mental-skills-weekly and support-network", () => {
  it("counts visualization, mindfulness and goal-setting, not a support check-in", () => {
    expect(findingsOf("mental-skills-weekly", weeksOf([mental("v", ["SU"], "goal-setting")], 1))).toEqual([]);
    expect(facts(findingsOf("mental-skills-weekly", weeksOf([mental("c", ["SU"], "support-check-in")], 1)))).toEqual([
      { messageId: "tooFew", severity: "warning", week: 1, measured: 0, limit: 1 },
    ]);
  });

  it("wants support contacts or a support check-in", () => {
    expect(facts(findingsOf("support-network", weeksOf([run("e", ["TU"], 30)], 1)))).toEqual([
      { messageId: "missing", severity: "info" },
    ]);
    expect(findingsOf("support-network", weeksOf([mental("c", ["SU"], "support-check-in")], 1))).toEqual([]);
    expect(
      findingsOf("support-network", weeksOf([], 1), { athlete: athleteOf({ supportContacts: ["Coach"] }) }),
    ).toEqual([]);
  });
});

describe("nutrition rules", () => {
  const runs = [run("e", ["TU", "SA"], 40)];
  const habits = (...list: Record<string, unknown>[]) => ({
    habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })),
  });
  const fluids = (extra: Record<string, unknown> = {}) => ({
    category: "hydration",
    when: "before-each-run",
    mlPerKg: 6,
    hoursBefore: 4,
    ...extra,
  });

  it("pre-run-hydration wants a habit that covers every run, with a sound target", () => {
    expect(findingsOf("pre-run-hydration", weeksOf(runs, 1, habits(fluids())))).toEqual([]);
    expect(facts(findingsOf("pre-run-hydration", weeksOf(runs, 1)))).toEqual([
      { messageId: "missing", severity: "warning" },
    ]);
    expect(
      facts(findingsOf("pre-run-hydration", weeksOf(runs, 1, habits(fluids({ mlPerKg: 10, hoursBefore: 2 }))))),
    ).toEqual([
      {
        messageId: "timing",
        severity: "warning",
        sessionId: "h0",
        path: "habits[0].hoursBefore",
        measured: 2,
        limit: 4,
      },
      { messageId: "volume", severity: "warning", sessionId: "h0", path: "habits[0].mlPerKg", measured: 10, limit: 7 },
    ]);
    const weekly = habits({ category: "hydration", repeat: "FREQ=WEEKLY;BYDAY=TU" });
    expect(facts(findingsOf("pre-run-hydration", weeksOf(runs, 2, weekly)))).toEqual([
      { messageId: "uncovered", severity: "warning", week: 1, date: "2026-11-07", measured: 2, limit: 0 },
    ]);
  });

  it("balanced-diet wants lean protein, complex carbohydrates, and fruit and vegetables", () => {
    expect(
      facts(
        findingsOf(
          "balanced-diet",
          weeksOf([], 1, habits({ category: "nutrition", focus: "lean-protein", repeat: "FREQ=DAILY" })),
        ),
      ),
    ).toEqual([{ messageId: "missing", severity: "warning", measured: 1, limit: 3 }]);
    const all = habits(
      ...["lean-protein", "complex-carbs", "fruit-vegetables"].map((focus) => ({
        category: "nutrition",
        focus,
        repeat: "FREQ=DAILY",
      })),
    );
    expect(findingsOf("balanced-diet", weeksOf([], 1, all))).toEqual([]);
  });

  it("protein-target holds a given target to 1.2-2.0 g/kg", () => {
    const protein = (gPerKg: number) =>
      habits({ category: "nutrition", focus: "lean-protein", gPerKg, repeat: "FREQ=DAILY" });
    expect(findingsOf("protein-target", weeksOf([], 1, protein(1.6)))).toEqual([]);
    expect(facts(findingsOf("protein-target", weeksOf([], 1, protein(2.5))))).toEqual([
      { messageId: "outOfRange", severity: "info", sessionId: "h0", path: "habits[0].gPerKg", measured: 2.5, limit: 2 },
    ]);
    expect(findingsOf("protein-target", weeksOf([], 1))).toEqual([]);
  });

  it("carb-target fits the target to the training hours", () => {
    // 2 x 40 min a week: light training, 3-5 g/kg.
    const carbs = (gPerKg: number) =>
      habits({ category: "nutrition", focus: "complex-carbs", gPerKg, repeat: "FREQ=DAILY" });
    expect(findingsOf("carb-target", weeksOf(runs, 1, carbs(4)))).toEqual([]);
    expect(facts(findingsOf("carb-target", weeksOf(runs, 1, carbs(8))))).toEqual([
      { messageId: "outOfRange", severity: "info", sessionId: "h0", path: "habits[0].gPerKg", measured: 8, limit: 5 },
    ]);
    // 60 min of running every day: about 1 h a day, 5-7 g/kg.
    const daily = [run("d", [], 60, { on: undefined, repeat: "FREQ=DAILY" })];
    expect(facts(findingsOf("carb-target", weeksOf(daily, 1, carbs(4))))).toEqual([
      { messageId: "outOfRange", severity: "info", sessionId: "h0", path: "habits[0].gPerKg", measured: 4, limit: 5 },
    ]);
  });

  it("mindful-eating wants a habit for portions or eating slowly", () => {
    expect(facts(findingsOf("mindful-eating", weeksOf([], 1)))).toEqual([{ messageId: "missing", severity: "info" }]);
    expect(
      findingsOf(
        "mindful-eating",
        weeksOf([], 1, habits({ category: "nutrition", focus: "mindful-eating", repeat: "FREQ=DAILY" })),
      ),
    ).toEqual([]);
  });
});

describe("availability", () => {
  it("says it was skipped without an athlete", () => {
    expect(facts(findingsOf("availability", weeksOf([run("e", ["TU"], 30)], 1)))).toEqual([
      { messageId: "skipped", severity: "info" },
    ]);
  });

  it("flags training on unavailable days and over the minutes of a day; mobility and mental practice are exempt", () => {
    const athlete = athleteOf({
      availability: {
        MO: { available: true },
        TU: { available: false },
        WE: { available: true },
        TH: { available: true, maxMinutes: 30 },
        FR: { available: true },
        SA: { available: true },
        SU: { available: false },
      },
    });
    const plan = weeksOf(
      [
        run("e", ["TU", "TH"], 40),
        { id: "m", kind: "mobility", practice: "yoga", minutes: 10, repeat: "FREQ=DAILY" },
        mental("v", ["SU"]),
      ],
      1,
    );
    expect(facts(findingsOf("availability", plan, { athlete }))).toEqual([
      { messageId: "unavailable", severity: "error", week: 1, date: "2026-11-03", sessionId: "e" },
      { messageId: "tooLong", severity: "error", week: 1, date: "2026-11-05", measured: 40, limit: 30 },
    ]);
  });
});

describe("transition-first", () => {
  const season = athleteOf({ seasonEndDate: "2026-10-31" });

  it("passes a plan that opens with 1-4 weeks of transition", () => {
    expect(
      findingsOf(
        "transition-first",
        planOf([
          { id: "transition", weeks: 2, sessions: [] },
          { id: "base", weeks: 4, sessions: [] },
        ]),
        { athlete: season },
      ),
    ).toEqual([]);
  });

  it("notes a plan right after the season without a transition, and a transition over 4 weeks", () => {
    expect(
      facts(findingsOf("transition-first", planOf([{ id: "base", weeks: 4, sessions: [] }]), { athlete: season })),
    ).toEqual([{ messageId: "missing", severity: "info", week: 1, path: "phases[0]" }]);
    expect(
      facts(findingsOf("transition-first", planOf([{ id: "rest", type: "transition", weeks: 6, sessions: [] }]))),
    ).toEqual([{ messageId: "tooLong", severity: "info", week: 1, path: "phases[0].weeks", measured: 6, limit: 4 }]);
  });

  it("leaves plans that start long after the season alone", () => {
    expect(
      findingsOf("transition-first", planOf([{ id: "base", weeks: 4, sessions: [] }]), {
        athlete: athleteOf({ seasonEndDate: "2026-08-01" }),
      }),
    ).toEqual([]);
  });
});
