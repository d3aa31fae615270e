// Five plans of the kinds that issue #23's five published plans hold (a high-school winter base, a post-marathon
// return, Lydiard's conditioning and hill phases, a return to running, a first race), written in the plan format's
// round-2 additions (test/fixtures/realplans2/README.md says which plan uses which). Each is parsed and expanded, and
// its weekly running minutes are checked against figures computed by hand from docs/plan-format.md: walk minutes are
// not running minutes; a range counts its midpoint (a repeat count rounded to a whole number); an open range its
// minimum; per-week arrays are absolute; progression multiplies other run minutes, rounded to whole minutes, range
// bounds each (then the midpoint); a distance at its pace is rounded to whole minutes (halves up); a one-off session
// is never scaled; optional sessions count; alternatives do not (volume counts the main session).
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  expandPlan,
  parseAthlete,
  parsePlan,
  validatePlan,
  weeklyMetrics,
  type SessionOccurrence,
} from "../../src/index.js";
import { readJson } from "../helpers/fixtures.js";

const NAMES = [
  "hs-winter-base",
  "higdon-postmarathon",
  "lydiard-conditioning-hills",
  "return-to-running",
  "first-race",
] as const;
type Name = (typeof NAMES)[number];

/** Weekly running minutes, computed by hand from the fixtures and docs/plan-format.md. */
const HAND: Readonly<Record<Name, readonly number[]>> = {
  // Paces: 5k 4:00/km, 10k 7:00/mi. Mo easy [30, 35, 35, 40]; Tu k-reps 15 + 4-6 (5) x (1 km at 4:00 + 2-4 (3)
  // jog) + 10 = 15 + 5 x 7 + 10 = 60; Th tempo 3 mi at 7:00/mi = 21; Sa long [50, 55, 60, null]; week 4 Sa
  // time trial 15 + 5 km at 4:00/km + 10 = 45. Swim/bike/gym class/walk and core strength are not running.
  "hs-winter-base": [
    30 + 60 + 21 + 50, // week 1: 161
    35 + 60 + 21 + 55, // week 2: 171
    35 + 60 + 21 + 60, // week 3: 176
    40 + 60 + 21 + 45, // week 4: 166 (time trial instead of the long run)
  ],
  // Progression [0.5, 0.8, 1, 1.2, 1] scales only Su 30 (15, 24, 30, 36, 30); the per-week arrays are absolute:
  // Tu [null, 3, 3, 4, 4] mi and Sa long [3, 4, 5, 6, null] mi at 10:00/mi; Th [20, 30, 40, 40, 30] (its "or 5 km"
  // alternative is not counted); week 5 Sa race 5 km at 5:00/km = 25, not scaled (its 10 km alternative not counted).
  "higdon-postmarathon": [
    20 + 30 + 15, // week 1: Th 20 + Sa 3 mi 30 + Su 30 x 0.5 = 65
    30 + 30 + 40 + 24, // week 2: Tu 3 mi 30 + Th 30 + Sa 4 mi 40 + Su 30 x 0.8 = 124
    30 + 40 + 50 + 30, // week 3: Tu 30 + Th 40 + Sa 50 + Su 30 = 150
    40 + 40 + 60 + 36, // week 4: Tu 4 mi 40 + Th 40 + Sa 6 mi 60 + Su 30 x 1.2 = 176
    40 + 30 + 25 + 30, // week 5: Tu 40 + Th 30 + race 25 + Su 30 = 125
  ],
  // Conditioning, progression [1, 1.1, 1.2, 0.8]: Mo 60; We 40-60 (bounds scaled and rounded, then the midpoint);
  // Sa fartlek 40; Su 120+ (open: its minimum, scaled). Hills, no progression: Tu and Th 15 + n x (3-5 (4) + 3) + 15
  // with n = [3, 4, 5, 6]; We 20 + 6-10 (8) x (30 s + 90 s) + 10 = 46; Sa 60; Su 90+ (90). Stretching is not running.
  "lydiard-conditioning-hills": [
    60 + 50 + 40 + 120, // week 1: 60 + (40 + 60) / 2 + 40 + 120 = 270
    66 + 55 + 44 + 132, // week 2: 60 x 1.1 + (44 + 66) / 2 + 40 x 1.1 + 120 x 1.1 = 297
    72 + 60 + 48 + 144, // week 3: 60 x 1.2 + (48 + 72) / 2 + 40 x 1.2 + 120 x 1.2 = 324
    48 + 40 + 32 + 96, // week 4: 60 x 0.8 + (32 + 48) / 2 + 40 x 0.8 + 120 x 0.8 = 216
    2 * (30 + 3 * 7) + 46 + 60 + 90, // week 5: 2 x 51 + 46 + 60 + 90 = 298
    2 * (30 + 4 * 7) + 46 + 60 + 90, // week 6: 2 x 58 + 196 = 312
    2 * (30 + 5 * 7) + 46 + 60 + 90, // week 7: 2 x 65 + 196 = 326
    2 * (30 + 6 * 7) + 46 + 60 + 90, // week 8: 2 x 72 + 196 = 340
  ],
  // Run/walk Tu, Th, Sa: a 5 min walk, then [8, 10, 10, 8, 6, 5] x ([1, 1, 2, 3, 4, 5] min run, [2, 2, 2, 2, 1, 1]
  // min walk): running is repeats x run minutes only. Week 6 Su: a one-off continuous 20 min. Cross-training and
  // strength are not running.
  "return-to-running": [
    3 * (8 * 1), // week 1: 3 x 8 x 1 = 24
    3 * (10 * 1), // week 2: 3 x 10 x 1 = 30
    3 * (10 * 2), // week 3: 3 x 10 x 2 = 60
    3 * (8 * 3), // week 4: 3 x 8 x 3 = 72
    3 * (6 * 4), // week 5: 3 x 6 x 4 = 72
    3 * (5 * 5) + 20, // week 6: 3 x 5 x 5 + 20 = 95
  ],
  // Tu [20, 25, 25, 30, 30, 20]; Th steady [15, 20, 20, 25, 25, 15] + 4 x (20 s + 40 s) = + 4; Sa long
  // [30, 35, 40, 40, 45, null] ("or 5 km" not counted); Su optional recovery 20 (counted); week 6 Sa race 5 km at
  // 5:30/km = 27.5 min, rounded to 28 (its 10 km alternative not counted).
  "first-race": [
    20 + 19 + 30 + 20, // week 1: 20 + (15 + 4) + 30 + 20 = 89
    25 + 24 + 35 + 20, // week 2: 25 + (20 + 4) + 35 + 20 = 104
    25 + 24 + 40 + 20, // week 3: 25 + (20 + 4) + 40 + 20 = 109
    30 + 29 + 40 + 20, // week 4: 30 + (25 + 4) + 40 + 20 = 119
    30 + 29 + 45 + 20, // week 5: 30 + (25 + 4) + 45 + 20 = 124
    20 + 19 + 28 + 20, // week 6: 20 + (15 + 4) + race 28 + 20 = 87
  ],
};

const plan = (name: Name) => parsePlan(readJson(`test/fixtures/realplans2/${name}.plan.json`));
const athlete = (name: Name) => parseAthlete(readJson(`test/fixtures/realplans2/${name}.athlete.json`));
const sessions = (name: Name) => expandPlan(plan(name), { includeHabits: false });
const one = (occurrences: ReturnType<typeof sessions>, id: string): SessionOccurrence => {
  const found = occurrences.find((occurrence) => occurrence.id === id);
  // Habits are left out of the expansion, so every occurrence is a session's.
  if (found === undefined || found.kind === "habit") throw new Error(`no session occurrence ${id}`);
  return found;
};

describe("round-2 real plans: weekly running minutes against the hand figures", () => {
  it.each(NAMES)("%s: validatePlan's metrics and weeklyMetrics(buildCalendar) give the hand figures", (name) => {
    const parsed = plan(name);
    const expected = HAND[name];
    const fromValidate = validatePlan(parsed, { athlete: athlete(name) }).metrics.map((week) => week.runMinutes);
    const fromCalendar = weeklyMetrics(buildCalendar(parsed)).map((week) => week.runMinutes);
    expect(fromValidate).toEqual(expected);
    expect(fromCalendar).toEqual(expected);
  });

  it.each(NAMES)("%s: the athlete parses and shares the plan's time zone", (name) => {
    expect(athlete(name).timezone).toBe(plan(name).timezone);
  });
});

describe("round-2 real plans: the additions each plan relies on", () => {
  it("hs-winter-base: a repeat range, a step range, named race paces, either/or cross-training, a time trial", () => {
    const occurrences = sessions("hs-winter-base");
    const reps = one(occurrences, "k-reps@2026-12-01");
    // 15 + 5 x (4 + 3) + 10 = 60; the hard effort word is RPE 7, estimated.
    expect(reps.session).toMatchObject({ minutes: 60, rpe: 7 });
    expect(reps.estimated).toContain("rpe");
    const xt = one(occurrences, "xt@2026-12-02");
    expect(xt.alternatives?.map((alternative) => alternative.kind)).toEqual(["cross", "cross", "cross"]);
    const trial = one(occurrences, "trial@2026-12-26");
    // 15 + 5 km at 4:00/km + 10 = 45.
    expect(trial.session).toMatchObject({ runType: "time-trial", minutes: 45 });
    expect(occurrences.some((occurrence) => occurrence.id === "long@2026-12-26")).toBe(false);
    // Core strength 15-20 min: the midpoint, twice a week.
    expect(one(occurrences, "core@2026-11-30").session.minutes).toBe(17.5);
  });

  it("higdon-postmarathon: an open week, either/or on a run and on a race, omitted lengths", () => {
    const occurrences = sessions("higdon-postmarathon");
    expect(occurrences.some((occurrence) => occurrence.id === "easy-tu@2026-11-10")).toBe(false);
    // "40 min or 5 km": the 5 km at the easy 10:00/mi is 31.07 min, 31.
    const thursday = one(occurrences, "easy-th@2026-11-26");
    expect(thursday.session.minutes).toBe(40);
    expect(thursday.alternatives?.[0]?.minutes).toBe(31);
    const race = one(occurrences, "tune-up@2026-12-12");
    // 5 km at 5:00/km = 25; the 10 km alternative at 5:15/km = 52.5, 52:30 rounded halves up to 53.
    expect(race.session.minutes).toBe(25);
    expect(race.alternatives?.[0]?.minutes).toBe(53);
    // Stretching without a length: mobility's 10 minutes, estimated.
    const stretch = one(occurrences, "stretch@2026-11-09");
    expect(stretch.session.minutes).toBe(10);
    expect(stretch.estimated).toContain("minutes");
  });

  it("lydiard-conditioning-hills: an open range scaled by progression, a repeat that grows week by week", () => {
    const occurrences = sessions("lydiard-conditioning-hills");
    expect(one(occurrences, "long@2026-11-15").ranges?.minutes).toEqual({ min: 132 });
    // Hills week 1 to 4 (2026-12-01 onwards): 15 + n x 7 + 15 with n = 3, 4, 5, 6.
    const hills = ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22"].map(
      (date) => one(occurrences, `hill-circuit@${date}`).session.minutes,
    );
    expect(hills).toEqual([51, 58, 65, 72]);
    // 20 + 8 x 2 + 10 = 46.
    expect(one(occurrences, "wind-sprints@2026-12-02").session.minutes).toBe(46);
  });

  it("return-to-running: walk minutes are in the session and its load, not in running minutes; flexible days", () => {
    const occurrences = sessions("return-to-running");
    const first = one(occurrences, "run-walk@2026-11-03");
    // 5 + 8 x (1 + 2) = 29 minutes, of which 8 running.
    expect(first.session.minutes).toBe(29);
    const [week1] = weeklyMetrics(buildCalendar(plan("return-to-running")));
    // Running: 3 x 8 x 1 = 24 of the week's 3 x 29 = 87 run-session minutes.
    expect(week1?.runMinutes).toBe(24);
    // Cross-training 1-2 times a week on Mo, We, Fr: Monday and Friday, the second optional; 30 min by default.
    const xt = occurrences.filter(
      (occurrence): occurrence is SessionOccurrence =>
        occurrence.kind !== "habit" && occurrence.sessionId === "xt" && occurrence.week === 1,
    );
    expect(xt.map((occurrence) => [occurrence.date, occurrence.session.optional === true])).toEqual([
      ["2026-11-02", false],
      ["2026-11-06", true],
    ]);
    expect(xt.every((occurrence) => occurrence.flexible === true && occurrence.session.minutes === 30)).toBe(true);
  });

  it("first-race: 40 min or 5 km, a 5-K or a 10-K, an optional run, omitted lengths", () => {
    const occurrences = sessions("first-race");
    const race = one(occurrences, "race@2026-12-12");
    // 5 km at 5:30/km = 27:30, 28; 10 km at 5:45/km = 57:30, 58.
    expect(race.session.minutes).toBe(28);
    expect(race.alternatives?.[0]?.minutes).toBe(58);
    expect(one(occurrences, "long@2026-11-07").alternatives?.[0]).toMatchObject({ distanceKm: 5, minutes: 30 });
    expect(one(occurrences, "shakeout@2026-11-08").session.optional).toBe(true);
    expect(one(occurrences, "visualize@2026-11-08").session.minutes).toBe(10);
  });
});
