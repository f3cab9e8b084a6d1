import type { SourceRow } from '../read/table-source';
import { isExcelError } from '../values/missing';
import { clip } from '../values/text';
import { readNumber } from './cells';
import { label, type ConverterEnv } from './converter';

export type CellValue = { value: number | null; missingReason: string | null; percent?: boolean } | 'empty' | 'invalid';

/**
 * The value of one number cell: a number, a missing value with its meaning, nothing (empty cell:
 * no record), or invalid (reported as an error with the cell's text).
 */
export function readValueCell(env: ConverterEnv, row: SourceRow, column: number): CellValue {
  const parsed = readNumber(row.cells[column], env.decimal(column), env.mapping.dashAsZero);
  switch (parsed.kind) {
    case 'empty':
      return 'empty';
    case 'invalid':
      env.issues.error('not-a-number', row.row, label(env, column), `"${clip(parsed.text, 40)}" is not a number.`, clip(parsed.text, 80));
      return 'invalid';
    case 'missing':
      // An agency's symbol ("...", "X") is its meaning; an Excel error is a formula that failed in
      // the source, said so the planner can fix it there (it was kept as missing without a word).
      if (isExcelError(parsed.symbol))
        env.issues.warning(
          'excel-error',
          row.row,
          label(env, column),
          `the cell holds Excel's error ${parsed.symbol.toUpperCase()}: its formula failed in the source file; kept as a missing value. Correct it there and import again to have the number.`,
          parsed.symbol.toUpperCase(),
        );
      return { value: null, missingReason: parsed.reason };
    case 'number':
      // A workbook's number is Excel's own double; a text of more digits than a double keeps exactly
      // would be stored rounded ("99999999999999999999999" as 1e23), without a word.
      if (typeof row.cells[column] === 'string' && !Number.isSafeInteger(Math.trunc(parsed.value))) {
        const text = String(row.cells[column]).trim();
        env.issues.error(
          'too-many-digits',
          row.row,
          label(env, column),
          `"${clip(text, 40)}" has more digits than a value keeps exactly; it would be stored rounded.`,
          clip(text, 80),
        );
        return 'invalid';
      }
      if (parsed.footnote !== undefined) {
        env.issues.warning(
          'footnote',
          row.row,
          label(env, column),
          `footnote marker (${parsed.footnote}) after ${parsed.value} dropped; see the file's notes.`,
        );
      }
      return parsed.percent ? { value: parsed.value, missingReason: null, percent: true } : { value: parsed.value, missingReason: null };
  }
}
