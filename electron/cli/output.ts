import { csvLines } from '../../shared/text/csv-cell';

/** Renders command results: a readable table (default), CSV or JSON. */
export type OutputFormat = 'table' | 'csv' | 'json';

export type Cell = string | number | null;

/** Through the shared cell writer: names like "=1+1" reach Excel as text, never as formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvLines([header, ...rows], ',') + '\n';
}

export function toTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [header, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
  const widths = header.map((_, i) => Math.max(...text.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
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
export function* renderChunks(format: OutputFormat, header: readonly string[], rows: readonly (readonly Cell[])[]): Generator<string> {
  if (format !== 'csv') {
    yield renderRows(format, header, rows);
    return;
  }
  yield csvLines([header], ',') + '\n';
  for (let i = 0; i < rows.length; i += CSV_CHUNK) yield csvLines(rows.slice(i, i + CSV_CHUNK), ',') + '\n';
}

export function renderRows(format: OutputFormat, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (format === 'csv') return toCsv(header, rows);
  if (format === 'json') {
    return JSON.stringify(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])))) + '\n';
  }
  return toTable(header, rows);
}
