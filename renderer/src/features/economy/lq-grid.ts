import type { MissingReason } from '../../../../shared/analysis/economy/types';
import type { LqRow, TerritoryKind } from '../../../../shared/features/economy/types';
import { isSpecialization } from '../../../../shared/domain/cnae-levels';
import { reasonCode } from './economy-format';

/** One grid row: a territory with its LQ in every sector (the heat map's row). */
export interface LqGridRow {
  /** A municipality's IBGE code, or a custom territory's set id (`territoryKind` 'territory-set'). */
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
  total: number;
  /** Sectors with LQ ≥ 1. */
  specialized: number;
  lq: Record<string, number | null>;
  jobs: Record<string, number>;
  reason: Record<string, MissingReason | null>;
}

export interface LqGrid {
  /** Sector columns, in code order. */
  sectors: { code: string; name: string }[];
  rows: LqGridRow[];
}

function compareCodes(a: string, b: string): number {
  // IBGE sectors are "1".."8" and CNAE codes keep their leading zeros: numeric when both are numbers.
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && x !== y ? x - y : a.localeCompare(b);
}

/**
 * Territories × sectors from the engine's long rows. The territory under study comes first (the
 * planner's row stays in view), the others by name in the UI language's collation.
 */
export function pivotLq(rows: readonly LqRow[], selected: number | null, locale: string): LqGrid {
  const sectors = new Map<string, string>();
  const byTerritory = new Map<number, LqGridRow>();
  for (const r of rows) {
    if (!sectors.has(r.sectorCode)) sectors.set(r.sectorCode, r.sectorName);
    let row = byTerritory.get(r.territoryCode);
    if (!row) {
      row = {
        territoryCode: r.territoryCode,
        ...(r.territoryKind ? { territoryKind: r.territoryKind } : {}),
        territoryName: r.territoryName,
        total: 0,
        specialized: 0,
        lq: {},
        jobs: {},
        reason: {},
      };
      byTerritory.set(r.territoryCode, row);
    }
    row.total += r.value;
    row.jobs[r.sectorCode] = r.value;
    row.lq[r.sectorCode] = r.lq;
    row.reason[r.sectorCode] = r.lq === null ? reasonCode(r) : null;
    if (isSpecialization(r.sectorCode, r.lq)) row.specialized += 1;
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const ordered = [...byTerritory.values()].sort((a, b) => {
    if (a.territoryCode === selected) return -1;
    if (b.territoryCode === selected) return 1;
    return collator.compare(a.territoryName, b.territoryName) || a.territoryCode - b.territoryCode;
  });
  return {
    sectors: [...sectors].map(([code, name]) => ({ code, name })).sort((a, b) => compareCodes(a.code, b.code)),
    rows: ordered,
  };
}
