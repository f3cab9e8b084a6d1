import type { MissingReason } from '../../../../shared/analysis/economy/types';
import type { DiversityRow, LqRow, PotentialSectorRow, ShiftShareRow, TerritoryKind } from '../../../../shared/features/economy/types';
import { isActivity, isSpecialization } from '../../../../shared/domain/cnae-levels';
import { reasonCode } from './economy-format';

/**
 * A territory's "vocations" page: its specializations, how they grew, its diversification and the
 * sectors it could attract, computed from the engine's rows. Plain data, so the attraction plan can
 * reuse it later.
 */
export interface VocationSector {
  sectorCode: string;
  sectorName: string;
  jobs: number;
  /** s_ij = E_ij / E_j; null when the territory has no jobs. */
  share: number | null;
  lq: number | null;
  lqReason: MissingReason | null;
  specialized: boolean;
  /** The shift-share row of the sector (from-year → year), when a from-year is chosen. */
  shift: ShiftShareRow | null;
  growthReason: MissingReason | null;
}

export interface ShiftTotals {
  jobsFrom: number;
  jobsTo: number;
  referenceShare: number;
  industryMix: number;
  regionalShift: number;
  totalChange: number;
  /** Sectors whose effects are empty (e.g. no jobs at the start): left out of the three sums. */
  missing: number;
}

export interface DiversityBounds {
  sectorCount: number;
  hhiMin: number;
  shannonMax: number;
}

export interface PotentialItem extends PotentialSectorRow {
  /** The territory's current LQ in the sector (below 1 by construction). */
  lq: number | null;
}

export type PotentialEmptyReason = 'all-specialized' | 'no-specialization' | 'no-related';

export interface VocationsSummary {
  /** The municipality's IBGE code, or the custom territory's set id (see `territoryKind`). */
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
  totalJobs: number;
  /** All sectors, highest LQ first (empty values last). */
  sectors: VocationSector[];
  /** Sectors with LQ ≥ 1, "não classificado" left out: it is no activity, so never a specialization (cnae-levels.ts). */
  specializedCount: number;
  /** The territory's sectors, "não classificado" left out: what `specializedCount` is out of. */
  sectorCount: number;
  shiftTotals: ShiftTotals | null;
  /** G: the reference region's growth over the period. */
  referenceGrowth: number | null;
  diversity: (DiversityRow & { bounds: DiversityBounds }) | null;
  potential: PotentialItem[];
  potentialEmptyReason: PotentialEmptyReason | null;
}

/**
 * G, the reference region's overall growth, read back from the shift-share rows: the reference
 * share is E_ij,t0 · G, so any row with jobs at the start gives it exactly.
 */
export function referenceGrowth(rows: readonly ShiftShareRow[]): number | null {
  const row = rows.find((r) => r.jobsFrom > 0 && r.referenceShare !== null);
  return row && row.referenceShare !== null ? row.referenceShare / row.jobsFrom : null;
}

/** G_i, the reference region's growth in the row's sector: industry mix = E_ij,t0 · (G_i − G). */
export function referenceSectorGrowth(row: ShiftShareRow, g: number | null): number | null {
  if (g === null || row.jobsFrom <= 0 || row.industryMix === null) return null;
  return row.industryMix / row.jobsFrom + g;
}

export function sumShiftShare(rows: readonly ShiftShareRow[]): ShiftTotals {
  const totals: ShiftTotals = { jobsFrom: 0, jobsTo: 0, referenceShare: 0, industryMix: 0, regionalShift: 0, totalChange: 0, missing: 0 };
  for (const r of rows) {
    totals.jobsFrom += r.jobsFrom;
    totals.jobsTo += r.jobsTo;
    totals.totalChange += r.totalChange;
    if (r.referenceShare === null || r.industryMix === null || r.regionalShift === null) {
      // A sector that had no jobs at the start has no effects: its whole change is new activity.
      if (r.totalChange !== 0) totals.missing += 1;
      continue;
    }
    totals.referenceShare += r.referenceShare;
    totals.industryMix += r.industryMix;
    totals.regionalShift += r.regionalShift;
  }
  return totals;
}

function byLqDescending(a: VocationSector, b: VocationSector): number {
  if (a.lq === null && b.lq === null) return a.sectorCode.localeCompare(b.sectorCode);
  if (a.lq === null) return 1;
  if (b.lq === null) return -1;
  return b.lq - a.lq || a.sectorCode.localeCompare(b.sectorCode);
}

export interface VocationsInput {
  territoryCode: number;
  lq: readonly LqRow[];
  shiftShare: readonly ShiftShareRow[] | null;
  diversity: DiversityRow | null;
  potential: readonly PotentialSectorRow[] | null;
}

/** The summary of one territory; null when the LQ rows have nothing for it (no data that year). */
export function buildVocations(input: VocationsInput): VocationsSummary | null {
  const own = input.lq.filter((r) => r.territoryCode === input.territoryCode);
  const first = own[0];
  if (!first) return null;
  const totalJobs = own.reduce((sum, r) => sum + r.value, 0);
  const shiftRows = (input.shiftShare ?? []).filter((r) => r.territoryCode === input.territoryCode);
  const shiftBySector = new Map(shiftRows.map((r) => [r.sectorCode, r]));
  const sectors = own
    .map((r): VocationSector => {
      const shift = shiftBySector.get(r.sectorCode) ?? null;
      return {
        sectorCode: r.sectorCode,
        sectorName: r.sectorName,
        jobs: r.value,
        share: totalJobs > 0 ? r.value / totalJobs : null,
        lq: r.lq,
        lqReason: r.lq === null ? reasonCode(r) : null,
        specialized: isSpecialization(r.sectorCode, r.lq),
        shift,
        growthReason: shift && shift.growth === null ? reasonCode(shift) : null,
      };
    })
    .sort(byLqDescending);
  const specializedCount = sectors.filter((s) => s.specialized).length;
  const sectorCount = sectors.filter((s) => isActivity(s.sectorCode)).length;
  const lqBySector = new Map(own.map((r) => [r.sectorCode, r.lq]));
  const potential = (input.potential ?? []).map((p) => ({ ...p, lq: lqBySector.get(p.sectorCode) ?? p.lq }));
  let potentialEmptyReason: PotentialEmptyReason | null = null;
  if (potential.length === 0) {
    potentialEmptyReason =
      specializedCount === 0 ? 'no-specialization' : specializedCount === sectorCount ? 'all-specialized' : 'no-related';
  }
  const diversity = input.diversity && input.diversity.territoryCode === input.territoryCode ? input.diversity : null;
  return {
    territoryCode: input.territoryCode,
    ...(first.territoryKind ? { territoryKind: first.territoryKind } : {}),
    territoryName: first.territoryName,
    totalJobs,
    sectors,
    specializedCount,
    sectorCount,
    shiftTotals: shiftRows.length > 0 ? sumShiftShare(shiftRows) : null,
    referenceGrowth: referenceGrowth(input.shiftShare ?? []),
    diversity: diversity
      ? {
          ...diversity,
          bounds: { sectorCount: own.length, hhiMin: own.length > 0 ? 1 / own.length : 1, shannonMax: Math.log(Math.max(own.length, 1)) },
        }
      : null,
    potential,
    potentialEmptyReason,
  };
}

/**
 * s_i = E_i / E, the reference region's share of each sector, read back from the LQ rows: LQ_ij is
 * s_ij / s_i, so any territory with jobs in the sector gives s_i exactly. A sector no territory
 * has jobs in has share 0.
 */
export function referenceShares(rows: readonly LqRow[]): Map<string, number> {
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.territoryCode, (totals.get(r.territoryCode) ?? 0) + r.value);
  const shares = new Map<string, number>();
  for (const r of rows) {
    if (!shares.has(r.sectorCode)) shares.set(r.sectorCode, 0);
    const total = totals.get(r.territoryCode) ?? 0;
    if (shares.get(r.sectorCode) === 0 && r.value > 0 && total > 0 && r.lq !== null && r.lq > 0)
      shares.set(r.sectorCode, r.value / total / r.lq);
  }
  return shares;
}
