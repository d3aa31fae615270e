import { addDays, dateToDays, parseCivilDate } from "../calendar/civilDate.js";
import type { Activity } from "../model/activity.js";
import { OffseasonError, issueAt, type OffseasonIssue } from "../model/errors.js";
import type { Plan } from "../model/plan.js";
import { planEndDate, planWeeks } from "../model/planDates.js";
import { sessionLoad } from "../model/sessionKinds.js";
import type { SessionOccurrence } from "../schedule/types.js";
import { expandPlanInZone } from "../schedule/expansion/expandPlanInZone.js";

/**
 * What became of a planned occurrence:
 * - `done`: an activity was linked to it on its date, within the green band;
 * - `shifted`: done on another day (`shiftDays`), within the green band;
 * - `partial`: done (on its day or not), outside the green band;
 * - `missed`: nothing linked, and its date is before `asOf`;
 * - `skipped`: removed by a `skip` exception of the plan;
 * - `upcoming`: nothing linked yet, on or after `asOf`.
 */
export type AdherenceStatus = "done" | "shifted" | "partial" | "missed" | "skipped" | "upcoming";

/** A compliance colour, after TrainingPeaks: green within the band, yellow near it, red far from it. */
export type ComplianceBand = "green" | "yellow" | "red";

/** A span of compliance ratios, both bounds included. */
export interface ComplianceRange {
  /** The lowest ratio of actual to planned minutes in the span. */
  readonly min: number;
  /** The highest ratio in the span. */
  readonly max: number;
}

/** The bounds of the compliance colours, as ratios of actual to planned minutes (both bounds inclusive). */
export interface ComplianceBands {
  /** Green: `min <= compliance <= max`. */
  readonly green: ComplianceRange;
  /** Yellow, outside green: `min <= compliance <= max`; red outside both. */
  readonly yellow: ComplianceRange;
}

/**
 * TrainingPeaks' duration bands: green within 20 % of the planned minutes (80-120 %), yellow 50-79 % or 121-150 %,
 * red below 50 % or above 150 % (support.trainingpeaks.com, "Color coding").
 *
 * @example
 * ```ts
 * import { TRAININGPEAKS_BANDS } from "offseason";
 * TRAININGPEAKS_BANDS.green; //=> { min: 0.8, max: 1.2 }
 * ```
 */
export const TRAININGPEAKS_BANDS: ComplianceBands = Object.freeze({
  green: Object.freeze({ min: 0.8, max: 1.2 }),
  yellow: Object.freeze({ min: 0.5, max: 1.5 }),
});

/** Options of {@link adherence}. */
export interface AdherenceOptions {
  /** Today, `YYYY-MM-DD`: an occurrence before it with nothing linked is `missed`, one on or after it `upcoming`. */
  readonly asOf: string;
  /** How many days before or after its date an activity may still complete an occurrence; default 2 (0 to 14). */
  readonly windowDays?: number;
  /** The compliance bands; default {@link TRAININGPEAKS_BANDS}. */
  readonly bands?: ComplianceBands;
  /** The most occurrences the plan's expansion may produce (see {@link expandPlan}). */
  readonly maxOccurrences?: number;
}

/** One planned session occurrence and what became of it. */
export interface OccurrenceAdherence {
  /** The occurrence id, `<sessionId>@<originalDate>`. */
  readonly occurrenceId: string;
  /** The session it comes from. */
  readonly sessionId: string;
  /** The session kind. */
  readonly kind: SessionOccurrence["kind"];
  /** The day it is planned on (after the plan's moves). */
  readonly date: string;
  /** The 1-based week of the plan of `date`. */
  readonly week: number;
  /** What became of it. */
  readonly status: AdherenceStatus;
  /** The activity linked to it. */
  readonly activityId?: string;
  /** Who linked it: `user` (the activity's `occurrenceId`) or `auto` (matching). */
  readonly linkedBy?: "user" | "auto";
  /** Days from `date` to the activity's day (negative: done early); only when not 0. */
  readonly shiftDays?: number;
  /** Actual / planned minutes. */
  readonly compliance?: number;
  /** Actual / planned load, when the activity has an RPE and the session a load. */
  readonly loadCompliance?: number;
  /** The colour of `compliance`. */
  readonly band?: ComplianceBand;
}

/** Planned and done occurrences of one kind of session. */
export interface FundamentalAdherence {
  /** Occurrences planned (not skipped). */
  readonly planned: number;
  /** Those with an activity linked (done, shifted or partial). */
  readonly done: number;
  /** Those missed. */
  readonly missed: number;
}

/** Adherence counts over a span of days: a week, or the whole plan. */
export interface AdherenceCounts {
  /** Occurrences planned, skipped ones left out: done + shifted + partial + missed + upcoming. */
  readonly planned: number;
  /** Done on their day, within the green band. */
  readonly done: number;
  /** Done on another day, within the green band. */
  readonly shifted: number;
  /** Done outside the green band. */
  readonly partial: number;
  /** Not done, before `asOf`. */
  readonly missed: number;
  /** Removed by a skip exception. */
  readonly skipped: number;
  /** Not done yet, on or after `asOf`. */
  readonly upcoming: number;
  /** Activities that completed no occurrence (they still count as load). */
  readonly unplanned: number;
  /** Mean of the absolute `shiftDays` of the occurrences done on another day; null when none was. */
  readonly averageShiftDays: number | null;
  /**
   * Actual load of the activities linked to due occurrences (done, shifted, partial, missed) / their planned load; an
   * activity without RPE counts at the session's RPE. Null without planned load.
   */
  readonly loadCompliance: number | null;
  /** Were the strength, mobility and mental sessions done? */
  readonly fundamentals: {
    /** Strength sessions. */
    readonly strength: FundamentalAdherence;
    /** Mobility sessions. */
    readonly mobility: FundamentalAdherence;
    /** Mental practice. */
    readonly mental: FundamentalAdherence;
  };
}

/** The adherence counts of one week of the plan. */
export interface WeekAdherence extends AdherenceCounts {
  /** 1-based week of the plan. */
  readonly week: number;
  /** First day. */
  readonly startDate: string;
  /** Last day. */
  readonly endDate: string;
}

/** What {@link adherence} returns. */
export interface Adherence {
  /** The `asOf` day given. */
  readonly asOf: string;
  /** Every session occurrence of the plan, skipped ones included, sorted by date then id. */
  readonly occurrences: readonly OccurrenceAdherence[];
  /** Ids of the activities that completed no occurrence, sorted by date then id. */
  readonly unplanned: readonly string[];
  /** One entry per week of the plan. */
  readonly weeks: readonly WeekAdherence[];
  /** The whole plan (unplanned activities outside the plan's weeks included). */
  readonly totals: AdherenceCounts;
}

/** An activity linked to an occurrence. */
interface Link {
  readonly activity: Activity;
  readonly by: "user" | "auto";
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order of activities that does not depend on the order they were given in. */
function byDateThenId(a: Activity, b: Activity): number {
  return compare(a.date, b.date) || compare(a.id, b.id) || compare(JSON.stringify(a), JSON.stringify(b));
}

/** Which colour a compliance ratio has. */
export function bandOf(compliance: number, bands: ComplianceBands): ComplianceBand {
  if (compliance >= bands.green.min && compliance <= bands.green.max) return "green";
  if (compliance >= bands.yellow.min && compliance <= bands.yellow.max) return "yellow";
  return "red";
}

function checkOptions(options: AdherenceOptions): void {
  const issues: OffseasonIssue[] = [];
  if (typeof options.asOf !== "string" || parseCivilDate(options.asOf) === undefined)
    issues.push(issueAt(["asOf"], "must be a real calendar date written YYYY-MM-DD", "config"));
  const window: unknown = options.windowDays;
  if (window !== undefined && (typeof window !== "number" || !Number.isInteger(window) || window < 0 || window > 14))
    issues.push(issueAt(["windowDays"], "must be a whole number of days from 0 to 14", "config"));
  const bands: unknown = options.bands;
  if (bands !== undefined) {
    const { green, yellow } = bands as ComplianceBands;
    const ok = (range: ComplianceRange | undefined) =>
      typeof range?.min === "number" && typeof range.max === "number" && range.min >= 0 && range.min <= range.max;
    if (!ok(green) || !ok(yellow) || yellow.min > green.min || yellow.max < green.max)
      issues.push(
        issueAt(["bands"], "must be { green: { min, max }, yellow: { min, max } } with yellow around green", "config"),
      );
  }
  if (issues.length > 0) throw new OffseasonError("config", "Invalid adherence options", issues);
}

/**
 * Links activities to the plan's session occurrences one to one. The links the user made (an activity's
 * `occurrenceId`) come first; then each remaining activity goes to an unlinked occurrence of the same kind, the same
 * day first, else the nearest day within `windowDays`, a tie going to the closest duration (then the earlier
 * occurrence, then the earlier activity by date and id). The pairs are taken best first over the whole plan, so the
 * result does not depend on the order of the activities.
 *
 * @returns The link of each linked occurrence id.
 */
export function linkActivities(
  occurrences: readonly SessionOccurrence[],
  activities: readonly Activity[],
  windowDays: number,
): ReadonlyMap<string, Link> {
  const links = new Map<string, Link>();
  if (activities.length === 0) return links;
  const linkedActivities = new Set<Activity>();
  // Occurrences share their dates: each date is read into a day number once.
  const days = new Map<string, number>();
  const dayOf = (date: string) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dateToDays(date)));
    return day;
  };
  const byId = new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
  const sorted = [...activities].sort(byDateThenId);
  for (const activity of sorted) {
    const target = activity.occurrenceId === undefined ? undefined : byId.get(activity.occurrenceId);
    if (target === undefined || links.has(target.id)) continue;
    links.set(target.id, { activity, by: "user" });
    linkedActivities.add(activity);
  }
  const byDay = new Map<number, SessionOccurrence[]>();
  for (const occurrence of occurrences) {
    if (links.has(occurrence.id)) continue;
    const day = dayOf(occurrence.date);
    const list = byDay.get(day);
    if (list) list.push(occurrence);
    else byDay.set(day, [occurrence]);
  }
  const order = new Map(occurrences.map((occurrence, index) => [occurrence.id, index]));
  const pairs: {
    readonly activity: Activity;
    readonly activityIndex: number;
    readonly occurrence: SessionOccurrence;
    readonly days: number;
    readonly minutes: number;
  }[] = [];
  sorted.forEach((activity, activityIndex) => {
    if (linkedActivities.has(activity)) return;
    const day = dayOf(activity.date);
    for (let offset = -windowDays; offset <= windowDays; offset++) {
      for (const occurrence of byDay.get(day + offset) ?? []) {
        if (occurrence.kind !== activity.kind) continue;
        pairs.push({
          activity,
          activityIndex,
          occurrence,
          days: Math.abs(offset),
          minutes: Math.abs(activity.minutes - occurrence.session.minutes),
        });
      }
    }
  });
  pairs.sort(
    (a, b) =>
      a.days - b.days ||
      a.minutes - b.minutes ||
      (order.get(a.occurrence.id) ?? 0) - (order.get(b.occurrence.id) ?? 0) ||
      a.activityIndex - b.activityIndex,
  );
  for (const pair of pairs) {
    if (linkedActivities.has(pair.activity) || links.has(pair.occurrence.id)) continue;
    links.set(pair.occurrence.id, { activity: pair.activity, by: "auto" });
    linkedActivities.add(pair.activity);
  }
  return links;
}

/** Counts kept while a span of days is summed up. */
interface Tally {
  readonly status: Record<AdherenceStatus, number>;
  unplanned: number;
  shiftCount: number;
  shiftDays: number;
  actualLoad: number;
  plannedLoad: number;
  readonly fundamentals: Record<"strength" | "mobility" | "mental", { planned: number; done: number; missed: number }>;
}

function newTally(): Tally {
  const fundamental = () => ({ planned: 0, done: 0, missed: 0 });
  return {
    status: { done: 0, shifted: 0, partial: 0, missed: 0, skipped: 0, upcoming: 0 },
    unplanned: 0,
    shiftCount: 0,
    shiftDays: 0,
    actualLoad: 0,
    plannedLoad: 0,
    fundamentals: { strength: fundamental(), mobility: fundamental(), mental: fundamental() },
  };
}

function countsOf(tally: Tally): AdherenceCounts {
  const { done, shifted, partial, missed, skipped, upcoming } = tally.status;
  return {
    planned: done + shifted + partial + missed + upcoming,
    done,
    shifted,
    partial,
    missed,
    skipped,
    upcoming,
    unplanned: tally.unplanned,
    averageShiftDays: tally.shiftCount === 0 ? null : tally.shiftDays / tally.shiftCount,
    loadCompliance: tally.plannedLoad === 0 ? null : tally.actualLoad / tally.plannedLoad,
    fundamentals: {
      strength: { ...tally.fundamentals.strength },
      mobility: { ...tally.fundamentals.mobility },
      mental: { ...tally.fundamentals.mental },
    },
  };
}

/**
 * The session-RPE load of an activity: RPE x minutes for runs, cross-training and strength, 0 for mobility and mental
 * practice (as {@link sessionLoad} for sessions).
 *
 * @param activity - A parsed activity.
 * @param rpe - The RPE to use when the activity gives none (its session's, or a default).
 * @returns The load in arbitrary units.
 * @example
 * ```ts
 * import { activityLoad } from "offseason";
 * activityLoad({ id: "a1", date: "2026-11-03", kind: "run", minutes: 45 }, 4); //=> 180
 * ```
 */
export function activityLoad(activity: Activity, rpe: number): number {
  if (activity.kind === "mobility" || activity.kind === "mental") return 0;
  return (activity.rpe ?? rpe) * activity.minutes;
}

/** The RPE of an occurrence's session, 0 for kinds without one. */
function plannedRpe(occurrence: SessionOccurrence): number {
  const { session } = occurrence;
  return session.kind === "run" || session.kind === "cross" || session.kind === "strength" ? session.rpe : 0;
}

/**
 * Plan against actual: links the athlete's activities to the plan's session occurrences one to one and says what
 * became of each occurrence, week by week and in total. Links the user made (an activity's `occurrenceId`) win; then
 * an activity goes to an occurrence of the same kind on the same day, else on the nearest day within `windowDays`
 * (default 2), a tie going to the closest duration. The result does not depend on the order of the activities.
 * Compliance is actual / planned minutes, coloured by `bands` (TrainingPeaks' by default). Activities that match
 * nothing are `unplanned`: they still count as load (see {@link fitness}).
 *
 * @param plan - A parsed plan.
 * @param activities - Parsed activities (see {@link parseActivities}).
 * @param options - `asOf` (today), the matching window, the compliance bands.
 * @returns `{ asOf, occurrences, unplanned, weeks, totals }`.
 * @throws {@link OffseasonError} with code `config` for a bad option (`asOf` not a date, `windowDays` not 0 to 14,
 * bands that do not nest), and what {@link expandPlan} throws.
 * @example
 * ```ts
 * import { adherence, parseActivities, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "SA"] },
 *   ] }],
 * });
 * const activities = parseActivities([{ id: "a1", date: "2026-11-04", kind: "run", minutes: 42, rpe: 3 }]);
 * const result = adherence(plan, activities, { asOf: "2026-11-06" });
 * result.occurrences[0]?.status; //=> "shifted"
 * result.occurrences[0]?.shiftDays; //=> 1
 * result.occurrences[1]?.status; //=> "upcoming"
 * ```
 */
export function adherence(plan: Plan, activities: readonly Activity[], options: AdherenceOptions): Adherence {
  checkOptions(options);
  const { asOf, windowDays = 2, bands = TRAININGPEAKS_BANDS, maxOccurrences } = options;
  const limit = maxOccurrences === undefined ? {} : { maxOccurrences };
  // One expansion gives the occurrences and those that skips and dropping pauses cancelled (status "skipped").
  const expansion = expandPlanInZone(plan, { includeHabits: false, cancelled: true, ...limit });
  const planned = expansion.occurrences.filter(
    (occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit",
  );
  const skipped = expansion.cancelled;
  const links = linkActivities(planned, activities, windowDays);

  const results: OccurrenceAdherence[] = [];
  const weekCount = planWeeks(plan);
  const tallies = Array.from({ length: weekCount }, newTally);
  const total = newTally();
  const add = (week: number, update: (tally: Tally) => void) => {
    const tally = tallies[week - 1];
    if (tally) update(tally);
    update(total);
  };

  for (const occurrence of planned) {
    const link = links.get(occurrence.id);
    const base = {
      occurrenceId: occurrence.id,
      sessionId: occurrence.sessionId,
      kind: occurrence.kind,
      date: occurrence.date,
      week: occurrence.week,
    };
    const load = sessionLoad(occurrence.session);
    const fundamental = occurrence.kind === "run" || occurrence.kind === "cross" ? undefined : occurrence.kind;
    if (link === undefined) {
      const status: AdherenceStatus = occurrence.date < asOf ? "missed" : "upcoming";
      results.push({ ...base, status });
      add(occurrence.week, (tally) => {
        tally.status[status] += 1;
        if (fundamental) tally.fundamentals[fundamental].planned += 1;
        if (status === "missed") {
          tally.plannedLoad += load;
          if (fundamental) tally.fundamentals[fundamental].missed += 1;
        }
      });
      continue;
    }
    const { activity } = link;
    const shiftDays = dateToDays(activity.date) - dateToDays(occurrence.date);
    const compliance = activity.minutes / occurrence.session.minutes;
    const band = bandOf(compliance, bands);
    const status: AdherenceStatus = band !== "green" ? "partial" : shiftDays !== 0 ? "shifted" : "done";
    const actualLoad = activityLoad(activity, plannedRpe(occurrence));
    results.push({
      ...base,
      status,
      activityId: activity.id,
      linkedBy: link.by,
      ...(shiftDays === 0 ? {} : { shiftDays }),
      compliance,
      ...(activity.rpe !== undefined && load > 0 ? { loadCompliance: actualLoad / load } : {}),
      band,
    });
    add(occurrence.week, (tally) => {
      tally.status[status] += 1;
      if (shiftDays !== 0) {
        tally.shiftCount += 1;
        tally.shiftDays += Math.abs(shiftDays);
      }
      tally.actualLoad += actualLoad;
      tally.plannedLoad += load;
      if (fundamental) {
        tally.fundamentals[fundamental].planned += 1;
        tally.fundamentals[fundamental].done += 1;
      }
    });
  }
  for (const occurrence of skipped) {
    results.push({
      occurrenceId: occurrence.id,
      sessionId: occurrence.sessionId,
      kind: occurrence.kind,
      date: occurrence.date,
      week: occurrence.week,
      status: "skipped",
    });
    add(occurrence.week, (tally) => {
      tally.status.skipped += 1;
    });
  }

  const linked = new Set([...links.values()].map((link) => link.activity));
  const unplanned = [...activities].filter((activity) => !linked.has(activity)).sort(byDateThenId);
  const firstDay = dateToDays(plan.startDate);
  for (const activity of unplanned) {
    const week = Math.floor((dateToDays(activity.date) - firstDay) / 7) + 1;
    add(week, (tally) => {
      tally.unplanned += 1;
    });
  }

  results.sort((a, b) => compare(a.date, b.date) || compare(a.occurrenceId, b.occurrenceId));
  return {
    asOf,
    occurrences: results,
    unplanned: unplanned.map((activity) => activity.id),
    weeks: tallies.map((tally, index) => ({
      week: index + 1,
      startDate: addDays(plan.startDate, index * 7),
      endDate: index + 1 === weekCount ? planEndDate(plan) : addDays(plan.startDate, index * 7 + 6),
      ...countsOf(tally),
    })),
    totals: countsOf(total),
  };
}
