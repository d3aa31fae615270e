/** The parse cases of the real-plan format additions, shared by the parse test and the JSON Schema test. */
type Json = Record<string, unknown>;

export const easy = { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] };
export const planWith = (sessions: readonly Json[], extra: Json = {}, weeks = 4): Json => ({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    { id: "base", weeks, sessions },
    { id: "pre", weeks: 2, sessions: [] },
  ],
  ...extra,
});
export const run = (fields: Json): Json => ({ id: "s", kind: "run", runType: "easy", rpe: 3, on: ["SA"], ...fields });
export const work = (minutes: number) => ({ intent: "work", minutes });

/** Plans that use one addition each, all valid. */
export const accepted: readonly [string, Json][] = [
  ["per-week minutes", planWith([run({ minutes: [30, 35, 40, 30] })])],
  [
    "per-week ranges and null weeks",
    planWith([run({ minutes: [30, { min: 30, max: 45 }, null, 40], rpe: [3, { min: 3, max: 4 }, null, 4] })]),
  ],
  ["a range of minutes and of RPE", planWith([run({ minutes: { min: 30, max: 45 }, rpe: { min: 4, max: 5 } })])],
  [
    "per-week km beside minutes, a null week without distance",
    planWith([run({ minutes: 40, distanceKm: [6, null, 7, 8] })]),
  ],
  ["distanceMi with a session pace", planWith([run({ distanceMi: 5, pace: "10:00/mi" })])],
  [
    "a distance timed by the plan's pace of its run type",
    planWith([run({ runType: "long", distanceMi: [6, 7, null, 8] })], { paces: { long: "10:30/mi" } }),
  ],
  [
    "a distance timed by the plan's easy pace",
    planWith([run({ runType: "long", distanceKm: { min: 12, max: 14 } })], { paces: { easy: "5:30/km" } }),
  ],
  [
    "a walk and a hike with their own pace",
    planWith([
      { id: "w", kind: "cross", modality: "walk", distanceKm: 4, pace: "12:00/km", rpe: 2, on: ["MO"] },
      { id: "h", kind: "cross", modality: "hike", distanceMi: 6, pace: "20:00/mi", rpe: 3, on: ["SU"] },
    ]),
  ],
  [
    "minutes-less steps with nested repeats",
    planWith([
      run({
        runType: "intervals",
        rpe: 7,
        steps: [
          { intent: "warmup", minutes: 10 },
          {
            repeat: 2,
            steps: [
              {
                repeat: 4,
                steps: [
                  { intent: "work", seconds: 60, rpe: 8 },
                  { intent: "recovery", seconds: 60 },
                ],
              },
              { intent: "rest", minutes: 3 },
            ],
          },
          { intent: "cooldown", minutes: 10 },
        ],
      }),
    ]),
  ],
  [
    "steps by distance with a step pace",
    planWith([
      run({
        runType: "tempo",
        rpe: 7,
        minutes: 45,
        steps: [{ intent: "work", distanceMi: 1, pace: "8:15/mi", notes: "even effort" }],
      }),
    ]),
  ],
  [
    "a one-off race with a priority",
    planWith([
      easy,
      run({
        id: "5k",
        runType: "race",
        priority: "A",
        distanceKm: 5,
        pace: "4:30/km",
        rpe: 9,
        on: undefined,
        date: "2026-11-29",
        time: "09:00",
      }),
    ]),
  ],
  [
    "an optional session",
    planWith([{ id: "xt", kind: "cross", modality: "bike", minutes: 30, rpe: 3, on: ["FR"], optional: true }]),
  ],
  [
    "strength by focus",
    planWith([{ id: "gym", kind: "strength", minutes: 20, rpe: 5, on: ["MO"], focus: "full-body" }]),
  ],
  ["a fartlek run", planWith([run({ runType: "fartlek", minutes: 40, rpe: 6 })])],
  ["a pace with a leading zero", planWith([run({ distanceKm: 8, pace: "05:10/km" })])],
  // Real plans, round 2 (docs/plan-format.md): one case per new shape.
  [
    "a strength session of 15-30 min",
    planWith([{ id: "gym", kind: "strength", minutes: { min: 15, max: 30 }, rpe: 5, on: ["MO"], focus: "core" }]),
  ],
  [
    "per-week minutes on mobility and mental sessions",
    planWith([
      { id: "yoga", kind: "mobility", practice: "yoga", minutes: [10, 15, null, 20], on: ["WE"] },
      { id: "calm", kind: "mental", practice: "mindfulness", minutes: { min: 5, max: 10 }, on: ["FR"] },
    ]),
  ],
  ["an open range of minutes", planWith([run({ runType: "long", minutes: { min: 120 } })])],
  ["an open range of km", planWith([run({ runType: "long", distanceKm: { min: 20 }, pace: "6:00/km" })])],
  ["effort instead of RPE", planWith([run({ rpe: undefined, effort: "steady", minutes: 40 })])],
  ["neither RPE nor effort", planWith([run({ rpe: undefined, runType: "intervals", minutes: 45 })])],
  [
    "lengths left out of strength, cross, mobility and mental sessions",
    planWith([
      { id: "gym", kind: "strength", focus: "full-body", on: ["MO"] },
      { id: "xt", kind: "cross", modality: "bike", effort: "easy", on: ["TU"] },
      { id: "roll", kind: "mobility", practice: "foam-rolling", on: ["WE"] },
      { id: "goals", kind: "mental", practice: "goal-setting", on: ["TH"] },
    ]),
  ],
  [
    "steps with ranges and per-week values",
    planWith([
      run({
        runType: "hills",
        rpe: undefined,
        effort: "hard",
        steps: [
          { intent: "warmup", minutes: { min: 10, max: 15 } },
          { repeat: [3, 4, 5, 6], steps: [{ intent: "work", seconds: [60, 60, 75, 90], effort: "hard" }] },
          { repeat: { min: 6, max: 10 }, steps: [{ intent: "work", distanceKm: 0.1, rpe: { min: 7, max: 8 } }] },
          { intent: "cooldown", minutes: 10, rpe: [3, 3, 2, 2] },
        ],
        pace: "5:00/km",
      }),
    ]),
  ],
  [
    "a run/walk",
    planWith([
      run({
        steps: [
          {
            repeat: 10,
            steps: [
              { intent: "work", minutes: 1 },
              { intent: "walk", minutes: 2 },
            ],
          },
        ],
      }),
    ]),
  ],
  [
    "race paces named by steps and sessions",
    planWith(
      [
        run({
          runType: "intervals",
          steps: [
            {
              repeat: 5,
              steps: [
                { intent: "work", distanceKm: 1, pace: "5k" },
                { intent: "recovery", minutes: 2 },
              ],
            },
          ],
        }),
        { ...run({ id: "t", runType: "tempo", distanceKm: 5, pace: "half" }), on: ["WE"] },
      ],
      {
        paces: {
          easy: "5:30/km",
          "5k": "4:00/km",
          half: "4:25/km",
          mile: "3:45/km",
          "10k": "4:10/km",
          marathon: "4:40/km",
        },
      },
    ),
  ],
  [
    "a time trial",
    planWith([run({ runType: "time-trial", rpe: undefined, distanceKm: 3, date: "2026-11-14", on: undefined })], {
      paces: { "time-trial": "4:00/km" },
    }),
  ],
];

/** Plans with one mistake each, and the located issue it gives. */
export const rejected: readonly [string, Json, readonly { path: string; code: string }[]][] = [
  [
    "a per-week array of the wrong length",
    planWith([run({ minutes: [30, 40] })]),
    [{ path: "phases[0].sessions[0].minutes", code: "weeks" }],
  ],
  [
    "a per-week RPE of the wrong length",
    planWith([run({ minutes: 30, rpe: [3, 3, 3, 3, 3] })]),
    [{ path: "phases[0].sessions[0].rpe", code: "weeks" }],
  ],
  [
    "a null RPE in a week that takes place",
    planWith([run({ minutes: [30, 30, null, 30], rpe: [3, null, null, 3] })]),
    [{ path: "phases[0].sessions[0].rpe[1]", code: "weeks" }],
  ],
  [
    "a range with min > max",
    planWith([run({ minutes: { min: 45, max: 30 } })]),
    [{ path: "phases[0].sessions[0].minutes.max", code: "range" }],
  ],
  [
    "a range with min > max inside a per-week array",
    planWith([run({ minutes: [30, { min: 50, max: 40 }, 30, 30] })]),
    [{ path: "phases[0].sessions[0].minutes[1].max", code: "range" }],
  ],
  [
    "a range without max",
    planWith([run({ rpe: { min: 3 } })]),
    [{ path: "phases[0].sessions[0].rpe.max", code: "invalid_type" }],
  ],
  [
    "a range of fractional minutes",
    planWith([run({ minutes: { min: 30.5, max: 40 } })]),
    [{ path: "phases[0].sessions[0].minutes.min", code: "invalid_type" }],
  ],
  [
    "an RPE range above 10",
    planWith([run({ minutes: 30, rpe: { min: 4, max: 11 } })]),
    [{ path: "phases[0].sessions[0].rpe.max", code: "too_big" }],
  ],
  [
    "an RPE written as a string",
    planWith([run({ minutes: 30, rpe: "7" })]),
    [{ path: "phases[0].sessions[0].rpe", code: "invalid_type" }],
  ],
  [
    "both distanceKm and distanceMi",
    planWith([run({ minutes: 30, distanceKm: 5, distanceMi: 3 })]),
    [{ path: "phases[0].sessions[0].distanceMi", code: "conflict" }],
  ],
  [
    "a distance without minutes and no pace anywhere",
    planWith([run({ distanceKm: 8 })]),
    [{ path: "phases[0].sessions[0]", code: "missing_pace" }],
  ],
  [
    "a distance without minutes and no pace, with strides in its steps",
    planWith([run({ distanceMi: 4, steps: [{ repeat: 4, steps: [{ intent: "work", seconds: 20 }] }] })]),
    [{ path: "phases[0].sessions[0]", code: "missing_pace" }],
  ],
  [
    "a walk timed only by the plan's running paces",
    planWith([{ id: "w", kind: "cross", modality: "walk", distanceKm: 4, rpe: 2, on: ["MO"] }], {
      paces: { easy: "6:00/km" },
    }),
    [{ path: "phases[0].sessions[0]", code: "missing_pace" }],
  ],
  [
    "a bike ride given by distance alone",
    planWith([{ id: "b", kind: "cross", modality: "bike", distanceKm: 30, rpe: 3, on: ["MO"] }]),
    [{ path: "phases[0].sessions[0].minutes", code: "required" }],
  ],
  [
    "a run without minutes, distance or steps",
    planWith([run({})]),
    [{ path: "phases[0].sessions[0].minutes", code: "required" }],
  ],
  [
    "a step by distance and no pace anywhere",
    planWith([run({ minutes: 40, steps: [{ intent: "work", distanceKm: 1 }] })]),
    [{ path: "phases[0].sessions[0].steps[0]", code: "missing_pace" }],
  ],
  [
    "a step by distance in a repeat and no pace anywhere",
    planWith([run({ minutes: 40, steps: [{ repeat: 3, steps: [{ intent: "work", distanceMi: 1 }] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].steps[0]", code: "missing_pace" }],
  ],
  [
    "a pace with one digit of seconds",
    planWith([run({ distanceKm: 8, pace: "8:5/mi" })]),
    [{ path: "phases[0].sessions[0].pace", code: "invalid_format" }],
  ],
  [
    "a pace per yard",
    planWith([run({ distanceKm: 8 })], { paces: { easy: "5:00/yd" } }),
    [{ path: "paces.easy", code: "invalid_format" }],
  ],
  [
    "a step with both minutes and seconds",
    planWith([run({ steps: [{ intent: "work", minutes: 1, seconds: 30 }] })]),
    [{ path: "phases[0].sessions[0].steps[0]", code: "conflict" }],
  ],
  [
    "a step with no length",
    planWith([run({ steps: [{ intent: "work", rpe: 8 }] })]),
    [{ path: "phases[0].sessions[0].steps[0]", code: "conflict" }],
  ],
  [
    "a step of an unknown intent",
    planWith([run({ steps: [{ intent: "jog", minutes: 5 }] })]),
    [{ path: "phases[0].sessions[0].steps[0].intent", code: "invalid_value" }],
  ],
  [
    "a step with an unknown field",
    planWith([run({ steps: [{ intent: "work", minutes: 5, hr: 150 }] })]),
    [{ path: "phases[0].sessions[0].steps[0].hr", code: "unrecognized_keys" }],
  ],
  [
    "a repeat of 1",
    planWith([run({ steps: [{ repeat: 1, steps: [work(1)] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].repeat", code: "too_small" }],
  ],
  [
    "a repeat of 101",
    planWith([run({ steps: [{ repeat: 101, steps: [work(1)] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].repeat", code: "too_big" }],
  ],
  [
    "a repeat without steps",
    planWith([run({ steps: [{ repeat: 3, steps: [] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].steps", code: "too_small" }],
  ],
  [
    "repeats three deep",
    planWith([run({ steps: [{ repeat: 2, steps: [{ repeat: 2, steps: [{ repeat: 2, steps: [work(1)] }] }] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].steps[0].steps[0].steps", code: "limit" }],
  ],
  [
    "51 steps",
    planWith([run({ steps: Array.from({ length: 51 }, () => work(1)) })]),
    [{ path: "phases[0].sessions[0].steps", code: "limit" }],
  ],
  [
    "a repeat and 50 steps inside it (counted as written)",
    planWith([run({ steps: [{ repeat: 2, steps: Array.from({ length: 50 }, () => work(1)) }] })]),
    [{ path: "phases[0].sessions[0].steps", code: "limit" }],
  ],
  [
    "a date and weekdays",
    planWith([run({ minutes: 30, date: "2026-11-05" })]),
    [{ path: "phases[0].sessions[0]", code: "conflict" }],
  ],
  [
    "a date in another phase",
    planWith([run({ minutes: 30, on: undefined, date: "2026-12-01" })]),
    [{ path: "phases[0].sessions[0].date", code: "out_of_range" }],
  ],
  [
    "a date that does not exist",
    planWith([run({ minutes: 30, on: undefined, date: "2026-11-31" })]),
    [{ path: "phases[0].sessions[0].date", code: "date" }],
  ],
  [
    "a priority on a run that is not a race",
    planWith([run({ minutes: 30, priority: "A" })]),
    [{ path: "phases[0].sessions[0].priority", code: "conflict" }],
  ],
  [
    "a priority D",
    planWith([run({ runType: "race", minutes: 30, priority: "D" })]),
    [{ path: "phases[0].sessions[0].priority", code: "invalid_value" }],
  ],
  [
    "optional written as a string",
    planWith([run({ minutes: 30, optional: "yes" })]),
    [{ path: "phases[0].sessions[0].optional", code: "invalid_type" }],
  ],
  [
    "strength with exercises and focus",
    planWith([
      {
        id: "gym",
        kind: "strength",
        minutes: 20,
        rpe: 5,
        on: ["MO"],
        focus: "core",
        exercises: [{ name: "plank", sets: 3, seconds: 30 }],
      },
    ]),
    [{ path: "phases[0].sessions[0]", code: "conflict" }],
  ],
  [
    "strength with neither exercises nor focus",
    planWith([{ id: "gym", kind: "strength", minutes: 20, rpe: 5, on: ["MO"] }]),
    [{ path: "phases[0].sessions[0]", code: "conflict" }],
  ],
  [
    "an unknown focus",
    planWith([{ id: "gym", kind: "strength", minutes: 20, rpe: 5, on: ["MO"], focus: "arms" }]),
    [{ path: "phases[0].sessions[0].focus", code: "invalid_value" }],
  ],
  // Real plans, round 2.
  [
    "a strength range with min above max",
    planWith([{ id: "gym", kind: "strength", minutes: { min: 30, max: 15 }, on: ["MO"], focus: "core" }]),
    [{ path: "phases[0].sessions[0].minutes.max", code: "range" }],
  ],
  [
    "an unknown effort word",
    planWith([run({ minutes: 40, effort: "brisk" })]),
    [{ path: "phases[0].sessions[0].effort", code: "invalid_value" }],
  ],
  [
    "an open range of RPE",
    planWith([run({ minutes: 40, rpe: { min: 3 } })]),
    [{ path: "phases[0].sessions[0].rpe.max", code: "invalid_type" }],
  ],
  [
    "a run without a length",
    planWith([run({ effort: "easy" })]),
    [{ path: "phases[0].sessions[0].minutes", code: "required" }],
  ],
  [
    "an open range inside steps",
    planWith([run({ steps: [{ intent: "work", minutes: { min: 5 } }] })]),
    [{ path: "phases[0].sessions[0].steps[0].minutes.max", code: "invalid_type" }],
  ],
  [
    "a null week inside steps",
    planWith([run({ steps: [{ repeat: [3, null, 4, 5], steps: [work(1)] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].repeat[1]", code: "invalid_type" }],
  ],
  [
    "a step range with min above max",
    planWith([run({ steps: [{ intent: "work", seconds: { min: 90, max: 60 } }] })]),
    [{ path: "phases[0].sessions[0].steps[0].seconds.max", code: "range" }],
  ],
  [
    "a per-week repeat of the wrong length",
    planWith([run({ steps: [{ repeat: [3, 4, 5], steps: [work(1)] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].repeat", code: "weeks" }],
  ],
  [
    "a per-week array on a one-off session",
    planWith([run({ minutes: [30, 35, 40, 45], date: "2026-11-07", on: undefined })]),
    [{ path: "phases[0].sessions[0].minutes", code: "weeks" }],
  ],
  [
    "a per-week step on a one-off session",
    planWith([run({ date: "2026-11-07", on: undefined, steps: [{ intent: "work", minutes: [5, 6, 7, 8] }] })]),
    [{ path: "phases[0].sessions[0].steps[0].minutes", code: "weeks" }],
  ],
  [
    "a pace name the plan's paces lack",
    planWith([run({ steps: [{ intent: "work", distanceKm: 1, pace: "5k" }] })], { paces: { easy: "5:30/km" } }),
    [{ path: "phases[0].sessions[0].steps[0].pace", code: "missing_pace" }],
  ],
  [
    "a session pace name the plan's paces lack",
    planWith([run({ distanceKm: 5, pace: "marathon" })]),
    [{ path: "phases[0].sessions[0].pace", code: "missing_pace" }],
  ],
  [
    "a pace name that no plan's paces have",
    planWith([run({ minutes: 30, pace: "fast" })]),
    [{ path: "phases[0].sessions[0].pace", code: "invalid_format" }],
  ],
  [
    "an unknown race pace key",
    planWith([run({ minutes: 30 })], { paces: { "3k": "3:50/km" } }),
    [{ path: 'paces["3k"]', code: "unrecognized_keys" }],
  ],
];

/**
 * The rejections the JSON Schema expresses too (types, bounds, enums, formats, unknown fields). The others need code,
 * and docs/plan-format.md lists them: per-week lengths, min <= max, "exactly one of", paces that time a distance,
 * dates inside the phase, priority only on races, the step count and the third level of repeats.
 */
export const JSON_SCHEMA_EXPRESSES: ReadonlySet<string> = new Set([
  "a range without max",
  "a range of fractional minutes",
  "an RPE range above 10",
  "an RPE written as a string",
  "a pace with one digit of seconds",
  "a pace per yard",
  "a step of an unknown intent",
  "a step with an unknown field",
  "a repeat of 1",
  "a repeat of 101",
  "a repeat without steps",
  "a priority D",
  "optional written as a string",
  "an unknown focus",
  "an unknown effort word",
  "an open range of RPE",
  "an open range inside steps",
  "a null week inside steps",
  "a pace name that no plan's paces have",
  "an unknown race pace key",
]);
