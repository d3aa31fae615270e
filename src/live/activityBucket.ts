/** The nearest activity of a bucket to some planned minutes, and how far its minutes are from them. */
export interface Nearest {
  /** The activity's index in the activities sorted by date then id: the last tie-break of the linking. */
  readonly index: number;
  /** `Math.abs(activity.minutes - planned minutes)`, computed exactly so. */
  readonly minutes: number;
}

/** The first position in `values` (ascending) whose value is at least `target` (or above it, with `above`). */
function bound(values: Float64Array, target: number, above: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const value = values[middle] ?? 0;
    if (value < target || (above && value === target)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Finds a set's representative with path halving: `next[i] === i` marks a position still there. */
function find(next: Int32Array, start: number): number {
  let index = start;
  for (;;) {
    const parent = next[index] ?? index;
    if (parent === index) return index;
    const grandparent = next[parent] ?? parent;
    next[index] = grandparent;
    index = grandparent;
  }
}

/**
 * The unlinked activities of one day and kind, sorted by minutes then linking index, from which the one nearest to
 * some planned minutes is found in O(log n) and removed in near-constant time (two union-find chains skip the removed
 * ones, one to the right and one to the left). This is what keeps linking near-linear: no pair of an activity and an
 * occurrence is ever listed. Activities are their indices in the sorted log; `slot` (shared by every bucket of a
 * linking) records where each sits in its bucket.
 */
export class ActivityBucket {
  /** Activity indices, by minutes then index. */
  private readonly order: Int32Array;
  /** Their minutes, in the same order. */
  private readonly minutes: Float64Array;
  /** `right[p]`: the first position at p or after still there (length for none); `left[p + 1]` the last at p or before. */
  private readonly right: Int32Array;
  private readonly left: Int32Array;

  /**
   * @param indices - The activities of the bucket, as indices into the sorted log, ascending.
   * @param minutesOf - Minutes by activity index.
   * @param slot - Positions by activity index, filled in here for these activities.
   */
  constructor(
    indices: readonly number[],
    minutesOf: Float64Array,
    private readonly slot: Int32Array,
  ) {
    // A stable sort of ascending indices by minutes: ties stay in index order. Plain loops: typed arrays' `from`
    // with a mapping function is several times slower on the many small buckets of a long log.
    const sorted = indices.slice().sort((a, b) => (minutesOf[a] ?? 0) - (minutesOf[b] ?? 0));
    const count = sorted.length;
    this.order = new Int32Array(count);
    this.minutes = new Float64Array(count);
    this.right = new Int32Array(count + 1);
    this.left = new Int32Array(count + 1);
    for (let position = 0; position < count; position += 1) {
      const index = sorted[position] ?? 0;
      this.order[position] = index;
      this.minutes[position] = minutesOf[index] ?? 0;
      slot[index] = position;
      this.right[position] = position;
      this.left[position] = position;
    }
    this.right[count] = count;
    this.left[count] = count;
  }

  /** The first position still there at `position` or after (length when none). */
  private firstFrom(position: number): number {
    return find(this.right, position);
  }

  /** The last position still there at `position` or before (-1 when none). */
  private lastUpTo(position: number): number {
    return find(this.left, position + 1) - 1;
  }

  /** Takes an activity (by index) out of the bucket. */
  remove(index: number): void {
    const position = this.slot[index] ?? -1;
    if (position < 0) return;
    this.right[position] = position + 1;
    this.left[position + 1] = position;
  }

  /**
   * The activity whose minutes are nearest to `planned`, a tie going to the lower index; undefined when the bucket is
   * empty. Rounding can make two different minutes equally far: every group as far as the nearest is read.
   */
  nearest(planned: number): Nearest | undefined {
    const { order, minutes } = this;
    let best: Nearest | undefined;
    const consider = (position: number): boolean => {
      const index = order[position] ?? -1;
      const distance = Math.abs((minutes[position] ?? 0) - planned);
      if (best !== undefined && distance > best.minutes) return false;
      if (best === undefined || distance < best.minutes || index < best.index) best = { index, minutes: distance };
      return true;
    };
    const start = bound(minutes, planned, false);
    // Upwards: each group of equal minutes starts with its lowest index (the sort), so its first one left is its best.
    for (let position = this.firstFrom(start); position < order.length;) {
      if (!consider(position)) break;
      position = this.firstFrom(bound(minutes, minutes[position] ?? 0, true));
    }
    // Downwards: the group of the last one left below starts at its lower bound.
    for (let position = this.lastUpTo(start - 1); position >= 0;) {
      const groupStart = bound(minutes, minutes[position] ?? 0, false);
      if (!consider(this.firstFrom(groupStart))) break;
      position = this.lastUpTo(groupStart - 1);
    }
    return best;
  }
}
