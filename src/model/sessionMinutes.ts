/**
 * A session's minutes on a day stay within the day: written, or derived from its steps or from a distance at a pace,
 * after progression. Steps of 100 x 100 x 1,440 min, or 500 km at 59:59/km, would otherwise parse as runs of years.
 * The figures are the expansion's own (schedule/expansion/resolveSession.ts), from the same functions, so that what
 * parses expands to days of at most {@link MAX_SESSION_MINUTES}.
 */
import type * as z from "zod/mini";
import { MAX_SESSION_MINUTES } from "./limits.js";
import { KM_PER_MILE, minutesAtPace, paceText } from "./pace.js";
import { addIssue } from "./primitives.js";
import { progressionMultiplier } from "./progression.js";
import { stepMinutes, type WrittenStep, type WrittenStepRepeat } from "./steps.js";
import { resolveSteps } from "./stepsOfDay.js";
import { entryOf, type OpenRange, type WeeklyValue } from "./weekly.js";

/** What the length of a run or cross session's day reads, as parsed. */
export interface SizedSession {
  /** Run or cross-training. */
  readonly kind: "run" | "cross";
  /** The run type, for the plan's pace of it. */
  readonly runType?: string;
  /** Minutes as written. */
  readonly minutes?: WeeklyValue;
  /** Distance in km as written. */
  readonly distanceKm?: WeeklyValue;
  /** Distance in miles as written. */
  readonly distanceMi?: WeeklyValue;
  /** The session's pace. */
  readonly pace?: string;
  /** The session's steps. */
  readonly steps?: readonly (WrittenStep | WrittenStepRepeat)[];
}

/** The highest minutes of a session's day, and the field they come from. */
export interface DayMinutes {
  /** Minutes: the occurrence's, or the upper bound of its range of minutes. */
  readonly minutes: number;
  /** What set them. */
  readonly from: "minutes" | "steps" | "distanceKm" | "distanceMi";
}

const mapEntry = (entry: number | OpenRange, map: (value: number) => number): number | OpenRange =>
  typeof entry === "number"
    ? map(entry)
    : { min: map(entry.min), ...(entry.max === undefined ? {} : { max: map(entry.max) }) };
// An open range's day is its minimum: "120 or more" is at least a day only when 120 is.
const highest = (entry: number | OpenRange) => (typeof entry === "number" ? entry : (entry.max ?? entry.min));

/**
 * The highest minutes a session's occurrence has in one week of its phase, as the expansion works them out: the
 * week's entry (a range's max) after progression, else the steps' total, else the distance at the pace. Undefined
 * when the session does not take place that week.
 *
 * @param session - A run or cross-training session that its schema accepted.
 * @param weekIndex - The 0-based week of its phase.
 * @param multiplier - The progression of that week (1 for sessions that progression does not scale).
 * @param paces - The plan's paces by run type.
 * @returns The minutes and the field that set them, or undefined.
 */
export function highestMinutes(
  session: SizedSession,
  weekIndex: number,
  multiplier: number,
  paces: Readonly<Record<string, string | undefined>> | undefined,
): DayMinutes | undefined {
  const size = session.minutes ?? session.distanceKm ?? session.distanceMi;
  if (Array.isArray(size) && entryOf(size, weekIndex) === null) return undefined;
  const scaled = (value: WeeklyValue | undefined, map: (value: number) => number) => {
    const entry = entryOf(value, weekIndex);
    if (entry === null || entry === undefined) return undefined;
    return Array.isArray(value) || multiplier === 1 ? entry : mapEntry(entry, map);
  };
  const written = scaled(session.minutes, (value) => Math.max(1, Math.round(value * multiplier)));
  if (written !== undefined) return { minutes: highest(written), from: "minutes" };
  const scaleKm = (value: number) => Math.max(0.1, Math.round(value * multiplier * 10) / 10);
  const writtenMi = entryOf(session.distanceMi, weekIndex);
  const kmEntry =
    session.distanceMi === undefined
      ? scaled(session.distanceKm, scaleKm)
      : writtenMi === null || writtenMi === undefined
        ? undefined
        : mapEntry(writtenMi, (value) =>
            Array.isArray(session.distanceMi) || multiplier === 1 ? value * KM_PER_MILE : scaleKm(value * KM_PER_MILE),
          );
  const pace =
    paceText(session.pace, paces) ??
    (session.kind === "run" ? (paces?.[session.runType ?? ""] ?? paces?.easy) : undefined);
  if (session.steps !== undefined && (kmEntry === undefined || pace === undefined)) {
    // Caps read the upper bound: each step's longest, the most repeats.
    const steps = resolveSteps(session.steps, weekIndex, paces, "max");
    return { minutes: Math.max(1, Math.round(stepMinutes(steps, pace).minutes)), from: "steps" };
  }
  if (kmEntry === undefined || pace === undefined) return undefined;
  return {
    minutes: minutesAtPace(highest(kmEntry), pace),
    from: session.distanceMi === undefined ? "distanceKm" : "distanceMi",
  };
}

type Context = Parameters<Parameters<typeof z.superRefine>[0]>[1];

/** Whether a step tree gives a value per week (a step's length or RPE, a repeat count). */
function hasWeeklySteps(steps: unknown): boolean {
  return (
    Array.isArray(steps) &&
    steps.some(
      (item: unknown) =>
        typeof item === "object" &&
        item !== null &&
        Object.entries(item).some(([key, value]) => (key === "steps" ? hasWeeklySteps(value) : Array.isArray(value))),
    )
  );
}

interface PlanShape {
  readonly paces?: Readonly<Record<string, string | undefined>> | undefined;
  readonly phases: readonly {
    readonly weeks: number;
    readonly progression?: readonly number[] | undefined;
    readonly sessions: readonly Readonly<Record<string, unknown>>[];
  }[];
}

/** The places whose issues are reported already: the sessions, the phases (weeks, progression) and the plan's paces. */
function reportedAlready(issues: readonly { readonly path?: readonly PropertyKey[] | undefined }[]) {
  const sessions = new Set<string>();
  const phases = new Set<number>();
  let paces = false;
  for (const { path = [] } of issues) {
    if (path[0] === "paces") paces = true;
    if (path[0] !== "phases" || typeof path[1] !== "number") continue;
    if (path[2] === "sessions" && typeof path[3] === "number") sessions.add(`${String(path[1])}/${String(path[3])}`);
    else phases.add(path[1]);
  }
  return { sessions, phases, paces };
}

/** The raw data of a day too long: where its minutes come from, and the week (and progression) when it says one. */
function describe(day: DayMinutes, week: number, when: "week" | "progression" | "none", multiplier: number) {
  return { from: day.from, minutes: day.minutes, when, week, multiplier, max: MAX_SESSION_MINUTES };
}

/**
 * Reports, once per session, a run or cross session whose day would last more than {@link MAX_SESSION_MINUTES}
 * minutes: code `limit`, at the session, or at the week's entry of a per-week field. Only sessions, phases and paces
 * that passed their own checks are read: their figures mean what the expansion would make of them.
 *
 * @param plan - The plan, every field of the right type.
 * @param context - The plan's `superRefine` context: its issues so far, and where to add this one.
 * @returns Nothing.
 */
export function checkSessionMinutes(plan: PlanShape, context: Context): void {
  const reported = reportedAlready(context.issues);
  plan.phases.forEach((phase, phaseIndex) => {
    if (reported.phases.has(phaseIndex)) return;
    phase.sessions.forEach((item, index) => {
      if (item.kind !== "run" && item.kind !== "cross") return;
      const session = item as Readonly<Record<string, unknown>> & SizedSession;
      if (reported.sessions.has(`${String(phaseIndex)}/${String(index)}`)) return;
      if (reported.paces && session.kind === "run" && session.pace === undefined) return;
      const progressed = session.kind === "run" && session.date === undefined;
      const perWeek =
        [session.minutes, session.distanceKm, session.distanceMi].some(Array.isArray) || hasWeeklySteps(session.steps);
      // Without per-week entries, the weeks differ only by the progression, which cycles.
      const weeks = perWeek ? phase.weeks : Math.min(phase.weeks, Math.max(1, phase.progression?.length ?? 1));
      for (let week = 0; week < weeks; week += 1) {
        const multiplier = progressed ? progressionMultiplier(phase, week + 1) : 1;
        const day = highestMinutes(session, week, multiplier, plan.paces);
        if (day === undefined || day.minutes <= MAX_SESSION_MINUTES) continue;
        const at: PropertyKey[] = ["phases", phaseIndex, "sessions", index];
        const weekly = day.from !== "steps" && Array.isArray(session[day.from]);
        const scaled = !weekly && day.from !== "steps" && multiplier !== 1;
        const when = scaled ? "progression" : weekly ? "week" : "none";
        const data = describe(day, week + 1, when, multiplier);
        addIssue(context, session, weekly ? [...at, day.from, week] : at, "session.tooLong", "limit", data);
        return;
      }
    });
  });
}
