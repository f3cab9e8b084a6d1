/**
 * Sorts alternative indices by score, ascending, without comparisons: the hot loop of Monte Carlo
 * (10,000 orderings of ~850 scores). Rounding a double to float32 never reverses an order
 * (a < b ⇒ f32(a) ≤ f32(b)), so an LSD radix sort on float32 keys is exact except inside runs of
 * equal keys, which are then put in order by their double scores (then by index). Allocation-free:
 * the buffers live in the orderer.
 */
export class RadixOrderer {
  private readonly f32: Float32Array;
  private readonly bits: Uint32Array;
  private readonly keys: Uint32Array;
  private readonly tmpKeys: Uint32Array;
  private readonly tmpIdx: Uint32Array;
  private readonly counts = new Uint32Array(4 * 256);
  /** Indices in ascending order of score after `order`. */
  readonly idx: Uint32Array;

  constructor(readonly size: number) {
    this.f32 = new Float32Array(size);
    this.bits = new Uint32Array(this.f32.buffer);
    this.keys = new Uint32Array(size);
    this.tmpKeys = new Uint32Array(size);
    this.tmpIdx = new Uint32Array(size);
    this.idx = new Uint32Array(size);
  }

  order(scores: Float64Array): Uint32Array {
    const m = this.size;
    const { f32, bits, counts } = this;
    let keys = this.keys;
    let tmpKeys = this.tmpKeys;
    let idx = this.idx;
    let tmpIdx = this.tmpIdx;
    f32.set(scores);
    counts.fill(0);
    for (let i = 0; i < m; i++) {
      const raw = bits[i]!;
      const b = raw === 0x80000000 ? 0 : raw; // −0 is 0
      // Order-preserving map of IEEE bits to unsigned: flip all bits of negatives, the sign of positives.
      const k = (b & 0x80000000 ? ~b : b | 0x80000000) >>> 0;
      keys[i] = k;
      idx[i] = i;
      counts[k & 0xff]!++;
      counts[256 + ((k >>> 8) & 0xff)]!++;
      counts[512 + ((k >>> 16) & 0xff)]!++;
      counts[768 + (k >>> 24)]!++;
    }
    for (let pass = 0; pass < 4; pass++) {
      const base = pass * 256;
      const shift = pass * 8;
      let sum = 0;
      for (let d = 0; d < 256; d++) {
        const c = counts[base + d]!;
        counts[base + d] = sum;
        sum += c;
      }
      for (let i = 0; i < m; i++) {
        const k = keys[i]!;
        const pos = counts[base + ((k >>> shift) & 0xff)]!++;
        tmpKeys[pos] = k;
        tmpIdx[pos] = idx[i]!;
      }
      const k = keys;
      keys = tmpKeys;
      tmpKeys = k;
      const x = idx;
      idx = tmpIdx;
      tmpIdx = x;
    }
    // Four passes: the result is back in the original buffers (this.keys, this.idx).
    for (let start = 0; start < m;) {
      let end = start + 1;
      while (end < m && keys[end] === keys[start]) end++;
      if (end - start > 1) insertionSort(idx, scores, start, end);
      start = end;
    }
    return idx;
  }
}

function insertionSort(idx: Uint32Array, scores: Float64Array, start: number, end: number): void {
  if (end - start > 32) {
    // A large cluster of near-equal scores: a comparison sort, to stay O(k log k).
    idx.subarray(start, end).sort((a, b) => scores[a]! - scores[b]! || a - b);
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const v = idx[i]!;
    const s = scores[v]!;
    let j = i - 1;
    while (j >= start && (scores[idx[j]!]! > s || (scores[idx[j]!]! === s && idx[j]! > v))) {
      idx[j + 1] = idx[j]!;
      j--;
    }
    idx[j + 1] = v;
  }
}
