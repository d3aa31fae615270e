import { dateToDays, parseCivilDate, parseDateTime } from "../calendar/civilDate.js";
import { createZoneConverter, localDayOf } from "../calendar/zone.js";
import type { HistoryDay, TrainingHistory } from "../load/types.js";
import type { Activity } from "../model/activity.js";
import { errorOf, issueOf, type OffseasonIssue } from "../model/errors.js";
import { LIVE_MESSAGES } from "../model/issueMessages.js";
import { isTimeZone } from "../model/primitives.js";
import { activityLoad } from "./activityLoad.js";
import { sortActivities } from "./activityOrder.js";

/** Options of {@link historyFromActivities}. */
export interface HistoryFromActivitiesOptions {
  /** The first day after the history: the plan's start date (`plan.startDate`). The last history day is the day before. */
  readonly until: string;
  /** The most days of history, counted back from `until`; default 42. It starts no earlier than the first activity. */
  readonly days?: number;
  /**
   * An IANA zone (the plan's) to date activities in: an activity with a `start` counts on the local day of its start
   * there. Without it, each activity counts on its own `date` (the day where it was recorded).
   */
  readonly timezone?: string;
  /** The RPE of an activity that gives none; default 4 (in-season running, as the ACWR seed assumes). */
  readonly defaultRpe?: number;
}

function checkOptions(options: HistoryFromActivitiesOptions): void {
  const issues: OffseasonIssue[] = [];
  const until: unknown = options.until;
  if (typeof until !== "string" || parseCivilDate(until) === undefined)
    issues.push(issueOf(["until"], "config", LIVE_MESSAGES, "history.until"));
  const days: unknown = options.days;
  if (days !== undefined && (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > 3660))
    issues.push(issueOf(["days"], "config", LIVE_MESSAGES, "history.days"));
  if (options.timezone !== undefined && !isTimeZone(options.timezone))
    issues.push(issueOf(["timezone"], "config", LIVE_MESSAGES, "history.timezone"));
  const rpe: unknown = options.defaultRpe;
  if (rpe !== undefined && (typeof rpe !== "number" || !(rpe >= 0 && rpe <= 10)))
    issues.push(issueOf(["defaultRpe"], "config", LIVE_MESSAGES, "live.defaultRpe"));
  if (issues.length > 0) throw errorOf("config", "summary.invalidHistoryOptions", issues);
}

/**
 * The training history that {@link validatePlan} takes (`{ history }`), from what the athlete did: one day per local
 * day up to the day before `until` (the plan's start), with its session-RPE load (RPE x minutes of runs,
 * cross-training and strength; `defaultRpe` for an activity without RPE), run minutes and longest run. Days without
 * an activity are rest days; the history starts at the later of `until - days` and the first activity's day, so a
 * short log makes a short history (and the ACWR is then reported only once 28 days are known).
 *
 * @param activities - Parsed activities (see {@link parseActivities}).
 * @param options - `until` (the plan's start date), how many days, the zone to date them in, the default RPE.
 * @returns `{ days }`, oldest first; empty when no activity falls in the window.
 * @throws {@link OffseasonError} with code `config` for a bad option.
 * @example
 * ```ts
 * import { historyFromActivities, parseActivities } from "offseason";
 * const activities = parseActivities([
 *   { id: "a1", date: "2026-10-30", kind: "run", minutes: 50, rpe: 4 },
 *   { id: "a2", date: "2026-11-01", kind: "run", minutes: 90, rpe: 5 },
 * ]);
 * const history = historyFromActivities(activities, { until: "2026-11-02" });
 * history.days?.map((day) => day.load); //=> [200, 0, 450]
 * history.days?.[2]?.longestRunMinutes; //=> 90
 * ```
 */
export function historyFromActivities(
  activities: readonly Activity[],
  options: HistoryFromActivitiesOptions,
): TrainingHistory {
  checkOptions(options);
  const { until, days = 42, timezone, defaultRpe = 4 } = options;
  const end = dateToDays(until);
  const windowStart = end - days;
  const zone = timezone === undefined ? undefined : createZoneConverter(timezone, windowStart - 2, end + 2);
  const dayOf = (activity: Activity): number => {
    if (zone === undefined || activity.start === undefined) return dateToDays(activity.date);
    const ms = parseDateTime(activity.start);
    return localDayOf({ ms, offsetSeconds: zone.offsetAt(ms) });
  };
  // Summed in date-then-id order: the same log in any order gives the same sums, to the last bit.
  const inWindow = sortActivities(activities)
    .map((activity) => ({ activity, day: dayOf(activity) }))
    .filter(({ day }) => day >= windowStart && day < end);
  if (inWindow.length === 0) return { days: [] };
  const first = Math.min(...inWindow.map(({ day }) => day));
  const result = Array.from({ length: end - first }, () => ({ load: 0, runMinutes: 0, longestRunMinutes: 0 }));
  for (const { activity, day } of inWindow) {
    const entry = result[day - first];
    if (entry === undefined) continue;
    entry.load += activityLoad(activity, defaultRpe);
    if (activity.kind === "run") {
      entry.runMinutes += activity.minutes;
      entry.longestRunMinutes = Math.max(entry.longestRunMinutes, activity.minutes);
    }
  }
  const history: readonly HistoryDay[] = result;
  return { days: history };
}
