// Occurrences for the workout tests, built through the library (parsePlan, expandPlan) so that they are real ones.
import { expandPlan, parsePlan, type Occurrence, type SessionOccurrence } from "../../src/index.js";

type Json = Record<string, unknown>;

/** The first occurrence of one session in a one-week UTC plan starting Monday 2026-11-02. */
export function occurrenceOf(session: Json, plan: Json = {}): Occurrence {
  const parsed = parsePlan({
    version: 1,
    id: "p",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [{ id: "base", weeks: 1, sessions: [{ id: "s", on: ["TU"], time: "07:00", ...session }] }],
    ...plan,
  });
  const [first] = expandPlan(parsed, { includeHabits: false });
  if (first === undefined) throw new Error("no occurrence");
  return first;
}

/** A run occurrence whose session is replaced field by field: steps the schema does not (yet) accept. */
export function withSession(occurrence: Occurrence, fields: Json): SessionOccurrence {
  if (occurrence.kind === "habit") throw new Error("not a session");
  return { ...occurrence, session: { ...occurrence.session, ...fields } } as SessionOccurrence;
}

/** 10 min warm-up, 6 x (400 m at 4:00/km, 90 s recovery), 10 min cool-down: the intervals of the examples. */
export const intervals = {
  kind: "run",
  runType: "intervals",
  rpe: 8,
  steps: [
    { intent: "warmup", minutes: 10 },
    {
      repeat: 6,
      steps: [
        { intent: "work", distanceKm: 0.4, pace: "4:00/km" },
        { intent: "recovery", seconds: 90 },
      ],
    },
    { intent: "cooldown", minutes: 10 },
  ],
};
