import type { UnresolvedTerritory } from '../../../../shared/import/api';

/** Answers for several territories at once: key → municipality code. */
export type BulkAnswers = ReadonlyMap<string, number>;

/** The state most pending territories' first suggestion lies in (the chosen state first when it has any). */
export function topSuggestionState(
  pending: readonly UnresolvedTerritory[],
  preferred: string | undefined,
): { state: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const u of pending) {
    const top = u.candidates[0];
    if (top) counts.set(top.stateAbbr, (counts.get(top.stateAbbr) ?? 0) + 1);
  }
  if (preferred && counts.has(preferred)) return { state: preferred, count: counts.get(preferred) ?? 0 };
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { state: best[0], count: best[1] } : null;
}

/** "Accept all top suggestions in MG": each pending territory whose first suggestion is in that state. */
export function topSuggestionsIn(pending: readonly UnresolvedTerritory[], state: string): BulkAnswers {
  const answers = new Map<string, number>();
  for (const u of pending) {
    const top = u.candidates[0];
    if (top?.stateAbbr === state) answers.set(u.key, top.code);
  }
  return answers;
}

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
export function lookupAnswers(pending: readonly UnresolvedTerritory[], lookup: ReadonlyMap<string, number>): BulkAnswers {
  const answers = new Map<string, number>();
  for (const u of pending) {
    const code = lookup.get(lookupKey(u.text));
    if (code !== undefined) answers.set(u.key, code);
  }
  return answers;
}
