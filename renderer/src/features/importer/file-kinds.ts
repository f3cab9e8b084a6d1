/**
 * Which dropped or picked files go to the import wizard. The engine looks at the bytes, not the
 * name, and refuses what it cannot read with a message that says how to convert it (a legacy .xls,
 * an .ods); the name only decides whether a file is meant for importing at all.
 */
export const IMPORT_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt'] as const;
export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];

/** For the file picker: extensions plus the MIME types some systems report instead. */
export const IMPORT_ACCEPT = [
  ...IMPORT_EXTENSIONS.map((e) => `.${e}`),
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
].join(',');

/** "Pasta/Dados 2020.CSV" → "csv"; "" when the name has no extension. */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isImportFileName(name: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(fileExtension(name));
}

/** A drag carries files (not text or an element dragged inside the page). */
export function dragHasFiles(types: readonly string[] | DOMStringList | null | undefined): boolean {
  if (!types) return false;
  return Array.from(types as ArrayLike<string>).includes('Files');
}

/** The first importable file of a drop, and the names of the others (said to the user, not dropped silently). */
export function pickImportFile<F extends { name: string }>(files: readonly F[]): { file: F | null; ignored: string[] } {
  const file = files.find((f) => isImportFileName(f.name)) ?? null;
  return { file, ignored: files.filter((f) => f !== file).map((f) => f.name) };
}
