/**
 * The plan's checks across fields, run by its schema once every field has the right type: per-week arrays against
 * the phase's weeks, unique ids, references, dates inside the plan and its phases, paces for distances, and the
 * length of a session's day. Each is total on what it walks: a field may have failed its own check (its issue is
 * reported already), and the steps of a repeat nested too deep were never checked at all.
 */
import type * as z from "zod/mini";
import { civilToDays, daysToDate, parseCivilDate } from "../calendar/civilDate.js";
import type { Limits } from "./limits.js";
import { alternativeSessions } from "./alternatives.js";
import { PACE_NAMES } from "./pace.js";
import type { MessageData } from "../locale/types.js";
import type { ModelMessageId } from "./issueMessages.js";
import { addIssue } from "./primitives.js";
import { checkSessionMinutes } from "./sessionMinutes.js";
import { forEachStep } from "./steps.js";

const WEEKLY_FIELDS = ["minutes", "distanceKm", "distanceMi", "rpe", "timesPerWeek"] as const;

type Loose = Readonly<Record<string, unknown>>;

/** The per-week arrays of a step tree (a step's length or RPE, a repeat count), with their paths. */
function weeklyStepFields(steps: unknown, path: PropertyKey[], found: [unknown[], PropertyKey[]][] = []) {
  if (!Array.isArray(steps)) return found;
  steps.forEach((item: unknown, index) => {
    if (typeof item !== "object" || item === null) return;
    for (const [key, value] of Object.entries(item)) {
      if (key === "steps") weeklyStepFields(value, [...path, index, "steps"], found);
      else if (Array.isArray(value)) found.push([value, [...path, index, key]]);
    }
  });
  return found;
}

/** Per-week arrays have one entry per week of the phase, and a week that takes place has an RPE. */
export function checkWeeklyFields(
  phase: { readonly weeks: number; readonly sessions: readonly unknown[] },
  context: Context,
): void {
  phase.sessions.forEach((item, index) => {
    const written = (item ?? {}) as Loose;
    const oneOff = written.date !== undefined;
    for (const [value, at] of weeklyStepFields(written.steps, ["sessions", index, "steps"])) {
      if (oneOff) addIssue(context, value, at, "weeks.oneOff", "weeks");
      else if (value.length !== phase.weeks)
        addIssue(context, value, at, "weeks.count", "weeks", { entries: value.length, weeks: phase.weeks });
    }
    // The session, then each alternative as the whole session it makes (alternatives.ts), at its own path.
    [written, ...alternativeSessions(written)].forEach((session, choice) => {
      const sizes = session.minutes ?? session.distanceKm ?? session.distanceMi;
      for (const field of WEEKLY_FIELDS) {
        const value = session[field];
        if (!Array.isArray(value) || (choice > 0 && value === written[field])) continue;
        const at = choice === 0 ? ["sessions", index, field] : ["sessions", index, "alternatives", choice - 1, field];
        if (oneOff) addIssue(context, value, at, "weeks.oneOff", "weeks");
        else if (value.length !== phase.weeks)
          addIssue(context, value, at, "weeks.count", "weeks", { entries: value.length, weeks: phase.weeks });
        else if (field === "rpe") {
          value.forEach((entry: unknown, week) => {
            if (entry === null && (!Array.isArray(sizes) || sizes[week] !== null))
              addIssue(context, value, [...at, week], "weeks.nullRpe", "weeks");
          });
        }
      }
    });
  });
}

interface PlanShape {
  readonly startDate: string;
  readonly paces?: Readonly<Record<string, string | undefined>> | undefined;
  readonly phases: readonly {
    readonly id: string;
    readonly weeks: number;
    readonly progression?: readonly number[] | undefined;
    readonly sessions: readonly ({ readonly id: string } & Loose)[];
  }[];
  readonly habits?: readonly { readonly id: string }[] | undefined;
  readonly exceptions?:
    | readonly {
        readonly action: string;
        readonly sessionId?: string | undefined;
        readonly date?: string;
        readonly to?: string;
      }[]
    | undefined;
}

// Checks run even when a date failed its own check (that issue is reported already): compare only real dates.
function dayNumber(date: string): number | undefined {
  const civil = parseCivilDate(date);
  return civil ? civilToDays(civil) : undefined;
}

/** The context of a `superRefine`. */
export type Context = Parameters<Parameters<typeof z.superRefine>[0]>[1];

/** The plan's checks across fields; the total weeks first, as the other checks loop over them. */
export function checkCrossFields(plan: PlanShape, context: Context, limits: Limits): void {
  const report: Report = (path, messageId, code, data) => {
    addIssue(context, plan, path, messageId, code, data);
  };
  const totalWeeks = plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
  if (totalWeeks > limits.maxWeeks) {
    report(["phases"], "limit.weeks", "limit", { weeks: totalWeeks, limit: limits.maxWeeks });
    return;
  }
  const phaseIds = new Set<string>();
  plan.phases.forEach((phase, index) => {
    if (phaseIds.has(phase.id)) report(["phases", index, "id"], "phase.duplicateId", "duplicate_id", { id: phase.id });
    phaseIds.add(phase.id);
  });
  const ids = new Set<string>();
  plan.phases.forEach((phase, phaseIndex) => {
    phase.sessions.forEach((session, index) => {
      if (ids.has(session.id)) {
        report(["phases", phaseIndex, "sessions", index, "id"], "id.duplicate", "duplicate_id", { id: session.id });
      }
      ids.add(session.id);
    });
  });
  const sessionIds = new Set(ids);
  plan.habits?.forEach((habit, index) => {
    if (ids.has(habit.id)) {
      report(["habits", index, "id"], "id.duplicate", "duplicate_id", { id: habit.id });
    }
    ids.add(habit.id);
  });
  const firstDay = dayNumber(plan.startDate);
  checkSessions(plan, firstDay, limits, report);
  checkSessionMinutes(plan, context);
  if (firstDay !== undefined) checkExceptions(plan, firstDay, totalWeeks, sessionIds, report);
}

/** Exceptions name sessions of the plan, and skips and moves dates inside its phases. */
function checkExceptions(
  plan: PlanShape,
  firstDay: number,
  totalWeeks: number,
  sessionIds: ReadonlySet<string>,
  report: Report,
): void {
  // Skips and moves name dates of the phases. Adjustments act on the calendar as earlier exceptions left it, which
  // their weeks may lengthen: the expansion checks their dates, and the length, against that calendar.
  const lastDay = firstDay + totalWeeks * 7 - 1;
  const lastDate = daysToDate(lastDay);
  plan.exceptions?.forEach((exception, index) => {
    if (exception.sessionId !== undefined && !sessionIds.has(exception.sessionId)) {
      report(["exceptions", index, "sessionId"], "exception.unknownSession", "unknown_reference", {
        sessionId: exception.sessionId,
      });
    }
    if (exception.action !== "skip" && exception.action !== "move") return;
    for (const field of ["date", "to"] as const) {
      const date = exception[field];
      const day = date === undefined ? undefined : dayNumber(date);
      if (day !== undefined && (day < firstDay || day > lastDay))
        report(["exceptions", index, field], "exception.outsidePlan", "out_of_range", {
          date: String(date),
          start: plan.startDate,
          end: lastDate,
        });
    }
  });
}

type Report = (path: PropertyKey[], messageId: ModelMessageId, code: string, data?: MessageData) => void;

/**
 * One-off dates lie inside their phase; a distance given without minutes (a session's or a step's) has a pace: the
 * step's, else the session's, else (runs) the plan's pace of the run type, else its easy pace. Walks and hikes take
 * only their own: running paces do not time a walk.
 */
function checkSessions(plan: PlanShape, firstDay: number | undefined, limits: Limits, report: Report): void {
  let phaseFirstDay = firstDay ?? 0;
  plan.phases.forEach((phase, phaseIndex) => {
    const phaseLastDay = phaseFirstDay + phase.weeks * 7 - 1;
    phase.sessions.forEach((session, index) => {
      const at = ["phases", phaseIndex, "sessions", index];
      const civil = typeof session.date === "string" ? parseCivilDate(session.date) : undefined;
      const day = civil && firstDay !== undefined ? civilToDays(civil) : phaseFirstDay;
      if (day < phaseFirstDay || day > phaseLastDay) {
        report([...at, "date"], "session.outsidePhase", "out_of_range", {
          date: String(session.date),
          start: daysToDate(phaseFirstDay),
          end: daysToDate(phaseLastDay),
        });
      }
      alternativeSessions(session).forEach((alternative, choice) => {
        checkPaces(plan, alternative, [...at, "alternatives", choice], limits, report);
      });
      checkPaces(plan, session, at, limits, report);
    });
    phaseFirstDay = phaseLastDay + 1;
  });
}

/** A distance given without minutes (a session's or a step's) has a pace (see checkSessions). */
function checkPaces(plan: PlanShape, session: Loose, at: PropertyKey[], limits: Limits, report: Report): void {
  if (session.kind !== "run" && session.kind !== "cross") return;
  const named = (item: Loose, path: PropertyKey[]) => {
    // Only names: a pace that is neither a pace nor a name is its own check's issue.
    if (typeof item.pace === "string" && PACE_NAMES.includes(item.pace) && plan.paces?.[item.pace] === undefined)
      report([...path, "pace"], "pace.unknownName", "missing_pace", { pace: item.pace });
  };
  named(session, at);
  const paced =
    session.pace ?? (session.kind === "run" ? (plan.paces?.[String(session.runType)] ?? plan.paces?.easy) : undefined);
  const hasDistance = (item: Loose) => item.distanceKm !== undefined || item.distanceMi !== undefined;
  const timedByPace = session.kind === "run" || session.modality === "walk" || session.modality === "hike";
  if (timedByPace && paced === undefined && session.minutes === undefined && hasDistance(session)) {
    report(at, "pace.missing", "missing_pace");
  }
  // Only the steps the schema looked at: not inside a repeat nested too deep, whose entries may be anything.
  forEachStep(session.steps, limits.maxStepDepth, [...at, "steps"], (step, path) => {
    named(step, path);
    if (hasDistance(step) && step.pace === undefined && paced === undefined)
      report(path, "pace.missing", "missing_pace");
  });
}
