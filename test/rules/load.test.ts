import { describe, expect, it } from "vitest";
import { ACUTE_LAMBDA, CHRONIC_LAMBDA } from "../../src/index.js";
import { facts, findingsOf, planOf, run, weeksOf } from "../helpers/plans.js";

describe("weekly-volume-progression", () => {
  it("passes steady weeks", () => {
    expect(findingsOf("weekly-volume-progression", weeksOf([run("e", ["TU", "SA"], 40)], 3))).toEqual([]);
  });

  it("notes more than 10 % and warns above 30 %", () => {
    const plan = weeksOf([run("e", ["TU"], 100)], 3, {}, { progression: [1, 1.2, 1.6] });
    expect(facts(findingsOf("weekly-volume-progression", plan))).toEqual([
      { messageId: "increase", severity: "info", week: 2, measured: 0.2, limit: 0.1 },
      { messageId: "spike", severity: "warning", week: 3, measured: 0.333, limit: 0.3 },
    ]);
  });

  it("compares week 1 with the history's last week", () => {
    const plan = weeksOf([run("e", ["TU"], 150)], 1);
    expect(
      facts(findingsOf("weekly-volume-progression", plan, { history: { weeks: [{ load: 300, runMinutes: 100 }] } })),
    ).toEqual([{ messageId: "spike", severity: "warning", week: 1, measured: 0.5, limit: 0.3 }]);
  });

  it("checks kilometres too", () => {
    const plan = planOf([
      { id: "a", weeks: 1, sessions: [run("a", ["TU"], 60, { distanceKm: 10 })] },
      { id: "b", weeks: 1, sessions: [run("b", ["TU"], 60, { distanceKm: 14 })] },
    ]);
    const [finding] = findingsOf("weekly-volume-progression", plan);
    expect(finding).toMatchObject({ messageId: "spike", week: 2, measured: 0.4, data: { unit: "km" } });
  });
});

describe("single-run-spike", () => {
  const phases = (longest: number) =>
    planOf([
      { id: "a", weeks: 5, sessions: [run("long", ["SU"], 60, { runType: "long" })] },
      { id: "b", weeks: 1, sessions: [run("long2", ["SU"], longest, { runType: "long" })] },
    ]);

  it("warns about a run more than 10 % longer than the longest of the 30 days before", () => {
    expect(facts(findingsOf("single-run-spike", phases(70)))).toEqual([
      { messageId: "unchecked", severity: "info" },
      {
        messageId: "spike",
        severity: "warning",
        week: 6,
        date: "2026-12-13",
        sessionId: "long2",
        measured: 70,
        limit: 66,
      },
    ]);
  });

  it("makes more than double an error", () => {
    expect(facts(findingsOf("single-run-spike", phases(130))).at(-1)).toEqual({
      messageId: "doubled",
      severity: "error",
      week: 6,
      date: "2026-12-13",
      sessionId: "long2",
      measured: 130,
      limit: 120,
    });
  });

  it("passes growth of 10 % or less", () => {
    expect(facts(findingsOf("single-run-spike", phases(66)))).toEqual([{ messageId: "unchecked", severity: "info" }]);
  });

  it("checks the first 30 days against a history that gives the longest runs", () => {
    const plan = weeksOf([run("long", ["SU"], 70, { runType: "long" })], 1);
    const history = {
      days: Array.from({ length: 30 }, (_, index) => ({
        load: 200,
        runMinutes: index % 7 === 6 ? 60 : 30,
        longestRunMinutes: index % 7 === 6 ? 60 : 30,
      })),
    };
    expect(facts(findingsOf("single-run-spike", plan, { history }))).toEqual([
      {
        messageId: "spike",
        severity: "warning",
        week: 1,
        date: "2026-11-08",
        sessionId: "long",
        measured: 70,
        limit: 66,
      },
    ]);
    const weekly = { weeks: Array.from({ length: 5 }, () => ({ load: 1000, runMinutes: 200, longestRunMinutes: 65 })) };
    expect(findingsOf("single-run-spike", plan, { history: weekly })).toEqual([]);
  });
});

describe("weekly-monotony", () => {
  it("passes varied weeks (DOMAIN's worked example, 1.48)", () => {
    const plan = weeksOf(
      [
        run("a", ["MO"], 70),
        run("b", ["TU"], 25),
        run("c", ["TH"], 57, { rpe: 5 }),
        run("d", ["FR"], 20),
        run("e", ["SA"], 40, { rpe: 4 }),
        run("f", ["SU"], 45),
      ],
      1,
    );
    expect(findingsOf("weekly-monotony", plan)).toEqual([]);
  });

  it("flags a week of identical days (monotony capped at 10)", () => {
    expect(
      facts(findingsOf("weekly-monotony", weeksOf([run("e", [], 30, { on: undefined, repeat: "FREQ=DAILY" })], 1))),
    ).toEqual([{ messageId: "monotonous", severity: "warning", week: 1, measured: 10, limit: 2 }]);
  });
});

describe("acwr-band", () => {
  it("says when the ratio cannot be reported from the start", () => {
    expect(facts(findingsOf("acwr-band", weeksOf([run("e", ["TU", "SA"], 40)], 2)))).toEqual([
      { messageId: "unreported", severity: "info" },
    ]);
    const [finding] = findingsOf("acwr-band", weeksOf([run("e", ["TU", "SA"], 40)], 6));
    expect(finding).toMatchObject({ messageId: "unseeded", data: { week: 4 } });
  });

  it("warns above 1.5 (a load spike on an in-season seed)", () => {
    const plan = weeksOf([run("e", [], 60, { on: undefined, repeat: "FREQ=DAILY", rpe: 5 }), run("x", ["WE"], 1)], 1);
    const seed = (100 * 4) / 7;
    const daily = [300, 300, 303, 300, 300, 300, 300];
    const acute = daily.reduce((value, load) => ACUTE_LAMBDA * load + (1 - ACUTE_LAMBDA) * value, seed);
    const chronic = daily.reduce((value, load) => CHRONIC_LAMBDA * load + (1 - CHRONIC_LAMBDA) * value, seed);
    const findings = findingsOf("acwr-band", plan, { athlete: { ...athleteWithSeason(100) } });
    expect(facts(findings)).toEqual([
      {
        messageId: "danger",
        severity: "warning",
        week: 1,
        measured: Math.round((acute / chronic) * 1000) / 1000,
        limit: 1.5,
      },
    ]);
  });

  it("notes a low ratio, but not in a transition phase where low load is planned", () => {
    const light = [run("e", ["TU"], 30)];
    expect(
      facts(findingsOf("acwr-band", weeksOf(light, 1), { athlete: athleteWithSeason(600) })).map(
        (finding) => finding.messageId,
      ),
    ).toEqual(["low"]);
    expect(
      findingsOf("acwr-band", weeksOf(light, 1, {}, { type: "transition" }), { athlete: athleteWithSeason(600) }),
    ).toEqual([]);
  });
});

function athleteWithSeason(minutes: number) {
  const day = { available: true };
  return {
    id: "a",
    level: "intermediate" as const,
    timezone: "UTC",
    availability: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: day, SU: day },
    inSeasonWeeklyRunMinutes: minutes,
  };
}

describe("deload-week", () => {
  it("passes a reduced week after three loading weeks", () => {
    expect(
      findingsOf("deload-week", weeksOf([run("e", ["TU"], 100)], 8, {}, { progression: [1, 1.1, 1.2, 0.8] })),
    ).toEqual([]);
  });

  it("flags a fourth loading week in a row for intermediates", () => {
    expect(
      facts(
        findingsOf("deload-week", weeksOf([run("e", ["TU"], 100)], 5, {}, { progression: [1, 1.1, 1.2, 1.3, 1.4] })),
      ),
    ).toEqual([{ messageId: "noDeload", severity: "warning", week: 4, measured: 4, limit: 3 }]);
  });

  it("reads a daily history as weeks (7 days each, from the last day back)", () => {
    const days = Array.from({ length: 30 }, () => ({ load: 100, runMinutes: 15 }));
    expect(facts(findingsOf("deload-week", weeksOf([run("e", ["TU"], 105)], 1), { history: { days } }))).toEqual([
      { messageId: "noDeload", severity: "warning", week: 1, measured: 5, limit: 3 },
    ]);
    expect(
      facts(findingsOf("weekly-volume-progression", weeksOf([run("e", ["TU"], 150)], 1), { history: { days } })),
    ).toEqual([{ messageId: "spike", severity: "warning", week: 1, measured: 0.429, limit: 0.3 }]);
  });

  it("counts the loading weeks of the history", () => {
    const history = { weeks: Array.from({ length: 4 }, () => ({ load: 700, runMinutes: 100 })) };
    expect(facts(findingsOf("deload-week", weeksOf([run("e", ["TU"], 100)], 2), { history }))).toEqual([
      { messageId: "noDeload", severity: "warning", week: 1, measured: 5, limit: 3 },
    ]);
  });

  it("allows four for advanced runners and counts transition weeks as reduced", () => {
    expect(
      findingsOf("deload-week", weeksOf([run("e", ["TU"], 100)], 4, {}, { progression: [1, 1.1, 1.2, 1.3] }), {
        level: "advanced",
      }),
    ).toEqual([]);
    const plan = planOf([
      { id: "transition", weeks: 1, sessions: [run("t", ["TU"], 100)] },
      { id: "base", weeks: 3, sessions: [run("e", ["TU"], 100)] },
    ]);
    expect(findingsOf("deload-week", plan)).toEqual([]);
  });
});

describe("long-run-share", () => {
  it("notes a long run over 30 % of the week's running", () => {
    expect(
      facts(
        findingsOf(
          "long-run-share",
          weeksOf([run("e", ["TU", "TH"], 30), run("long", ["SU"], 60, { runType: "long" })], 1),
        ),
      ),
    ).toEqual([
      {
        messageId: "tooLong",
        severity: "info",
        week: 1,
        date: "2026-11-08",
        sessionId: "long",
        measured: 0.5,
        limit: 0.3,
      },
    ]);
  });

  it("leaves weeks with fewer than 3 runs alone", () => {
    expect(findingsOf("long-run-share", weeksOf([run("e", ["TU"], 30), run("long", ["SU"], 60)], 1))).toEqual([]);
  });
});
