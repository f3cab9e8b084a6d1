import { cellToText, isBlank, isPercentCell, type SourceRow } from '../read/table-source';
import type { ColumnKind, LayoutColumn } from '../types';
import { CHECK_DIGIT_EXCEPTIONS, ibgeCheckDigit, parseTerritoryToken } from '../values/ibge-code';
import { parseNumberText } from '../values/number';
import { clip, columnLetter } from '../values/text';

const SAMPLE_VALUES = 5;

/** The kind of one value; null for a missing-value symbol ("-", "X", "NA"), which any column may hold. */
function kindOf(cell: NonNullable<SourceRow['cells'][number]>): Exclude<ColumnKind, 'empty' | 'mixed'> | null {
  if (cell instanceof Date) return 'date';
  if (isPercentCell(cell)) return 'number';
  if (typeof cell === 'boolean') return 'text';
  const text = cellToText(cell).trim();
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return 'year';
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) return 'year';
  const token = parseTerritoryToken(cell);
  // A 7-digit number is a municipality code only with a valid check digit (populations are 7-digit too).
  if (token.kind === 'code7' && (ibgeCheckDigit(Math.floor(token.code / 10)) === token.code % 10 || CHECK_DIGIT_EXCEPTIONS.has(token.code)))
    return 'code';
  if (token.kind === 'code6' && Math.floor(token.code / 10_000) >= 11 && Math.floor(token.code / 10_000) <= 53) return 'code';
  if (token.kind === 'label') return 'code';
  if (typeof cell === 'string' && /^0\d+$/.test(text)) return 'code'; // "00015": a code kept as text
  if (typeof cell === 'number') return 'number';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) return 'date';
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' ? 'number' : parsed.kind === 'missing' ? null : 'text';
}

/** Each column of the data block: its header, what its values look like, and a few of them. */
export function profileColumns(headers: string[], dataRows: readonly SourceRow[], width: number): LayoutColumn[] {
  const columns: LayoutColumn[] = [];
  for (let index = 0; index < width; index++) {
    const counts = new Map<ColumnKind, number>();
    const samples: string[] = [];
    const numericSamples: number[] = [];
    let filled = 0;
    for (const { cells } of dataRows) {
      const cell = cells[index];
      if (cell === undefined || isBlank(cell)) continue;
      const kind = cell === null ? null : kindOf(cell);
      if (kind !== null) {
        filled++;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
      const text = clip(cellToText(cell).trim(), 60);
      if (samples.length < SAMPLE_VALUES && !samples.includes(text)) {
        if (typeof cell === 'number') numericSamples.push(samples.length);
        samples.push(text);
      }
    }
    let kind: ColumnKind = 'empty';
    if (filled > 0) {
      const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['mixed', 0];
      kind = n >= filled * 0.8 ? top : 'mixed';
      // Missing-value symbols ("-", "X") make a number column look mixed; numbers still rule.
      if (kind === 'mixed' && (counts.get('number') ?? 0) + (counts.get('year') ?? 0) >= filled * 0.5) kind = 'number';
    }
    columns.push({
      index,
      letter: columnLetter(index),
      header: headers[index] ?? '',
      kind,
      samples,
      ...(numericSamples.length > 0 ? { numericSamples } : {}),
    });
  }
  return columns;
}
