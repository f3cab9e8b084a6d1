import { averageRanks } from './rank';
import { invalid } from './validate';

/**
 * Spearman's ρ (Spearman 1904): Pearson's correlation of the average ranks, which handles ties
 * correctly (the 1 − 6Σd²/(n(n²−1)) shortcut holds only without ties). Pass two vectors of the same
 * kind (two rank vectors, or two score vectors). Null when either side is all ties (ρ undefined).
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  checkPair(x, y);
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ-b (Kendall 1945): (P − Q)/√((P + Q + Tx)(P + Q + Ty)) with P concordant and Q discordant
 * pairs, Tx pairs tied only in x and Ty tied only in y. O(n²), fine for the ~10³ alternatives of a
 * scenario. Null when either side is all ties.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  checkPair(x, y);
  const n = x.length;
  let p = 0;
  let q = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] ?? 0) - (x[j] ?? 0));
      const dy = Math.sign((y[i] ?? 0) - (y[j] ?? 0));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tx++;
      else if (dy === 0) ty++;
      else if (dx === dy) p++;
      else q++;
    }
  }
  const denominator = Math.sqrt((p + q + tx) * (p + q + ty));
  return denominator === 0 ? null : (p - q) / denominator;
}

function pearson(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] ?? 0) - ma;
    const db = (b[i] ?? 0) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return null;
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

function checkPair(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw invalid(`Rankings of different lengths (${x.length} and ${y.length}) cannot be correlated.`);
  if (x.length < 2) throw invalid('A rank correlation needs at least two alternatives.');
  if (![...x, ...y].every(Number.isFinite)) throw invalid('A rank correlation was given a value that is not a number.');
}
