import { ArranjoError } from '../../errors';
import type { IssueLog } from '../pipeline/issues';
import { isBlank, type Cell, type SourceRow } from '../read/table-source';
import type { SectorCatalog } from './sector-catalog';
import type { TerritoryMatcher } from '../territory/territory-match';
import type { ColumnRole, ImportMapping } from '../mapping/mapping-schema';
import type { ImportLayout } from '../types';
import type { DecimalStyle } from '../values/number';
import { isExcelError } from '../values/missing';
import { clip } from '../values/text';
import { parseYear } from '../values/year';
import { readText } from './cells';
import { importRefusal } from '../../domain/import-codes';

export type RowOutcome = 'imported' | 'skipped' | 'failed';

/** Turns one data row into records of a target, reporting problems by row and column. */
export interface RowConverter {
  convert(row: SourceRow): RowOutcome;
  /** Columns whose numbers a "Total" row can be checked against. */
  readonly valueColumns: readonly number[];
  /** File-level checks once every row is read (names spelt several ways…). */
  finish?(): void;
}

export interface ConverterEnv {
  mapping: ImportMapping;
  layout: ImportLayout;
  issues: IssueLog;
  matcher: TerritoryMatcher;
  sectors: SectorCatalog;
  /** The year the file states (footer, title or name), when it states one. */
  fileYear: number | null;
  /** Decimal separator per column (detected from the data, or the mapping's choice). */
  decimal(column: number): DecimalStyle | 'auto';
  file: string;
  sheet: string;
}

export function mappingError(env: Pick<ConverterEnv, 'file' | 'sheet'>, message: string): ArranjoError {
  return new ArranjoError(
    'INVALID_INPUT',
    `${env.file}, sheet ${env.sheet}: ${message}`,
    { file: env.file, sheet: env.sheet },
    importRefusal('mapping'),
  );
}

export function columnsWith<R extends ColumnRole['role']>(
  mapping: ImportMapping,
  role: R,
): { column: number; role: Extract<ColumnRole, { role: R }> }[] {
  return mapping.columns.filter((c): c is { column: number; role: Extract<ColumnRole, { role: R }> } => c.role.role === role);
}

export function oneColumn(env: ConverterEnv, role: ColumnRole['role']): number | null {
  const found = columnsWith(env.mapping, role);
  if (found.length > 1)
    throw mappingError(env, `only one column can be "${role}"; columns ${found.map((c) => label(env, c.column)).join(', ')} are.`);
  return found[0]?.column ?? null;
}

/** How a column is called in messages: its header, or its letter when it has none. */
export function label(env: Pick<ConverterEnv, 'layout'>, column: number): string {
  const c = env.layout.columns[column];
  return c?.header || c?.letter || String(column + 1);
}

/** Reads the row's territory from the territory column, completed by the state and name columns. */
export class TerritoryReader {
  private readonly territory: number | null;
  private readonly state: number | null;
  private readonly name: number | null;

  constructor(private readonly env: ConverterEnv) {
    this.territory = oneColumn(env, 'territory');
    this.state = oneColumn(env, 'state');
    this.name = oneColumn(env, 'territory-name');
    if (this.territory === null && this.name === null)
      throw mappingError(env, 'no column is mapped to the territory (an IBGE code or a name).');
  }

  /** The (territory, state cell) pairs already said: a file's wrong UF is said once, at its first row. */
  private readonly statesSaid = new Set<string>();

  /**
   * A state column that names no state ("XX") or another state than the territory's code: the code
   * wins, as with a name that differs, and the planner is told at the first row.
   */
  private checkState(row: number, outcome: { code: number; stateCode: number }, stateCell: Cell): void {
    if (this.env.matcher.level !== 'municipality') return;
    const given = typeof stateCell === 'number' ? stateCell : readText(stateCell);
    const state = this.env.matcher.stateNamed(given);
    if (state?.code === outcome.stateCode) return;
    const key = `${outcome.code}|${given}`;
    if (this.statesSaid.has(key)) return;
    this.statesSaid.add(key);
    const place = this.env.matcher.placeOf(outcome.code);
    const territory = place ? `${place.name} (${place.stateAbbr})` : String(outcome.code);
    this.env.issues.warning(
      'state-mismatch',
      row,
      label(this.env, this.state ?? 0),
      state
        ? `code ${outcome.code} is ${territory} in the workspace, but the file's state column says "${clip(String(given), 40)}"; the code is kept: check the row.`
        : `"${clip(String(given), 40)}" is not a Brazilian state (write its abbreviation, as MG); code ${outcome.code} is ${territory}, which is kept: check the row.`,
      clip(String(given), 40),
      { territory },
    );
  }

  /** The code, or what to do with the row when there is none. */
  read(row: SourceRow): { code: number } | 'skip' | 'failed' {
    let column = this.territory ?? this.name ?? 0;
    let cell: Cell = row.cells[column] ?? null;
    // A row without its code but with the municipality's name (a code deleted, a row typed by hand)
    // is matched by the name within its state, as a file of names would be: never guessed.
    if (isBlank(cell) && this.territory !== null && this.name !== null && !isBlank(row.cells[this.name] ?? null)) {
      column = this.name;
      cell = row.cells[column] ?? null;
    }
    const stateCell = this.state === null ? null : (row.cells[this.state] ?? null);
    const stateHint =
      stateCell === null || isBlank(stateCell)
        ? (this.env.mapping.state ?? null)
        : typeof stateCell === 'number'
          ? stateCell
          : readText(stateCell);
    const nameHint = this.name !== null && this.territory === column ? readText(row.cells[this.name]) || null : null;
    if (isBlank(cell)) {
      this.env.issues.error(
        'missing-territory',
        row.row,
        label(this.env, column),
        "the territory cell is empty; write the municipality's 7-digit IBGE code (or its name, as IBGE writes it).",
      );
      return 'failed';
    }
    const value = typeof cell === 'number' ? cell : readText(cell);
    // A failed formula's #N/A names no place: refused at its cell, never offered for a municipality
    // that merely looks like "NA" in the territories step.
    if (typeof value === 'string' && isExcelError(value)) {
      this.env.issues.error(
        'territory-excel-error',
        row.row,
        label(this.env, column),
        `the territory cell holds Excel's error ${value} (its formula failed in the source file), not a municipality; correct the cell there, or delete the row, and import again.`,
        value,
      );
      return 'failed';
    }
    const outcome = this.env.matcher.match(value, stateHint, row.row, nameHint, column);
    switch (outcome.kind) {
      case 'matched':
        if (stateCell !== null && !isBlank(stateCell)) this.checkState(row.row, outcome, stateCell);
        if (outcome.warning)
          this.env.issues.warning(
            'territory-name-mismatch',
            row.row,
            label(this.env, column),
            outcome.warning.message,
            outcome.warning.named,
            {
              territory: outcome.warning.territory,
            },
          );
        // The outcome itself (it carries the code): no object per row.
        return outcome;
      case 'skip':
        return 'skip';
      case 'empty':
        this.env.issues.error('missing-territory', row.row, label(this.env, column), 'the territory cell is empty.');
        return 'failed';
      case 'unresolved':
        // The name could not be placed; a state cell that names no state ("XX") is why it was looked
        // for in every state, and is said at its own column (the refusal named only the municipality).
        if (
          stateCell !== null &&
          !isBlank(stateCell) &&
          typeof stateCell !== 'number' &&
          !this.env.matcher.stateNamed(readText(stateCell))
        ) {
          const given = clip(readText(stateCell), 40);
          this.env.issues.warning(
            'unknown-state',
            row.row,
            label(this.env, this.state ?? 0),
            `"${given}" is not a Brazilian state (write its abbreviation, as MG), so the name was looked for in every state.`,
            given,
          );
        }
        return 'failed';
    }
  }
}

/** Reads the row's year from the year column, or gives the mapping's fixed year. */
export class YearReader {
  private readonly column: number | null;
  private readonly fixed: number | null;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly env: ConverterEnv,
    needed: boolean,
  ) {
    this.column = oneColumn(env, 'year');
    const year = env.mapping.year;
    this.fixed = year === undefined ? null : 'value' in year ? year.value : env.fileYear;
    if (needed && this.column === null && this.fixed === null) {
      throw mappingError(
        env,
        year && 'fromFile' in year
          ? 'the file does not state its year (no "Ano" line, title or year in the name): give it as a year in the file\'s name (…_2020.csv), as "year": {"value": 2020} in a --mapping file, or in the import wizard\'s year field.'
          : 'no column gives the year and no year was entered.',
      );
    }
  }

  read(row: SourceRow): number | null {
    if (this.column === null) return this.fixed;
    const cell = row.cells[this.column] ?? null;
    // Long files repeat a handful of years a million times: parse each spelling once.
    const cached = typeof cell === 'string' ? this.seen.get(cell) : undefined;
    if (cached !== undefined) return cached;
    const parsed = parseYear(typeof cell === 'object' && cell !== null && !(cell instanceof Date) ? null : cell);
    if (parsed.kind === 'year') {
      if (typeof cell === 'string' && this.seen.size < 1000) this.seen.set(cell, parsed.year);
      return parsed.year;
    }
    const text = readText(cell);
    this.env.issues.error(
      'bad-year',
      row.row,
      label(this.env, this.column),
      parsed.kind === 'empty' ? 'the year is empty.' : `"${clip(text, 40)}" is not a year (1900–2200).`,
      clip(text, 80),
    );
    return null;
  }
}
