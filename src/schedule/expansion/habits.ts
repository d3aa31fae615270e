/** The habits of an expansion: by their recurrence, or before each run the sessions left. */
import { MS_PER_DAY, MS_PER_MINUTE, parseInstant, parseLocalTime } from "../../calendar/civilDate.js";
import { expandRecurrence } from "../../calendar/rrule/expandRecurrence.js";
import { formatInstant, localDayOf } from "../../calendar/zone.js";
import type { Habit } from "../../model/habit.js";
import { phaseOfWeek } from "../../model/planDates.js";
import type { HabitOccurrence, SessionOccurrence } from "../types.js";
import { recurrenceOf, type Expansion } from "./context.js";

/**
 * The occurrences of the plan's habits, habit by habit: before each run of `sessions`, or on the days of the habit's
 * recurrence over the whole plan, each counted against the occurrence limit.
 */
export function expandHabits(expansion: Expansion, sessions: readonly SessionOccurrence[]): HabitOccurrence[] {
  const { plan } = expansion;
  const occurrences: HabitOccurrence[] = [];
  const runs = sessions.filter((item) => item.kind === "run");
  const phaseIds = new Map<number, string>();
  const phaseIdOf = (week: number) => {
    let id = phaseIds.get(week);
    if (id === undefined) {
      // Weeks past the last phase (pushed out by shifts and pauses) read as the last phase's.
      id = phaseOfWeek(plan, week)?.phase.id ?? plan.phases.at(-1)?.id ?? "";
      phaseIds.set(week, id);
    }
    return id;
  };
  (plan.habits ?? []).forEach((habit, habitIndex) => {
    if (habit.when === "before-each-run") {
      for (const run of runs) {
        expansion.count();
        occurrences.push(beforeRun(expansion, habit, run));
      }
      return;
    }
    const minuteOfDay = habit.time === undefined ? undefined : parseLocalTime(habit.time);
    expandRecurrence(recurrenceOf(habit, `habits[${String(habitIndex)}].repeat`), {
      firstDay: expansion.firstDay,
      lastDay: expansion.lastDay,
      minuteOfDay: minuteOfDay ?? 0,
      zone: expansion.zone,
      onDay: (plannedDay) => {
        occurrences.push(onHabitDay(expansion, habit, plannedDay, minuteOfDay, phaseIdOf));
        return expansion.count();
      },
    });
  });
  return occurrences;
}

/** A habit's occurrence on one day of its recurrence, at its time in the zone of that day when it has one. */
function onHabitDay(
  expansion: Expansion,
  habit: Habit,
  plannedDay: number,
  minuteOfDay: number | undefined,
  phaseIdOf: (week: number) => string,
): HabitOccurrence {
  const { plan, dateOf, weekOf } = expansion;
  const plannedDate = dateOf(plannedDay);
  const timezone = expansion.zoneNameOf(plannedDay);
  const instant =
    minuteOfDay === undefined
      ? undefined
      : expansion.converterOf(timezone).toInstant(plannedDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE);
  if (instant !== undefined && timezone !== plan.timezone)
    expansion.timezones.set(`${habit.id}@${plannedDate}`, timezone);
  // As for sessions: a time pushed into the next day by a gap takes that day as `date`, the planned one as `originalDate`.
  const day = instant === undefined ? plannedDay : localDayOf(instant);
  const week = weekOf(day);
  const start = instant === undefined ? undefined : formatInstant(instant, dateOf);
  if (instant !== undefined && start !== undefined) expansion.startMs.set(start, instant.ms);
  return {
    id: `${habit.id}@${plannedDate}`,
    sessionId: habit.id,
    kind: "habit",
    habit,
    date: dateOf(day),
    ...(day === plannedDay ? {} : { originalDate: plannedDate }),
    allDay: start === undefined,
    ...(start === undefined ? {} : { start, end: start }),
    week,
    phase: phaseIdOf(week),
  };
}

/** A habit before a run: `hoursBefore` before a timed run (an instant, possibly the evening before), else all-day. */
function beforeRun(expansion: Expansion, habit: Habit, run: SessionOccurrence): HabitOccurrence {
  const hoursBefore = habit.category === "hydration" ? habit.hoursBefore : undefined;
  let start: string | undefined;
  if (run.start !== undefined && hoursBefore !== undefined) {
    const ms = (expansion.startMs.get(run.start) ?? parseInstant(run.start)) - hoursBefore * 60 * MS_PER_MINUTE;
    const timezone = expansion.timezones.get(run.id) ?? expansion.plan.timezone;
    start = formatInstant({ ms, offsetSeconds: expansion.converterOf(timezone).offsetAt(ms) }, expansion.dateOf);
    expansion.startMs.set(start, ms);
    if (timezone !== expansion.plan.timezone) expansion.timezones.set(`${habit.id}@${run.id}`, timezone);
  }
  return habitBeforeRun(habit, run, start);
}

/**
 * The occurrence of a habit before a run (`when: "before-each-run"`): its id, day, week and phase are the run's, and
 * it starts at `start` (an instant with its offset) or is all-day. The expansion and the iCalendar export (for the
 * habits before cancelled runs) build it the same way.
 */
export function habitBeforeRun(habit: Habit, run: SessionOccurrence, start: string | undefined): HabitOccurrence {
  return {
    id: `${habit.id}@${run.id}`,
    sessionId: habit.id,
    kind: "habit",
    habit,
    date: run.date,
    allDay: start === undefined,
    ...(start === undefined ? {} : { start, end: start }),
    week: run.week,
    phase: run.phase,
    runOccurrenceId: run.id,
  };
}
