import type { ColumnRole, ImportTarget, LayoutOverrides } from '../../../../shared/import/api';

/** What a batch recorded of how its file was read (the engine stores it as JSON with the batch). */
export interface BatchMapping {
  target: ImportTarget | null;
  columns: { column: number; role: ColumnRole }[];
  year: { fromFile: true } | { value: number } | null;
  layout: LayoutOverrides;
  resolutions: number;
  excludedRows: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a batch's mapping JSON; null when the batch has none (the demo's direct loads) or it cannot be read. */
export function parseBatchMapping(json: string | null): BatchMapping | null {
  if (!json) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !isRecord(parsed.mapping)) return null;
  const mapping = parsed.mapping;
  const columns = Array.isArray(mapping.columns)
    ? mapping.columns.filter(
        (c): c is { column: number; role: ColumnRole } =>
          isRecord(c) && typeof c.column === 'number' && isRecord(c.role) && typeof c.role.role === 'string',
      )
    : [];
  const year = isRecord(mapping.year)
    ? mapping.year.fromFile === true
      ? ({ fromFile: true } as const)
      : typeof mapping.year.value === 'number'
        ? { value: mapping.year.value }
        : null
    : null;
  return {
    target: typeof mapping.target === 'string' ? (mapping.target as ImportTarget) : null,
    columns,
    year,
    layout: isRecord(parsed.layout) ? parsed.layout : {},
    resolutions: Array.isArray(parsed.resolutions) ? parsed.resolutions.length : 0,
    excludedRows: Array.isArray(parsed.excludeRows) ? parsed.excludeRows.length : 0,
  };
}

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
