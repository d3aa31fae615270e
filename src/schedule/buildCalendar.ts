import { addDays, dateToDays, daysToDate, weekdayOf } from "../calendar/civilDate.js";
import type { Plan } from "../model/plan.js";
import { progressionMultiplier } from "../model/progression.js";
import { phaseStartDates, phaseType, planWeeks } from "../model/planDates.js";
import { expandPlan, type ExpandPlanOptions } from "./expandPlan.js";
import type { Calendar, CalendarDay, CalendarWeek, Occurrence } from "./types.js";

/** Options of {@link buildCalendar}: those of {@link expandPlan} but the date window (a calendar is the whole plan). */
export type BuildCalendarOptions = Omit<ExpandPlanOptions, "from" | "to">;

/**
 * Expands a plan once and groups its occurrences into weeks of 7 days from the start date, every day present, each
 * week with its phase and progression multiplier. This is the structure that rules, metrics, the CLI and export read.
 *
 * @param plan - A parsed plan.
 * @param options - Whether to include habits, and the occurrence limit.
 * @returns The calendar.
 * @throws {@link OffseasonError} as {@link expandPlan} does.
 * @example
 * ```ts
 * import { buildCalendar, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "Europe/Berlin", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "SA"] },
 *   ] }],
 * });
 * const calendar = buildCalendar(plan);
 * calendar.weeks.length; //=> 2
 * calendar.weeks[0]?.days[1]?.occurrences[0]?.id; //=> "easy@2026-11-03"
 * ```
 */
export function buildCalendar(plan: Plan, options: BuildCalendarOptions = {}): Calendar {
  const occurrences = expandPlan(plan, options);
  const firstDay = dateToDays(plan.startDate);
  const weekCount = planWeeks(plan);
  const perDay = occurrencesByDay(occurrences, firstDay, weekCount * 7);
  const weeks: CalendarWeek[] = [];
  const phaseStarts = phaseStartDates(plan);
  plan.phases.forEach((phase, phaseIndex) => {
    const phaseFirstDay = dateToDays(phaseStarts[phaseIndex] ?? plan.startDate);
    for (let weekInPhase = 1; weekInPhase <= phase.weeks; weekInPhase += 1) {
      const weekFirstDay = phaseFirstDay + (weekInPhase - 1) * 7;
      const days: CalendarDay[] = [];
      for (let offset = 0; offset < 7; offset += 1) {
        const date = daysToDate(weekFirstDay + offset);
        days.push({ date, weekday: weekdayOf(date), occurrences: perDay[weekFirstDay + offset - firstDay] ?? [] });
      }
      weeks.push({
        index: weeks.length + 1,
        phase: phase.id,
        phaseType: phaseType(phase),
        weekInPhase,
        multiplier: progressionMultiplier(phase, weekInPhase),
        startDate: daysToDate(weekFirstDay),
        endDate: daysToDate(weekFirstDay + 6),
        days,
      });
    }
  });
  // Weeks that shifts and pauses add past the last phase read as more weeks of it, at no progression (multiplier 1):
  // their sessions carry the multiplier of the week they were planned in.
  const last = plan.phases.at(-1);
  for (let weekFirstDay = firstDay + weeks.length * 7; weeks.length < weekCount; weekFirstDay += 7) {
    const days: CalendarDay[] = [];
    for (let offset = 0; offset < 7; offset += 1) {
      const date = daysToDate(weekFirstDay + offset);
      days.push({ date, weekday: weekdayOf(date), occurrences: perDay[weekFirstDay + offset - firstDay] ?? [] });
    }
    const previous = weeks.at(-1);
    weeks.push({
      index: weeks.length + 1,
      phase: last?.id ?? "",
      phaseType: last ? phaseType(last) : "base",
      weekInPhase: (previous?.weekInPhase ?? 0) + 1,
      multiplier: 1,
      startDate: daysToDate(weekFirstDay),
      endDate: daysToDate(weekFirstDay + 6),
      days,
    });
  }
  const lastWeek = withDaysPastTheEnd(weeks, occurrences, firstDay + weekCount * 7);
  if (lastWeek !== undefined) weeks[weeks.length - 1] = lastWeek;
  return {
    plan,
    timezone: plan.timezone,
    startDate: plan.startDate,
    endDate: lastWeek?.endDate ?? addDays(plan.startDate, weekCount * 7 - 1),
    weeks,
    occurrences,
  };
}

/** The occurrences of each day of the plan, by day number from the start. */
function occurrencesByDay(occurrences: readonly Occurrence[], firstDay: number, dayCount: number): Occurrence[][] {
  const perDay: Occurrence[][] = Array.from({ length: dayCount }, () => []);
  // Sorted by date, so most occurrences share the previous one's date: its day number is parsed once per date.
  let lastDate = "";
  let lastIndex = -1;
  for (const occurrence of occurrences) {
    if (occurrence.date !== lastDate) {
      lastDate = occurrence.date;
      lastIndex = dateToDays(lastDate) - firstDay;
    }
    perDay[lastIndex]?.push(occurrence);
  }
  return perDay;
}

/**
 * A session that a DST gap pushes over midnight on the plan's last evening (or a skipped day, as Samoa's 2011-12-30)
 * lands on the day after the plan. It still happens, so it counts in the last week, which then runs to that day, as
 * adherence and fitness count it: its minutes and load are in the week's totals and the daily series. Undefined when
 * no occurrence lies past the end (nearly always).
 */
function withDaysPastTheEnd(
  weeks: readonly CalendarWeek[],
  occurrences: readonly Occurrence[],
  dayAfterPlan: number,
): CalendarWeek | undefined {
  const last = weeks.at(-1);
  // The occurrences are sorted by date: the last one is the latest day.
  const latest = occurrences.at(-1);
  const lastDay = latest === undefined ? 0 : dateToDays(latest.date);
  if (last === undefined || lastDay < dayAfterPlan) return undefined;
  const extra: CalendarDay[] = [];
  for (let day = dayAfterPlan; day <= lastDay; day += 1) {
    const date = daysToDate(day);
    extra.push({ date, weekday: weekdayOf(date), occurrences: occurrences.filter((o) => o.date === date) });
  }
  return { ...last, endDate: daysToDate(lastDay), days: [...last.days, ...extra] };
}
