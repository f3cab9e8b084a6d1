import { computed, missing, type ActivityMatrix, type Computed, type ReferenceTotals } from './types';

/** Dunn's (1960) decomposition of one territory × sector's change between two years. */
export interface ShiftShareCell {
  jobsFrom: number;
  jobsTo: number;
  /** E_ij⁰ · G: the change had the cell grown like the whole reference region. */
  referenceShare: Computed;
  /** E_ij⁰ · (G_i − G): the sector growing faster or slower than the reference as a whole. */
  industryMix: Computed;
  /** E_ij⁰ · (g_ij − G_i): the territory doing better or worse than the sector in the reference. */
  regionalShift: Computed;
  totalChange: number;
}

/** Esteban-Marquillas (1972) split of the regional shift, with homothetic employment E*_ij = E_j⁰ · E_i⁰ / E⁰. */
export interface EstebanMarquillasCell {
  homothetic: Computed;
  /** E*_ij · (g_ij − G_i) */
  competitive: Computed;
  /** (E_ij⁰ − E*_ij) · (g_ij − G_i) */
  allocation: Computed;
}

/**
 * Shift-share between `from` and `to` (same territories and sectors, same order). The three
 * components always sum to E_ij¹ − E_ij⁰: the regional shift is computed as the remainder
 * ΔE_ij − E_ij⁰·G_i, which equals E_ij⁰(g_ij − G_i) and stays defined when E_ij⁰ = 0.
 */
export function shiftShare(from: ActivityMatrix, to: ActivityMatrix, refFrom: ReferenceTotals, refTo: ReferenceTotals): ShiftShareCell[] {
  assertAligned(from, to);
  const n = from.sectors.length;
  const out: ShiftShareCell[] = [];
  const G = refFrom.total > 0 ? refTo.total / refFrom.total - 1 : null;
  for (let t = 0; t < from.territories.length; t++) {
    for (let s = 0; s < n; s++) {
      const e0 = from.values[t * n + s] ?? 0;
      const e1 = to.values[t * n + s] ?? 0;
      const ei0 = refFrom.bySector[s] ?? 0;
      const Gi = ei0 > 0 ? (refTo.bySector[s] ?? 0) / ei0 - 1 : null;
      const cell: ShiftShareCell = {
        jobsFrom: e0,
        jobsTo: e1,
        referenceShare: G === null ? missing('reference-empty') : computed(e0 * G),
        industryMix: G === null ? missing('reference-empty') : Gi === null ? missing('sector-absent-at-start') : computed(e0 * (Gi - G)),
        regionalShift: Gi === null ? missing('sector-absent-at-start') : computed(e1 - e0 - e0 * Gi),
        totalChange: e1 - e0,
      };
      out.push(cell);
    }
  }
  return out;
}

export function estebanMarquillas(
  from: ActivityMatrix,
  to: ActivityMatrix,
  refFrom: ReferenceTotals,
  refTo: ReferenceTotals,
): EstebanMarquillasCell[] {
  assertAligned(from, to);
  const n = from.sectors.length;
  const out: EstebanMarquillasCell[] = [];
  for (let t = 0; t < from.territories.length; t++) {
    let ej0 = 0;
    for (let s = 0; s < n; s++) ej0 += from.values[t * n + s] ?? 0;
    for (let s = 0; s < n; s++) {
      const e0 = from.values[t * n + s] ?? 0;
      const e1 = to.values[t * n + s] ?? 0;
      const ei0 = refFrom.bySector[s] ?? 0;
      if (refFrom.total <= 0) {
        out.push({
          homothetic: missing('reference-empty'),
          competitive: missing('reference-empty'),
          allocation: missing('reference-empty'),
        });
        continue;
      }
      const homothetic = (ej0 * ei0) / refFrom.total;
      if (ei0 <= 0) {
        out.push({
          homothetic: computed(homothetic),
          competitive: missing('sector-absent-at-start'),
          allocation: missing('sector-absent-at-start'),
        });
        continue;
      }
      if (e0 <= 0) {
        out.push({ homothetic: computed(homothetic), competitive: missing('no-jobs-at-start'), allocation: missing('no-jobs-at-start') });
        continue;
      }
      const advantage = e1 / e0 - (refTo.bySector[s] ?? 0) / ei0;
      out.push({
        homothetic: computed(homothetic),
        competitive: computed(homothetic * advantage),
        allocation: computed((e0 - homothetic) * advantage),
      });
    }
  }
  return out;
}

/** Growth rate between two values; missing when the start is zero. */
export function growthRate(from: number, to: number): Computed {
  return from > 0 ? computed(to / from - 1) : missing('no-jobs-at-start');
}

function assertAligned(a: ActivityMatrix, b: ActivityMatrix): void {
  const same =
    a.territories.length === b.territories.length &&
    a.sectors.length === b.sectors.length &&
    a.territories.every((t, i) => t === b.territories[i]) &&
    a.sectors.every((s, i) => s === b.sectors[i]);
  if (!same) throw new Error('shift-share needs the two years on the same territories and sectors (align them first)');
}
