import { csvLines, type CsvValue } from '../text/csv-cell';

/**
 * One of the canonical CSV layouts of DESIGN.md §10 (arranjo-obras, arranjo-lotes…) as a table:
 * the header exactly as §10 lists it (optional columns included) and one row per record, in a
 * stable order, so an export re-imported and exported again gives the same bytes.
 */
export interface CanonicalTable {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/**
 * A number as the layouts write it: dot decimals, no grouping, no float noise (0.1 + 0.2 is
 * 0.3, not 0.30000000000000004; fifteen significant digits are more than any stored value has).
 */
export function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return value.toFixed(0);
  const text = String(withoutFloatNoise(value));
  // No exponent: 1e-7 is written 0.0000001, which every reader takes as a number.
  return /e/i.test(text) ? withoutFloatNoise(value).toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** The number the layouts write, as a number (JSON outputs): 1200.55 + 823.13 is 2023.68, not 2023.6799999999998. */
export function withoutFloatNoise(value: number): number {
  return Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * The file: UTF-8 text, comma, LF, a final line break; cells through the shared CSV cell writer
 * (quoted per RFC 4180, text a spreadsheet would run as a formula neutralised with a leading `'`,
 * which the import takes off again: see `unneutraliseFormula`); null is an empty cell.
 */
export function canonicalCsv(table: CanonicalTable): string {
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? canonicalNumber(cell) : cell)));
  return csvLines([table.header, ...rows], ',') + '\n';
}

/** Ordinal order of texts (the same on every machine and locale): for a layout's row order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
