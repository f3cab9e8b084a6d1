import { foldAccents } from './fold';

/**
 * Names in the order a reader of Portuguese or Spanish looks them up: by their letters, accents and
 * case aside, then as written ("Água Boa" among the A's, not after "Wenceslau Braz"; "São Paulo"
 * before "Sergipe"). SQLite's ORDER BY compares bytes, which puts every accented initial after Z.
 */
export function nameKey(name: string): string {
  return foldAccents(name).toLowerCase();
}

/** The rows in name order (`nameKey`, then the name as written); each name's key is made once. */
export function byName<T>(rows: readonly T[], name: (row: T) => string): T[] {
  return rows
    .map((row) => ({ row, name: name(row), key: nameKey(name(row)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((x) => x.row);
}
