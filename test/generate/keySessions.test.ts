// The generator keeps key sessions apart as the rules read them (docs/domain.md, Key sessions; COACHING.md: a
// workout the day before the long run is what coaches avoid): no quality session the day before or after the long
// run, and no easy run as long as the long run. Availability that leaves no other day drops the quality session.
import { describe, expect, it } from "vitest";
import { buildCalendar, generatePlan, isKeySession, parseAthlete, validatePlan, type Level } from "../../src/index.js";

const open = { available: true };
const short = { available: true, maxMinutes: 60 };
const off = { available: false };

/** The warnings and errors of the plan at the athlete's level, and its key sessions on consecutive days. */
function judge(level: Level, days: Record<string, object>, weeks: number) {
  const athlete = parseAthlete({
    id: "r",
    level,
    timezone: "UTC",
    availability: { MO: off, TU: off, WE: off, TH: off, FR: off, SA: off, SU: off, ...days },
  });
  const plan = generatePlan(athlete, { startDate: "2000-01-01", weeks, seed: 0 });
  const problems = validatePlan(plan, { athlete })
    .findings.filter((finding) => finding.severity !== "info")
    .map((finding) => `${finding.ruleId}: ${finding.message}`);
  const calendar = buildCalendar(plan);
  const keyDates = calendar.weeks.flatMap((week) =>
    week.days
      .filter((day) => day.occurrences.some((occurrence) => isKeySession(occurrence, { week, paces: plan.paces })))
      .map((day) => Date.parse(`${day.date}T00:00:00Z`) / 86_400_000),
  );
  const adjacent = keyDates.filter((date, index) => index > 0 && date - (keyDates[index - 1] ?? 0) === 1);
  return { problems, adjacent };
}

describe("the generator's key sessions", () => {
  it("puts no intervals the day before a beginner's long run (TH/FR/SA/SU, the weekend 60 min)", () => {
    const { problems } = judge("beginner", { TH: open, FR: open, SA: short, SU: short }, 19);
    expect(problems).toEqual([]);
  });

  it("puts no tempo the day before an advanced runner's longest run (MO/FR/SA/SU)", () => {
    const { problems, adjacent } = judge("advanced", { MO: open, FR: open, SA: open, SU: open }, 11);
    expect(problems).toEqual([]);
    expect(adjacent).toEqual([]);
  });
});
