import {
  ACTION_REQUIRED_FIELDS,
  LOT_REQUIRED_FIELDS,
  MEASUREMENT_REQUIRED_FIELDS,
  PROSPECT_REQUIRED_FIELDS,
  SITE_FIELDS,
  WORK_REQUIRED_FIELDS,
  type ColumnRole,
  type ImportLayout,
  type ImportMapping,
  type ImportTarget,
  type LayoutColumn,
  type SiteField,
} from '../../../../shared/import/api';
import { foldAccents } from '../../../../shared/text/fold';

export type RoleKind = ColumnRole['role'];

const COMMON: readonly RoleKind[] = ['ignore', 'territory', 'territory-name', 'state', 'year'];

/** The roles a column can take for each target, in the order the role menu lists them. */
export const ROLES_BY_TARGET: Record<ImportTarget, readonly RoleKind[]> = {
  employment: [...COMMON, 'classification', 'sector', 'measure', 'sector-value', 'year-value'],
  'indicator-values': [...COMMON, 'indicator', 'value', 'indicator-value', 'year-value'],
  population: [...COMMON, 'value', 'year-value'],
  sites: ['ignore', 'territory', 'territory-name', 'state', 'site-field'],
  works: ['ignore', 'work-field'],
  measurements: ['ignore', 'measurement-field', 'period-value'],
  initiatives: ['ignore', 'territory', 'territory-name', 'state', 'initiative-field'],
  lots: ['ignore', 'plan-field'],
  prospects: ['ignore', 'plan-field'],
  'programme-actions': ['ignore', 'territory', 'territory-name', 'state', 'programme-field'],
  'programme-targets': ['ignore', 'programme-field', 'period-value'],
};

/** Roles one column at most may have: giving one to a column takes it from the other. */
const UNIQUE: ReadonlySet<RoleKind> = new Set(['territory', 'territory-name', 'state', 'year', 'classification', 'sector', 'indicator']);

const INDICATOR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/** A wide measurements sheet: the work code; the dates and values come from its period columns. */
const WIDE_MEASUREMENTS_REQUIRED: readonly string[] = ['workCode'];

export function roleOf(mapping: ImportMapping, column: number): ColumnRole {
  return mapping.columns.find((c) => c.column === column)?.role ?? { role: 'ignore' };
}

/** A year a header names: "2019", "POP22", "Empregos 2020". Two digits: 00–49 → 20xx. */
export function headerYear(header: string): number | null {
  const text = header.trim();
  const four = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(text);
  if (four) return Number(four[1]);
  const two = /^[A-Za-z]{2,8}[_\s.-]?(\d{2})$/.exec(text);
  if (two) {
    const yy = Number(two[1]);
    return (yy < 50 ? 2000 : 1900) + yy;
  }
  return null;
}

/** An indicator code from a header, as the engine writes them: letters, digits, "_", "." and "-". */
export function indicatorCodeFrom(header: string): string {
  const code = foldAccents(header)
    .trim()
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return code || 'IND';
}

/** The leading code of a sector header: "2 - Indústria de transformação" → "2", "C - Indústrias" → "C". */
export function sectorCodeFrom(header: string): string {
  const m = /^\s*([0-9][0-9./-]{0,11}|[A-Ua-u])(?=\s*[-–:.]|\s+\D|$)/.exec(header);
  return m?.[1]?.replace(/[./-]/g, '').toUpperCase() ?? '';
}

/** A role with its parameter filled from the column (sector code, year, indicator code) where the header says it. */
export function defaultRole(
  kind: RoleKind,
  column: Pick<LayoutColumn, 'header'>,
  fallbackYear: number | null,
  target?: ImportTarget,
): ColumnRole {
  switch (kind) {
    case 'measure':
      return { role: 'measure', measure: 'jobs' };
    case 'sector-value':
      return { role: 'sector-value', sectorCode: sectorCodeFrom(column.header) };
    case 'year-value':
      return { role: 'year-value', year: headerYear(column.header) ?? fallbackYear ?? new Date().getFullYear() };
    case 'indicator-value':
      return { role: 'indicator-value', indicator: indicatorCodeFrom(column.header) };
    case 'site-field':
      return { role: 'site-field', field: 'name' };
    case 'work-field':
      return { role: 'work-field', field: 'title' };
    case 'measurement-field':
      return { role: 'measurement-field', field: 'physicalProgress' };
    case 'initiative-field':
      return { role: 'initiative-field', field: 'name' };
    case 'plan-field':
      return { role: 'plan-field', field: 'siteCode' };
    case 'programme-field':
      return { role: 'programme-field', field: 'programme' };
    case 'period-value':
      return { role: 'period-value', field: target === 'programme-targets' ? 'target' : 'physicalProgress' };
    default:
      return { role: kind };
  }
}

/** The mapping with `column` given `role`; a unique role leaves the column that had it. */
export function withRole(mapping: ImportMapping, column: number, role: ColumnRole): ImportMapping {
  const others = mapping.columns.filter((c) => c.column !== column && !(UNIQUE.has(role.role) && c.role.role === role.role));
  const columns = role.role === 'ignore' ? others : [...others, { column, role }];
  columns.sort((a, b) => a.column - b.column);
  return { ...mapping, columns };
}

export type YearSource = 'column' | 'columns' | 'file' | 'value' | 'none';

/** Where the year of each value comes from: a year column, per-year columns, the file's own statement, or the user. */
export function yearSource(mapping: ImportMapping): YearSource {
  if (mapping.columns.some((c) => c.role.role === 'year')) return 'column';
  if (mapping.columns.some((c) => c.role.role === 'year-value')) return 'columns';
  if (mapping.year && 'fromFile' in mapping.year) return 'file';
  if (mapping.year && 'value' in mapping.year) return 'value';
  return 'none';
}

export function withYear(mapping: ImportMapping, year: { fromFile: true } | { value: number } | undefined): ImportMapping {
  const next = { ...mapping };
  if (year === undefined) delete next.year;
  else next.year = year;
  return next;
}

/** The year the file states, as the engine reads it (footer first, then title, then file name). */
export function fileYear(layout: ImportLayout | null): number | null {
  if (!layout) return null;
  for (const source of ['footer', 'title', 'file-name'] as const) {
    const found = layout.yearCandidates.find((c) => c.source === source);
    if (found) return found.year;
  }
  return null;
}

/** The targets read by field rather than by territory and year: their required fields, and the list of labels that names them. */
const FIELD_TARGETS: ReadonlyMap<ImportTarget, { required: readonly string[]; fields: 'workFields' | 'measurementFields' | 'planFields' }> =
  new Map([
    ['works', { required: WORK_REQUIRED_FIELDS, fields: 'workFields' }],
    ['measurements', { required: MEASUREMENT_REQUIRED_FIELDS, fields: 'measurementFields' }],
    ['lots', { required: LOT_REQUIRED_FIELDS, fields: 'planFields' }],
    ['prospects', { required: PROSPECT_REQUIRED_FIELDS, fields: 'planFields' }],
  ]);

export type MappingProblem =
  | { kind: 'noTerritory' }
  | { kind: 'noYear' }
  | { kind: 'noFileYear' }
  | { kind: 'noValues' }
  | { kind: 'noClassification' }
  | { kind: 'noMeasure' }
  | { kind: 'noSector' }
  | { kind: 'noIndicator' }
  | { kind: 'noSiteName' }
  | { kind: 'noSiteKind' }
  | { kind: 'missingFields'; fields: 'workFields' | 'measurementFields' | 'planFields' | 'programmeFields'; missing: string[] }
  | { kind: 'noInitiativeName' }
  | { kind: 'badSectorCode'; column: number }
  | { kind: 'badIndicatorCode'; column: number };

/**
 * What keeps a mapping from being checked, said before asking the engine (which remains the
 * judge: it refuses the same mappings, in English, with reason "mapping").
 */
export function mappingProblems(mapping: ImportMapping, layout: ImportLayout | null): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const has = (role: RoleKind) => mapping.columns.some((c) => c.role.role === role);
  const target = mapping.target;
  // Programme targets have no territory; the engine names any other missing programme field.
  if (target === 'programme-targets') return problems;
  // Works, measurements, lots and prospects name their district or work by code or name: no
  // territory, no year; the columns still to map, by field.
  const byField = FIELD_TARGETS.get(target);
  if (byField) {
    const required = target === 'measurements' && has('period-value') ? WIDE_MEASUREMENTS_REQUIRED : byField.required;
    const mapped = new Set<string>(
      mapping.columns.flatMap((c) =>
        c.role.role === 'work-field' || c.role.role === 'measurement-field' || c.role.role === 'plan-field' ? [c.role.field] : [],
      ),
    );
    const missing = required.filter((f) => !mapped.has(f));
    if (missing.length > 0) problems.push({ kind: 'missingFields', fields: byField.fields, missing });
    return problems;
  }
  if (!has('territory') && !has('territory-name')) problems.push({ kind: 'noTerritory' });
  if (target === 'programme-actions') {
    // The programme from a column or named once for the whole file; the action's code, type and start.
    const mapped = new Set(mapping.columns.flatMap((c) => (c.role.role === 'programme-field' ? [c.role.field] : [])));
    const missing = [
      ...(mapped.has('programme') || mapping.programme ? [] : ['programme']),
      ...ACTION_REQUIRED_FIELDS.filter((f) => !mapped.has(f)),
    ];
    if (missing.length > 0) problems.push({ kind: 'missingFields', fields: 'programmeFields', missing });
    return problems;
  }
  for (const { column, role } of mapping.columns) {
    if (role.role === 'sector-value' && role.sectorCode.trim() === '') problems.push({ kind: 'badSectorCode', column });
    if (role.role === 'indicator-value' && !INDICATOR_CODE.test(role.indicator)) problems.push({ kind: 'badIndicatorCode', column });
  }
  if (target === 'initiatives') {
    if (!mapping.columns.some((c) => c.role.role === 'initiative-field' && c.role.field === 'name'))
      problems.push({ kind: 'noInitiativeName' });
    return problems;
  }
  if (target === 'sites') {
    if (!mapping.columns.some((c) => c.role.role === 'site-field' && c.role.field === 'name')) problems.push({ kind: 'noSiteName' });
    if (!mapping.siteKind && !mapping.columns.some((c) => c.role.role === 'site-field' && c.role.field === 'kind'))
      problems.push({ kind: 'noSiteKind' });
    return problems;
  }
  const source = yearSource(mapping);
  if (source === 'none') problems.push({ kind: 'noYear' });
  if (source === 'file' && fileYear(layout) === null) problems.push({ kind: 'noFileYear' });
  if (target === 'employment') {
    const wide = has('sector-value') || has('year-value');
    if (!has('measure') && !wide) problems.push({ kind: 'noValues' });
    if (!mapping.classification && !has('classification')) problems.push({ kind: 'noClassification' });
    if (wide && !mapping.measure) problems.push({ kind: 'noMeasure' });
    if ((has('measure') || has('year-value')) && !has('sector') && !mapping.sectorCode) problems.push({ kind: 'noSector' });
  } else {
    const values = has('value') || has('year-value') || (target === 'indicator-values' && has('indicator-value'));
    if (!values) problems.push({ kind: 'noValues' });
    if (target === 'indicator-values' && (has('value') || has('year-value')) && !has('indicator') && !mapping.indicator)
      problems.push({ kind: 'noIndicator' });
  }
  return problems;
}

/** Wide layouts: how many value columns each row is unpivoted into, and along what. */
export function unpivotInfo(mapping: ImportMapping): { by: 'sector' | 'year' | 'indicator' | 'period'; columns: number } | null {
  const count = (role: RoleKind) => mapping.columns.filter((c) => c.role.role === role).length;
  const by: ['sector' | 'year' | 'indicator' | 'period', number][] = [
    ['sector', count('sector-value')],
    ['year', count('year-value')],
    ['indicator', count('indicator-value')],
    ['period', count('period-value')],
  ];
  const [kind, columns] = by.reduce((best, next) => (next[1] > best[1] ? next : best));
  return columns > 1 ? { by: kind, columns } : null;
}

/** The site fields as the mapping step lists them: the name first, then the engine's order. */
export const SITE_FIELD_ORDER: readonly SiteField[] = ['name', ...SITE_FIELDS.filter((f) => f !== 'name')];
