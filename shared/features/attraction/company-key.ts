/**
 * A company without CNPJ is known in its district by its name, read as a planner reads it: case,
 * the composition of accents and runs of spaces aside ("MECÂNICA  ÚNICA" is "Mecânica Única"). One
 * rule for the form, the import, and the import's redo: the import compared names with SQLite's
 * lower(), which folds ASCII letters only, so "MECÂNICA ÚNICA" in the workspace and "Mecânica Única"
 * in a file were two companies, and the file's row was added beside the first instead of updating it.
 */
export function companyKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}
