/**
 * The session of one occurrence as it takes place: the week's entry of per-week fields, ranges to their midpoints
 * after progression, miles in km, minutes from steps or from a distance and a pace. Internal to the expansion.
 */
import { DEFAULT_MINUTES, effortRpe, KIND_RPE, RUN_TYPE_RPE } from "../../model/defaults.js";
import type { Plan } from "../../model/plan.js";
import { KM_PER_MILE, minutesAtPace, paceText } from "../../model/pace.js";
import type { OccurrenceSession, Session } from "../../model/session.js";
import { entryOf, type OpenRange, type Range, type WeeklyValue } from "../../model/weekly.js";
import { stepMinutes } from "../../model/steps.js";
import { resolveSteps } from "../../model/stepsOfDay.js";

type Entry = number | OpenRange;
type AerobicSession = Extract<Session, { readonly kind: "run" | "cross" }>;

/** The bounds of the fields written as ranges, after progression (distance in km); an open range has no max. */
export interface ResolvedRanges {
  minutes?: OpenRange;
  distanceKm?: OpenRange;
  rpe?: Range;
}

/** What an occurrence carries that the plan did not write: docs/domain.md's defaults, or minutes from a pace. */
export type Estimated = "minutes" | "rpe";

/** One occurrence's session, with the bounds of its ranges and what was estimated. */
export interface Resolved {
  readonly session: OccurrenceSession;
  readonly ranges?: ResolvedRanges;
  readonly estimated?: readonly Estimated[];
}

/** Whether a session takes place in a week of its phase: not when the field that sets its size is `null` that week. */
export function takesPlace(session: Session, weekIndex: number): boolean {
  const sized = session as {
    readonly minutes?: WeeklyValue;
    readonly distanceKm?: WeeklyValue;
    readonly distanceMi?: WeeklyValue;
  };
  const size = sized.minutes ?? sized.distanceKm ?? sized.distanceMi;
  return !Array.isArray(size) || entryOf(size, weekIndex) !== null;
}

/** Whether a run or cross session is written as before this format's additions: plain numbers, no steps or miles. */
function isPlain(
  session: AerobicSession,
): session is AerobicSession & { readonly minutes: number; readonly rpe: number; readonly distanceKm?: number } {
  return (
    typeof session.minutes === "number" &&
    typeof session.rpe === "number" &&
    (session.distanceKm === undefined || typeof session.distanceKm === "number") &&
    session.distanceMi === undefined &&
    session.steps === undefined &&
    session.pace === undefined
  );
}

/** A range's midpoint; an open range's minimum (volume, load and caps read it). */
const midpoint = (range: OpenRange) => (range.max === undefined ? range.min : (range.min + range.max) / 2);

function mapEntry(entry: Entry, map: (value: number) => number): Entry {
  if (typeof entry === "number") return map(entry);
  return entry.max === undefined ? { min: map(entry.min) } : { min: map(entry.min), max: map(entry.max) };
}

/** The occurrence of a strength, mobility or mental session: its week's minutes (else the kind's default) and RPE. */
function resolveOther(session: Exclude<Session, AerobicSession>, weekIndex: number): Resolved {
  const rpeWritten = session.kind === "strength" ? session.rpe : 0;
  if (typeof session.minutes === "number" && typeof rpeWritten === "number")
    return { session: session as OccurrenceSession };
  const ranges: ResolvedRanges = {};
  const estimated: Estimated[] = [];
  const minutesEntry = entryOf(session.minutes, weekIndex) ?? undefined;
  let minutes: number = DEFAULT_MINUTES[session.kind];
  if (minutesEntry === undefined) estimated.push("minutes");
  else if (typeof minutesEntry === "number") minutes = minutesEntry;
  else {
    ranges.minutes = minutesEntry;
    minutes = midpoint(minutesEntry);
  }
  const resolved: Record<string, unknown> = { ...session, minutes };
  if (session.kind === "strength") {
    const rpeEntry = entryOf(session.rpe, weekIndex) ?? undefined;
    if (rpeEntry === undefined) {
      resolved.rpe = effortRpe(session.effort, KIND_RPE.strength);
      estimated.push("rpe");
    } else if (typeof rpeEntry === "number") resolved.rpe = rpeEntry;
    else {
      ranges.rpe = rpeEntry as Range;
      resolved.rpe = midpoint(rpeEntry);
    }
  }
  return {
    session: resolved as OccurrenceSession,
    ...(Object.keys(ranges).length === 0 ? {} : { ranges }),
    ...(estimated.length === 0 ? {} : { estimated }),
  };
}

/**
 * The session of one occurrence. `weekIndex` is the 0-based week of its phase, `multiplier` the progression of that
 * week (1 for sessions that are not runs). Progression scales single values and ranges (minutes whole, km to 0.1, as
 * before), never per-week entries, never RPE. What the plan left out takes docs/domain.md's defaults, marked in
 * `estimated`; pace names read the plan's paces.
 */
export function resolveSession(
  session: Session,
  weekIndex: number,
  multiplier: number,
  paces: Plan["paces"],
): Resolved {
  if (session.kind !== "run" && session.kind !== "cross") return resolveOther(session, weekIndex);
  if (isPlain(session)) {
    if (session.kind !== "run" || multiplier === 1) return { session: session as OccurrenceSession };
    const minutes = Math.max(1, Math.round(session.minutes * multiplier));
    if (session.distanceKm === undefined) return { session: { ...session, minutes } as OccurrenceSession };
    return {
      session: {
        ...session,
        minutes,
        distanceKm: Math.max(0.1, Math.round(session.distanceKm * multiplier * 10) / 10),
      } as OccurrenceSession,
    };
  }
  const scaled = (value: WeeklyValue | undefined, map: (value: number) => number): Entry | undefined => {
    const entry = entryOf(value, weekIndex);
    if (entry === null || entry === undefined) return undefined;
    return Array.isArray(value) || multiplier === 1 ? entry : mapEntry(entry, map);
  };
  const scaleMinutes = (value: number) => Math.max(1, Math.round(value * multiplier));
  const scaleKm = (value: number) => Math.max(0.1, Math.round(value * multiplier * 10) / 10);
  const ranges: ResolvedRanges = {};
  const resolve = (entry: Entry | undefined, field: keyof ResolvedRanges): number | undefined => {
    if (entry === undefined || typeof entry === "number") return entry;
    ranges[field] = entry as Range;
    return midpoint(entry);
  };
  const writtenMi = entryOf(session.distanceMi, weekIndex);
  const kmEntry =
    session.distanceMi === undefined
      ? scaled(session.distanceKm, scaleKm)
      : writtenMi === null || writtenMi === undefined
        ? undefined
        : Array.isArray(session.distanceMi)
          ? mapEntry(writtenMi, (value) => value * KM_PER_MILE)
          : mapEntry(writtenMi, (value) => (multiplier === 1 ? value * KM_PER_MILE : scaleKm(value * KM_PER_MILE)));
  const miEntry = scaled(session.distanceMi, (value) => Math.round(value * multiplier * 10) / 10);
  const distanceKm = resolve(kmEntry, "distanceKm");
  const distanceMi = miEntry === undefined ? undefined : typeof miEntry === "number" ? miEntry : midpoint(miEntry);
  const estimated: Estimated[] = [];
  let rpe = resolve(entryOf(session.rpe, weekIndex) ?? undefined, "rpe");
  if (rpe === undefined) {
    rpe = effortRpe(session.effort, session.kind === "run" ? RUN_TYPE_RPE[session.runType] : KIND_RPE.cross);
    estimated.push("rpe");
  }
  const ownPace = paceText(session.pace, paces);
  const pace = ownPace ?? (session.kind === "run" ? (paces?.[session.runType] ?? paces?.easy) : undefined);
  const steps = session.steps === undefined ? undefined : resolveSteps(session.steps, weekIndex, paces);
  let minutes = resolve(scaled(session.minutes, scaleMinutes), "minutes");
  let minutesEstimated = false;
  // Without minutes, a distance with a pace sets the length (the steps of "4 mi easy with 4 x 20 s strides" are part
  // of it); else the steps' total does; else (cross-training) the kind's default.
  if (minutes === undefined && steps !== undefined && (distanceKm === undefined || pace === undefined)) {
    const total = stepMinutes(steps, pace);
    minutes = Math.max(1, Math.round(total.minutes));
    minutesEstimated = total.paced;
  } else if (minutes === undefined) {
    minutesEstimated = true;
    if (kmEntry !== undefined && typeof kmEntry !== "number" && pace !== undefined) {
      ranges.minutes =
        kmEntry.max === undefined
          ? { min: minutesAtPace(kmEntry.min, pace) }
          : { min: minutesAtPace(kmEntry.min, pace), max: minutesAtPace(kmEntry.max, pace) };
    }
    minutes =
      distanceKm !== undefined && pace !== undefined
        ? minutesAtPace(distanceKm, pace)
        : session.kind === "cross"
          ? DEFAULT_MINUTES.cross
          : 1;
  }
  if (minutesEstimated) estimated.unshift("minutes");
  const rest: Record<string, unknown> = { ...session };
  delete rest.distanceKm;
  delete rest.distanceMi;
  if (ownPace !== undefined) rest.pace = ownPace;
  if (steps !== undefined) rest.steps = steps;
  const resolved = {
    ...rest,
    minutes,
    rpe,
    ...(distanceKm === undefined ? {} : { distanceKm }),
    ...(distanceMi === undefined ? {} : { distanceMi }),
  } as OccurrenceSession;
  return {
    session: resolved,
    ...(Object.keys(ranges).length === 0 ? {} : { ranges }),
    ...(estimated.length === 0 ? {} : { estimated }),
  };
}
