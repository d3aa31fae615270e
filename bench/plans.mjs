// The plans the benchmarks run on: the bundled example (12 weeks) and the same structure stretched to 16 and 104.
import { readFileSync } from "node:fs";

export const example = JSON.parse(readFileSync(new URL("../examples/plan.json", import.meta.url), "utf8"));

/** The example's transition, base and pre-season phases with the base phase stretched to `weeks - 4` weeks. */
export function stretched(weeks) {
  const plan = structuredClone(example);
  plan.id = `stretched-${String(weeks)}`;
  plan.phases[1].weeks = weeks - 4;
  return plan;
}

const LONG_TEXT = "x".repeat(16_384);

/**
 * The plans of the issue on iCalendar size: `sessions` daily sessions for 104 weeks, each with a 16 KiB name (and
 * notes, with `notes`). One session is 16.6 KB of JSON and writes 12 MB of iCalendar; 27 with notes are 888 KB.
 */
export function longTexts(sessions, { notes = false } = {}) {
  return {
    version: 1,
    id: `long-texts-${String(sessions)}`,
    timezone: "Europe/Berlin",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 104,
        sessions: Array.from({ length: sessions }, (_, index) => ({
          id: `s${String(index)}`,
          kind: "mobility",
          practice: "yoga",
          minutes: 20,
          repeat: "FREQ=DAILY",
          name: LONG_TEXT,
          ...(notes ? { notes: LONG_TEXT } : {}),
        })),
      },
    ],
  };
}

/**
 * A daily run for 104 weeks whose progression changes every week, with 16 KiB of notes mixing escaped and
 * multi-byte characters: each event is a new text to escape and fold (nothing shared between events).
 */
export function longNotesProgressed() {
  return {
    version: 1,
    id: "long-notes-progressed",
    timezone: "Europe/Berlin",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 104,
        progression: [1, 1.05, 1.1, 0.8],
        sessions: [
          {
            id: "easy",
            kind: "run",
            runType: "easy",
            minutes: 40,
            rpe: 3,
            repeat: "FREQ=DAILY",
            time: "07:00",
            notes: "Easy, relaxed; nose-breathing – ü ✓ 🏃\n".repeat(420).slice(0, 16_384),
          },
        ],
      },
    ],
  };
}

const KM_PER_MILE = 1.609344;
const ADDITIONS_WEEKS = 12;
const LONG_MILES = [6, 7, null, 8, 8, 9, null, 10, 10, 11, null, 8];
const EASY_MINUTES = [30, 35, 35, 40, 40, 45, 30, 45, 50, 50, 35, 40];
const EASY_PACE_MIN_PER_MI = 10;
const RACE_DATE = "2026-12-13";
const RACE_WEEK = 6;

/**
 * A 12-week plan that uses every format addition of issue #12: plan paces, per-week arrays with `null` weeks, ranges,
 * miles, distance-only runs and a hike, steps with repeats, a one-off race with a priority, an optional session,
 * strength by focus, fartlek. It parses only once the format additions are merged.
 */
export function withAdditions() {
  return {
    version: 1,
    id: "additions",
    timezone: "Europe/Berlin",
    startDate: "2026-11-02",
    paces: { easy: "10:00/mi", tempo: "8:15/mi" },
    phases: [
      {
        id: "base",
        weeks: ADDITIONS_WEEKS,
        sessions: [
          { id: "gym", kind: "strength", minutes: 20, rpe: 5, on: ["MO"], focus: "full-body" },
          {
            id: "easy",
            kind: "run",
            runType: "easy",
            minutes: EASY_MINUTES,
            rpe: { min: 3, max: 4 },
            on: ["TU", "SA"],
            time: "07:00",
            steps: [
              { intent: "steady", minutes: 25 },
              {
                repeat: 4,
                steps: [
                  { intent: "work", seconds: 20 },
                  { intent: "recovery", seconds: 40 },
                ],
              },
            ],
          },
          { id: "fartlek", kind: "run", runType: "fartlek", minutes: 40, rpe: 6, on: ["WE"] },
          {
            id: "tempo",
            kind: "run",
            runType: "tempo",
            minutes: { min: 30, max: 50 },
            rpe: 7,
            on: ["TH"],
            time: "18:30",
            steps: [
              { intent: "warmup", minutes: 10, rpe: 3 },
              {
                repeat: 3,
                steps: [
                  { intent: "work", distanceMi: 1, pace: "8:15/mi", rpe: 7 },
                  { intent: "recovery", seconds: 90, rpe: 2 },
                ],
              },
              { intent: "cooldown", minutes: 10, rpe: 3 },
            ],
          },
          {
            id: "xt",
            kind: "cross",
            modality: "bike",
            minutes: { min: 30, max: 45 },
            rpe: 3,
            on: ["FR"],
            optional: true,
          },
          { id: "hike", kind: "cross", modality: "hike", distanceKm: 8, pace: "15:00/km", rpe: 2, on: ["SA"] },
          { id: "long", kind: "run", runType: "long", distanceMi: LONG_MILES, rpe: 4, on: ["SU"] },
          {
            id: "5k",
            kind: "run",
            runType: "race",
            priority: "B",
            distanceKm: 5,
            rpe: 9,
            date: RACE_DATE,
            time: "09:00",
          },
        ],
      },
    ],
  };
}

/**
 * The plan of {@link withAdditions} written in today's format: one phase per week (per-week values), midpoints for
 * ranges, km for miles, minutes for distances (at the plan's easy pace), no steps, exercises for the focus, tempo for
 * fartlek, the race on its weekday in its week, the optional session as any other.
 */
export function withoutAdditions() {
  const phases = Array.from({ length: ADDITIONS_WEEKS }, (_, index) => {
    const week = index + 1;
    const miles = LONG_MILES[index];
    const sessions = [
      {
        id: `gym-${week}`,
        kind: "strength",
        minutes: 20,
        rpe: 5,
        on: ["MO"],
        exercises: [
          { name: "squat", sets: 3, reps: 8 },
          { name: "plank", sets: 3, seconds: 30 },
          { name: "push-up", sets: 3, reps: 10 },
        ],
      },
      {
        id: `easy-${week}`,
        kind: "run",
        runType: "easy",
        minutes: EASY_MINUTES[index],
        rpe: 3.5,
        on: ["TU", "SA"],
        time: "07:00",
      },
      { id: `fartlek-${week}`, kind: "run", runType: "tempo", minutes: 40, rpe: 6, on: ["WE"] },
      { id: `tempo-${week}`, kind: "run", runType: "tempo", minutes: 40, rpe: 7, on: ["TH"], time: "18:30" },
      { id: `xt-${week}`, kind: "cross", modality: "bike", minutes: 38, rpe: 3, on: ["FR"] },
      { id: `hike-${week}`, kind: "cross", modality: "hike", minutes: 120, distanceKm: 8, rpe: 2, on: ["SA"] },
      ...(miles === null
        ? []
        : [
            {
              id: `long-${week}`,
              kind: "run",
              runType: "long",
              minutes: miles * EASY_PACE_MIN_PER_MI,
              distanceKm: miles * KM_PER_MILE,
              rpe: 4,
              on: ["SU"],
            },
          ]),
      ...(week === RACE_WEEK
        ? [{ id: "5k", kind: "run", runType: "race", minutes: 31, distanceKm: 5, rpe: 9, on: ["SU"], time: "09:00" }]
        : []),
    ];
    return { id: `week-${week}`, type: "base", weeks: 1, sessions };
  });
  return { version: 1, id: "without-additions", timezone: "Europe/Berlin", startDate: "2026-11-02", phases };
}
