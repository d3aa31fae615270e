// Issue 21, item 6: the week limit a plan was parsed with holds through expansion, and the message of a plan too long
// names only what the plan has.
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  expandPlan,
  insertRestDay,
  isOffseasonError,
  parsePlan,
  shiftPlan,
  validatePlan,
  type OffseasonIssue,
} from "../../src/index.js";

/** A plan of `weeks` weeks with one run a week, parsed with `maxWeeks` when given. */
const planOf = (weeks: number, exceptions: readonly Record<string, unknown>[] = [], maxWeeks?: number) =>
  parsePlan(
    {
      version: 1,
      id: "p",
      timezone: "America/New_York",
      startDate: "2026-11-02",
      phases: [
        {
          id: "base",
          weeks,
          sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"], time: "07:00" }],
        },
      ],
      exceptions,
    },
    maxWeeks === undefined ? {} : { limits: { maxWeeks } },
  );

function limitError(run: () => unknown): { code: string; issues: readonly OffseasonIssue[] } {
  try {
    run();
  } catch (error) {
    if (isOffseasonError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error("expected an OffseasonError");
}

describe("a plan parsed with a raised maxWeeks", () => {
  const long = planOf(150, [], 156);

  it("expands, builds its calendar and validates as parsed", () => {
    expect(expandPlan(long)).toHaveLength(150);
    expect(buildCalendar(long).weeks).toHaveLength(150);
    expect(validatePlan(long).metrics).toHaveLength(150);
  });

  it("lengthens by its adjustments up to the maxWeeks given to the expansion", () => {
    const rested = planOf(150, [{ action: "rest", date: "2026-11-03" }], 156);
    expect(expandPlan(rested, { maxWeeks: 156 })).toHaveLength(150);
    expect(buildCalendar(rested, { maxWeeks: 156 }).weeks).toHaveLength(151);
    expect(limitError(() => expandPlan(rested)).issues).toEqual([
      expect.objectContaining({
        path: "exceptions",
        message:
          "the phases and the weeks that rest days add make 151 weeks; the limit is 150, the weeks of its phases (option maxWeeks raises it)",
      }),
    ]);
  });

  it("is adjusted with the same maxWeeks", () => {
    const shifted = shiftPlan(long, { from: "2026-11-03", days: 7, maxWeeks: 156 });
    expect(buildCalendar(shifted, { maxWeeks: 156 }).weeks).toHaveLength(151);
    expect(insertRestDay(long, "2026-11-03", { maxWeeks: 151 }).exceptions).toHaveLength(1);
    expect(limitError(() => shiftPlan(long, { from: "2026-11-03", days: 7 })).code).toBe("limit");
  });
});

describe("the message of a plan too long", () => {
  it("names the phases, not exceptions, when the plan has none", () => {
    const error = limitError(() => expandPlan(planOf(60), { maxWeeks: 52 }));
    expect(error.code).toBe("limit");
    expect(error.issues).toEqual([
      expect.objectContaining({ path: "phases", message: "the phases add up to 60 weeks; the limit is 52" }),
    ]);
    expect(JSON.stringify(error.issues)).not.toMatch(/exception|shift|pause|rest/);
  });

  it.each([
    { exceptions: [{ action: "shift", from: "2026-11-03", days: 7 }], words: "shifts" },
    { exceptions: [{ action: "pause", from: "2026-11-03", to: "2026-11-09", mode: "shift" }], words: "pauses" },
    {
      exceptions: [
        { action: "skip", date: "2026-11-03" },
        { action: "rest", date: "2026-11-10" },
        { action: "shift", from: "2026-11-17", days: -1 },
      ],
      words: "rest days",
    },
    {
      exceptions: [
        { action: "rest", date: "2026-11-10" },
        { action: "shift", from: "2026-11-17", days: 7 },
      ],
      words: "shifts and rest days",
    },
    {
      exceptions: [
        { action: "rest", date: "2026-11-10" },
        { action: "pause", from: "2026-11-17", to: "2026-11-17", mode: "shift" },
        { action: "shift", from: "2026-11-24", days: 7 },
      ],
      words: "shifts, pauses and rest days",
    },
  ])("names only the $words the plan has", ({ exceptions, words }) => {
    const plan = planOf(104, exceptions);
    const weeks = buildCalendar(plan, { maxWeeks: 200 }).weeks.length;
    expect(limitError(() => expandPlan(plan)).issues).toEqual([
      expect.objectContaining({
        path: "exceptions",
        message: `the phases and the weeks that ${words} add make ${String(weeks)} weeks; the limit is 104`,
      }),
    ]);
  });

  it("holds a lowered maxWeeks against the weeks adjustments add", () => {
    const plan = planOf(52, [{ action: "rest", date: "2026-11-10" }]);
    expect(buildCalendar(plan).weeks).toHaveLength(53);
    expect(limitError(() => expandPlan(plan, { maxWeeks: 52 })).issues).toEqual([
      expect.objectContaining({
        path: "exceptions",
        message: "the phases and the weeks that rest days add make 53 weeks; the limit is 52",
      }),
    ]);
  });
});

describe("the maxWeeks option", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s as a config error at maxWeeks", (value) => {
    const error = limitError(() => expandPlan(planOf(2), { maxWeeks: value }));
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual(["maxWeeks"]);
  });
});
