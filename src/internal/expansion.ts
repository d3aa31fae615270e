/**
 * The expansion engine behind {@link expandPlan} and the iCalendar export: sessions by their recurrences, the plan's
 * exceptions, then habits, with instants from one zone converter per plan. Internal: nothing outside src/ imports it.
 */
import { dateToDays, daysToDate, MS_PER_DAY, MS_PER_MINUTE, parseInstant, parseLocalTime } from "./dates.js";
import { parseRecurrence, type Recurrence } from "./recurrence.js";
import { resolveSession, takesPlace } from "./resolveSession.js";
import { createZoneConverter, formatInstant, localDayOf, type ZoneConverter } from "./zone.js";
import { OffseasonError, type OffseasonIssue } from "../model/errors.js";
import type { Habit } from "../model/habit.js";
import { intensityOf } from "../model/intensity.js";
import type { Weekday } from "../model/weekdays.js";
import { resolveLimits } from "../model/limits.js";
import type { Plan } from "../model/plan.js";
import { phaseOfWeek, phaseStartDates, planWeeks } from "../model/planDates.js";
import type { Session } from "../model/session.js";
import type { ExpandPlanOptions } from "../schedule/expandPlan.js";
import { expandRecurrence } from "../schedule/recurrenceDays.js";
import type { HabitOccurrence, Occurrence, SessionOccurrence } from "../schedule/types.js";

/** A session occurrence before exceptions: where it was planned and where it will take place. */
interface Planned {
  readonly session: Session;
  readonly phaseIndex: number;
  /** The 0-based week of its phase it was planned in, for per-week values. */
  readonly weekIndex: number;
  readonly originalDay: number;
  readonly minuteOfDay: number | undefined;
  day: number;
  claimedBy: number | undefined;
  skipped: boolean;
}

/** What the expansion of one plan shares: its days, weeks, zone and the running occurrence count. */
interface Expansion {
  readonly plan: Plan;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly dateOf: (day: number) => string;
  readonly weekOf: (day: number) => number;
  readonly zone: () => ZoneConverter;
  readonly count: () => boolean;
  /** The instant (ms) of each start text written, so that sorting and habits before a run never parse text back. */
  readonly startMs: Map<string, number>;
}

/** Reads the recurrence of a session or habit: `on` is sugar for a weekly rule. */
function recurrenceOf(item: { readonly on?: readonly Weekday[]; readonly repeat?: string }, path: string): Recurrence {
  if (item.on) return { freq: "WEEKLY", interval: 1, byDay: item.on.map((weekday) => ({ weekday })) };
  const result = parseRecurrence(item.repeat ?? "");
  if (!result.ok) {
    throw new OffseasonError("invalid", "Invalid plan", [
      { path, message: `invalid RRULE: ${result.message}`, code: "rrule" },
    ]);
  }
  return result.value;
}

function createExpansion(plan: Plan, maxOccurrences: number): Expansion {
  const firstDay = dateToDays(plan.startDate);
  const lastDay = firstDay + planWeeks(plan) * 7 - 1;
  const dates: string[] = [];
  let zone: ZoneConverter | undefined;
  let produced = 0;
  return {
    plan,
    startMs: new Map(),
    firstDay,
    lastDay,
    dateOf(day) {
      const index = day - firstDay;
      if (index < 0 || index > lastDay - firstDay) return daysToDate(day);
      return (dates[index] ??= daysToDate(day));
    },
    weekOf: (day) => Math.floor((day - firstDay) / 7) + 1,
    zone: () => (zone ??= createZoneConverter(plan.timezone, firstDay, lastDay)),
    count() {
      produced += 1;
      if (produced > maxOccurrences) {
        throw new OffseasonError("limit", "Plan too large", [
          {
            path: "",
            pathSegments: [],
            message: `the plan expands to more than ${String(maxOccurrences)} occurrences, the limit of one expansion`,
            code: "limit",
          },
        ]);
      }
      return true;
    },
  };
}

/**
 * Expands a plan as {@link expandPlan} does, also returning the zone converter it used (read once per plan), for the
 * iCalendar export's VTIMEZONE.
 */
export function expandPlanInZone(
  plan: Plan,
  options: ExpandPlanOptions = {},
): { readonly occurrences: readonly Occurrence[]; readonly zone: () => ZoneConverter } {
  const { includeHabits = true, from, to } = options;
  const { maxOccurrences } = resolveLimits({ maxOccurrences: options.maxOccurrences }, "");
  const expansion = createExpansion(plan, maxOccurrences);
  const planned = planSessions(expansion);
  applyExceptions(plan, planned);
  const sessions = placeSessions(expansion, planned);
  const all: Occurrence[] = includeHabits ? [...sessions, ...expandHabits(expansion, sessions)] : sessions;
  const inWindow =
    from === undefined && to === undefined
      ? all
      : all.filter((item) => (from === undefined || item.date >= from) && (to === undefined || item.date <= to));
  return { occurrences: sortOccurrences(expansion, inWindow), zone: expansion.zone };
}

function planSessions(expansion: Expansion): Planned[] {
  const planned: Planned[] = [];
  const phaseStarts = phaseStartDates(expansion.plan);
  expansion.plan.phases.forEach((phase, phaseIndex) => {
    const phaseFirstDay = dateToDays(phaseStarts[phaseIndex] ?? expansion.plan.startDate);
    const phaseLastDay = phaseFirstDay + phase.weeks * 7 - 1;
    phase.sessions.forEach((session, sessionIndex) => {
      const minuteOfDay = session.time === undefined ? undefined : parseLocalTime(session.time);
      const onDay = (day: number) => {
        const weekIndex = Math.floor((day - phaseFirstDay) / 7);
        if (!takesPlace(session, weekIndex)) return true;
        planned.push({
          session,
          phaseIndex,
          weekIndex,
          originalDay: day,
          minuteOfDay,
          day,
          claimedBy: undefined,
          skipped: false,
        });
        return expansion.count();
      };
      if (session.date !== undefined) {
        const day = dateToDays(session.date);
        if (day >= phaseFirstDay && day <= phaseLastDay) onDay(day);
        return;
      }
      const path = `phases[${String(phaseIndex)}].sessions[${String(sessionIndex)}].repeat`;
      expandRecurrence(recurrenceOf(session, path), {
        firstDay: phaseFirstDay,
        lastDay: phaseLastDay,
        minuteOfDay: minuteOfDay ?? 0,
        zone: expansion.zone,
        onDay,
      });
    });
  });
  return planned;
}

/** Applies skips and moves; every exception must match an occurrence that no earlier exception took. */
function applyExceptions(plan: Plan, planned: readonly Planned[]): void {
  const exceptions = plan.exceptions ?? [];
  if (exceptions.length === 0) return;
  const byKey = new Map<string, Planned>();
  const byDay = new Map<number, Planned[]>();
  for (const item of planned) {
    byKey.set(`${item.session.id}@${String(item.originalDay)}`, item);
    const list = byDay.get(item.originalDay);
    if (list) list.push(item);
    else byDay.set(item.originalDay, [item]);
  }
  const issues: OffseasonIssue[] = [];
  exceptions.forEach((exception, index) => {
    const path = `exceptions[${String(index)}]`;
    const day = dateToDays(exception.date);
    const one = exception.sessionId === undefined ? undefined : byKey.get(`${exception.sessionId}@${String(day)}`);
    const targets = exception.sessionId === undefined ? (byDay.get(day) ?? []) : one ? [one] : [];
    if (targets.length === 0) {
      const what =
        exception.sessionId === undefined ? "no session is planned" : `session "${exception.sessionId}" is not planned`;
      issues.push({
        path,
        pathSegments: ["exceptions", index],
        message: `${what} on ${exception.date}, so this ${exception.action} matches nothing`,
        code: "exception",
      });
      return;
    }
    const taken = targets.find((item) => item.claimedBy !== undefined);
    if (taken?.claimedBy !== undefined) {
      issues.push({
        path,
        pathSegments: ["exceptions", index],
        message: `exceptions[${String(taken.claimedBy)}] already changes "${taken.session.id}" on ${exception.date}`,
        code: "exception",
      });
      return;
    }
    for (const item of targets) {
      item.claimedBy = index;
      if (exception.action === "skip") item.skipped = true;
      else item.day = dateToDays(exception.to);
    }
  });
  if (issues.length > 0) throw new OffseasonError("exception", "Plan exceptions that match no occurrence", issues);
}

/**
 * Dates, weeks, progression and instants of the session occurrences that remain after the exceptions. A wall time
 * that does not exist moves forward by the gap (RFC 5545 3.3.5); when that carries it into the next local day (a gap
 * over midnight, a skipped day), `date` becomes the day of `start`, the planned day stays as `originalDate` and in
 * the id, and the week follows `date`.
 */
function placeSessions(expansion: Expansion, planned: readonly Planned[]): SessionOccurrence[] {
  const { plan, dateOf, weekOf } = expansion;
  const multipliers = new Map<number, number>();
  const multiplierOf = (week: number) => {
    let multiplier = multipliers.get(week);
    if (multiplier === undefined) {
      multiplier = phaseOfWeek(plan, week)?.multiplier ?? 1;
      multipliers.set(week, multiplier);
    }
    return multiplier;
  };
  const occurrences: SessionOccurrence[] = [];
  for (const item of planned) {
    if (item.skipped) continue;
    // A one-off session (a race, a time trial) is what it says: progression scales only recurring runs.
    const multiplier =
      item.session.kind === "run" && item.session.date === undefined ? multiplierOf(weekOf(item.originalDay)) : 1;
    const resolved = resolveSession(item.session, item.weekIndex, multiplier, plan.paces);
    const { session } = resolved;
    const originalDate = dateOf(item.originalDay);
    let day = item.day;
    let timing: Pick<SessionOccurrence, "start" | "end"> = {};
    if (item.minuteOfDay !== undefined) {
      const zone = expansion.zone();
      const instant = zone.toInstant(item.day * MS_PER_DAY + item.minuteOfDay * MS_PER_MINUTE);
      const endMs = instant.ms + session.minutes * MS_PER_MINUTE;
      const start = formatInstant(instant, dateOf);
      day = localDayOf(instant);
      timing = { start, end: formatInstant({ ms: endMs, offsetSeconds: zone.offsetAt(endMs) }, dateOf) };
      expansion.startMs.set(start, instant.ms);
    }
    const moved = day !== item.originalDay;
    const occurrence = {
      id: `${session.id}@${originalDate}`,
      sessionId: session.id,
      kind: session.kind,
      date: moved ? dateOf(day) : originalDate,
      ...(moved ? { originalDate } : {}),
      allDay: timing.start === undefined,
      ...timing,
      week: weekOf(day),
      phase: plan.phases[item.phaseIndex]?.id ?? "",
      session,
      multiplier,
      ...(resolved.ranges === undefined ? {} : { ranges: resolved.ranges }),
      ...(resolved.estimated === undefined ? {} : { estimated: resolved.estimated }),
    } as SessionOccurrence; // kind is session.kind: one member of the union, whichever kind it is
    if (session.kind === "run" || session.kind === "cross") {
      // Not enumerable: the JSON of every plan written before `intensity` existed stays byte for byte the same.
      Object.defineProperty(occurrence, "intensity", { value: intensityOf(session, plan), enumerable: false });
    }
    occurrences.push(occurrence);
  }
  return occurrences;
}

function expandHabits(expansion: Expansion, sessions: readonly SessionOccurrence[]): HabitOccurrence[] {
  const { plan, dateOf, weekOf } = expansion;
  const occurrences: HabitOccurrence[] = [];
  const runs = sessions.filter((item) => item.kind === "run");
  const phaseIds = new Map<number, string>();
  const phaseIdOf = (week: number) => {
    let id = phaseIds.get(week);
    if (id === undefined) {
      id = phaseOfWeek(plan, week)?.phase.id ?? "";
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
        const plannedDate = dateOf(plannedDay);
        const instant =
          minuteOfDay === undefined
            ? undefined
            : expansion.zone().toInstant(plannedDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE);
        // As for sessions: a time pushed into the next day by a gap takes that day as `date`, the planned one as `originalDate`.
        const day = instant === undefined ? plannedDay : localDayOf(instant);
        const week = weekOf(day);
        const start = instant === undefined ? undefined : formatInstant(instant, dateOf);
        if (instant !== undefined && start !== undefined) expansion.startMs.set(start, instant.ms);
        occurrences.push({
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
        });
        return expansion.count();
      },
    });
  });
  return occurrences;
}

/** A habit before a run: `hoursBefore` before a timed run (an instant, possibly the evening before), else all-day. */
function beforeRun(expansion: Expansion, habit: Habit, run: SessionOccurrence): HabitOccurrence {
  const hoursBefore = habit.category === "hydration" ? habit.hoursBefore : undefined;
  let start: string | undefined;
  if (run.start !== undefined && hoursBefore !== undefined) {
    const ms = (expansion.startMs.get(run.start) ?? parseInstant(run.start)) - hoursBefore * 60 * MS_PER_MINUTE;
    start = formatInstant({ ms, offsetSeconds: expansion.zone().offsetAt(ms) }, expansion.dateOf);
    expansion.startMs.set(start, ms);
  }
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

/** Sorts by date, then all-day first, then start instant, then session id, then id; keys are computed once. */
function sortOccurrences(expansion: Expansion, occurrences: Occurrence[]): Occurrence[] {
  const keyed = occurrences.map((occurrence) => ({
    occurrence,
    timed: occurrence.allDay ? 0 : 1,
    startMs:
      occurrence.start === undefined ? 0 : (expansion.startMs.get(occurrence.start) ?? parseInstant(occurrence.start)),
  }));
  keyed.sort((a, b) => {
    const x = a.occurrence;
    const y = b.occurrence;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    if (a.timed !== b.timed) return a.timed - b.timed;
    if (a.startMs !== b.startMs) return a.startMs - b.startMs;
    if (x.sessionId !== y.sessionId) return x.sessionId < y.sessionId ? -1 : 1;
    return x.id < y.id ? -1 : 1; // ids are unique
  });
  return keyed.map((entry) => entry.occurrence);
}
