import type { Connection } from '../../db/connection';
import { EndDetector } from '../layout/end-detector';
import { fileYear } from '../layout/file-year';
import type { ImportMapping } from '../mapping/mapping-schema';
import type { PassControl, SourceRow, TableSource } from '../read/table-source';
import { readNumber } from '../targets/cells';
import { label, type ConverterEnv, type RowConverter } from '../targets/converter';
import { employmentConverter } from '../targets/employment';
import { indicatorConverter } from '../targets/indicator-values';
import { EmploymentStore } from '../targets/employment-store';
import { IndicatorStore } from '../targets/indicator-store';
import { SectorCatalog } from '../targets/sector-catalog';
import { siteConverter, SiteStore } from '../targets/sites';
import { levelsToCompare, refuseStoredLevels } from '../targets/stored-levels';
import { TerritoryIndex } from '../territory/territory-index';
import { TerritoryMatcher } from '../territory/territory-match';
import type { ImportLayout, TerritoryResolution, TotalCheck, UnresolvedTerritory } from '../types';
import { cellsPastHeader } from './cells-past-header';
import { decimalStyles } from './decimal-styles';
import { refuseFormulasWithoutResults } from './formula-results';
import { IssueLog } from './issues';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { nameKey } from '../values/text';
import { featureTargetHandler, isFeatureTarget, loadFeatureTargets, type FeatureRecords } from '../targets/feature-targets';

export type RecordStore =
  | { target: 'employment'; store: EmploymentStore }
  | { target: 'indicator-values' | 'population'; store: IndicatorStore }
  | { target: 'sites'; store: SiteStore }
  | FeatureRecords;

export interface PassResult {
  records: RecordStore;
  issues: IssueLog;
  read: number;
  skipped: number;
  unresolved: UnresolvedTerritory[];
  totalChecks: TotalCheck[];
  /** Where the pass stopped, when before the layout's end (a footer in the middle of the data). */
  endedEarlyAt: number | null;
}

export interface PassInput {
  source: TableSource;
  layout: ImportLayout;
  mapping: ImportMapping;
  resolutions: readonly TerritoryResolution[];
  excludeRows?: readonly number[];
}

/** Existing sites by name and municipality, so a file without codes updates them instead of adding twins. */
function existingSites(conn: Connection): Map<string, string> {
  return new Map(new SiteRepository(conn).list().map((s) => [`${nameKey(s.name)}|${s.municipalityCode ?? ''}`, s.code]));
}

function makeConverter(env: ConverterEnv, conn: Connection): { converter: RowConverter; records: RecordStore } {
  switch (env.mapping.target) {
    case 'employment': {
      const store = new EmploymentStore();
      return { converter: employmentConverter(env, store), records: { target: 'employment', store } };
    }
    case 'indicator-values':
    case 'population': {
      const store = new IndicatorStore();
      return { converter: indicatorConverter(env, store), records: { target: env.mapping.target, store } };
    }
    case 'sites': {
      const store = new SiteStore();
      return { converter: siteConverter(env, store, existingSites(conn)), records: { target: 'sites', store } };
    }
    default:
      return featureTargetHandler(env.mapping.target).makeConverter(env.mapping.target, env, conn);
  }
}

/**
 * Reads every data row once: classifies it (data, blank, total, end), converts it to records,
 * and collects problems, unresolved territories and the check of the file's Total row. Nothing
 * is written: the result is previewed, or committed in one transaction.
 */
export async function runPass(conn: Connection, input: PassInput, control: PassControl): Promise<PassResult> {
  const { source, layout, mapping } = input;
  // A feature's target: its handler, where the composition root loads it only now (feature-targets.ts).
  if (isFeatureTarget(mapping.target)) await loadFeatureTargets();
  const issues = new IssueLog();
  const index = TerritoryIndex.load(conn);
  const resolutions = new Map(input.resolutions.map((r) => [r.key, r.code]));
  const matcher = new TerritoryMatcher(index, mapping.target === 'indicator-values' ? mapping.subject : 'municipality', resolutions);
  const year = fileYear(layout.yearCandidates);
  const env: ConverterEnv = {
    mapping,
    layout,
    issues,
    matcher,
    sectors: SectorCatalog.load(conn),
    fileYear: year.year,
    decimal: decimalStyles(source, layout, mapping, issues, (column) => label({ layout }, column)),
    file: source.fileName,
    sheet: layout.sheet,
  };
  if (mapping.year && 'fromFile' in mapping.year && year.conflict) {
    issues.warning(
      'year-conflict',
      null,
      null,
      `the file states different years (${layout.yearCandidates.map((c) => `${c.year} in the ${c.source}`).join(', ')}); ${year.year ?? 'none'} is used.`,
    );
  }
  const { converter, records } = makeConverter(env, conn);
  if (records.target === 'employment' || records.target === 'indicator-values' || records.target === 'population')
    records.store.reserve(Math.max(0, layout.dataEnd - layout.dataStart + 1) * converter.valueColumns.length);
  const excluded = new Set(input.excludeRows ?? []);
  const detector = new EndDetector(layout.dataEnd);
  const pastHeader = cellsPastHeader(source, layout, issues);
  // Sums for checking a Total row, kept only when the layout saw one.
  const sums = new Map<number, number>(layout.totalRows.length > 0 ? converter.valueColumns.map((c) => [c, 0]) : []);
  const totalRows: SourceRow[] = [];
  let read = 0;
  let skipped = 0;
  let endedEarlyAt: number | null = null;

  outer: for await (const chunk of source.rows(layout.sheet, layout.dataStart, control)) {
    for (const row of chunk) {
      const verdict = detector.classify(row);
      if (verdict === 'end') {
        if (row.row <= layout.dataEnd) endedEarlyAt = row.row;
        break outer;
      }
      if (verdict === 'blank') continue;
      read++;
      if (verdict === 'total' || (excluded.size > 0 && excluded.has(row.row))) {
        if (verdict === 'total') totalRows.push(row);
        skipped++;
        continue;
      }
      pastHeader?.(row);
      if (sums.size > 0) {
        for (const [column, sum] of sums) {
          const n = readNumber(row.cells[column], env.decimal(column), false);
          if (n.kind === 'number') sums.set(column, sum + n.value);
        }
      }
      if (converter.convert(row) === 'skipped') skipped++;
    }
  }
  converter.finish?.();
  if (records.target === 'employment' && records.store.length > 0) {
    const { classifications, measures, years } = records.store.scope();
    const stored = new EmploymentRepository(conn).territoryLevels({ levels: levelsToCompare(classifications), measures, years });
    refuseStoredLevels(records.store, stored, issues);
  }
  refuseFormulasWithoutResults(source, layout.sheet, layout);
  if (endedEarlyAt !== null) {
    issues.warning(
      'early-end',
      endedEarlyAt,
      null,
      `the data ends at row ${endedEarlyAt - 1} (a footer or a new table starts there), before row ${layout.dataEnd}; rows after it are not imported.`,
    );
  }

  for (const note of source.notes ?? []) issues.warning(note.code, note.row, null, note.message);
  const expected = mapping.expectEnd;
  const missing = [
    expected?.total && totalRows.length === 0 ? 'Total row' : null,
    expected?.footer && layout.footerRows.length === 0 && detector.reason !== 'footer' ? 'footer' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 && endedEarlyAt === null) {
    issues.warning(
      'truncated',
      null,
      null,
      `the file seems truncated: this layout ends with a ${missing.join(' and a ')}, which the file lacks (its last row is ${layout.dataEnd}). Get the complete file again before relying on it.`,
    );
  }

  const totalChecks: TotalCheck[] = [];
  const [total] = totalRows;
  if (totalRows.length === 1 && total) {
    for (const [column, sum] of sums) {
      const n = readNumber(total.cells[column], env.decimal(column), false);
      if (n.kind !== 'number') continue;
      const ok = Math.abs(n.value - sum) <= Math.max(0.5, Math.abs(n.value) * 1e-9);
      totalChecks.push({ row: total.row, column: label(env, column), fileTotal: n.value, sum: Number(sum.toPrecision(15)), ok });
      if (!ok)
        issues.warning(
          'total-mismatch',
          total.row,
          label(env, column),
          `the file's total (${n.value}) differs from the sum of its rows (${Number(sum.toPrecision(15))}).`,
          undefined,
          { total: n.value, sum: Number(sum.toPrecision(15)) },
        );
    }
  }
  const unresolved = matcher.unresolved();
  // What to do when nothing comes close: the message named the cell and stopped.
  const NO_CANDIDATE = "; write the municipality's 7-digit IBGE code, or its name as IBGE writes it.";
  const territoryColumn =
    mapping.columns.find((c) => c.role.role === 'territory') ?? mapping.columns.find((c) => c.role.role === 'territory-name');
  const columnLabel = (column: number | undefined): string | null => (column === undefined ? null : label(env, column));
  for (const u of unresolved) {
    // An ambiguous name lists every municipality of that name (Santa Luzia is in MA, PB, BA and MG:
    // the first three left MG's out); a name not found, its three closest.
    const top = u.candidates[0];
    const homonyms = u.problem === 'ambiguous' && top ? u.candidates.filter((c) => nameKey(c.name) === nameKey(top.name)) : [];
    const options = (homonyms.length > 3 ? homonyms : u.candidates.slice(0, 3))
      .map((c) => `${c.name} (${c.stateAbbr}, ${c.code})`)
      .join('; ');
    issues.error(
      u.problem === 'ambiguous' ? 'ambiguous-territory' : 'unknown-territory',
      u.firstRow,
      // The column its first row was read from: a row without its code was read by the name column.
      columnLabel(matcher.columnOf(u.key) ?? territoryColumn?.column),
      `${u.problem === 'ambiguous' ? 'ambiguous' : 'unknown'} territory "${u.text}"${u.state ? ` (${u.state})` : ''} in ${u.rows} row(s)${options ? `; did you mean ${options}?` : NO_CANDIDATE}`,
      u.text,
      { rows: u.rows, state: u.state ?? '', options },
    );
  }
  return { records, issues, read, skipped, unresolved, totalChecks, endedEarlyAt };
}
