/**
 * Record keys (non-negative integers below 2^53) mapped to record positions, in typed arrays: a
 * million keys in a `Map` would be a million heap-allocated numbers (most of the garbage-collection
 * time of a large import); here they are a few megabytes and no garbage.
 *
 * While keys come in increasing order — a file sorted like the table, the usual case — they are
 * only appended to a sorted list: a duplicate can only be the last key or be found by binary
 * search, and no key is hashed. The first key out of order moves them all into a hash table with
 * open addressing.
 */
export class KeyIndex {
  /** Sorted mode: keys[0…count) increasing, positions alongside. Hashed mode: the open-addressing table. */
  private keys = new Float64Array(1 << 12);
  private positions = new Int32Array(1 << 12);
  private hashed = false;
  private mask = (1 << 12) - 1;
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
   * Keys in increasing order need no room ahead; the hash table, if one is needed, is made that big.
   */
  reserve(count: number): void {
    this.expected = Math.min(Math.max(0, Math.floor(count)), 1 << 21);
  }

  /** Sorted mode: the index of the key in keys[0…count), or -1. */
  private search(key: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] ?? -1;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The position stored for the key, or -1. */
  get(key: number): number {
    if (!this.hashed) {
      const at = this.search(key);
      return at < 0 ? -1 : (this.positions[at] ?? -1);
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
      const last = this.count > 0 ? (this.keys[this.count - 1] ?? -1) : -1;
      if (key > last) {
        if (this.count === this.keys.length) this.growSorted();
        this.keys[this.count] = key;
        this.positions[this.count] = position;
        this.count++;
        return -1;
      }
      const at = key === last ? this.count - 1 : this.search(key);
      if (at >= 0) return this.positions[at] ?? -1;
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

  private growSorted(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const positions = new Int32Array(this.positions.length * 2);
    positions.set(this.positions);
    this.keys = keys;
    this.positions = positions;
  }

  /** Moves the sorted keys into a hash table (at most half full). */
  private toHashed(): void {
    const keys = this.keys;
    const positions = this.positions;
    const count = this.count;
    let size = 1 << 12;
    while ((Math.max(count, this.expected) + 1) * 2 > size) size *= 2;
    this.hashed = true;
    this.allocateTable(size);
    for (let i = 0; i < count; i++) this.hashAdd(keys[i] ?? 0, positions[i] ?? 0);
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
    if (!this.hashed) return this.positions.slice(0, this.count);
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
