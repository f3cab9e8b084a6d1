import type { AnalysisColumns, LqColumns, ShiftShareColumns } from '../../../shared/features/economy';
import { csvCell } from '../../../shared/text/csv-cell';
import type { Cell, RowList } from '../output';

/**
 * The CLI's national analysis tables, made from the engine's columns (issue 16): one row per kept
 * territory × sector, made when written — no object per cell kept — and, for CSV, each line put
 * together from the territory's and the sector's cells written once (the same bytes the shared
 * cell writer gives cell by cell: a test pins them).
 */
function cellRows(c: AnalysisColumns, numbers: (i: number) => Cell[], after: (i: number) => string): RowList {
  const n = c.sectors.length;
  const kept = c.territories.flatMap((_, t) => (c.keep(t) ? [t] : []));
  const territoryCells = new Map<number, string>();
  const territoryCsv = (t: number): string => {
    let cells = territoryCells.get(t);
    if (cells === undefined) {
      const code = c.territories[t] ?? 0;
      cells = `${code},${csvCell(c.territoryName(code), ',')},`;
      territoryCells.clear();
      territoryCells.set(t, cells);
    }
    return cells;
  };
  const sectorCsv = c.sectors.map((code) => `${csvCell(code, ',')},${csvCell(c.sectorName(code), ',')}`);
  const cell = (i: number): number => (kept[Math.floor(i / n)] ?? 0) * n + (i % n);
  return {
    length: kept.length * n,
    at: (i) => {
      if (i < 0 || i >= kept.length * n) return undefined;
      const t = kept[Math.floor(i / n)] ?? 0;
      const code = c.territories[t] ?? 0;
      const sector = c.sectors[i % n] ?? '';
      return [code, c.territoryName(code), sector, c.sectorName(sector), ...numbers(cell(i))];
    },
    csvLine: (i) => `${territoryCsv(kept[Math.floor(i / n)] ?? 0)}${sectorCsv[i % n] ?? ''}${after(cell(i))}`,
  };
}

/** A number cell: empty when the value cannot be computed (NaN), as a null cell is written. */
const num = (v: number | undefined): Cell => (v === undefined || Number.isNaN(v) ? null : v);
const csvNum = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? '' : String(v));

/** territory_code,territory_name,sector_code,sector_name,year,<measure>,lq */
export function lqRowList(c: LqColumns): RowList {
  return cellRows(
    c,
    (i) => [c.year, num(c.values[i]), num(c.lq[i])],
    (i) => `,${c.year},${csvNum(c.values[i])},${csvNum(c.lq[i])}`,
  );
}

/** territory_code,territory_name,sector_code,sector_name,<measure>_from,<measure>_to,reference_share,industry_mix,regional_shift,total_change */
export function shiftShareRowList(c: ShiftShareColumns): RowList {
  const change = (i: number): number => (c.to[i] ?? 0) - (c.from[i] ?? 0);
  return cellRows(
    c,
    (i) => [num(c.from[i]), num(c.to[i]), num(c.referenceShare[i]), num(c.industryMix[i]), num(c.regionalShift[i]), change(i)],
    (i) =>
      `,${csvNum(c.from[i])},${csvNum(c.to[i])},${csvNum(c.referenceShare[i])},${csvNum(c.industryMix[i])},${csvNum(c.regionalShift[i])},${change(i)}`,
  );
}
