/** The first step of an expansion: every session of every phase on the days its recurrence or date gives. */
import { dateToDays, parseLocalTime } from "../../calendar/civilDate.js";
import { expandRecurrence } from "../../calendar/rrule/expandRecurrence.js";
import { phaseStartDates } from "../../model/planDates.js";
import { recurrenceOf, type Expansion, type Planned } from "./context.js";
import { flexibleDays } from "./flexibleDays.js";
import { takesPlace } from "./resolveSession.js";

/**
 * Lists the session occurrences of a plan before exceptions, phase by phase and session by session, counting each
 * against the expansion's occurrence limit as it is produced.
 */
export function planSessions(expansion: Expansion): Planned[] {
  const planned: Planned[] = [];
  const phaseStarts = phaseStartDates(expansion.plan);
  const spreads = new Map<string, readonly number[]>();
  expansion.plan.phases.forEach((phase, phaseIndex) => {
    const phaseFirstDay = dateToDays(phaseStarts[phaseIndex] ?? expansion.plan.startDate);
    const phaseLastDay = phaseFirstDay + phase.weeks * 7 - 1;
    phase.sessions.forEach((session, sessionIndex) => {
      const minuteOfDay = session.time === undefined ? undefined : parseLocalTime(session.time);
      const candidates: number[] = [];
      const onDay = (day: number, flexible?: { readonly optional: boolean }) => {
        const weekIndex = Math.floor((day - phaseFirstDay) / 7);
        if (!takesPlace(session, weekIndex)) return true;
        // One literal of one shape, no spread: this runs once per occurrence.
        const item: Planned = {
          session,
          phaseIndex,
          weekIndex,
          originalDay: day,
          minuteOfDay,
          day,
          claimedBy: undefined,
          skipped: false,
          revisions: 0,
          flexible,
        };
        planned.push(item);
        return expansion.count();
      };
      if (session.date !== undefined) {
        const day = dateToDays(session.date);
        if (day >= phaseFirstDay && day <= phaseLastDay) onDay(day);
        return;
      }
      const path = `phases[${String(phaseIndex)}].sessions[${String(sessionIndex)}].repeat`;
      const flexible = session.timesPerWeek !== undefined;
      expandRecurrence(recurrenceOf(session, path), {
        firstDay: phaseFirstDay,
        lastDay: phaseLastDay,
        minuteOfDay: minuteOfDay ?? 0,
        zone: expansion.zone,
        onDay: flexible ? (day) => candidates.push(day) > 0 : onDay,
      });
      // Flexible days: the candidate days of each week, then the ones the session takes place on (flexibleDays.ts).
      for (let week = 0; flexible && week < phase.weeks; week += 1) {
        const first = phaseFirstDay + week * 7;
        const inWeek = candidates.filter((day) => day >= first && day < first + 7);
        for (const chosen of flexibleDays(session, week, first, inWeek, spreads))
          onDay(chosen.day, { optional: chosen.optional });
      }
    });
  });
  return planned;
}
