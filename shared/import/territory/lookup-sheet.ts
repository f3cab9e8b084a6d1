import type { UnresolvedTerritory } from '../types';

/**
 * A workbook's own name → code sheet (the fiscal workbooks carry one): read as the lookup of the
 * territories a file gives by name only. The wizard applies it on the user's click; the CLI when the
 * mapping file names the sheet (`"lookupSheet"`).
 */

/** A name as the lookup compares it: no accents, upper case, words only. */
export function lookupKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/**
 * A name → code sheet of the same workbook, read as the lookup: the column whose cells are IBGE
 * municipality codes (7 digits, or 6 without the check digit) and the text column beside it. Rows
 * whose code cell is not a code (the header, notes) are passed over. Null when no such pair exists.
 */
export function readLookup(
  rows: readonly { cells: readonly string[] }[],
  codeOf: (digits: string) => number | null,
): Map<string, number> | null {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const isCode = (cell: string | undefined): boolean => /^\d{6,7}$/.test((cell ?? '').trim());
  let codeColumn = -1;
  let best = 0;
  for (let c = 0; c < width; c++) {
    const n = rows.filter((r) => isCode(r.cells[c])).length;
    if (n > best) [codeColumn, best] = [c, n];
  }
  if (codeColumn < 0) return null;
  const codeRows = rows.filter((r) => isCode(r.cells[codeColumn]));
  let nameColumn = -1;
  best = 0;
  for (let c = 0; c < width; c++) {
    if (c === codeColumn) continue;
    const n = codeRows.filter((r) => /[A-Za-zÀ-ÿ]/.test(r.cells[c] ?? '')).length;
    if (n > best) [nameColumn, best] = [c, n];
  }
  if (nameColumn < 0) return null;
  const lookup = new Map<string, number>();
  for (const r of codeRows) {
    const code = codeOf((r.cells[codeColumn] ?? '').trim());
    const name = lookupKey(r.cells[nameColumn] ?? '');
    if (code !== null && name !== '') lookup.set(name, code);
  }
  return lookup.size > 0 ? lookup : null;
}

/** The pending territories the lookup names. */
export function lookupAnswers(
  pending: readonly Pick<UnresolvedTerritory, 'key' | 'text'>[],
  lookup: ReadonlyMap<string, number>,
): Map<string, number> {
  const answers = new Map<string, number>();
  for (const u of pending) {
    const code = lookup.get(lookupKey(u.text));
    if (code !== undefined) answers.set(u.key, code);
  }
  return answers;
}

/** A lookup cell's digits → a municipality code of the workspace: 7 digits as they are, 6 without the check digit. */
export function municipalityCodeOf(codes: Iterable<number>): (digits: string) => number | null {
  const seven = new Set(codes);
  const bySix = new Map([...seven].map((code) => [Math.floor(code / 10), code]));
  return (digits) => (digits.length === 7 ? (seven.has(Number(digits)) ? Number(digits) : null) : (bySix.get(Number(digits)) ?? null));
}
