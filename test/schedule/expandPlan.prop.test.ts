import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateToDays, weekdayOf } from "../../src/calendar/civilDate.js";
import { expandPlan, parsePlan, type Occurrence, type SessionOccurrence } from "../../src/index.js";
import { planArb } from "../arbitraries/plan.js";

const isSession = (occurrence: Occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit";

/** Minutes after midnight of the local wall time of an ISO instant with offset (`...T07:30:00-05:00`). */
const localMinutes = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
const offsetMinutes = (iso: string) => {
  const sign = iso.at(-6) === "-" ? -1 : 1;
  return sign * (Number(iso.slice(-5, -3)) * 60 + Number(iso.slice(-2)));
};

function offsetAt(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(new Date(ms));
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

describe("expandPlan, for any valid plan", () => {
  const plans = planArb({ maxPhases: 3, maxWeeksPerPhase: 10, maxSessions: 5 }).map((json) => parsePlan(json));

  it("keeps the session's wall time, except in a spring-forward gap where it moves forward by the gap", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        for (const occurrence of expandPlan(plan).filter(isSession)) {
          const time = occurrence.session.time;
          if (time === undefined || occurrence.start === undefined) continue;
          const planned = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
          const actual = localMinutes(occurrence.start);
          if (actual === planned) {
            expect(occurrence.start.slice(0, 10)).toBe(occurrence.date);
            continue;
          }
          // In a gap: the offset before the instant was smaller, and the shift is exactly the jump.
          const instant = Date.parse(occurrence.start);
          const before = offsetAt(plan.timezone, instant - 3 * 3_600_000);
          const shift = (actual - planned + 1440) % 1440;
          expect(shift).toBe(offsetMinutes(occurrence.start) - before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("puts `on` sessions on their weekdays, each weekday once a week of their phase, inside the phase", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const occurrences = expandPlan(plan, { includeHabits: false }).filter(isSession);
        let phaseStartDay = dateToDays(plan.startDate);
        for (const phase of plan.phases) {
          const phaseEndDay = phaseStartDay + phase.weeks * 7 - 1;
          for (const session of phase.sessions) {
            const mine = occurrences.filter((item) => item.sessionId === session.id);
            for (const item of mine) {
              const day = dateToDays(item.date);
              expect(day >= phaseStartDay && day <= phaseEndDay).toBe(true);
              expect(item.phase).toBe(phase.id);
            }
            if (session.on) {
              expect(mine).toHaveLength(session.on.length * phase.weeks);
              for (const item of mine) expect(session.on).toContain(weekdayOf(item.date));
            }
          }
          phaseStartDay = phaseEndDay + 1;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives unique ids, sorted output, weeks that match the dates, and the same output twice", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const occurrences = expandPlan(plan);
        const ids = occurrences.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        const firstDay = dateToDays(plan.startDate);
        for (const [index, item] of occurrences.entries()) {
          expect(item.week).toBe(Math.floor((dateToDays(item.date) - firstDay) / 7) + 1);
          const previous = occurrences[index - 1];
          if (previous) expect(previous.date <= item.date).toBe(true);
        }
        expect(JSON.stringify(expandPlan(plan))).toBe(JSON.stringify(occurrences));
      }),
      { numRuns: 100 },
    );
  });
});
