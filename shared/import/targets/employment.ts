import { UNCLASSIFIED_SECTOR } from '../../domain/cnae-levels';
import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../domain/types';
import { plainInteger } from '../values/number';
import { MIN_YEAR } from '../values/year';
import { KeyIndex } from './number-set';
import type { SourceRow } from '../read/table-source';
import { RowHashes } from './row-hashes';
import { clip } from '../values/text';
import { readText } from './cells';
import {
  columnsWith,
  label,
  mappingError,
  oneColumn,
  TerritoryReader,
  YearReader,
  type ConverterEnv,
  type RowConverter,
  type RowOutcome,
} from './converter';
import type { EmploymentStore } from './employment-store';
import { parseClassification } from './sector-catalog';
import { readValueCell } from './value-cell';

interface ValueColumn {
  column: number;
  measure: Measure;
  /** The measure's index in MEASURES (the record store's and the mixed-levels check's number for it). */
  measureIndex: number;
  /** Whether the column's decimal separator was asked for yet (its first value; see `convert`). */
  styled: boolean;
  /** Fixed by the column (wide by sector), else from the sector column or the mapping. */
  sector: string | null;
  /** Fixed by the column (wide by year), else from the year column or the mapping. */
  year: number | null;
}

/**
 * Employment / economic activity: territory × classification × sector × year → jobs, payroll,
 * establishments or value added. Long layouts (one value column per measure) and wide ones (one
 * column per sector, or per year) alike.
 */
export function employmentConverter(env: ConverterEnv, store: EmploymentStore): RowConverter {
  const { mapping } = env;
  const territory = new TerritoryReader(env);
  const classificationColumn = oneColumn(env, 'classification');
  const sectorColumn = oneColumn(env, 'sector');
  const fixedClassification: Classification | null = mapping.classification ?? null;
  if (classificationColumn === null && fixedClassification === null)
    throw mappingError(env, 'choose the classification (IBGE sector, CNAE section, division…) or map a classification column.');

  const values: ValueColumn[] = [];
  const needMeasure = (): Measure => {
    if (!mapping.measure)
      throw mappingError(env, 'choose the measure of the value columns (jobs, payroll, establishments or value added).');
    return mapping.measure;
  };
  const valueColumn = (column: number, measure: Measure, sector: string | null, year: number | null): ValueColumn => ({
    column,
    measure,
    measureIndex: MEASURES.indexOf(measure),
    styled: false,
    sector,
    year,
  });
  for (const c of columnsWith(mapping, 'measure')) values.push(valueColumn(c.column, c.role.measure, null, null));
  for (const c of columnsWith(mapping, 'value')) values.push(valueColumn(c.column, needMeasure(), null, null));
  for (const c of columnsWith(mapping, 'sector-value')) {
    const code = fixedClassification ? env.sectors.normalize(c.role.sectorCode, fixedClassification) : c.role.sectorCode;
    if (code === null)
      throw mappingError(env, `column ${label(env, c.column)}: "${c.role.sectorCode}" is not a ${fixedClassification} code.`);
    values.push(valueColumn(c.column, needMeasure(), code, null));
  }
  for (const c of columnsWith(mapping, 'year-value')) values.push(valueColumn(c.column, needMeasure(), null, c.role.year));
  if (values.length === 0) throw mappingError(env, 'map at least one value column (jobs, payroll… or one column per sector or per year).');
  if (values.some((v) => v.sector === null) && sectorColumn === null && !mapping.sectorCode)
    throw mappingError(env, 'map the sector column, or enter the sector of the whole file.');
  const years = new YearReader(
    env,
    values.some((v) => v.year === null),
  );
  let fixedSector = mapping.sectorCode ?? null;
  if (fixedSector !== null && fixedClassification) {
    fixedSector = env.sectors.normalize(fixedSector, fixedClassification);
    if (fixedSector === null) throw mappingError(env, `"${mapping.sectorCode}" is not a ${fixedClassification} code.`);
  }

  const schemes = new Map<string, Classification>();
  // The last classification cell read and its level: a file repeats one level on every row.
  let lastSchemeCell: string | null = null;
  let lastScheme: Classification | null = null;
  const fixedClassIndex = fixedClassification === null ? -1 : CLASSIFICATIONS.indexOf(fixedClassification);
  // Each level's codes numbered in code order as it first comes (see EmploymentStore.expectSectors).
  const expected = new Set<Classification>();
  const expectLevel = (level: Classification): void => {
    if (expected.has(level)) return;
    expected.add(level);
    store.expectSectors(env.sectors.codes(level));
  };
  if (fixedClassification !== null && classificationColumn === null) expectLevel(fixedClassification);
  const unmapped = new UnmappedCodes(mapping.sectorMap ?? {});
  // With a classification column, the level each territory × year × measure came at first (and where).
  const levels = classificationColumn === null ? null : new KeyIndex();
  const duplicates = mapping.duplicates ?? 'refuse';
  const combining = { sum: 'added up', mean: 'averaged', last: 'replaced by the last of them' } as const;
  // Added up or averaged, a row copied twice by mistake would count twice without a word: each row's
  // cells are hashed, and a row folded into one identical to it is warned about.
  const identical = duplicates === 'sum' || duplicates === 'mean' ? new RowHashes() : null;
  return {
    valueColumns: values.map((v) => v.column),
    finish() {
      unmapped.report(env, sectorColumn === null ? null : label(env, sectorColumn));
      if (store.combinedRows > 0 && duplicates !== 'refuse')
        env.issues.warning(
          'rows-combined',
          null,
          null,
          `${store.combinedRows} rows repeated the key (territory, sector, year, measure) of an earlier row; their values were ${combining[duplicates]}, as chosen.`,
          store.combinedRows,
          { count: store.combinedRows, how: duplicates },
        );
    },
    convert(row: SourceRow): RowOutcome {
      identical?.add(row);
      let warnedIdentical = false;
      const place = territory.read(row);
      if (place === 'skip') return 'skipped';
      let failed = place === 'failed';
      const year = years.read(row);
      let classification = fixedClassification;
      if (classificationColumn !== null) {
        const cell = row.cells[classificationColumn];
        if (typeof cell === 'string' && cell === lastSchemeCell) classification = lastScheme;
        else {
          const text = readText(cell);
          classification = schemes.get(text) ?? parseClassification(text);
          if (classification && schemes.size < 100) schemes.set(text, classification);
          if (!classification) {
            env.issues.error(
              'bad-classification',
              row.row,
              label(env, classificationColumn),
              `"${clip(text, 40)}" is not a classification (ibge-setor, cnae-section, cnae-division, cnae-group, cnae-class, cnae-subclass).`,
            );
            failed = true;
          } else {
            expectLevel(classification);
            if (typeof cell === 'string') {
              lastSchemeCell = cell;
              lastScheme = classification;
            }
          }
        }
      }
      const classIndex =
        classification === fixedClassification ? fixedClassIndex : classification ? CLASSIFICATIONS.indexOf(classification) : -1;
      let rowSector: string | null = fixedSector;
      if (sectorColumn !== null && classification) {
        const cell = row.cells[sectorColumn] ?? null;
        rowSector = env.sectors.normalize(cell, classification);
        const choice = rowSector === null ? unmapped.choice(readText(cell), classification) : undefined;
        if (choice === null) return 'skipped';
        if (choice !== undefined) rowSector = choice === UNCLASSIFIED_SECTOR ? choice : env.sectors.normalize(choice, classification);
        if (rowSector === null) {
          env.issues.error(
            'unknown-sector',
            row.row,
            label(env, sectorColumn),
            `"${clip(readText(cell), 40)}" is not a ${classification} code in the workspace.`,
            clip(readText(cell), 200),
            { classification },
          );
          failed = true;
        }
      } else if (rowSector !== null && classificationColumn !== null && classification) {
        rowSector = env.sectors.normalize(rowSector, classification);
        if (rowSector === null) {
          env.issues.error(
            'unknown-sector',
            row.row,
            label(env, classificationColumn),
            `sector "${mapping.sectorCode ?? ''}" is not a ${classification} code.`,
          );
          failed = true;
        }
      }
      for (const v of values) {
        // A plain integer's text ("4856025"), read here with no object per value; anything else as
        // readValueCell reads it. Its decimal separator is still asked for at the column's first
        // value, as readValueCell does: that is when a two-way numeral of the head is warned about.
        const raw = row.cells[v.column];
        const integer = typeof raw === 'string' ? plainInteger(raw) : null;
        let value: number | null;
        let missingReason: string | null = null;
        let percent = false;
        if (integer !== null) {
          if (!v.styled) env.decimal(v.column);
          value = integer;
        } else {
          const cell = readValueCell(env, row, v.column);
          if (cell === 'empty') continue;
          if (cell === 'invalid') {
            failed = true;
            continue;
          }
          value = cell.value;
          missingReason = cell.missingReason;
          percent = cell.percent === true;
        }
        v.styled = true;
        // A count or a payroll below zero is no figure (value added can be): it would enter LQs and
        // shares as a negative number of jobs. Refused at its cell, as the other imports refuse one;
        // checked in every cell of a row, not only until the row's first error, so that the planner
        // is told of every cell to correct at once (--skip-invalid lists each with its reason).
        if (value !== null && value < 0 && v.measure !== 'value_added') {
          env.issues.error(
            'negative',
            row.row,
            label(env, v.column),
            `${v.measure} is negative (${value}): jobs, payroll and establishments are 0 or more; correct the value or leave the cell empty.`,
          );
          failed = true;
          continue;
        }
        const sector = v.sector ?? rowSector;
        const y = v.year ?? year;
        if (failed || typeof place !== 'object' || !classification || sector === null || y === null) continue;
        const odd = oddCount(v.measure, value, percent);
        if (odd) env.issues.warning('odd-count', row.row, label(env, v.column), odd);
        if (levels && mixedLevel(env, levels, row.row, classificationColumn ?? v.column, place.code, y, v.measureIndex, classIndex)) {
          failed = true;
          continue;
        }
        if (store.addValue(place.code, classIndex, sector, y, v.measureIndex, value, missingReason, row.row)) continue;
        const record = {
          territoryCode: place.code,
          classification,
          sectorCode: sector,
          year: y,
          measure: v.measure,
          value,
          missingReason,
          sourceRow: row.row,
        };
        const firstRow = identical && !warnedIdentical ? store.firstRowOf(record) : null;
        if (duplicates !== 'refuse' && store.combine(record, duplicates)) {
          if (identical && firstRow !== null && identical.same(firstRow, row.row) && duplicates !== 'last') {
            warnedIdentical = true;
            env.issues.warning(
              'identical-row',
              row.row,
              null,
              `row ${row.row} repeats row ${firstRow} cell for cell; its values were ${combining[duplicates]} with that row's, as chosen for repeated rows, so it counts twice. If it was copied by mistake, leave it out (exclude it in the review, or delete it) and import again.`,
              undefined,
              { first: firstRow, how: duplicates },
            );
          }
        } else {
          env.issues.error(
            'duplicate-key',
            row.row,
            label(env, v.column),
            `the file already gave ${v.measure} of territory ${place.code}, sector ${sector}, ${y} in row ${store.firstRowOf(record) ?? '?'}; choose to add up, average or keep the last of repeated rows (--duplicates sum|mean|last), or remove one.`,
            undefined,
            { measure: v.measure, territory: place.code, sector, year: y, first: store.firstRowOf(record) ?? '?' },
          );
          failed = true;
        }
      }
      return failed ? 'failed' : 'imported';
    },
  };
}

/**
 * A territory × year × measure at two levels in one file (CNAE divisions and subclasses, or IBGE
 * sectors): a roll-up would count its activity twice, so the second level's row is an error.
 * `levels` holds, per territory × year × measure (as a number: no string and no object per row),
 * the first row and level as row × 8 + the level's index.
 */
function mixedLevel(
  env: ConverterEnv,
  levels: KeyIndex,
  row: number,
  column: number,
  territory: number,
  year: number,
  measureIndex: number,
  index: number,
): boolean {
  const first = levels.add((territory * 512 + (year - MIN_YEAR)) * 4 + measureIndex, row * 8 + index);
  if (first === -1 || first % 8 === index) return false;
  const measure = MEASURES[measureIndex] ?? 'jobs';
  const level = CLASSIFICATIONS[index] ?? 'ibge-setor';
  const firstLevel = CLASSIFICATIONS[first % 8] ?? level;
  const firstRow = Math.floor(first / 8);
  env.issues.error(
    'mixed-levels',
    row,
    label(env, column),
    `territory ${territory} has ${measure} for ${year} at ${firstLevel} (row ${firstRow}) and at ${level}: rolled up, both would count its activity twice. Keep the rows of one level only (delete or filter out the others) and import again.`,
    level,
    { territory, year, measure, levels: `${firstLevel}, ${level}`, first: firstRow },
  );
  return true;
}

/**
 * The review's answers for sector codes outside the classification (mapping.sectorMap): a code, "NC"
 * or null (skip), by the cell's text, and how many rows each answer took, said once in a warning.
 */
class UnmappedCodes {
  private readonly skipped = new Map<string, number>();
  private readonly mapped = new Map<string, number>();
  /** The classification each answered code was read in (the review's picker offers its codes). */
  private readonly schemes = new Map<string, Classification>();

  constructor(private readonly map: Readonly<Record<string, string | null>>) {}

  /** The answer for a code the classification lacks; undefined when the review gave none. */
  choice(text: string, classification: Classification): string | null | undefined {
    if (!Object.hasOwn(this.map, text)) return undefined;
    if (!this.schemes.has(text)) this.schemes.set(text, classification);
    const answer = this.map[text] ?? null;
    const counts = answer === null ? this.skipped : this.mapped;
    counts.set(text, (counts.get(text) ?? 0) + 1);
    return answer;
  }

  /** One warning per code answered: its rows (`count`) and the code itself (`value`), so the review can show both. */
  report(env: ConverterEnv, column: string | null): void {
    for (const [text, n] of this.skipped)
      env.issues.warning(
        'sector-skipped',
        null,
        column,
        `${n} rows with the code "${clip(text, 40)}", outside the classification, were skipped, as chosen.`,
        text,
        { count: n, codes: `"${clip(text, 40)}"`, classification: this.schemes.get(text) ?? '' },
      );
    for (const [text, n] of this.mapped) {
      const to = this.map[text] === UNCLASSIFIED_SECTOR ? 'unclassified' : `code ${this.map[text] ?? ''}`;
      env.issues.warning(
        'sector-mapped',
        null,
        column,
        `${n} rows with the code "${clip(text, 40)}", outside the classification, were imported as ${to}, as chosen.`,
        text,
        { count: n, codes: `"${clip(text, 40)}"`, classification: this.schemes.get(text) ?? '' },
      );
    }
  }
}

/** Above any municipality × sector count in Brazil (jobs, establishments): a unit or layout slip. */
const MAX_PLAUSIBLE_COUNT = 1e8;

/**
 * Why a count (jobs, establishments) looks wrong although it is a number: a fraction, a value no
 * place can have (1e308), or a percentage ("12%") in a count column. Imported, with a warning.
 */
function oddCount(measure: string, value: number | null, percent: boolean): string | null {
  if (value === null || (measure !== 'jobs' && measure !== 'establishments')) return null;
  if (percent) return `${measure} is a percentage (${value}%), not a count: check the column and the file's units.`;
  if (Math.abs(value) > MAX_PLAUSIBLE_COUNT) return `${measure} is implausibly large (${value}): check the column and the file's units.`;
  if (!Number.isInteger(value))
    return `${measure} is not a whole number (${value}): counts are whole; check the column and the decimal separator.`;
  return null;
}
