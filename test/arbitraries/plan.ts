import fc from "fast-check";

/** Zones the property tests draw from: DST in both hemispheres, 30- and 45-minute offsets, abolished DST. */
export const ZONES = [
  "UTC",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Asia/Kolkata",
] as const;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const pad = (value: number) => String(value).padStart(2, "0");

/** A calendar date between 2000 and 2040. */
export const localDateArb = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A time of day, biased towards the hours in which DST changes happen. */
export const localTimeArb = fc.oneof(
  fc.constantFrom("01:30", "02:00", "02:30", "03:00", "00:00", "23:59", "07:00"),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([hour, minute]) => `${pad(hour)}:${pad(minute)}`),
);

const weekdaysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** RRULE texts in the supported subset. */
export const ruleArb = fc.oneof(
  fc.constant("FREQ=DAILY"),
  fc.integer({ min: 2, max: 4 }).map((interval) => `FREQ=DAILY;INTERVAL=${String(interval)}`),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), weekdaysArb)
    .map(([interval, days]) => `FREQ=WEEKLY;INTERVAL=${String(interval)};BYDAY=${days.join(",")}`),
  fc
    .tuple(fc.constantFrom("1", "2", "-1"), fc.constantFrom(...WEEKDAYS))
    .map(([nth, day]) => `FREQ=MONTHLY;BYDAY=${nth}${day}`),
  fc.integer({ min: 1, max: 28 }).map((day) => `FREQ=MONTHLY;BYMONTHDAY=${String(day)}`),
  fc
    .tuple(weekdaysArb, fc.integer({ min: 1, max: 30 }))
    .map(([days, count]) => `FREQ=WEEKLY;BYDAY=${days.join(",")};COUNT=${String(count)}`),
);

const recurrenceArb = fc.oneof(
  weekdaysArb.map((on) => ({ on })),
  ruleArb.map((repeat) => ({ repeat })),
);

const common = fc.record(
  { recurrence: recurrenceArb, minutes: fc.integer({ min: 5, max: 180 }), time: localTimeArb },
  { requiredKeys: ["recurrence", "minutes"] },
);

const rpeArb = fc.integer({ min: 0, max: 20 }).map((half) => half / 2);

const sessionBodyArb = fc.oneof(
  fc.record({
    kind: fc.constant("run"),
    runType: fc.constantFrom("easy", "recovery", "long", "tempo", "intervals", "hills", "strides", "race"),
    rpe: rpeArb,
  }),
  fc.record({
    kind: fc.constant("strength"),
    rpe: rpeArb,
    exercises: fc.array(
      fc.oneof(
        fc.record({
          name: fc.constantFrom("squat", "lunge", "deadlift", "calf-raise", "push-up"),
          sets: fc.integer({ min: 1, max: 5 }),
          reps: fc.integer({ min: 1, max: 20 }),
        }),
        fc.record({
          name: fc.constantFrom("plank", "side-plank"),
          sets: fc.integer({ min: 1, max: 5 }),
          seconds: fc.integer({ min: 10, max: 120 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({ kind: fc.constant("cross"), modality: fc.constantFrom("swim", "bike", "walk", "row"), rpe: rpeArb }),
  fc.record({ kind: fc.constant("mobility"), practice: fc.constantFrom("stretching", "foam-rolling", "yoga") }),
  fc.record({ kind: fc.constant("mental"), practice: fc.constantFrom("visualization", "mindfulness", "goal-setting") }),
);

const sessionArb = fc.tuple(common, sessionBodyArb).map(([{ recurrence, minutes, time }, body]) => ({
  ...body,
  minutes,
  ...recurrence,
  ...(time === undefined ? {} : { time }),
}));

const habitArb = fc.oneof(
  fc.record({
    category: fc.constant("hydration"),
    when: fc.constant("before-each-run"),
    mlPerKg: fc.integer({ min: 3, max: 8 }),
    hoursBefore: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    category: fc.constant("nutrition"),
    focus: fc.constantFrom("lean-protein", "complex-carbs", "fruit-vegetables", "mindful-eating"),
    repeat: ruleArb,
  }),
  fc.record({
    category: fc.constant("sleep"),
    hours: fc.integer({ min: 6, max: 10 }),
    repeat: fc.constant("FREQ=DAILY"),
  }),
);

export interface PlanArbOptions {
  readonly maxPhases?: number;
  readonly maxWeeksPerPhase?: number;
  readonly maxSessions?: number;
}

/** A valid plan in JSON form, with unique ids, no exceptions. */
export function planArb(options: PlanArbOptions = {}) {
  const { maxPhases = 3, maxWeeksPerPhase = 8, maxSessions = 5 } = options;
  return fc
    .record({
      timezone: fc.constantFrom(...ZONES),
      startDate: localDateArb,
      phases: fc.array(
        fc.record({
          type: fc.option(fc.constantFrom("transition", "base", "pre-season"), { nil: undefined }),
          weeks: fc.integer({ min: 1, max: maxWeeksPerPhase }),
          progression: fc.option(
            fc.array(
              fc.integer({ min: 50, max: 150 }).map((percent) => percent / 100),
              { minLength: 1, maxLength: 4 },
            ),
            { nil: undefined },
          ),
          sessions: fc.array(sessionArb, { maxLength: maxSessions }),
        }),
        { minLength: 1, maxLength: maxPhases },
      ),
      habits: fc.array(habitArb, { maxLength: 3 }),
    })
    .map(({ timezone, startDate, phases, habits }) => ({
      version: 1,
      id: "generated",
      timezone,
      startDate,
      phases: phases.map((phase, phaseIndex) => ({
        id: `phase-${String(phaseIndex)}`,
        ...(phase.type === undefined ? {} : { type: phase.type }),
        weeks: phase.weeks,
        ...(phase.progression === undefined ? {} : { progression: phase.progression }),
        sessions: phase.sessions.map((session, index) => ({
          id: `s${String(phaseIndex)}-${String(index)}`,
          ...session,
        })),
      })),
      habits: habits.map((habit, index) => ({ id: `h${String(index)}`, ...habit })),
    }));
}
