// The pairwise linking that adherence and fitness used before issue 21 (item 2), kept as a test oracle: it lists every
// candidate pair (activities x occurrences a day x (2 x windowDays + 1)) and sorts them. Only change: a user link is
// taken only to an occurrence of the activity's kind (item 8), as the new linking does.
import type { Activity } from "../../src/index.js";
import { dateToDays } from "../../src/calendar/civilDate.js";
import type { SessionOccurrence } from "../../src/schedule/types.js";

interface Link {
  readonly activity: Activity;
  readonly by: "user" | "auto";
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byDateThenId(a: Activity, b: Activity): number {
  return compare(a.date, b.date) || compare(a.id, b.id) || compare(JSON.stringify(a), JSON.stringify(b));
}

export function linkActivitiesPairwise(
  occurrences: readonly SessionOccurrence[],
  activities: readonly Activity[],
  windowDays: number,
): ReadonlyMap<string, Link> {
  const links = new Map<string, Link>();
  if (activities.length === 0) return links;
  const linkedActivities = new Set<Activity>();
  const byId = new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
  const sorted = [...activities].sort(byDateThenId);
  for (const activity of sorted) {
    const target = activity.occurrenceId === undefined ? undefined : byId.get(activity.occurrenceId);
    if (target === undefined || links.has(target.id)) continue;
    if (target.kind !== activity.kind) continue; // item 8
    links.set(target.id, { activity, by: "user" });
    linkedActivities.add(activity);
  }
  const byDay = new Map<number, SessionOccurrence[]>();
  for (const occurrence of occurrences) {
    if (links.has(occurrence.id)) continue;
    const day = dateToDays(occurrence.date);
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
    const day = dateToDays(activity.date);
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
