import { describe, expect, it } from "vitest";
import { toCancelCalendar } from "../../src/ical.js";
import {
  DEFAULT_LIMITS,
  diffOccurrences,
  expandPlan,
  parsePlan,
  type OffseasonError,
  type Plan,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";
import { readWithIcalJs } from "./readIcal.js";

const NOW = "2026-12-01T09:30:00Z";
const octets = (text: string) => new TextEncoder().encode(text).length;

/** A plan of daily mobility sessions named `names`, over `weeks` weeks. */
function dailyPlan(names: readonly string[], weeks: number): Plan {
  return parsePlan({
    version: 1,
    id: "big",
    timezone: "Europe/Berlin",
    startDate: "2026-11-02",
    phases: [
      {
        id: "a",
        weeks,
        sessions: names.map((name, index) => ({
          id: `s${String(index)}`,
          name,
          kind: "mobility",
          practice: "yoga",
          minutes: 20,
          repeat: "FREQ=DAILY",
          time: "07:00",
        })),
      },
    ],
  });
}

/** Every occurrence of `plan` cancelled: the diff to an empty version. */
const cancelAll = (plan: Plan) => diffOccurrences(expandPlan(plan), []);

function estimateOf(error: OffseasonError): number {
  expect(error.code).toBe("limit");
  expect(error.issues.map((issue) => issue.path)).toEqual([""]);
  return Number(/up to (\d+) bytes/.exec(error.issues[0]?.message ?? "")?.[1]);
}

describe("toCancelCalendar: output limit", () => {
  it("bounds its text up front: the estimate is above the size, within 2x, and a limit of exactly it fits", () => {
    const plan = dailyPlan(["Yoga \u00e9t\u00e9 \u{1f9d8}, à la maison; \\ 20 min".repeat(8), "short"], 4);
    const diff = cancelAll(plan);
    const ics = toCancelCalendar(plan, diff, { now: NOW, organizer: "coach@example.com" });
    expect(readWithIcalJs(ics).events).toHaveLength(56);
    const size = octets(ics);
    const estimate = estimateOf(
      offseasonErrorOf(() =>
        toCancelCalendar(plan, diff, { now: NOW, organizer: "coach@example.com", maxOutputBytes: size - 1 }),
      ),
    );
    expect(estimate).toBeGreaterThanOrEqual(size);
    expect(estimate).toBeLessThanOrEqual(2 * size);
    expect(toCancelCalendar(plan, diff, { now: NOW, organizer: "coach@example.com", maxOutputBytes: estimate })).toBe(
      ics,
    );
  });

  it("refuses the 323 MiB cancel of 27 daily sessions with 16 KiB names before building it, and says how to narrow it", () => {
    const plan = dailyPlan(
      Array.from({ length: 27 }, () => "x".repeat(DEFAULT_LIMITS.maxStringLength)),
      104,
    );
    const diff = cancelAll(plan);
    // Built, this text would be longer than V8's longest string on some machines (a RangeError), 323 MiB on others.
    const error = offseasonErrorOf(() => toCancelCalendar(plan, diff, { now: NOW }));
    expect(estimateOf(error)).toBeGreaterThan(27 * 728 * DEFAULT_LIMITS.maxStringLength);
    expect(error.issues[0]?.message).toContain(
      `more than the output limit of ${String(DEFAULT_LIMITS.maxOutputBytes)} bytes (64.0 MiB, maxOutputBytes)`,
    );
    expect(error.issues[0]?.message).toMatch(/diff the two versions over a shorter window/);
    // The diff of a week fits.
    const week = diffOccurrences(expandPlan(plan, { from: "2026-11-02", to: "2026-11-08" }), []);
    expect(toCancelCalendar(plan, week, { now: NOW }).split("BEGIN:VEVENT")).toHaveLength(27 * 7 + 1);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5])(
    "refuses a maxOutputBytes of %s rather than turning the limit off",
    (maxOutputBytes) => {
      const plan = dailyPlan(["a"], 1);
      const error = offseasonErrorOf(() => toCancelCalendar(plan, cancelAll(plan), { now: NOW, maxOutputBytes }));
      expect(error.code).toBe("config");
      expect(error.issues.map((issue) => issue.path)).toEqual(["maxOutputBytes"]);
    },
  );
});

describe("toCancelCalendar: organizer", () => {
  const plan = dailyPlan(["a"], 1);
  const diff = cancelAll(plan);
  // Every C0 control, DEL and every C1 control (NEL is U+0085).
  const controls = [
    ...Array.from({ length: 0x20 }, (_, code) => code),
    ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
  ].map((code) => String.fromCharCode(code));

  it.each([
    ["NUL", "\u0000"],
    ["ESC (a terminal escape)", "\u001b[2J"],
    ["DEL", "\u007f"],
    ["NEL", "\u0085"],
  ])("refuses %s in the address, and never echoes it", (_, control) => {
    const error = offseasonErrorOf(() =>
      toCancelCalendar(plan, diff, { now: NOW, organizer: `coach${control}@example.com` }),
    );
    expect(error.code).toBe("config");
    expect(error.issues.map((issue) => issue.path)).toEqual(["organizer"]);
    expect(error.issues[0]?.message).toMatch(/^must be an e-mail address without control characters; it holds U\+/);
    expect(error.message).not.toContain(control);
  });

  it("refuses every C0 and C1 control and DEL, in the local part and in the domain", () => {
    expect(controls).toHaveLength(65);
    for (const control of controls)
      for (const organizer of [`co${control}ach@example.com`, `coach@exam${control}ple.com`]) {
        const error = offseasonErrorOf(() => toCancelCalendar(plan, diff, { now: NOW, organizer }));
        expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([["organizer", "config"]]);
        // eslint-disable-next-line no-control-regex -- no control character reaches the message
        expect(error.issues[0]?.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
  });

  it("writes an address without controls as it is, non-ASCII included", () => {
    const ics = toCancelCalendar(plan, diff, { now: NOW, organizer: "entraîneur@exemple.fr" });
    expect(ics).toContain("ORGANIZER:mailto:entraîneur@exemple.fr");
  });
});
