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

export function renderRows(format: OutputFormat, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (format === 'csv') return toCsv(header, rows);
  if (format === 'json') {
    return JSON.stringify(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])))) + '\n';
  }
  return toTable(header, rows);
}
