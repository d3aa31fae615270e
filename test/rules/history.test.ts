import { describe, expect, it } from "vitest";
import { historyLongestRun, historyLongestRunCoverage, historyWeeks } from "../../src/rules/history.js";

// Eight days, oldest first: the last seven make one week; the oldest day is left out of the weeks.
const days = [
  { load: 1000, runMinutes: 100, longestRunMinutes: 100 },
  { load: 100, runMinutes: 30, longestRunMinutes: 30 },
  { load: 0, runMinutes: 0 },
  { load: 200, runMinutes: 40, longestRunMinutes: 40 },
  { load: 0 },
  { load: 150, runMinutes: 50, longestRunMinutes: 50 },
  { load: 0, runMinutes: 0 },
  { load: 300, runMinutes: 60, longestRunMinutes: 45 },
];
const weeks = [
  { load: 2000, runMinutes: 200, longestRunMinutes: 90 },
  { load: 1500, runMinutes: 150, longestRunMinutes: 60 },
];

describe("historyWeeks", () => {
  it("groups days into whole weeks from the last day back, dropping an incomplete oldest week", () => {
    expect(historyWeeks({ days })).toEqual([{ load: 750, runMinutes: 180, longestRunMinutes: 50 }]);
    expect(historyWeeks({ days: days.slice(1) })).toEqual([{ load: 750, runMinutes: 180, longestRunMinutes: 50 }]);
    expect(historyWeeks({ days: days.slice(2) })).toEqual([]);
  });

  it("returns given weeks as they are, and nothing without a history", () => {
    expect(historyWeeks({ weeks })).toBe(weeks);
    expect(historyWeeks(undefined)).toEqual([]);
    expect(historyWeeks({ days: [] })).toEqual([]);
  });

  it("reads the days when both forms are given, as the ACWR seed does", () => {
    expect(historyWeeks({ days, weeks })).toEqual([{ load: 750, runMinutes: 180, longestRunMinutes: 50 }]);
    expect(historyWeeks({ days: [], weeks })).toBe(weeks);
  });
});

describe("historyLongestRun", () => {
  it("takes the longest run of the last N days", () => {
    expect(historyLongestRun({ days }, 1)).toBe(45);
    expect(historyLongestRun({ days }, 3)).toBe(50);
    expect(historyLongestRun({ days }, 7)).toBe(50);
    expect(historyLongestRun({ days }, 8)).toBe(100);
    expect(historyLongestRun({ days }, 30)).toBe(100);
  });

  it("takes the weeks that overlap the last N days", () => {
    expect(historyLongestRun({ weeks }, 1)).toBe(60);
    expect(historyLongestRun({ weeks }, 7)).toBe(60);
    expect(historyLongestRun({ weeks }, 8)).toBe(90);
  });

  it("is 0 for no span, no history or no known longest run", () => {
    expect(historyLongestRun({ days }, 0)).toBe(0);
    expect(historyLongestRun({ days }, -3)).toBe(0);
    expect(historyLongestRun(undefined, 10)).toBe(0);
    expect(historyLongestRun({ days: [{ load: 10 }] }, 10)).toBe(0);
    expect(historyLongestRun({ weeks: [{ load: 10, runMinutes: 20 }] }, 10)).toBe(0);
  });

  it("reads the days when both forms are given", () => {
    expect(historyLongestRun({ days, weeks }, 30)).toBe(100);
    expect(historyLongestRun({ days: [], weeks }, 30)).toBe(90);
  });
});

describe("historyLongestRunCoverage", () => {
  it("counts the days back from the plan that tell their longest run (or no running)", () => {
    // From the end: 45 (known), runMinutes 0 (known), 50 (known), { load: 0 } (unknown) stops the count.
    expect(historyLongestRunCoverage({ days })).toBe(3);
    expect(historyLongestRunCoverage({ days: days.slice(5) })).toBe(3);
    expect(historyLongestRunCoverage({ days: [{ load: 5, runMinutes: 10 }] })).toBe(0);
  });

  it("counts weeks as 7 days each, and nothing without a history", () => {
    expect(historyLongestRunCoverage({ weeks })).toBe(14);
    expect(
      historyLongestRunCoverage({ weeks: [weeks[0] ?? { load: 0, runMinutes: 0 }, { load: 10, runMinutes: 20 }] }),
    ).toBe(0);
    expect(historyLongestRunCoverage({ weeks: [{ load: 0, runMinutes: 0 }] })).toBe(7);
    expect(historyLongestRunCoverage(undefined)).toBe(0);
  });

  it("reads the days when both forms are given", () => {
    expect(historyLongestRunCoverage({ days: days.slice(7), weeks })).toBe(1);
    expect(historyLongestRunCoverage({ days: [], weeks })).toBe(14);
  });
});
