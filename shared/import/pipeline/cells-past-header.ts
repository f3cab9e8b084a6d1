import type { SourceRow, TableSource } from '../read/table-source';
import { cellToText, isBlank } from '../read/table-source';
import type { ImportLayout } from '../types';
import { clip, columnLetter } from '../values/text';
import type { IssueLog } from './issues';

/**
 * A text file's row with a value to the right of the header's last column: a separator in a cell
 * that is not in quotes (a decimal comma, "1,5", in a comma-separated file; a comma in a name) split
 * that cell, and every cell after it was read under the next column's header — a budget of 1, a start
 * date of "5" (day 5 of 1900), the end date dropped. The row is refused at the first such cell.
 * Workbooks are left alone: a sheet's cells cannot shift, and a note beside a table is common there.
 */
export function cellsPastHeader(source: TableSource, layout: ImportLayout, issues: IssueLog): ((row: SourceRow) => void) | null {
  if (source.format !== 'csv' || layout.headerRows === null) return null;
  const named = layout.columns.filter((c) => c.header.trim() !== '');
  const width = named.length === 0 ? 0 : Math.max(...named.map((c) => c.index)) + 1;
  if (width === 0) return null;
  const delimiter = source.delimiter ?? ',';
  const separator = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return (row) => {
    for (let column = width; column < row.cells.length; column++) {
      if (isBlank(row.cells[column])) continue;
      const cells = row.cells.length - [...row.cells].reverse().findIndex((c) => !isBlank(c));
      const text = cellToText(row.cells[column]);
      issues.error(
        'cells-past-header',
        row.row,
        columnLetter(column),
        `the row has ${cells} cells and the header names ${width} columns ("${clip(text, 40)}" is in column ${columnLetter(column)}, which has no header): ` +
          `a ${separator} inside a cell that is not in quotes (a decimal comma, as in 1,5, or one in a name) splits it and moves the cells after it into the wrong columns. ` +
          `Put that cell in quotes or write the number with a decimal point, and import again.`,
        text,
        { cells, columns: width, separator: delimiter },
      );
      return;
    }
  };
}
