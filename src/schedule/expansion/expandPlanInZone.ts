/**
 * The expansion engine behind {@link expandPlan} and the iCalendar export: sessions by their recurrences, the plan's
 * exceptions, then habits, with instants from one zone converter per plan. Internal: nothing outside src/ imports it.
 */
import {
  dateToDays,
  daysToDate,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseInstant,
  parseLocalTime,
} from "../../calendar/civilDate.js";
import { parseRecurrence, type Recurrence } from "../../calendar/rrule/parseRecurrence.js";
import { resolveSession, takesPlace } from "./resolveSession.js";
import { createZoneConverter, formatInstant, localDayOf, type ZoneConverter } from "../../calendar/zone.js";
import { OffseasonError, type OffseasonIssue } from "../../model/errors.js";
import type { Habit } from "../../model/habit.js";
import { intensityOf } from "../../model/intensity.js";
import type { Weekday } from "../../calendar/weekdays.js";
import { DEFAULT_LIMITS, resolveLimits } from "../../model/limits.js";
import type { Plan, PlanException } from "../../model/plan.js";
import { phaseOfWeek, phaseStartDates, planWeeks } from "../../model/planDates.js";
import type { Session } from "../../model/session.js";
import { expandRecurrence } from "../../calendar/rrule/expandRecurrence.js";
import type { ExpandPlanOptions, HabitOccurrence, Occurrence, SessionOccurrence } from "../types.js";

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
  /** How many exceptions changed its date, time or status. */
  revisions: number;
}

/** What the expansion of one plan shares: its days, weeks, zone and the running occurrence count. */
interface Expansion {
  readonly plan: Plan;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly dateOf: (day: number) => string;
  readonly weekOf: (day: number) => number;
  readonly zone: () => ZoneConverter;
  /** The time zone of a local day: the last trip's that covers it, else the plan's. */
  readonly zoneNameOf: (day: number) => string;
  /** The converter of a zone the plan uses (its own or a trip's). */
  readonly converterOf: (timezone: string) => ZoneConverter;
  /** The trips of the plan's travel exceptions, later ones first; set once the exceptions are applied. */
  trips: readonly Trip[];
  /** The zone of each occurrence that is not in the plan's, by id. */
  readonly timezones: Map<string, string>;
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
  const converters = new Map<string, ZoneConverter>();
  const converterOf = (timezone: string) => {
    let converter = converters.get(timezone);
    if (!converter) {
      converter = createZoneConverter(timezone, firstDay, lastDay);
      converters.set(timezone, converter);
    }
    return converter;
  };
  let produced = 0;
  const expansion: Expansion = {
    plan,
    startMs: new Map(),
    trips: [],
    timezones: new Map(),
    converterOf,
    zoneNameOf: (day) =>
      expansion.trips.find((trip) => day >= trip.firstDay && day <= trip.lastDay)?.timezone ?? plan.timezone,
    firstDay,
    lastDay,
    dateOf(day) {
      const index = day - firstDay;
      if (index < 0 || index > lastDay - firstDay) return daysToDate(day);
      return (dates[index] ??= daysToDate(day));
    },
    weekOf: (day) => Math.floor((day - firstDay) / 7) + 1,
    zone: () => converterOf(plan.timezone),
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
  return expansion;
}

/** Options of {@link expandPlanInZone}: those of {@link expandPlan}, and whether to return the cancelled occurrences. */
export interface ExpansionOptions extends ExpandPlanOptions {
  /** Also return the session occurrences that skips and dropping pauses cancelled; default false. */
  readonly cancelled?: boolean;
}

/** What {@link expandPlanInZone} returns. */
export interface ExpansionResult {
  /** The occurrences, as {@link expandPlan} returns them. */
  readonly occurrences: readonly Occurrence[];
  /**
   * With `cancelled: true`, the session occurrences that a skip or a dropping pause cancelled, on the date they had
   * when cancelled, with their ids, sorted like the occurrences; otherwise empty.
   */
  readonly cancelled: readonly SessionOccurrence[];
  /**
   * The number of exceptions that changed each occurrence's date, time or status, by id (absent: 0): a habit before a
   * run counts its run's, a timed habit the trips over its day.
   */
  readonly revisions: ReadonlyMap<string, number>;
  /** The zone converter of the plan's time zone (read once per plan). */
  readonly zone: () => ZoneConverter;
  /** The time zone of an occurrence (the plan's unless a trip put it elsewhere), by id. */
  readonly timezoneOf: (id: string) => string;
  /** The converter of a zone that {@link timezoneOf} returns. */
  readonly converterOf: (timezone: string) => ZoneConverter;
}

/**
 * Expands a plan as {@link expandPlan} does, also returning what the iCalendar export and adherence read: the zone
 * converters it used (read once per zone), each occurrence's zone, revisions per occurrence, and on request the
 * occurrences that exceptions cancelled.
 */
export function expandPlanInZone(plan: Plan, options: ExpansionOptions = {}): ExpansionResult {
  const { includeHabits = true, from, to } = options;
  const { maxOccurrences } = resolveLimits({ maxOccurrences: options.maxOccurrences }, "");
  const weeks = planWeeks(plan);
  if (weeks > DEFAULT_LIMITS.maxWeeks) {
    // The phases were held to the limit when the plan was parsed; the weeks that adjustments add are counted here.
    throw new OffseasonError("limit", "Plan too long", [
      {
        path: "exceptions",
        pathSegments: ["exceptions"],
        message: `the phases and the weeks that shifts, pauses and rest days add make ${String(weeks)} weeks; the limit is ${String(DEFAULT_LIMITS.maxWeeks)}`,
        code: "limit",
      },
    ]);
  }
  const expansion = createExpansion(plan, maxOccurrences);
  const planned = planSessions(expansion);
  expansion.trips = applyExceptions(expansion, planned);
  const sessions = placeSessions(
    expansion,
    planned.filter((item) => !item.skipped),
  );
  const all: Occurrence[] = includeHabits ? [...sessions, ...expandHabits(expansion, sessions)] : sessions;
  const window = <T extends Occurrence>(items: T[]): T[] =>
    from === undefined && to === undefined
      ? items
      : items.filter((item) => (from === undefined || item.date >= from) && (to === undefined || item.date <= to));
  const cancelled =
    options.cancelled === true
      ? placeSessions(
          expansion,
          planned.filter((item) => item.skipped),
        )
      : [];
  const revisions = new Map<string, number>();
  for (const item of planned) {
    if (item.revisions > 0) revisions.set(`${item.session.id}@${expansion.dateOf(item.originalDay)}`, item.revisions);
  }
  // A habit before a run changes with the run; a timed habit on a trip's day changes with each trip over that day.
  for (const occurrence of all) {
    if (occurrence.kind !== "habit") continue;
    const day = dateToDays(occurrence.originalDate ?? occurrence.date);
    const count =
      occurrence.runOccurrenceId !== undefined
        ? (revisions.get(occurrence.runOccurrenceId) ?? 0)
        : occurrence.start === undefined
          ? 0
          : expansion.trips.filter((trip) => day >= trip.firstDay && day <= trip.lastDay).length;
    if (count > 0) revisions.set(occurrence.id, count);
  }
  return {
    occurrences: sortOccurrences(expansion, window(all)),
    cancelled: sortOccurrences(expansion, window(cancelled)),
    revisions,
    zone: expansion.zone,
    timezoneOf: (id) => expansion.timezones.get(id) ?? plan.timezone,
    converterOf: expansion.converterOf,
  };
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
          revisions: 0,
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

/** Days spent in another time zone: sessions on them keep their wall times there. */
interface Trip {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly timezone: string;
}

/**
 * Applies the exceptions in order. Skips and moves name an occurrence by its planned date, and no two of them may
 * change the same one; adjustments (shift, pause, rest, swap, travel) act on the dates occurrences have by then.
 * Each one must match an occurrence; each counts, on every occurrence whose date, time or status it changes, one
 * revision (the iCalendar SEQUENCE). Returns the trips, later ones first.
 */
function applyExceptions(expansion: Expansion, planned: readonly Planned[]): Trip[] {
  const { plan, lastDay, dateOf } = expansion;
  const trips: Trip[] = [];
  const exceptions = plan.exceptions ?? [];
  if (exceptions.length === 0) return trips;
  const byKey = new Map<string, Planned>();
  const byDay = new Map<number, Planned[]>();
  for (const item of planned) {
    byKey.set(`${item.session.id}@${String(item.originalDay)}`, item);
    const list = byDay.get(item.originalDay);
    if (list) list.push(item);
    else byDay.set(item.originalDay, [item]);
  }
  const issues: OffseasonIssue[] = [];
  const live = (test: (item: Planned) => boolean) => planned.filter((item) => !item.skipped && test(item));
  const shift = (action: string, from: number, days: number, sessionId?: string): string | undefined => {
    const targets = live((item) => item.day >= from && (sessionId === undefined || item.session.id === sessionId));
    const what = sessionId === undefined ? "no session is" : `session "${sessionId}" is not`;
    if (targets.length === 0) return `${what} planned on or after ${dateOf(from)}, so this ${action} matches nothing`;
    const early = targets.find((item) => item.day + days < from);
    if (early)
      return `moves "${early.session.id}" from ${dateOf(early.day)} to ${dateOf(early.day + days)}, before ${dateOf(from)}`;
    const late = targets.find((item) => item.day + days > lastDay);
    if (late)
      return `moves "${late.session.id}" from ${dateOf(late.day)} to ${dateOf(late.day + days)}, past the plan's end (${dateOf(lastDay)})`;
    for (const item of targets) {
      item.day += days;
      item.revisions += 1;
    }
    return undefined;
  };
  // The message of an exception that matches nothing or collides, else undefined once applied.
  const apply = (exception: PlanException, index: number): string | undefined => {
    // Skips and moves were checked against the phases when the plan was parsed; adjustments are checked here, against
    // the plan as lengthened by the adjustments.
    if (exception.action !== "skip" && exception.action !== "move") {
      const dates: Partial<Record<"date" | "from" | "to" | "with", string>> = exception;
      for (const field of ["date", "from", "to", "with"] as const) {
        const date = dates[field];
        if (date !== undefined && (dateToDays(date) < expansion.firstDay || dateToDays(date) > lastDay))
          return `${field} ${date} is outside the plan (${dateOf(expansion.firstDay)} to ${dateOf(lastDay)})`;
      }
    }
    switch (exception.action) {
      case "shift":
        if (exception.days === 0) return "shifts by 0 days, which changes nothing";
        return shift("shift", dateToDays(exception.from), exception.days, exception.sessionId);
      case "rest":
        return shift("rest day", dateToDays(exception.date), 1);
      case "pause": {
        const from = dateToDays(exception.from);
        const to = dateToDays(exception.to);
        if (to < from) return `ends on ${exception.to}, before it starts (${exception.from})`;
        if (exception.mode === "shift") return shift("pause", from, to - from + 1);
        const targets = live((item) => item.day >= from && item.day <= to);
        if (targets.length === 0)
          return `no session is planned from ${exception.from} to ${exception.to}, so this pause matches nothing`;
        for (const item of targets) {
          item.skipped = true;
          item.revisions += 1;
          // A skip or move after it that names one of these would change nothing a calendar shows: an error.
          item.claimedBy ??= index;
        }
        return undefined;
      }
      case "swap": {
        const one = dateToDays(exception.date);
        const other = dateToDays(exception.with);
        if (one === other) return `swaps ${exception.date} with itself`;
        const targets = live((item) => item.day === one || item.day === other);
        if (targets.length === 0)
          return `no session is planned on ${exception.date} or ${exception.with}, so this swap matches nothing`;
        for (const item of targets) {
          item.day = item.day === one ? other : one;
          item.revisions += 1;
        }
        return undefined;
      }
      case "travel": {
        const trip = {
          firstDay: dateToDays(exception.from),
          lastDay: dateToDays(exception.to),
          timezone: exception.timezone,
        };
        if (trip.lastDay < trip.firstDay) return `ends on ${exception.to}, before it starts (${exception.from})`;
        const targets = live((item) => item.day >= trip.firstDay && item.day <= trip.lastDay);
        if (targets.length === 0)
          return `no session is planned from ${exception.from} to ${exception.to}, so this travel matches nothing`;
        for (const item of targets) if (item.minuteOfDay !== undefined) item.revisions += 1;
        trips.unshift(trip);
        return undefined;
      }
      default:
    }
    const day = dateToDays(exception.date);
    const one = exception.sessionId === undefined ? undefined : byKey.get(`${exception.sessionId}@${String(day)}`);
    const targets = exception.sessionId === undefined ? (byDay.get(day) ?? []) : one ? [one] : [];
    if (targets.length === 0) {
      const what =
        exception.sessionId === undefined ? "no session is planned" : `session "${exception.sessionId}" is not planned`;
      return `${what} on ${exception.date}, so this ${exception.action} matches nothing`;
    }
    const taken = targets.find((item) => item.claimedBy !== undefined);
    if (taken?.claimedBy !== undefined)
      return `exceptions[${String(taken.claimedBy)}] already changes "${taken.session.id}" on ${exception.date}`;
    for (const item of targets) {
      item.claimedBy = index;
      item.revisions += 1;
      if (exception.action === "skip") item.skipped = true;
      else item.day = dateToDays(exception.to);
    }
    return undefined;
  };
  exceptions.forEach((exception, index) => {
    const message = apply(exception, index);
    if (message !== undefined)
      issues.push({
        path: `exceptions[${String(index)}]`,
        pathSegments: ["exceptions", index],
        message,
        code: "exception",
      });
  });
  if (issues.length > 0) throw new OffseasonError("exception", "Plan exceptions that match no occurrence", issues);
  return trips;
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
    // A one-off session (a race, a time trial) is what it says: progression scales only recurring runs.
    const multiplier =
      item.session.kind === "run" && item.session.date === undefined ? multiplierOf(weekOf(item.originalDay)) : 1;
    const resolved = resolveSession(item.session, item.weekIndex, multiplier, plan.paces);
    const { session } = resolved;
    const originalDate = dateOf(item.originalDay);
    let day = item.day;
    let timing: Pick<SessionOccurrence, "start" | "end"> = {};
    if (item.minuteOfDay !== undefined) {
      const timezone = expansion.zoneNameOf(item.day);
      const zone = expansion.converterOf(timezone);
      if (timezone !== plan.timezone) expansion.timezones.set(`${session.id}@${originalDate}`, timezone);
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
    const timezone = expansion.timezones.get(run.id) ?? expansion.plan.timezone;
    start = formatInstant({ ms, offsetSeconds: expansion.converterOf(timezone).offsetAt(ms) }, expansion.dateOf);
    expansion.startMs.set(start, ms);
    if (timezone !== expansion.plan.timezone) expansion.timezones.set(`${habit.id}@${run.id}`, timezone);
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
function sortOccurrences<T extends Occurrence>(expansion: Expansion, occurrences: readonly T[]): T[] {
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
