import { importRefusal } from '../../domain/import-codes';
import { ArranjoError, describeLocation } from '../../errors';
import type { TableSource } from '../read/table-source';
import type { ImportLayout } from '../types';
import { columnLetter } from '../values/text';

/**
 * Refuses a sheet whose rows read so far hold formulas without a saved result. Such a workbook
 * comes from a program that writes formulas but does not calculate them; its cells read as empty,
 * so the import would otherwise lose their values (or, when every value column is such, say only
 * "map at least one value column"). Opening and saving the file in a spreadsheet stores the results.
 */
export function refuseFormulasWithoutResults(source: TableSource, sheet: string, layout?: ImportLayout): void {
  const [first, ...others] = source.formulasWithoutResults?.(sheet) ?? [];
  if (!first) return;
  const name = (column: number): string => {
    const header = layout?.columns[column]?.header;
    return header ? `${columnLetter(column)} ("${header}")` : columnLetter(column);
  };
  const column = name(first.column);
  const more = others.length > 0 ? ` (and in column${others.length > 1 ? 's' : ''} ${others.map((o) => name(o.column)).join(', ')})` : '';
  const location = { file: source.fileName, sheet, row: first.row, column };
  throw new ArranjoError(
    'BAD_SOURCE_FILE',
    `${describeLocation(location)}: column ${column} has formulas without saved results${more}. ` +
      'Open the file in Excel or LibreOffice Calc, save it (that stores the results), and import it again; nothing was imported.',
    location,
    importRefusal('formulas-without-results', { sheet, column, row: first.row }),
  );
}
