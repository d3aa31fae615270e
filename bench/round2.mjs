// The plans of the round-2 format benchmark (issue #23): a 12-week plan using every round-2 addition, and the same
// plan written without them. Both give the same sessions on the same days with the same minutes.

const WEEKS = 12;
const START = "2026-11-02";
/** Repeats of the interval session, week by week (a per-week `repeat` inside steps). */
const REPEATS = [3, 4, 4, 3, 5, 5, 6, 4, 6, 6, 7, 4];
/** Run/walk: repeats of (2 min run, 1 min walk), week by week. */
const RUN_WALK = [6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 6];
const TRIAL_DATE = "2026-12-12"; // Saturday of week 6
const RACE_DATE = "2027-01-23"; // Saturday of week 12
const DAYS_MO_FR = ["MO", "TU", "WE", "TH", "FR"];

/**
 * A 12-week plan that uses every round-2 addition: ranges (closed and open) for lengths and efforts, a range and a
 * per-week `repeat` inside steps, ranges inside steps, effort words and RPE left out, lengths left out (strength,
 * cross-training, mobility), alternatives (a run or a ride, a 5-K or a 10-K), `timesPerWeek`, walk steps, named
 * race paces and a time trial.
 */
export function withRound2() {
  return {
    version: 1,
    id: "round2",
    timezone: "Europe/Berlin",
    startDate: START,
    paces: { easy: "6:00/km", "5k": "4:30/km", "10k": "4:45/km" },
    phases: [
      {
        id: "base",
        weeks: WEEKS,
        sessions: [
          { id: "gym", kind: "strength", focus: "full-body", minutes: { min: 20, max: 30 }, on: ["MO"] },
          {
            id: "easy",
            kind: "run",
            runType: "easy",
            minutes: { min: 30, max: 40 },
            effort: "easy",
            on: ["TU"],
            alternatives: [{ kind: "cross", modality: "bike", minutes: 45 }],
          },
          {
            id: "reps",
            kind: "run",
            runType: "intervals",
            effort: "hard",
            on: ["WE"],
            steps: [
              { intent: "warmup", minutes: { min: 10, max: 14 }, effort: "easy" },
              {
                repeat: REPEATS,
                steps: [
                  { intent: "work", distanceKm: 1, pace: "5k" },
                  { intent: "recovery", minutes: { min: 2, max: 4 }, effort: "recovery" },
                ],
              },
              { intent: "cooldown", minutes: 10, effort: "easy" },
            ],
          },
          {
            id: "run-walk",
            kind: "run",
            runType: "easy",
            on: ["TH"],
            steps: [
              {
                repeat: RUN_WALK,
                steps: [
                  { intent: "work", minutes: 2 },
                  { intent: "walk", minutes: 1 },
                ],
              },
            ],
          },
          {
            id: "xt",
            kind: "cross",
            modality: "bike",
            effort: "easy",
            on: DAYS_MO_FR,
            timesPerWeek: { min: 1, max: 2 },
          },
          { id: "stretch", kind: "mobility", practice: "stretching", on: ["FR"] },
          { id: "long", kind: "run", runType: "long", minutes: { min: 90 }, effort: "steady", on: ["SU"] },
          { id: "trial", kind: "run", runType: "time-trial", distanceKm: 5, pace: "5k", date: TRIAL_DATE },
          {
            id: "race",
            kind: "run",
            runType: "race",
            priority: "A",
            distanceKm: 5,
            pace: "5k",
            effort: "max",
            date: RACE_DATE,
            alternatives: [{ distanceKm: 10, pace: "10k" }],
          },
        ],
      },
    ],
  };
}

/**
 * The plan of {@link withRound2} written without the round-2 additions: one phase per week (the per-week repeats),
 * plain numbers (a range's midpoint, an open range's minimum), the RPE of each effort written out, the default
 * lengths written out, no alternatives (the main session), fixed days (the two the expansion picks of Monday to
 * Friday: Monday and Thursday), recovery steps for walk steps, paces written out, a tempo run at RPE 9 for the time
 * trial.
 */
export function withoutRound2() {
  const phases = Array.from({ length: WEEKS }, (_, index) => {
    const week = index + 1;
    const sessions = [
      { id: `gym-${week}`, kind: "strength", focus: "full-body", minutes: 25, rpe: 5, on: ["MO"] },
      { id: `easy-${week}`, kind: "run", runType: "easy", minutes: 35, rpe: 3, on: ["TU"] },
      {
        id: `reps-${week}`,
        kind: "run",
        runType: "intervals",
        rpe: 7,
        on: ["WE"],
        steps: [
          { intent: "warmup", minutes: 12, rpe: 3 },
          {
            repeat: REPEATS[index],
            steps: [
              { intent: "work", distanceKm: 1, pace: "4:30/km" },
              { intent: "recovery", minutes: 3, rpe: 2 },
            ],
          },
          { intent: "cooldown", minutes: 10, rpe: 3 },
        ],
      },
      {
        id: `run-walk-${week}`,
        kind: "run",
        runType: "easy",
        rpe: 3,
        on: ["TH"],
        steps: [
          {
            repeat: RUN_WALK[index],
            steps: [
              { intent: "work", minutes: 2 },
              { intent: "recovery", minutes: 1, rpe: 2 },
            ],
          },
        ],
      },
      { id: `xt-${week}`, kind: "cross", modality: "bike", minutes: 30, rpe: 3, on: ["MO", "TH"] },
      { id: `stretch-${week}`, kind: "mobility", practice: "stretching", minutes: 10, on: ["FR"] },
      { id: `long-${week}`, kind: "run", runType: "long", minutes: 90, rpe: 4, on: ["SU"] },
    ];
    if (week === 6) {
      sessions.push({
        id: "trial",
        kind: "run",
        runType: "tempo",
        distanceKm: 5,
        pace: "4:30/km",
        rpe: 9,
        date: TRIAL_DATE,
      });
    }
    if (week === WEEKS) {
      sessions.push({
        id: "race",
        kind: "run",
        runType: "race",
        priority: "A",
        distanceKm: 5,
        pace: "4:30/km",
        rpe: 9,
        date: RACE_DATE,
      });
    }
    return { id: `week-${week}`, type: "base", weeks: 1, sessions };
  });
  return { version: 1, id: "without-round2", timezone: "Europe/Berlin", startDate: START, phases };
}
