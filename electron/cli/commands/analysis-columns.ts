import type { AnalysisColumns, LqColumns, ShiftShareColumns } from '../../../shared/features/economy';
import { csvLines } from '../../../shared/text/csv-cell';
import type { Cell, RowList } from '../output';

/**
 * The CLI's national analysis tables, made from the engine's columns (issue 16): one row per kept
 * territory × sector, made when written — no object per cell kept — and, for CSV, each line put
 * together from the territory's and the sector's cells written once (the same bytes the shared
 * cell writer gives cell by cell: a test pins them).
 */
function cellRows(c: AnalysisColumns, numbers: (i: number) => Cell[], after: readonly ((i: number) => number | undefined)[]): RowList {
  const n = c.sectors.length;
  const kept = c.territories.flatMap((_, t) => (c.keep(t) ? [t] : []));
  // Each territory's and sector's cells in UTF-8 once; a row's numbers (ASCII) byte by byte: no
  // text of 50 MB to encode (that was a third of the command's time).
  const utf8 = (cells: Cell[]): Buffer => Buffer.from(`${csvLines([cells], ',')},`, 'utf8');
  const territoryCsv = kept.map((t) => utf8([c.territories[t] ?? 0, c.territoryName(c.territories[t] ?? 0)]));
  const sectorCsv = c.sectors.map((code) => utf8([code, c.sectorName(code)]));
  // A number is at most 24 characters (-2.2250738585072014e-308), plus its comma.
  const longest = (list: Buffer[]): number => list.reduce((a, b) => Math.max(a, b.length), 0);
  const lineBound = longest(territoryCsv) + longest(sectorCsv) + 25 * after.length + 1;
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
    csvBytes: (from, to) => {
      const bytes = Buffer.allocUnsafe((to - from) * lineBound);
      let at = 0;
      for (let i = from; i < to; i++) {
        const territory = territoryCsv[Math.floor(i / n)] ?? Buffer.alloc(0);
        bytes.set(territory, at);
        at += territory.length;
        const sector = sectorCsv[i % n] ?? Buffer.alloc(0);
        bytes.set(sector, at);
        at += sector.length;
        const index = cell(i);
        for (let k = 0; k < after.length; k++) {
          if (k > 0) bytes[at++] = 44;
          at = putNumber(bytes, at, after[k]?.(index));
        }
        bytes[at++] = 10;
      }
      return bytes.subarray(0, at);
    },
  };
}

/** A number cell: empty when the value cannot be computed (NaN), as a null cell is written. */
const num = (v: number | undefined): Cell => (v === undefined || Number.isNaN(v) ? null : v);

/**
 * Writes `String(v)` as ASCII at `at` (nothing for NaN or undefined: an empty cell); returns where
 * it ends. Whole numbers (jobs, years, changes) are written digit by digit, without making a string
 * (half of a national table's cells); the others through String (the shortest exact decimal).
 */
function putNumber(bytes: Buffer, at: number, v: number | undefined): number {
  if (v === undefined || Number.isNaN(v)) return at;
  if (Number.isInteger(v) && Math.abs(v) <= 0x7fff_ffff) {
    // String(-0) is "0": the sign only for a value below zero.
    let n = Math.abs(v);
    if (v < 0) bytes[at++] = 45;
    let end = at + 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) end++;
    for (let p = end - 1; p >= at; p--) {
      bytes[p] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    return end;
  }
  const text = String(v);
  for (let k = 0; k < text.length; k++) bytes[at++] = text.charCodeAt(k);
  return at;
}

/** territory_code,territory_name,sector_code,sector_name,year,<measure>,lq */
export function lqRowList(c: LqColumns): RowList {
  return cellRows(c, (i) => [c.year, num(c.values[i]), num(c.lq[i])], [() => c.year, (i) => c.values[i], (i) => c.lq[i]]);
}

/** territory_code,territory_name,sector_code,sector_name,<measure>_from,<measure>_to,reference_share,industry_mix,regional_shift,total_change */
export function shiftShareRowList(c: ShiftShareColumns): RowList {
  const change = (i: number): number => (c.to[i] ?? 0) - (c.from[i] ?? 0);
  return cellRows(
    c,
    (i) => [num(c.from[i]), num(c.to[i]), num(c.referenceShare[i]), num(c.industryMix[i]), num(c.regionalShift[i]), change(i)],
    // The change is a difference of two matrix cells (never NaN), written as the row gives it.
    [(i) => c.from[i], (i) => c.to[i], (i) => c.referenceShare[i], (i) => c.industryMix[i], (i) => c.regionalShift[i], change],
  );
}
