// The key-session and race-distance helpers of the rules (docs/domain.md, Key sessions), and the words that speak of
// a run in the unit the plan gave it.
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../../src/schedule/buildCalendar.js";
import type { SessionOccurrence } from "../../../src/schedule/types.js";
import { sessionsOf } from "../../../src/rules/helpers/calendar.js";
import { isKeySession, longestRunOf, raceDistanceKm } from "../../../src/schedule/keySession.js";
import { amountOf } from "../../../src/rules/helpers/messageData.js";
import { spokenTitleOf } from "../../../src/rules/helpers/spokenTitle.js";
import { groupTitle } from "../../../src/rules/helpers/text.js";
import { run, weeksOf } from "../../helpers/plans.js";

type Json = Record<string, unknown>;
/** The first week of a one-week plan, and its session occurrences by id. */
function weekOf(sessions: readonly Json[]) {
  const plan = weeksOf(sessions, 1);
  const [week] = buildCalendar(plan).weeks;
  if (!week) throw new Error("no week");
  const byId = new Map<string, SessionOccurrence>();
  for (const day of week.days) for (const occurrence of sessionsOf(day)) byId.set(occurrence.sessionId, occurrence);
  const get = (id: string): SessionOccurrence => {
    const occurrence = byId.get(id);
    if (!occurrence) throw new Error(id);
    return occurrence;
  };
  return { plan, week, get };
}

describe("isKeySession", () => {
  it("counts hard sessions, races and runs of type long", () => {
    const { week, get, plan } = weekOf([
      run("t", ["TU"], 40, { runType: "tempo", rpe: 6 }),
      run("r", ["SA"], 20, { runType: "race", distanceKm: 5 }),
      run("l", ["SU"], 50, { runType: "long" }),
      run("e", ["TH"], 40),
    ]);
    for (const id of ["t", "r", "l"]) expect(isKeySession(get(id), { week, paces: plan.paces }), id).toBe(true);
    expect(isKeySession(get("e"), { week, paces: plan.paces })).toBe(false);
  });

  it("takes the week's longest run of 75 min or more at its lower bound, one a week", () => {
    const { week, get, plan } = weekOf([run("a", ["TU"], 80), run("b", ["SA"], 90)]);
    expect(isKeySession(get("b"), { week, paces: plan.paces })).toBe(true);
    expect(isKeySession(get("a"), { week, paces: plan.paces })).toBe(false);
    expect(longestRunOf(week.days)?.sessionId).toBe("b");
    // The same week in any form: a calendar week, its days, or its occurrences.
    expect(longestRunOf(week)?.sessionId).toBe("b");
    expect(longestRunOf(week.days.flatMap((day) => day.occurrences))?.sessionId).toBe("b");
  });

  it("keeps a run of type long key, and an easy run longer than it is the week's long run too", () => {
    const { week, get, plan } = weekOf([run("l", ["SU"], 60, { runType: "long" }), run("e", ["SA"], 97)]);
    expect(isKeySession(get("l"), { week, paces: plan.paces })).toBe(true);
    expect(isKeySession(get("e"), { week, paces: plan.paces })).toBe(true);
    expect(isKeySession(get("e"))).toBe(false);
  });

  it("never reads a 60-90 min run, or a recovery run, as the long run", () => {
    const ranged = weekOf([run("e", ["SU"], 75, { minutes: { min: 60, max: 90 } })]);
    expect(isKeySession(ranged.get("e"), { week: ranged.week })).toBe(false);
    const recovery = weekOf([run("rec", ["SU"], 90, { runType: "recovery" })]);
    expect(isKeySession(recovery.get("rec"), { week: recovery.week })).toBe(false);
  });
});

describe("raceDistanceKm", () => {
  it("reads the distance fields: a 5K given in miles is 5 km, not a default", () => {
    const { get } = weekOf([
      run("r", ["SA"], 0, { runType: "race", minutes: undefined, distanceMi: 3.107, pace: "7:00/mi" }),
    ]);
    expect(raceDistanceKm(get("r"))).toBeCloseTo(5, 2);
  });

  it("else sums the work steps: an 8K in steps is 8 km", () => {
    const { get } = weekOf([
      run("r", ["SA"], 0, {
        runType: "race",
        minutes: undefined,
        steps: [
          { intent: "warmup", minutes: 10 },
          { repeat: 2, steps: [{ intent: "work", distanceKm: 4, rpe: 9 }] },
        ],
        pace: "4:00/km",
      }),
    ]);
    expect(raceDistanceKm(get("r"))).toBe(8);
  });

  it("is undefined without either", () => {
    const { get } = weekOf([run("r", ["SA"], 30, { runType: "race" })]);
    expect(raceDistanceKm(get("r"))).toBeUndefined();
  });
});

describe("words", () => {
  it("speak of a run given in miles in miles, the minutes beside (raw data a locale words)", () => {
    const { get } = weekOf([
      run("l", ["SU"], 0, { runType: "long", minutes: undefined, distanceMi: 4.5, pace: "10:00/mi" }),
      run("e", ["TU"], 40),
    ]);
    expect(spokenTitleOf(get("l"))).toEqual({ title: "Long run 4.5 mi", spoken: "minutes", aboutMinutes: 45 });
    expect(amountOf(get("l"), 44)).toEqual({ amount: 4.4, unit: "mi", minutes: 44 });
    expect(spokenTitleOf(get("e"))).toEqual({ title: "Easy run 40 min", spoken: "none" });
    expect(amountOf(get("e"), 44)).toEqual({ amount: 44, unit: "min", minutes: 44 });
  });

  it("name a group by the range of its values", () => {
    const plan = weeksOf([run("l", ["SU"], 0, { runType: "long", minutes: [90, 100, 120] })], 3);
    const longs = buildCalendar(plan)
      .weeks.flatMap((week) => week.days.flatMap(sessionsOf))
      .filter((occurrence) => occurrence.sessionId === "l");
    expect(groupTitle(longs)).toBe("Long run 90-120 min");
    expect(groupTitle(longs.slice(0, 1))).toBe("Long run 90 min");
  });
});
