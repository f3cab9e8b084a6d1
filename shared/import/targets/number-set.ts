/** Keys in increasing order with their positions, grown by doubling. */
class SortedRun {
  keys = new Float64Array(1 << 10);
  positions = new Int32Array(1 << 10);
  count = 0;

  get first(): number {
    return this.keys[0] ?? -1;
  }

  get last(): number {
    return this.count > 0 ? (this.keys[this.count - 1] ?? -1) : -1;
  }

  append(key: number, position: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      const positions = new Int32Array(this.positions.length * 2);
      positions.set(this.positions);
      this.keys = keys;
      this.positions = positions;
    }
    this.keys[this.count] = key;
    this.positions[this.count] = position;
    this.count++;
  }

  /** The position stored for the key, or -1 (binary search). */
  find(key: number): number {
    if (this.count === 0 || key < this.first || key > this.last) return -1;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] ?? -1;
      if (k === key) return this.positions[mid] ?? -1;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Sorted runs kept before the keys move into a hash table (see KeyIndex). */
const MAX_RUNS = 8;

/**
 * Record keys (non-negative integers below 2^53) mapped to record positions, in typed arrays: a
 * million keys in a `Map` would be a million heap-allocated numbers (most of the garbage-collection
 * time of a large import); here they are a few megabytes and no garbage.
 *
 * While keys come as a few interleaved increasing sequences — a file sorted like the table, or
 * sorted by territory with its years side by side (each year is a stretch of the key) — each key is
 * appended to the sorted run whose last key is the greatest below it: a duplicate is found by
 * binary search in the runs whose range holds it, no key is hashed, and key order is a merge of the
 * runs (the all-Brazil CSV: two runs; hashing its 484,409 keys and sorting them took ~0.2 s). A key
 * that would start a ninth run moves them all into a hash table with open addressing.
 */
export class KeyIndex {
  /** Sorted mode: the runs. */
  private runs: SortedRun[] = [new SortedRun()];
  /** Hashed mode: the open-addressing table. */
  private keys = new Float64Array(0);
  private positions = new Int32Array(0);
  private hashed = false;
  private mask = 0;
  private count = 0;
  /** How many keys are expected: a hash table made for them is not rebuilt as it fills. */
  private expected = 0;

  private slot(key: number): number {
    // Mix the high and low halves of the key (keys are exact integers, so this is deterministic).
    const low = (key % 0x100000000) | 0;
    const high = Math.floor(key / 0x100000000) | 0;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    return h & this.mask;
  }

  /**
   * Expects about `count` keys (at most 2^21 are taken into account: a wrong guess costs little).
   * Sorted runs need no room ahead; the hash table, if one is needed, is made that big.
   */
  reserve(count: number): void {
    this.expected = Math.min(Math.max(0, Math.floor(count)), 1 << 21);
  }

  /** The position stored for the key, or -1. */
  get(key: number): number {
    if (!this.hashed) {
      for (const run of this.runs) {
        const at = run.find(key);
        if (at !== -1) return at;
      }
      return -1;
    }
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === -1) return -1;
      if (k === key) return this.positions[i] ?? -1;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  /** Stores the key's position; returns the position already stored for it, or -1 when new. */
  add(key: number, position: number): number {
    if (!this.hashed) {
      // The run to append to: the one whose last key is the greatest below the key.
      let best: SortedRun | null = null;
      for (const run of this.runs) {
        const last = run.last;
        if (key <= last) {
          const at = key === last ? (run.positions[run.count - 1] ?? -1) : run.find(key);
          if (at !== -1) return at;
        } else if (best === null || last > best.last) best = run;
      }
      if (best === null && this.runs.length < MAX_RUNS) {
        best = new SortedRun();
        this.runs.push(best);
      }
      if (best !== null) {
        best.append(key, position);
        this.count++;
        return -1;
      }
      this.toHashed();
    }
    if ((this.count + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    return this.hashAdd(key, position);
  }

  private hashAdd(key: number, position: number): number {
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === key) return this.positions[i] ?? -1;
      if (k === -1) {
        this.keys[i] = key;
        this.positions[i] = position;
        this.count++;
        return -1;
      }
    }
  }

  /** Moves the runs' keys into a hash table (at most half full). */
  private toHashed(): void {
    const runs = this.runs;
    let size = 1 << 12;
    while ((Math.max(this.count, this.expected) + 1) * 2 > size) size *= 2;
    this.hashed = true;
    this.runs = [];
    this.allocateTable(size);
    for (const run of runs) for (let i = 0; i < run.count; i++) this.hashAdd(run.keys[i] ?? 0, run.positions[i] ?? 0);
  }

  private allocateTable(size: number): void {
    this.keys = new Float64Array(size).fill(-1);
    this.positions = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
  }

  private rehash(size: number): void {
    const oldKeys = this.keys;
    const oldPositions = this.positions;
    this.allocateTable(size);
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i] ?? -1;
      if (k !== -1) this.hashAdd(k, oldPositions[i] ?? 0);
    }
  }

  /**
   * Positions in key order. Writing rows in primary-key order makes SQLite append to its B-trees
   * instead of splitting pages all over them: about twice as fast for a large import.
   */
  positionsInKeyOrder(): Int32Array {
    if (!this.hashed) return this.mergedRuns();
    const sorted = new Float64Array(this.count);
    let n = 0;
    for (const k of this.keys) if (k !== -1) sorted[n++] = k;
    sorted.sort();
    const order = new Int32Array(this.count);
    for (let i = 0; i < sorted.length; i++) order[i] = this.get(sorted[i] ?? -1);
    return order;
  }

  /** The runs' positions merged by key, each stretch of a run below the other runs' next keys copied at once. */
  private mergedRuns(): Int32Array {
    const runs = this.runs.filter((r) => r.count > 0).sort((a, b) => a.first - b.first);
    const order = new Int32Array(this.count);
    const next = new Int32Array(runs.length);
    let n = 0;
    while (runs.length > 0) {
      // The run with the smallest next key, and the smallest next key among the others.
      let min = 0;
      for (let r = 1; r < runs.length; r++) if ((runs[r]?.keys[next[r] ?? 0] ?? 0) < (runs[min]?.keys[next[min] ?? 0] ?? 0)) min = r;
      let bound = Infinity;
      for (let r = 0; r < runs.length; r++) if (r !== min) bound = Math.min(bound, runs[r]?.keys[next[r] ?? 0] ?? Infinity);
      const run = runs[min] as SortedRun;
      let i = next[min] ?? 0;
      const from = i;
      while (i < run.count && (run.keys[i] ?? 0) < bound) i++;
      order.set(run.positions.subarray(from, i), n);
      n += i - from;
      if (i === run.count) {
        runs.splice(min, 1);
        next.copyWithin(min, min + 1);
      } else next[min] = i;
    }
    return order;
  }

  get size(): number {
    return this.count;
  }
}
