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
