/** Strings stored once and referred to by a small index (sector codes, periods, reasons). */
export class Interner {
  private readonly indexes = new Map<string, number>();
  readonly values: string[] = [];

  constructor(reserveEmpty = false) {
    if (reserveEmpty) this.id('');
  }

  id(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }

  /** The index of a value already stored, or -1. */
  indexOf(value: string): number {
    return this.indexes.get(value) ?? -1;
  }

  get(index: number): string {
    return this.values[index] ?? '';
  }

  get size(): number {
    return this.values.length;
  }
}

/**
 * A growable column of numbers in a typed array: a million records in a few megabytes. Only two
 * array kinds are used (Int32Array, Float64Array) so the element access stays monomorphic enough
 * for V8 to keep it fast.
 */
export class NumberColumn<T extends Float64Array | Int32Array> {
  private data: T;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[index] = value;
  }

  get(index: number): number {
    return this.data[index] ?? 0;
  }

  /** Makes room for `count` values at once (at most 2^20: a wrong guess costs little), instead of doubling up to them. */
  reserve(count: number): void {
    const size = Math.min(Math.floor(count), 1 << 20);
    if (size <= this.data.length) return;
    const bigger = this.make(size);
    bigger.set(this.data);
    this.data = bigger;
  }
}

/** A value as a store holds it for a key: null when missing, with its missing reason (null: none). */
export interface HeldValue {
  value: number | null;
  missingReason: string | null;
}

/** A store's value and reason columns read back: NaN is a missing value, '' no reason. */
export function heldValue(value: number, reason: string): HeldValue {
  return { value: Number.isNaN(value) ? null : value, missingReason: reason === '' ? null : reason };
}
