import { cellToText, isPercentCell, type Cell } from '../read/table-source';
import { cleanFloatNoise, parseNumberText, type DecimalStyle, type NumberResult } from '../values/number';
import { isDash } from '../values/missing';

/** A number from a cell of any kind: numbers as they are, % cells in points, text parsed. */
export function readNumber(cell: Cell | undefined, style: DecimalStyle | 'auto', dashAsZero: boolean): NumberResult {
  if (cell === null || cell === undefined) return { kind: 'empty' };
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { kind: 'number', value: cleanFloatNoise(cell) } : { kind: 'invalid', text: String(cell) };
  if (isPercentCell(cell)) return { kind: 'number', value: cleanFloatNoise(Number((cell.percent * 100).toPrecision(15))), percent: true };
  if (typeof cell !== 'string') return { kind: 'invalid', text: cellToText(cell) };
  if (dashAsZero && isDash(cell)) return { kind: 'number', value: 0 };
  return parseNumberText(cell, style);
}

/** The text of a cell for keys and names; numbers that are whole are written without ".0". */
export function readText(cell: Cell | undefined): string {
  return cellToText(cell ?? null).trim();
}
