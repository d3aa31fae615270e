import { describe, expect, it } from "vitest";
import { formatOccurrences } from "../../src/cli/format.js";
import { toICalendar } from "../../src/ical.js";
import { expandPlan, parsePlan, sessionDetails, sessionTitle } from "../../src/index.js";

const plan = parsePlan({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [
        {
          id: "easy",
          kind: "run",
          runType: "easy",
          minutes: { min: 30, max: 45 },
          rpe: 3,
          on: ["TU"],
          alternatives: [{ kind: "cross", modality: "bike", minutes: 45 }],
        },
        {
          id: "xt",
          kind: "cross",
          modality: "other",
          minutes: 40,
          rpe: 4,
          on: ["MO", "TU", "WE", "TH", "FR"],
          timesPerWeek: { min: 1, max: 2 },
        },
        {
          id: "gym",
          kind: "strength",
          focus: "full-body",
          name: "Gym",
          minutes: 30,
          rpe: 5,
          on: ["SA"],
          timesPerWeek: 1,
          alternatives: [{ kind: "mobility", practice: "yoga", name: "Yoga class" }],
        },
      ],
    },
  ],
});

describe("the texts of either/or and flexible days", () => {
  it("say them in the CLI's lines", () => {
    expect(formatOccurrences(expandPlan(plan)).split("\n")).toEqual([
      "2026-11-02 all day      Cross-training 1-2 times this week  [week 1, base]",
      "2026-11-03 all day      Easy run 30-45 min or bike ride 45 min  [week 1, base]",
      "2026-11-05 all day      Cross-training 1-2 times this week (optional)  [week 1, base]",
      "2026-11-07 all day      Gym (1 time this week) or Yoga class  [week 1, base]",
      "",
    ]);
  });

  it("say the alternatives in the details, named ones by their name", () => {
    const [, run] = expandPlan(plan);
    expect(run?.kind === "run" && sessionDetails(run.session, run)).toEqual([
      "30-45 min at RPE 3 of 10",
      "Or bike ride 45 min",
    ]);
    expect(run?.kind === "run" && sessionTitle(run.session, { ...run, alternatives: [] })).toBe("Easy run 30-45 min");
  });

  it("say them in the iCalendar SUMMARY and DESCRIPTION", () => {
    const text = toICalendar(plan, { now: "2026-10-01T00:00:00Z" }).replaceAll("\r\n ", "");
    expect(text).toContain("SUMMARY:Easy run 30-45 min or bike ride 45 min\r\n");
    expect(text).toContain("DESCRIPTION:30-45 min at RPE 3 of 10\\nOr bike ride 45 min");
    expect(text).toContain("SUMMARY:Cross-training 1-2 times this week (optional)\r\n");
  });
});
