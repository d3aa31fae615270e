import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toCancelCalendar, toICalendar } from "../../src/ical.js";
import { diffOccurrences, expandPlan, OffseasonError, parsePlan, type Plan } from "../../src/index.js";
import { planArb, ZONES } from "../arbitraries/plan.js";

// Calendar updates across versions of a plan (issue 21, item 3): a version adjusted, then adjustments undone and
// others added, as a user does. Whatever the versions, receivers must take every update (RFC 5546: the highest SEQUENCE
// wins): with `previous`, no event of the feed is below what the previous feed published, one whose DTSTART or STATUS
// changed is above, and every cancel is above; both calendars read back with ical.js, within their output bound.
// `npm test` runs a fixed sample (the seed of test/setup.ts); `npm run fuzz` runs CALENDAR_FUZZ_RUNS cases (each builds
// five calendars and reads three back) with the FC_SEED it prints.
const runs = Number(process.env.CALENDAR_FUZZ_RUNS ?? 20);
const NOW = "2026-12-01T09:30:00Z";

const DAY_MS = 86_400_000;
const dateAfter = (start: string, days: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** An adjustment as JSON, its dates as days after the plan's start (read against the plan when the version is built). */
const adjustmentArb = fc.oneof(
  fc.record({ action: fc.constant("skip"), day: fc.nat(60) }),
  fc.record({ action: fc.constant("shift"), day: fc.nat(60), days: fc.constantFrom(-2, -1, 1, 2, 7) }),
  fc.record({
    action: fc.constant("pause"),
    day: fc.nat(60),
    length: fc.nat(6),
    mode: fc.constantFrom("shift", "drop"),
  }),
  fc.record({ action: fc.constant("swap"), day: fc.nat(60), other: fc.nat(60) }),
  fc.record({ action: fc.constant("rest"), day: fc.nat(60) }),
  fc.record({ action: fc.constant("travel"), day: fc.nat(60), length: fc.nat(6), timezone: fc.constantFrom(...ZONES) }),
);
type Adjustment = typeof adjustmentArb extends fc.Arbitrary<infer T> ? T : never;

function exceptionOf(adjustment: Adjustment, start: string): object {
  const at = (days: number) => dateAfter(start, days);
  switch (adjustment.action) {
    case "skip":
    case "rest":
      return { action: adjustment.action, date: at(adjustment.day) };
    case "shift":
      return { action: "shift", from: at(adjustment.day), days: adjustment.days };
    case "pause":
      return {
        action: "pause",
        from: at(adjustment.day),
        to: at(adjustment.day + adjustment.length),
        mode: adjustment.mode,
      };
    case "swap":
      return { action: "swap", date: at(adjustment.day), with: at(adjustment.other) };
    case "travel":
      return {
        action: "travel",
        from: at(adjustment.day),
        to: at(adjustment.day + adjustment.length),
        timezone: adjustment.timezone,
      };
  }
}

/**
 * A version of the plan with those of the adjustments that apply, in order (one that matches nothing or lands past the
 * plan's end is refused as a user error, and left out, as a user would); undefined when the plan itself is refused.
 */
function versionOf(json: { startDate: string }, adjustments: readonly Adjustment[]): Plan | undefined {
  let version: Plan | undefined;
  let exceptions: object[] = [];
  for (const exception of [undefined, ...adjustments.map((item) => exceptionOf(item, json.startDate))]) {
    const tried = exception === undefined ? exceptions : [...exceptions, exception];
    try {
      const plan = parsePlan({ ...json, exceptions: tried });
      expandPlan(plan);
      version = plan;
      exceptions = tried;
    } catch (error) {
      expect(error).toBeInstanceOf(OffseasonError);
      expect(["invalid", "exception", "limit"]).toContain((error as OffseasonError).code);
      if (exception === undefined) return undefined;
    }
  }
  return version;
}

interface Read {
  readonly sequence: number;
  /** DTSTART as written (value and TZID) and STATUS: what an update changes. */
  readonly state: string;
}

/** The events of a calendar as ical.js reads them, by UID; the METHOD. */
function read(ics: string): { method: string; events: Map<string, Read> } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = new Map<string, Read>();
  for (const event of calendar.getAllSubcomponents("vevent")) {
    const uid = String(event.getFirstPropertyValue("uid"));
    expect(events.has(uid), uid).toBe(false);
    const start = event.getFirstProperty("dtstart");
    const tzid = start?.getParameter("tzid");
    events.set(uid, {
      sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
      state: `${String(start?.toICALString())}|${typeof tzid === "string" ? tzid : ""}|${String(event.getFirstPropertyValue("status"))}`,
    });
  }
  return { method: String(calendar.getFirstPropertyValue("method")), events };
}

const versionsArb = fc.record({
  plan: planArb({ maxPhases: 2, maxWeeksPerPhase: 5, maxSessions: 3 }),
  published: fc.array(adjustmentArb, { maxLength: 4 }),
  // Which of the published adjustments the next version keeps (the others are undone), and what it adds.
  kept: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  added: fc.array(adjustmentArb, { maxLength: 3 }),
});

describe("calendar updates across versions of a plan", () => {
  it("never publish a SEQUENCE a receiver ignores: the feed and the cancel calendar with previous", () => {
    // How many cases built both versions, raised a SEQUENCE above what a version counts alone, and cancelled some.
    const exercised = { versions: 0, raised: 0, cancels: 0 };
    fc.assert(
      fc.property(versionsArb, ({ plan: json, published: done, kept, added }) => {
        const previous = versionOf(json, done);
        const next = versionOf(json, [...done.filter((_, index) => kept[index] ?? true), ...added]);
        if (previous === undefined || next === undefined) return;
        exercised.versions += 1;
        const before = read(toICalendar(previous, { now: NOW }));
        const feed = read(toICalendar(next, { now: NOW, previous }));
        const alone = read(toICalendar(next, { now: NOW }));
        if ([...feed.events].some(([uid, event]) => event.sequence > (alone.events.get(uid)?.sequence ?? 0)))
          exercised.raised += 1;
        expect(feed.method).toBe("PUBLISH");
        for (const [uid, event] of feed.events) {
          const old = before.events.get(uid);
          if (old === undefined) continue;
          if (event.state === old.state) expect(event.sequence, uid).toBeGreaterThanOrEqual(old.sequence);
          else expect(event.sequence, uid).toBeGreaterThan(old.sequence);
        }
        const diff = diffOccurrences(expandPlan(previous), expandPlan(next));
        const cancel = read(toCancelCalendar(next, diff, { now: NOW, previous, organizer: "coach@example.com" }));
        expect(cancel.method).toBe("CANCEL");
        expect(cancel.events.size).toBe(diff.removed.length);
        if (diff.removed.length > 0) exercised.cancels += 1;
        for (const [uid, event] of cancel.events) {
          expect(event.state.endsWith("|CANCELLED"), uid).toBe(true);
          expect(event.sequence, uid).toBeGreaterThan(before.events.get(uid)?.sequence ?? 0);
        }
      }),
      { numRuns: runs },
    );
    // Not vacuous: the sample holds undone adjustments that raise a SEQUENCE, and cancels.
    if (runs >= 20) expect(Math.min(exercised.versions, exercised.raised, exercised.cancels)).toBeGreaterThan(0);
  }, 3_600_000);

  it("bound the cancel calendar: its estimate is above its size and a limit of exactly the estimate fits", () => {
    fc.assert(
      fc.property(versionsArb, ({ plan: json, published: done, added }) => {
        const previous = versionOf(json, done);
        const next = versionOf(json, added);
        if (previous === undefined || next === undefined) return;
        const diff = diffOccurrences(expandPlan(previous), expandPlan(next));
        const ics = toCancelCalendar(next, diff, { now: NOW });
        let estimate = 0;
        try {
          toCancelCalendar(next, diff, { now: NOW, maxOutputBytes: 1 });
        } catch (error) {
          expect(error).toBeInstanceOf(OffseasonError);
          estimate = Number(/up to (\d+) bytes/.exec((error as OffseasonError).issues[0]?.message ?? "")?.[1]);
        }
        const size = new TextEncoder().encode(ics).length;
        expect(estimate).toBeGreaterThanOrEqual(size);
        expect(toCancelCalendar(next, diff, { now: NOW, maxOutputBytes: estimate })).toBe(ics);
      }),
      { numRuns: runs },
    );
  }, 3_600_000);
});
