import { addDays, daysToDate } from "../calendar/civilDate.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { sessionLoad } from "../model/sessionKinds.js";
import type { SessionOccurrence } from "../schedule/types.js";
import { expandPlanInZone } from "../schedule/expansion/expandPlanInZone.js";
import { limitOptionsOf } from "../schedule/limitOptions.js";
import { activityLoad, plannedRpe } from "./activityLoad.js";
import { compareStrings } from "./activityOrder.js";
import { countsOf, newTally, tallyOccurrence, type Counted } from "./adherenceTally.js";
import type { Adherence, AdherenceOptions, ComplianceBands, OccurrenceAdherence } from "./adherenceTypes.js";
import { bandOf, TRAININGPEAKS_BANDS } from "./compliance.js";
import { dayNumbers } from "./dayNumbers.js";
import { linkActivities, type ActivityLink } from "./linkActivities.js";
import { checkLiveOptions } from "./liveOptions.js";
import { planSpan } from "./planSpan.js";

export type {
  Adherence,
  AdherenceCounts,
  AdherenceOptions,
  AdherenceStatus,
  ComplianceBand,
  ComplianceBands,
  ComplianceRange,
  FundamentalAdherence,
  OccurrenceAdherence,
  WeekAdherence,
} from "./adherenceTypes.js";
export { activityLoad } from "./activityLoad.js";
export { bandOf, TRAININGPEAKS_BANDS } from "./compliance.js";

/**
 * What became of one planned occurrence (pure): with no link, `missed` before `asOf` and `upcoming` from it; with one,
 * its compliance, band, shift and load.
 */
function classify(
  occurrence: SessionOccurrence,
  week: number,
  link: ActivityLink | undefined,
  {
    asOf,
    bands,
    dayOf,
  }: { readonly asOf: string; readonly bands: ComplianceBands; readonly dayOf: (date: string) => number },
): Counted {
  // Built key by key, in the order the JSON shows them, without spreads: this runs once per occurrence of the plan.
  const result: { -readonly [K in keyof OccurrenceAdherence]: OccurrenceAdherence[K] } = {
    occurrenceId: occurrence.id,
    sessionId: occurrence.sessionId,
    kind: occurrence.kind,
    date: occurrence.date,
    week,
    status: occurrence.date < asOf ? "missed" : "upcoming",
  };
  const plannedLoad = sessionLoad(occurrence.session);
  if (link === undefined) return { result, plannedLoad, actualLoad: 0 };
  const { activity } = link;
  const shiftDays = dayOf(activity.date) - dayOf(occurrence.date);
  const compliance = activity.minutes / occurrence.session.minutes;
  const band = bandOf(compliance, bands);
  const actualLoad = activityLoad(activity, plannedRpe(occurrence));
  result.status = band !== "green" ? "partial" : shiftDays !== 0 ? "shifted" : "done";
  result.activityId = activity.id;
  result.linkedBy = link.by;
  if (shiftDays !== 0) result.shiftDays = shiftDays;
  result.compliance = compliance;
  if (activity.rpe !== undefined && plannedLoad > 0) result.loadCompliance = actualLoad / plannedLoad;
  result.band = band;
  return { result, plannedLoad, actualLoad };
}

/**
 * Plan against actual: links the athlete's activities to the plan's session occurrences one to one and says what
 * became of each occurrence, week by week and in total. Links the user made (an activity's `occurrenceId`) win when
 * the occurrence is of the activity's kind (the others are listed in `refusedLinks`, and the activity is matched
 * like the rest); then an activity goes to an occurrence of the same kind on the same day, else on the nearest day
 * within `windowDays` (default 2), a tie going to the closest duration. The result does not depend on the order of
 * the activities. Compliance is actual / planned minutes, coloured by `bands` (TrainingPeaks' by default).
 * Activities that match nothing are `unplanned`: they still count as load (see {@link fitness}). An occurrence that
 * a DST gap pushed past the plan's last day counts in the last week, whose `endDate` is then its day.
 *
 * @param plan - A parsed plan.
 * @param activities - Parsed activities (see {@link parseActivities}).
 * @param options - `asOf` (today), the matching window, the compliance bands.
 * @returns `{ asOf, occurrences, unplanned, weeks, totals }`, and `refusedLinks` when a link was not taken.
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
  checkLiveOptions(options, "adherence");
  const { asOf, windowDays = 2, bands = TRAININGPEAKS_BANDS } = options;
  // One expansion gives the occurrences and those that skips and dropping pauses cancelled (status "skipped").
  const expansion = expandPlanInZone(plan, { includeHabits: false, cancelled: true, ...limitOptionsOf(options) });
  const planned = expansion.occurrences.filter(
    (occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit",
  );
  const { links, refused, sorted, occurrenceOf } = linkActivities(planned, activities, windowDays);
  const dayOf = dayNumbers();
  const span = planSpan(plan, [...planned, ...expansion.cancelled]);
  const tallies = Array.from({ length: span.weeks }, newTally);
  const total = newTally();

  const results: OccurrenceAdherence[] = [];
  const count = (counted: Counted) => {
    results.push(counted.result);
    const tally = tallies[counted.result.week - 1];
    if (tally) tallyOccurrence(tally, counted);
    tallyOccurrence(total, counted);
  };
  // The expansion's week, but for an occurrence pushed past the plan's end: the last week.
  const weekOf = (occurrence: { readonly week: number }) => Math.min(occurrence.week, span.weeks);
  for (const occurrence of planned) {
    const week = weekOf(occurrence);
    count(classify(occurrence, week, links.get(occurrence.id), { asOf, bands, dayOf }));
  }
  for (const occurrence of expansion.cancelled) {
    const { id: occurrenceId, sessionId, kind, date } = occurrence;
    const week = weekOf(occurrence);
    count({ result: { occurrenceId, sessionId, kind, date, week, status: "skipped" }, plannedLoad: 0, actualLoad: 0 });
  }

  const unplanned = sorted.filter((_, index) => occurrenceOf[index] === undefined);
  for (const activity of unplanned) {
    const tally = tallies[span.weekOf(dayOf(activity.date)) - 1];
    if (tally) tally.unplanned += 1;
    total.unplanned += 1;
  }

  results.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.occurrenceId, b.occurrenceId));
  return {
    asOf,
    occurrences: results,
    unplanned: unplanned.map((activity) => activity.id),
    weeks: tallies.map((tally, index) => ({
      week: index + 1,
      startDate: addDays(plan.startDate, index * 7),
      endDate: index + 1 === span.weeks ? daysToDate(span.lastDay) : addDays(plan.startDate, index * 7 + 6),
      ...countsOf(tally),
    })),
    totals: countsOf(total),
    ...(refused.length === 0
      ? {}
      : {
          refusedLinks: refused.map(({ activity, occurrenceId, reason }) => ({
            activityId: activity.id,
            occurrenceId,
            reason,
          })),
        }),
  };
}
