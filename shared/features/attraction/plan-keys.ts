/**
 * The keys by which a district's lots and companies are known, one rule for the forms, the imports
 * and an import's redo.
 */

/**
 * A company without CNPJ is known in its district by its name, read as a planner reads it: case,
 * the composition of accents and runs of spaces aside ("MECÂNICA  ÚNICA" is "Mecânica Única"). The
 * import compared names with SQLite's lower(), which folds ASCII letters only, so "MECÂNICA ÚNICA" in
 * the workspace and "Mecânica Única" in a file were two companies, and the file's row was added beside
 * the first instead of updating it.
 */
export function companyKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}

/**
 * A lot is known in its district by its code, case aside: an agency sheet that writes "l-01" where
 * the workspace has "L-01" updates that lot (it was added as a second lot of the same ground, its
 * area counted twice in the district's available area).
 */
export function lotKey(code: string): string {
  return code.normalize('NFC').trim().toLocaleUpperCase('pt-BR');
}
