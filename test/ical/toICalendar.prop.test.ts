import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical.js";
import { OffseasonError, parsePlan } from "../../src/index.js";
import { planArb } from "../arbitraries/plan.js";
import { offseasonErrorOf } from "../helpers/errors.js";

const NOW = "2026-11-01T09:30:00Z";

/** Texts that stress the estimate: escaped characters, line breaks, controls, 2- to 4-octet characters, a lone surrogate. */
const textArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "\\",
        ";",
        ",",
        "\n",
        "\r\n",
        "\r",
        "\u0000",
        "\u001b",
        "\u007f",
        "\u0085",
        "\u009b",
        "é",
        "ß",
        "–",
        "✓",
        "€",
        "🏃",
        "👍🏽",
        "\ud800",
        "a",
        " ",
        ":",
      ),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.string({ maxLength: 40 }),
      // Runs of wide characters: folds that cannot fill a line (the worst case of the bound).
      fc.constantFrom("🏃".repeat(60), "✓".repeat(60), "é".repeat(60), "👍🏽".repeat(30)),
    ),
    { maxLength: 80 },
  )
  .map((pieces) => pieces.join(""));

/** The example-like plans of the property tests, with names and notes on their sessions and habits and a calendar name. */
const exportArb = fc.record({
  plan: planArb({ maxPhases: 2, maxWeeksPerPhase: 4, maxSessions: 3 }),
  texts: fc.array(fc.record({ name: textArb, notes: textArb }, { requiredKeys: [] }), { minLength: 6, maxLength: 6 }),
  calendarName: fc.option(textArb, { nil: undefined }),
  includeHabits: fc.boolean(),
});

/** The size the export estimates, read from the refusal it gives under a limit of 1 byte. */
function estimateOf(run: (maxOutputBytes: number) => string): number {
  const error = offseasonErrorOf(() => run(1));
  expect(error).toBeInstanceOf(OffseasonError);
  expect(error.code).toBe("limit");
  return Number(/up to (\d+) bytes/.exec(error.issues[0]?.message ?? "")?.[1]);
}

describe("toICalendar's output estimate, for any valid plan", () => {
  it("is an upper bound of the octets written, within 2x, and the export fits a limit of exactly the estimate; no control character or long line is written", () => {
    fc.assert(
      fc.property(exportArb, ({ plan: json, texts, calendarName, includeHabits }) => {
        let index = 0;
        const withText = (item: object) => ({ ...item, ...texts[index++ % texts.length] });
        const plan = parsePlan({
          ...json,
          phases: json.phases.map((phase) => ({ ...phase, sessions: phase.sessions.map(withText) })),
          habits: json.habits.map(withText),
        });
        const run = (maxOutputBytes?: number) =>
          toICalendar(plan, {
            now: NOW,
            includeHabits,
            ...(calendarName === undefined ? {} : { calendarName }),
            ...(maxOutputBytes === undefined ? {} : { maxOutputBytes }),
          });
        const ics = run();
        const octets = new TextEncoder().encode(ics).length;
        // eslint-disable-next-line no-control-regex -- no control character reaches the output, save the CRLFs
        expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const estimate = estimateOf(run);
        expect(estimate).toBeGreaterThanOrEqual(octets);
        expect(estimate).toBeLessThanOrEqual(2 * octets);
        expect(new TextEncoder().encode(run(estimate)).length).toBe(octets);
      }),
      { numRuns: 150 },
    );
  });
});
