/**
 * Record keys (non-negative integers below 2^53) mapped to record positions, in typed arrays with
 * open addressing. A million keys in a `Map` would be a million heap-allocated numbers (most of
 * the garbage-collection time of a large import); here they are 24 MB and no garbage.
 */
export class KeyIndex {
  private keys = new Float64Array(1 << 12).fill(-1);
  private positions = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private count = 0;
  /** Whether keys came in increasing order (a file sorted like the table): then no sort is needed. */
  private ascending = true;
  private lastKey = -1;

  private slot(key: number): number {
    // Mix the high and low halves of the key (keys are exact integers, so this is deterministic).
    const low = (key % 0x100000000) | 0;
    const high = Math.floor(key / 0x100000000) | 0;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    return h & this.mask;
  }

  /** The position stored for the key, or -1. */
  get(key: number): number {
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
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === key) return this.positions[i] ?? -1;
      if (k === -1) {
        this.keys[i] = key;
        this.positions[i] = position;
        this.count++;
        if (key < this.lastKey) this.ascending = false;
        this.lastKey = key;
        return -1;
      }
    }
  }

  private grow(): void {
    const { ascending, lastKey } = this;
    const oldKeys = this.keys;
    const oldPositions = this.positions;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.positions = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i] ?? -1;
      if (k !== -1) this.add(k, oldPositions[i] ?? 0);
    }
    this.ascending = ascending;
    this.lastKey = lastKey;
  }

  /**
   * Positions in key order. Writing rows in primary-key order makes SQLite append to its B-trees
   * instead of splitting pages all over them: about twice as fast for a large import.
   */
  positionsInKeyOrder(): Int32Array {
    if (this.ascending) return Int32Array.from({ length: this.count }, (_, i) => i);
    const sorted = new Float64Array(this.count);
    let n = 0;
    for (const k of this.keys) if (k !== -1) sorted[n++] = k;
    sorted.sort();
    const order = new Int32Array(this.count);
    for (let i = 0; i < sorted.length; i++) order[i] = this.get(sorted[i] ?? -1);
    return order;
  }

  get size(): number {
    return this.count;
  }
}
