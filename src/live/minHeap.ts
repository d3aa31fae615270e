/**
 * A binary min-heap under a comparator: `push` and `pop` in O(log n). The linking of activities pops candidate pairs
 * best first with it instead of sorting every pair of the plan.
 */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** How many items the heap holds. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item. */
  push(item: T): void {
    const { items } = this;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = items[parent] as T;
      if (this.compare(above, item) <= 0) break;
      items[index] = above;
      index = parent;
    }
    items[index] = item;
  }

  /** Removes and returns the least item, or undefined when the heap is empty. */
  pop(): T | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let index = 0;
    for (;;) {
      const leftIndex = 2 * index + 1;
      if (leftIndex >= items.length) break;
      const rightIndex = leftIndex + 1;
      const left = items[leftIndex] as T;
      const right = items[rightIndex];
      const [childIndex, child] =
        right !== undefined && this.compare(right, left) < 0 ? [rightIndex, right] : [leftIndex, left];
      if (this.compare(last, child) <= 0) break;
      items[index] = child;
      index = childIndex;
    }
    items[index] = last;
    return top;
  }
}
