import { ArranjoError, describeLocation } from '../../errors';
import { cellToText, isBlank, type Cell, type SourceRow, type TableSource } from '../read/table-source';
import type { ImportLayout, LayoutOverrides } from '../types';
import { cleanText } from '../values/text';
import { profileColumns } from './column-profile';
import { EndDetector } from './end-detector';
import { findYearCandidates } from './file-year';
import { isHeaderLike, isYearLike, rowShape } from './row-kinds';
import { parseNumberText } from '../values/number';
import { importRefusal } from '../../domain/import-codes';

const HEAD_ROWS = 250;
const TAIL_ROWS = 80;
const HEADER_SEARCH = 30;

/** Whether row `upper` groups the columns of the row below it (merged or forward-filled group labels). */
function isGroupRow(upper: SourceRow, lower: SourceRow): boolean {
  let repeats = 0;
  let gaps = 0;
  const width = Math.max(upper.cells.length, lower.cells.length);
  for (let c = 1; c < width; c++) {
    const above = upper.cells[c];
    if (!isBlank(above) && cellToText(above) === cellToText(upper.cells[c - 1] ?? null)) repeats++;
    if (isBlank(above) && !isBlank(lower.cells[c]) && !isBlank(upper.cells.slice(0, c).find((x) => !isBlank(x)) ?? null)) gaps++;
  }
  return repeats + gaps > 0;
}

/** A cell that is a number and could not be a column label: not a year ("2019" heads a column). */
function plainNumber(cell: Cell): number | null {
  if (isBlank(cell) || isYearLike(cell)) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return null;
  const read = parseNumberText(cell);
  return read.kind === 'number' ? read.value : null;
}

/**
 * Whether the row under a header is a row of data rather than the header's lower row: it has a
 * fraction (never a label), or a number under a label of its own (one neither merged nor followed by
 * blank cells: a group label spans its columns). A header naming two columns alike ("valor;valor", or a
 * cell merged over two) would otherwise take the first data row as its lower row, and lose it.
 */
function isDataUnder(upper: SourceRow, lower: SourceRow): boolean {
  const text = (c: number): string => (isBlank(upper.cells[c] ?? null) ? '' : cellToText(upper.cells[c] ?? null));
  return lower.cells.some((cell, c) => {
    const n = plainNumber(cell);
    if (n === null) return false;
    const label = text(c);
    const lone = label !== '' && label !== text(c - 1) && text(c + 1) !== '' && label !== text(c + 1);
    return !Number.isInteger(n) || lone;
  });
}

/** Column names from one or two header rows: a group label is carried over its columns. */
function headerNames(rows: readonly SourceRow[], width: number): string[] {
  const names: string[] = [];
  const carried: string[] = rows.map(() => '');
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    rows.forEach((r, i) => {
      let text = cleanText(cellToText(r.cells[c] ?? null)).replace(/\s+/g, ' ');
      // Only the upper rows of a multi-row header carry a group label to the right.
      if (text === '' && i < rows.length - 1) text = carried[i] ?? '';
      else carried[i] = text;
      if (text !== '' && !parts.includes(text)) parts.push(text);
    });
    names.push(parts.join(' '));
  }
  return names;
}

function findHeader(head: readonly SourceRow[]): { first: number; last: number } | null {
  const window = head.slice(0, HEADER_SEARCH);
  const widest = window.reduce((w, r) => Math.max(w, rowShape(r.cells).nonEmpty), 0);
  const index = window.findIndex((r) => isHeaderLike(rowShape(r.cells), Math.ceil(widest * 0.5)));
  if (index < 0) return null;
  const header = window[index];
  const below = window[index + 1];
  const after = window[index + 2];
  if (
    header &&
    below &&
    after &&
    isHeaderLike(rowShape(below.cells)) &&
    rowShape(after.cells).numbers > 0 &&
    isGroupRow(header, below) &&
    !isDataUnder(header, below)
  ) {
    return { first: header.row, last: below.row };
  }
  return header ? { first: header.row, last: header.row } : null;
}

function rowText(row: SourceRow): string {
  return [...new Set(row.cells.map((c) => cleanText(cellToText(c))).filter((t) => t !== ''))].join(' ').slice(0, 300);
}

/** The refusal of a sheet name the file does not have, naming the ones it has (a CSV's one table is named after the file). */
export function noSuchSheet(source: TableSource, sheetName: string): ArranjoError {
  return new ArranjoError(
    'NOT_FOUND',
    `${source.fileName}: there is no sheet "${sheetName}". Sheets: ${source.sheets.map((s) => s.name).join(', ')}.`,
    { file: source.fileName, sheet: sheetName },
  );
}

/**
 * Finds the table in a sheet: title rows, the header row(s), where the data starts and ends
 * (totals, blank lines, footers), and what each column holds. Everything found is shown to the
 * user, who can correct it (`overrides`).
 */
export function detectLayout(source: TableSource, sheetName: string, overrides: LayoutOverrides = {}): ImportLayout {
  const sheet = source.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw noSuchSheet(source, sheetName);
  const where = { file: source.fileName, sheet: sheetName };
  const head = source.head(sheetName, HEAD_ROWS);
  if (head.every((r) => rowShape(r.cells).nonEmpty === 0)) {
    throw new ArranjoError(
      'BAD_SOURCE_FILE',
      `${source.fileName}, sheet ${sheetName}: the sheet is empty.`,
      where,
      importRefusal('empty-sheet'),
    );
  }
  let headerRows = findHeader(head);
  if (overrides.headerFirst !== undefined) {
    headerRows =
      overrides.headerFirst === 0
        ? null
        : { first: overrides.headerFirst, last: Math.max(overrides.headerFirst, overrides.headerLast ?? overrides.headerFirst) };
  }
  const afterHeader = headerRows ? headerRows.last + 1 : 1;
  const firstContent = head.find((r) => r.row >= afterHeader && rowShape(r.cells).nonEmpty > 0)?.row;
  const dataStart = overrides.dataStart ?? firstContent ?? afterHeader;
  const noData = (): ArranjoError => {
    const at = { ...where, row: headerRows?.last ?? 1 };
    return new ArranjoError(
      'BAD_SOURCE_FILE',
      `${describeLocation(at)}: there are no data rows under the header.`,
      at,
      importRefusal('no-data'),
    );
  };
  if (dataStart > sheet.rowCount) throw noData();

  // The end: scan the head when it holds the whole sheet, the tail otherwise. A CSV's head may
  // stop short of HEAD_ROWS (a line of megabytes fills its first slice): rows it lacks are data too.
  const detector = new EndDetector(overrides.dataEnd ?? null);
  const headReachesEnd = (head.at(-1)?.row ?? 0) >= sheet.rowCount;
  const tail = sheet.rowCount > HEAD_ROWS || !headReachesEnd ? source.tail(sheetName, TAIL_ROWS) : [];
  const window = tail.length > 0 ? tail.filter((r) => r.row >= dataStart) : head.filter((r) => r.row >= dataStart);
  let dataEnd = tail.length > 0 ? Math.max(dataStart, (window[0]?.row ?? sheet.rowCount) - 1) : dataStart - 1;
  const totalRows: number[] = head
    .filter((r) => r.row >= dataStart && r.row <= HEAD_ROWS && new EndDetector().classify(r) === 'total')
    .map((r) => r.row);
  let endRow: number | null = null;
  for (const r of window) {
    const verdict = detector.classify(r);
    if (verdict === 'end') {
      endRow = r.row;
      break;
    }
    if (verdict === 'data' || verdict === 'total') dataEnd = r.row;
    if (verdict === 'total' && !totalRows.includes(r.row)) totalRows.push(r.row);
  }
  if (overrides.dataEnd !== undefined) dataEnd = Math.min(overrides.dataEnd, sheet.rowCount);
  if (dataEnd < dataStart) throw noData();
  const footerSource =
    endRow === null ? [] : [...head, ...tail].filter((r, i, all) => r.row >= (endRow ?? 0) && all.findIndex((x) => x.row === r.row) === i);
  const footerRows = footerSource.filter((r) => rowShape(r.cells).nonEmpty > 0);
  const titleRows = head.filter((r) => r.row < (headerRows?.first ?? dataStart) && rowShape(r.cells).nonEmpty > 0);

  const headerSource = headerRows ? head.filter((r) => r.row >= headerRows.first && r.row <= headerRows.last) : [];
  const dataRows = head.filter((r) => r.row >= dataStart && r.row <= dataEnd && !totalRows.includes(r.row));
  const width = Math.max(0, ...[...headerSource, ...dataRows].map((r) => r.cells.length));
  const columns = profileColumns(headerNames(headerSource, width), dataRows, width);

  return {
    sheet: sheetName,
    rowCount: sheet.rowCount,
    headerRows,
    dataStart,
    dataEnd,
    endReason: overrides.dataEnd !== undefined ? 'user' : endRow === null ? 'sheet-end' : detector.reason,
    titleRows: titleRows.map((r) => ({ row: r.row, text: rowText(r) })),
    footerRows: footerRows.slice(0, 20).map((r) => ({ row: r.row, text: rowText(r) })),
    totalRows: totalRows.sort((a, b) => a - b),
    columns,
    yearCandidates: findYearCandidates(source.fileName, titleRows, footerRows),
  };
}
