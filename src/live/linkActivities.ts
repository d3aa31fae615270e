import type { Activity } from "../model/activity.js";
import type { SessionOccurrence } from "../schedule/types.js";
import { ActivityBucket, type Nearest } from "./activityBucket.js";
import { sortActivities } from "./activityOrder.js";
import { dayNumbers } from "./dayNumbers.js";
import { MinHeap } from "./minHeap.js";

/** An activity linked to an occurrence, and who made the link. */
export interface ActivityLink {
  readonly activity: Activity;
  /** `user`: the activity's `occurrenceId`; `auto`: matching. */
  readonly by: "user" | "auto";
}

/**
 * Why the link an activity names (its `occurrenceId`) was not taken; the activity was then matched like the others:
 * - `other-kind`: the occurrence is of another kind than the activity (a yoga activity cannot complete a run);
 * - `taken`: another activity, earlier by date then id, names the same occurrence;
 * - `not-planned`: no planned session occurrence has that id (unknown, a habit, or skipped).
 */
export type RefusedLinkReason = "other-kind" | "taken" | "not-planned";

/** A link the user made that was not taken. */
export interface RefusedLink {
  readonly activity: Activity;
  readonly occurrenceId: string;
  readonly reason: RefusedLinkReason;
}

/** What {@link linkActivities} returns. */
export interface ActivityLinks {
  /** The link of each linked occurrence id. */
  readonly links: ReadonlyMap<string, ActivityLink>;
  /** The user's links not taken, in the activities' date-then-id order. */
  readonly refused: readonly RefusedLink[];
  /** The activities in date-then-id order (the order linking read them in, and every sum should). */
  readonly sorted: readonly Activity[];
  /** The occurrence each of `sorted` completed, by index (undefined: unplanned; a repeated object: the same one). */
  readonly occurrenceOf: readonly (SessionOccurrence | undefined)[];
}

/** An occurrence still free, with what linking compares of it. */
interface Free {
  readonly occurrence: SessionOccurrence;
  /** Its index in the expansion order. */
  readonly order: number;
  /** Its day number. */
  readonly day: number;
}

/** A candidate pair of one level (a day distance): compared by minutes apart, occurrence order, activity order. */
interface Pair extends Free, Nearest {}

const byPairKey = (a: Pair, b: Pair) => a.minutes - b.minutes || a.order - b.order || a.index - b.index;

/** The better of two offers for the same occurrence: closer minutes, then the earlier activity. */
const better = (a: Nearest | undefined, b: Nearest | undefined) =>
  a === undefined || (b !== undefined && (b.minutes - a.minutes || b.index - a.index) < 0) ? b : a;

/** The five activity kinds as small numbers, for numeric bucket keys. */
const KIND_INDEX: Readonly<Record<Activity["kind"], number>> = {
  run: 0,
  strength: 1,
  cross: 2,
  mobility: 3,
  mental: 4,
};
const bucketKey = (day: number, kind: Activity["kind"]) => day * 8 + KIND_INDEX[kind];

/**
 * For each position of the sorted log, the position of the first copy of the same object (itself, but for an object
 * given twice). Copies sort together, among activities of the same date and id: only such runs are looked into.
 */
function firstCopies(sorted: readonly Activity[]): Int32Array {
  const first = Int32Array.from({ length: sorted.length }, (_, index) => index);
  for (let index = 1; index < sorted.length; index += 1) {
    const activity = sorted[index];
    let before = index - 1;
    for (let other = sorted[before]; other && activity; other = sorted[--before]) {
      if (other.date !== activity.date || other.id !== activity.id) break;
      if (other === activity) first[index] = first[before] ?? before;
    }
  }
  return first;
}

/** Mutable state of one linking: the links so far, by occurrence id and by activity index. */
interface Linking {
  readonly sorted: readonly Activity[];
  readonly first: Int32Array;
  readonly links: Map<string, ActivityLink>;
  readonly occurrenceOf: (SessionOccurrence | undefined)[];
}

/** The user's links, in date-then-id order: taken when the occurrence is planned, of the same kind and still free. */
function linkByUser(state: Linking, occurrences: readonly SessionOccurrence[]): RefusedLink[] {
  const { sorted, first, links, occurrenceOf } = state;
  const byId = new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
  const refused: RefusedLink[] = [];
  sorted.forEach((activity, index) => {
    const { occurrenceId } = activity;
    // The same activity object given twice is one activity: read once.
    if (occurrenceId === undefined || first[index] !== index) return;
    const target = byId.get(occurrenceId);
    if (target === undefined) refused.push({ activity, occurrenceId, reason: "not-planned" });
    else if (target.kind !== activity.kind) refused.push({ activity, occurrenceId, reason: "other-kind" });
    else if (links.has(target.id)) refused.push({ activity, occurrenceId, reason: "taken" });
    else {
      links.set(target.id, { activity, by: "user" });
      occurrenceOf[index] = target;
    }
  });
  return refused;
}

/**
 * The free activities (first copies only) by day and kind, as buckets built on first use: most days and kinds of a
 * long log have no occurrence within reach, and their activities are never sorted by minutes.
 */
function bucketsOf(state: Linking, dayOf: (date: string) => number): (key: number) => ActivityBucket | undefined {
  const { sorted, first, occurrenceOf } = state;
  const lists = new Map<number, number[]>();
  sorted.forEach((activity, index) => {
    if (first[index] !== index || occurrenceOf[index] !== undefined) return;
    const key = bucketKey(dayOf(activity.date), activity.kind);
    const list = lists.get(key);
    if (list) list.push(index);
    else lists.set(key, [index]);
  });
  const minutes = new Float64Array(sorted.length);
  sorted.forEach((activity, index) => (minutes[index] = activity.minutes));
  const slot = new Int32Array(sorted.length).fill(-1);
  const buckets = new Map<number, ActivityBucket>();
  return (key) => {
    let bucket = buckets.get(key);
    const list = bucket === undefined ? lists.get(key) : undefined;
    if (list !== undefined) buckets.set(key, (bucket = new ActivityBucket(list, minutes, slot)));
    return bucket;
  };
}

/**
 * Links activities to the plan's session occurrences one to one. The links the user made (an activity's
 * `occurrenceId`) come first, when the occurrence is of the activity's kind; then each remaining activity goes to an
 * unlinked occurrence of the same kind, the same day first, else the nearest day within `windowDays`, a tie going to
 * the closest duration (then the earlier occurrence, then the earlier activity by date and id). The pairs are taken
 * best first over the whole plan, so the result does not depend on the order of the activities.
 *
 * Day distance by day distance, each free occurrence offers its best free activity on a heap; the least offer is the
 * best pair left (offers only get worse as activities are taken), and an offer whose activity was taken is renewed.
 * Time and memory are near-linear in activities + occurrences; the result is the one of sorting every pair.
 *
 * @param occurrences - The plan's session occurrences, in expansion order (the order breaks ties).
 * @param activities - Parsed activities, in any order.
 * @param windowDays - How many days apart an activity and an occurrence may be.
 * @returns The links by occurrence id, the user's links refused, the activities sorted and what each completed.
 */
export function linkActivities(
  occurrences: readonly SessionOccurrence[],
  activities: readonly Activity[],
  windowDays: number,
): ActivityLinks {
  const sorted = sortActivities(activities);
  const first = firstCopies(sorted);
  const state: Linking = { sorted, first, links: new Map(), occurrenceOf: new Array<undefined>(sorted.length) };
  const { links, occurrenceOf } = state;
  const refused = linkByUser(state, occurrences);
  const dayOf = dayNumbers();
  const bucketAt = bucketsOf(state, dayOf);
  let free: Free[] = [];
  occurrences.forEach((occurrence, order) => {
    if (!links.has(occurrence.id)) free.push({ occurrence, order, day: dayOf(occurrence.date) });
  });
  for (let distance = 0; distance <= windowDays && free.length > 0; distance += 1) {
    const offer = ({ occurrence, order, day }: Free): Pair | undefined => {
      const { kind, session } = occurrence;
      const below = bucketAt(bucketKey(day - distance, kind))?.nearest(session.minutes);
      const best =
        distance === 0 ? below : better(below, bucketAt(bucketKey(day + distance, kind))?.nearest(session.minutes));
      return best && { occurrence, order, day, index: best.index, minutes: best.minutes };
    };
    const heap = new MinHeap<Pair>(byPairKey);
    for (const occurrence of free) {
      const pair = offer(occurrence);
      if (pair) heap.push(pair);
    }
    for (let pair = heap.pop(); pair !== undefined; pair = heap.pop()) {
      const { occurrence, index } = pair;
      const activity = sorted[index];
      if (links.has(occurrence.id) || activity === undefined) continue;
      if (occurrenceOf[index] !== undefined) {
        // Its activity was taken since the offer: the occurrence offers its best one left.
        const renewed = offer(pair);
        if (renewed) heap.push(renewed);
        continue;
      }
      links.set(occurrence.id, { activity, by: "auto" });
      occurrenceOf[index] = occurrence;
      bucketAt(bucketKey(dayOf(activity.date), activity.kind))?.remove(index);
    }
    free = free.filter(({ occurrence }) => !links.has(occurrence.id));
  }
  // A repeated object completed what its first copy did.
  first.forEach((copyOf, index) => {
    if (copyOf !== index) occurrenceOf[index] = occurrenceOf[copyOf];
  });
  return { links, refused, sorted, occurrenceOf };
}
