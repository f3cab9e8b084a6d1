import { csvLines } from '../../shared/text/csv-cell';

/** Renders command results: a readable table (default), CSV or JSON. */
export type OutputFormat = 'table' | 'csv' | 'json';

export type Cell = string | number | null;

/** Rows to print: an array, or rows made one at a time when written (a national table's half a million). */
export interface RowList {
  readonly length: number;
  at(index: number): readonly Cell[] | undefined;
  /**
   * Rows [from, to) as CSV lines (each ending in a line break) in UTF-8: exactly what the shared
   * cell writer makes of `at`, made faster for a national table (half a million rows).
   */
  csvBytes?(from: number, to: number): Uint8Array;
}

/** Through the shared cell writer: names like "=1+1" reach Excel as text, never as formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvLines([header, ...rows], ',') + '\n';
}

/** Decimals a number needs, up to four: 31.7 needs 1, 0.6990555496191363 is shown with 4. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 4; d++) if (Number(x.toFixed(d)) === x) return d;
  return 4;
}

/**
 * The readable table: columns aligned; a column of numbers only is right-aligned, with one count
 * of decimals for the column, as many as its values need up to four (an LQ of 0.6990555496191363
 * reads 0.6991, a progress column 56.0 over 31.7). `--format csv` and `json` keep every digit.
 */
export function toTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const numeric = header.map(
    (_, i) =>
      rows.some((r) => typeof r[i] === 'number') && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === 'number'),
  );
  const decimals = header.map((_, i) =>
    numeric[i] ? Math.max(0, ...rows.map((r) => (typeof r[i] === 'number' && Number.isFinite(r[i]) ? decimalsOf(r[i]) : 0))) : 0,
  );
  const cell = (c: Cell | undefined, i: number): string => {
    if (c === null || c === undefined) return '';
    return typeof c === 'number' && Number.isFinite(c) ? c.toFixed(decimals[i] ?? 0) : String(c);
  };
  const text = [header, ...rows.map((r) => header.map((_, i) => cell(r[i], i)))];
  const widths = header.map((_, i) => Math.max(...text.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(text[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n') + '\n';
}

/** Rows of CSV at a time: a national table (half a million rows) never becomes one string. */
const CSV_CHUNK = 4096;

/**
 * The output in pieces to write one after the other (CSV: a few thousand rows each; the other
 * formats whole). Joined, exactly `renderRows`.
 */
export function* renderChunks(format: OutputFormat, header: readonly string[], rows: RowList): Generator<string | Uint8Array> {
  if (format !== 'csv') {
    yield renderRows(
      format,
      header,
      Array.from({ length: rows.length }, (_, i) => rows.at(i) ?? []),
    );
    return;
  }
  yield csvLines([header], ',') + '\n';
  if (rows.csvBytes) {
    for (let i = 0; i < rows.length; i += CSV_CHUNK) yield rows.csvBytes(i, Math.min(rows.length, i + CSV_CHUNK));
    return;
  }
  for (let i = 0; i < rows.length; i += CSV_CHUNK) {
    const chunk: (readonly Cell[])[] = [];
    for (let j = i; j < Math.min(rows.length, i + CSV_CHUNK); j++) chunk.push(rows.at(j) ?? []);
    yield csvLines(chunk, ',') + '\n';
  }
}

/** `rows` made one at a time by `make` (nothing kept). */
export function lazyRows<T>(items: readonly T[], make: (item: T) => readonly Cell[]): RowList {
  return { length: items.length, at: (i) => (i >= 0 && i < items.length ? make(items[i] as T) : undefined) };
}

export function renderRows(format: OutputFormat, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (format === 'csv') return toCsv(header, rows);
  if (format === 'json') {
    return JSON.stringify(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])))) + '\n';
  }
  return toTable(header, rows);
}
