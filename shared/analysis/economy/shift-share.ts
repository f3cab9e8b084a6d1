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
  const v = shiftShareValues(from, to, refFrom, refTo);
  const n = from.sectors.length;
  const out: ShiftShareCell[] = [];
  const noReference = refFrom.total > 0 ? null : missing('reference-empty');
  for (let i = 0; i < v.referenceShare.length; i++) {
    const e0 = from.values[i] ?? 0;
    const e1 = to.values[i] ?? 0;
    const noSector = (refFrom.bySector[i % n] ?? 0) > 0 ? null : missing('sector-absent-at-start');
    out.push({
      jobsFrom: e0,
      jobsTo: e1,
      referenceShare: noReference ?? computed(v.referenceShare[i] ?? 0),
      industryMix: noReference ?? noSector ?? computed(v.industryMix[i] ?? 0),
      regionalShift: noSector ?? computed(v.regionalShift[i] ?? 0),
      totalChange: e1 - e0,
    });
  }
  return out;
}

/**
 * The same three components as plain numbers, row-major, NaN where `shiftShare` gives a reason
 * (the reference empty at the start; the sector absent from it at the start): no object per cell.
 */
export function shiftShareValues(
  from: ActivityMatrix,
  to: ActivityMatrix,
  refFrom: ReferenceTotals,
  refTo: ReferenceTotals,
): { referenceShare: Float64Array; industryMix: Float64Array; regionalShift: Float64Array } {
  assertAligned(from, to);
  const n = from.sectors.length;
  const cells = from.territories.length * n;
  const referenceShare = new Float64Array(cells);
  const industryMix = new Float64Array(cells);
  const regionalShift = new Float64Array(cells);
  const G = refFrom.total > 0 ? refTo.total / refFrom.total - 1 : null;
  const growth = Float64Array.from({ length: n }, (_, s) => {
    const ei0 = refFrom.bySector[s] ?? 0;
    return ei0 > 0 ? (refTo.bySector[s] ?? 0) / ei0 - 1 : Number.NaN;
  });
  for (let i = 0; i < cells; i++) {
    const e0 = from.values[i] ?? 0;
    const e1 = to.values[i] ?? 0;
    const Gi = growth[i % n] ?? Number.NaN;
    referenceShare[i] = G === null ? Number.NaN : e0 * G;
    industryMix[i] = G === null ? Number.NaN : e0 * (Gi - G);
    regionalShift[i] = e1 - e0 - e0 * Gi;
  }
  return { referenceShare, industryMix, regionalShift };
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
