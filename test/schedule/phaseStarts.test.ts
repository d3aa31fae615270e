import { describe, expect, it } from "vitest";
import { phaseStartDates } from "../../src/model/planDates.js";
import { buildCalendar, expandPlan, parsePlan } from "../../src/index.js";

const plan = parsePlan({
  version: 1,
  id: "phases",
  timezone: "Europe/Berlin",
  startDate: "2026-11-04",
  phases: [
    {
      id: "transition",
      weeks: 2,
      sessions: [{ id: "a", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=WEEKLY;COUNT=1" }],
    },
    {
      id: "base",
      weeks: 3,
      sessions: [{ id: "b", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=WEEKLY;COUNT=1" }],
    },
    {
      id: "pre-season",
      weeks: 1,
      sessions: [{ id: "c", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=WEEKLY;COUNT=1" }],
    },
  ],
});

describe("phase start dates have one home", () => {
  it("are the plan start, then each start plus the phase's weeks", () => {
    expect(phaseStartDates(plan)).toEqual(["2026-11-04", "2026-11-18", "2026-12-09"]);
    expect(phaseStartDates({ startDate: "2026-11-02", phases: [] })).toEqual([]);
  });

  it("are where the expansion starts each phase's rules and where the calendar starts each phase's weeks", () => {
    expect(expandPlan(plan).map((occurrence) => occurrence.date)).toEqual(phaseStartDates(plan));
    const firstWeeks = buildCalendar(plan).weeks.filter((week) => week.weekInPhase === 1);
    expect(firstWeeks.map((week) => week.startDate)).toEqual(phaseStartDates(plan));
    expect(firstWeeks.map((week) => week.index)).toEqual([1, 3, 6]);
  });
});
