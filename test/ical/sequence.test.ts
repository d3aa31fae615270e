import { describe, expect, it } from "vitest";
import { toCancelCalendar, toICalendar } from "../../src/ical.js";
import {
  diffOccurrences,
  expandPlan,
  OffseasonError,
  parsePlan,
  shiftPlan,
  swapDays,
  travel,
  type Plan,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";
import { byUid, readWithIcalJs } from "./readIcal.js";

// RFC 5546 (2.1.4, 2.1.5): a receiver keeps, for a UID, the version with the highest SEQUENCE; an update or a cancel
// that does not raise it is ignored. Each case below is a change a receiver must not ignore.

const NOW = "2026-12-01T09:30:00Z";

const plan = parsePlan({
  version: 1,
  id: "winter",
  timezone: "America/New_York",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 3,
      sessions: [
        { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "TH"], time: "07:00" },
        { id: "gym", kind: "strength", focus: "full-body", minutes: 30, rpe: 5, on: ["WE"] },
      ],
    },
  ],
  habits: [{ id: "fluids", category: "hydration", when: "before-each-run", mlPerKg: 6, hoursBefore: 2 }],
});

/** `plan` with its exceptions replaced (each version of a plan is data: adjustments are entries of `exceptions`). */
const withExceptions = (base: Plan, exceptions: readonly object[]): Plan =>
  parsePlan({ ...base, exceptions: [...(base.exceptions ?? []), ...exceptions] });

/** Two shifts of a day from the 10th: everything from then on moved twice, published with SEQUENCE 2. */
const shiftedTwice = shiftPlan(shiftPlan(plan, { from: "2026-11-10", days: 1 }), { from: "2026-11-11", days: 1 });

const feed = (version: Plan, options: { previous?: Plan } = {}) =>
  byUid(readWithIcalJs(toICalendar(version, { now: NOW, ...options })).events);

describe("SEQUENCE of the habit before a run", () => {
  const skipped = withExceptions(shiftedTwice, [{ action: "skip", date: "2026-11-10", sessionId: "easy" }]);

  it("is published with its run's", () => {
    const published = feed(shiftedTwice);
    expect(published.get("easy@2026-11-10")).toMatchObject({ sequence: 2, status: undefined });
    expect(published.get("fluids@easy@2026-11-10")).toMatchObject({ sequence: 2, status: undefined });
  });

  it("is cancelled in the feed with its run when the run is skipped, not left out", () => {
    const events = feed(skipped);
    expect(events.get("easy@2026-11-10")).toMatchObject({ sequence: 3, status: "CANCELLED" });
    expect(events.get("fluids@easy@2026-11-10")).toMatchObject({ sequence: 3, status: "CANCELLED" });
    // Two hours before the run as it was when skipped (moved to the 12th by the shifts).
    expect(events.get("fluids@easy@2026-11-10")?.startMs).toBe(Date.parse("2026-11-12T05:00:00-05:00"));
    // The other habits are untouched and live.
    expect(events.get("fluids@easy@2026-11-05")).toMatchObject({ sequence: 0, status: undefined });
  });

  it("follows no cancelled run when habits or cancelled occurrences are left out", () => {
    const ids = (options: object) =>
      readWithIcalJs(toICalendar(skipped, { now: NOW, ...options })).events.map((event) => event.uid);
    expect(ids({ includeHabits: false }).some((uid) => uid.startsWith("fluids@"))).toBe(false);
    expect(ids({ cancelled: "omit" })).not.toContain("fluids@easy@2026-11-10/winter@offseason");
  });

  it("is cancelled where its run was: all day before an untimed run, in the trip's zone before a run abroad", () => {
    const untimed = parsePlan({
      ...plan,
      phases: [{ ...plan.phases[0], sessions: [{ ...plan.phases[0]?.sessions[0], time: undefined }] }],
      exceptions: [{ action: "skip", date: "2026-11-10" }],
    });
    const allDay = readWithIcalJs(toICalendar(untimed, { now: NOW })).events;
    expect(byUid(allDay).get("fluids@easy@2026-11-10")).toMatchObject({ sequence: 1, status: "CANCELLED" });
    expect(toICalendar(untimed, { now: NOW })).toContain("DTSTART;VALUE=DATE:20261110\r\n");
    const abroad = withExceptions(travel(plan, { from: "2026-11-09", to: "2026-11-13", timezone: "Europe/Berlin" }), [
      { action: "skip", date: "2026-11-10" },
    ]);
    const events = byUid(readWithIcalJs(toICalendar(abroad, { now: NOW })).events);
    expect(events.get("fluids@easy@2026-11-10")).toMatchObject({
      sequence: 2,
      status: "CANCELLED",
      tzid: "Europe/Berlin",
      startMs: Date.parse("2026-11-10T05:00:00+01:00"),
    });
  });

  it("is cancelled above what the feed published, in the cancel calendar too", () => {
    const diff = diffOccurrences(expandPlan(shiftedTwice), expandPlan(skipped));
    expect(diff.removed.map((change) => change.id)).toEqual(["easy@2026-11-10", "fluids@easy@2026-11-10"]);
    const events = byUid(readWithIcalJs(toCancelCalendar(skipped, diff, { now: NOW })).events);
    expect(events.get("easy@2026-11-10")).toMatchObject({ sequence: 3, status: "CANCELLED" });
    expect(events.get("fluids@easy@2026-11-10")).toMatchObject({ sequence: 3, status: "CANCELLED" });
  });
});

describe("toICalendar with previous: no SEQUENCE below what was published", () => {
  it("moves an undone adjustment back with a higher SEQUENCE, and keeps what did not change", () => {
    const published = feed(shiftedTwice);
    expect(published.get("easy@2026-11-12")?.sequence).toBe(2);
    // Without previous, SEQUENCE counts the adjustments of the version: the undone ones are gone.
    expect(feed(plan).get("easy@2026-11-12")?.sequence).toBe(0);
    const undone = feed(plan, { previous: shiftedTwice });
    for (const id of ["easy@2026-11-12", "fluids@easy@2026-11-12", "gym@2026-11-11", "easy@2026-11-19"])
      expect(undone.get(id)?.sequence, id).toBe(3);
    // Untouched by either version: as published.
    expect(undone.get("easy@2026-11-03")?.sequence).toBe(0);
    expect(undone.get("gym@2026-11-04")?.sequence).toBe(0);
    // Every event is at or above what was published, and strictly above where its date or time changed.
    for (const [id, event] of undone) {
      const before = published.get(id);
      if (before === undefined) continue;
      expect(event.sequence, id).toBeGreaterThanOrEqual(before.sequence);
      if (event.startMs !== before.startMs) expect(event.sequence, id).toBeGreaterThan(before.sequence);
    }
  });

  it("keeps a higher published SEQUENCE for an event back where it was published", () => {
    // Swapped there and back: published with SEQUENCE 2 on its planned date; the next version without the swaps
    // writes it on the same date, at 2 (not 0), so the receiver keeps it.
    const thereAndBack = swapDays(swapDays(plan, "2026-11-17", "2026-11-18"), "2026-11-17", "2026-11-18");
    expect(feed(thereAndBack).get("easy@2026-11-17")).toMatchObject({ sequence: 2 });
    const events = feed(plan, { previous: thereAndBack });
    expect(events.get("easy@2026-11-17")?.sequence).toBe(2);
    expect(events.get("easy@2026-11-17")?.startMs).toBe(Date.parse("2026-11-17T07:00:00-05:00"));
  });

  it("writes the same text as without previous when previous is the plan itself", () => {
    expect(toICalendar(shiftedTwice, { now: NOW, previous: shiftedTwice })).toBe(
      toICalendar(shiftedTwice, { now: NOW }),
    );
  });

  it("refuses a previous version of another plan: its UIDs are other events", () => {
    const other = parsePlan({ ...plan, id: "summer" });
    for (const run of [
      () => toICalendar(plan, { now: NOW, previous: other }),
      () => toCancelCalendar(plan, diffOccurrences([], []), { now: NOW, previous: other }),
    ]) {
      const error = offseasonErrorOf(run);
      expect(error).toBeInstanceOf(OffseasonError);
      expect(error.code).toBe("config");
      expect(error.issues.map((issue) => issue.path)).toEqual(["previous.id"]);
    }
  });
});

describe("toCancelCalendar with previous: a cancel above the published SEQUENCE", () => {
  it("cancels a session removed from the template above the 2 its feed published", () => {
    const withoutGym = parsePlan({
      ...shiftedTwice,
      phases: [{ ...plan.phases[0], sessions: plan.phases[0]?.sessions.filter((session) => session.id !== "gym") }],
    });
    expect(feed(shiftedTwice).get("gym@2026-11-11")?.sequence).toBe(2);
    const diff = diffOccurrences(expandPlan(shiftedTwice), expandPlan(withoutGym));
    const cancel = (options: { previous?: Plan }) =>
      byUid(readWithIcalJs(toCancelCalendar(withoutGym, diff, { now: NOW, ...options })).events);
    // Without previous the new version knows nothing of the gym's adjustments: at least 1, as before.
    expect(cancel({}).get("gym@2026-11-11")?.sequence).toBe(1);
    const events = cancel({ previous: shiftedTwice });
    expect(events.get("gym@2026-11-11")).toMatchObject({ sequence: 3, status: "CANCELLED" });
    expect(events.get("gym@2026-11-04")).toMatchObject({ sequence: 1, status: "CANCELLED" });
  });
});
