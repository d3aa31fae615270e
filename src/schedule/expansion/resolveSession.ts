/**
 * The session of one occurrence as it takes place: the week's entry of per-week fields, ranges to their midpoints
 * after progression, miles in km, minutes from steps or from a distance and a pace. Internal to the expansion.
 */
import type { Plan } from "../../model/plan.js";
import { KM_PER_MILE, minutesAtPace } from "../../model/pace.js";
import type { OccurrenceSession, Session } from "../../model/session.js";
import type { Range, WeeklyValue } from "../../model/weekly.js";
import { stepMinutes } from "../../model/steps.js";

// Transitional: stepMinutes lives in model/steps.ts; re-exported for rules/catalog/steps-duration.ts until it imports it there.
export { stepMinutes } from "../../model/steps.js";

type Entry = number | Range | null | undefined;
type AerobicSession = Extract<Session, { readonly kind: "run" | "cross" }>;

/** The bounds of the fields written as ranges, after progression (distance in km). */
export interface ResolvedRanges {
  minutes?: Range;
  distanceKm?: Range;
  rpe?: Range;
}

/** One occurrence's session, with the bounds of its ranges and what was estimated. */
export interface Resolved {
  readonly session: OccurrenceSession;
  readonly ranges?: ResolvedRanges;
  readonly estimated?: readonly "minutes"[];
}

function entryOf(value: WeeklyValue | undefined, weekIndex: number): Entry {
  if (value === undefined || !Array.isArray(value)) return value as number | Range | undefined;
  return (value as readonly (number | Range | null)[])[weekIndex] ?? null;
}

/** Whether a session takes place in a week of its phase: not when the field that sets its size is `null` that week. */
export function takesPlace(session: Session, weekIndex: number): boolean {
  if (session.kind !== "run" && session.kind !== "cross") return true;
  const size = session.minutes ?? session.distanceKm ?? session.distanceMi;
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

const midpoint = (range: Range) => (range.min + range.max) / 2;

function mapEntry(entry: number | Range, map: (value: number) => number): number | Range {
  return typeof entry === "number" ? map(entry) : { min: map(entry.min), max: map(entry.max) };
}

/**
 * The session of one occurrence. `weekIndex` is the 0-based week of its phase, `multiplier` the progression of that
 * week (1 for sessions that are not runs). Progression scales single values and ranges (minutes whole, km to 0.1, as
 * before), never per-week entries, never RPE.
 */
export function resolveSession(
  session: Session,
  weekIndex: number,
  multiplier: number,
  paces: Plan["paces"],
): Resolved {
  if (session.kind !== "run" && session.kind !== "cross") return { session };
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
  const scaled = (value: WeeklyValue | undefined, map: (value: number) => number): number | Range | undefined => {
    const entry = entryOf(value, weekIndex);
    if (entry === null || entry === undefined) return undefined;
    return Array.isArray(value) || multiplier === 1 ? entry : mapEntry(entry, map);
  };
  const scaleMinutes = (value: number) => Math.max(1, Math.round(value * multiplier));
  const scaleKm = (value: number) => Math.max(0.1, Math.round(value * multiplier * 10) / 10);
  const ranges: ResolvedRanges = {};
  const resolve = (entry: number | Range | undefined, field: keyof ResolvedRanges): number | undefined => {
    if (entry === undefined || typeof entry === "number") return entry;
    ranges[field] = entry;
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
  const rpe = resolve(entryOf(session.rpe, weekIndex) ?? undefined, "rpe") ?? 0;
  const pace = session.pace ?? (session.kind === "run" ? (paces?.[session.runType] ?? paces?.easy) : undefined);
  let minutes = resolve(scaled(session.minutes, scaleMinutes), "minutes");
  let estimated = false;
  // Without minutes, a distance with a pace sets the length (the steps of "4 mi easy with 4 x 20 s strides" are part
  // of it); else the steps' total does.
  if (minutes === undefined && session.steps !== undefined && (distanceKm === undefined || pace === undefined)) {
    const total = stepMinutes(session.steps, pace);
    minutes = Math.max(1, Math.round(total.minutes));
    estimated = total.paced;
  } else if (minutes === undefined) {
    estimated = true;
    if (kmEntry !== undefined && typeof kmEntry !== "number" && pace !== undefined) {
      ranges.minutes = { min: minutesAtPace(kmEntry.min, pace), max: minutesAtPace(kmEntry.max, pace) };
    }
    minutes = distanceKm === undefined || pace === undefined ? 1 : minutesAtPace(distanceKm, pace);
  }
  const rest: Record<string, unknown> = { ...session };
  delete rest.distanceKm;
  delete rest.distanceMi;
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
    ...(estimated ? { estimated: ["minutes"] as const } : {}),
  };
}
