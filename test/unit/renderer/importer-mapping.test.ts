import { describe, expect, it } from 'vitest';
import { SITE_FIELDS, type ImportLayout, type ImportMapping } from '../../../shared/import/api';
import {
  defaultRole,
  fileYear,
  headerYear,
  indicatorCodeFrom,
  mappingProblems,
  roleOf,
  sectorCodeFrom,
  SITE_FIELD_ORDER,
  unpivotInfo,
  withRole,
  withYear,
  yearSource,
} from '../../../renderer/src/features/importer/mapping-edit';

const base = (patch: Partial<ImportMapping>): ImportMapping => ({
  target: 'employment',
  columns: [],
  subject: 'municipality',
  decimal: 'auto',
  dashAsZero: false,
  indicators: {},
  ...patch,
});

/** The mapping the engine suggests for the RAIS export: one column per IBGE sector, the year from the footer. */
const RAIS = base({
  columns: [
    { column: 0, role: { role: 'territory' } },
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((s) => ({ column: s, role: { role: 'sector-value' as const, sectorCode: String(s) } })),
  ],
  year: { fromFile: true },
  classification: 'ibge-setor',
  measure: 'jobs',
});

const layout = (years: ImportLayout['yearCandidates']): ImportLayout => ({
  sheet: 's',
  rowCount: 10,
  headerRows: { first: 1, last: 1 },
  dataStart: 2,
  dataEnd: 10,
  endReason: 'sheet-end',
  titleRows: [],
  footerRows: [],
  totalRows: [],
  columns: [],
  yearCandidates: years,
});

describe('importer: editing a mapping', () => {
  it('reads parameters from headers: sector codes, years, indicator codes', () => {
    expect(sectorCodeFrom('2 - Indústria de transformação')).toBe('2');
    expect(sectorCodeFrom('C - Indústrias de transformação')).toBe('C');
    expect(sectorCodeFrom('10.11-2 Frigorífico')).toBe('10112');
    expect(sectorCodeFrom('Comércio')).toBe('');
    expect(headerYear('POP22')).toBe(2022);
    expect(headerYear('Empregos 2019')).toBe(2019);
    expect(headerYear('Total')).toBeNull();
    expect(indicatorCodeFrom('Empresas ativas')).toBe('Empresas_ativas');
    expect(indicatorCodeFrom('População (hab.)')).toBe('Populacao_hab.');
    expect(defaultRole('year-value', { header: 'Valor' }, 2020)).toEqual({ role: 'year-value', year: 2020 });
    expect(defaultRole('sector-value', { header: '5 - Comércio' }, null)).toEqual({ role: 'sector-value', sectorCode: '5' });
  });

  it('gives a column a role; a unique role (territory, year…) leaves the column that had it', () => {
    const moved = withRole(RAIS, 9, { role: 'territory' });
    expect(roleOf(moved, 9)).toEqual({ role: 'territory' });
    expect(roleOf(moved, 0)).toEqual({ role: 'ignore' });
    const ignored = withRole(RAIS, 3, { role: 'ignore' });
    expect(ignored.columns.map((c) => c.column)).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
    // Several columns may be sector values.
    expect(withRole(RAIS, 9, { role: 'sector-value', sectorCode: '8' }).columns).toHaveLength(10);
  });

  it('says where the year comes from, and what the file states', () => {
    expect(yearSource(RAIS)).toBe('file');
    expect(yearSource(withYear(RAIS, { value: 2021 }))).toBe('value');
    expect(yearSource(withYear(RAIS, undefined))).toBe('none');
    expect(yearSource(withRole(RAIS, 9, { role: 'year' }))).toBe('column');
    expect(yearSource(base({ target: 'population', columns: [{ column: 2, role: { role: 'year-value', year: 2010 } }] }))).toBe('columns');
    expect(
      fileYear(
        layout([
          { year: 2019, source: 'file-name', text: 'x2019' },
          { year: 2020, source: 'footer', text: 'Ano 2020' },
        ]),
      ),
    ).toBe(2020);
    expect(fileYear(layout([]))).toBeNull();
  });

  it('finds nothing missing in the RAIS mapping, and says what is missing otherwise', () => {
    const stated = layout([{ year: 2020, source: 'footer', text: 'Ano igual a 2020' }]);
    expect(mappingProblems(RAIS, stated)).toEqual([]);
    expect(mappingProblems(RAIS, layout([])).map((p) => p.kind)).toEqual(['noFileYear']);
    const bare = base({ columns: [{ column: 1, role: { role: 'measure', measure: 'jobs' } }] });
    expect(mappingProblems(bare, stated).map((p) => p.kind)).toEqual(['noTerritory', 'noYear', 'noClassification', 'noSector']);
    const population = base({ target: 'population', columns: [{ column: 0, role: { role: 'territory' } }], year: { value: 2022 } });
    expect(mappingProblems(population, null).map((p) => p.kind)).toEqual(['noValues']);
    const indicator = base({
      target: 'indicator-values',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'value' } },
        { column: 2, role: { role: 'indicator-value', indicator: 'bad code' } },
      ],
      year: { value: 2021 },
    });
    expect(mappingProblems(indicator, null)).toEqual([{ kind: 'badIndicatorCode', column: 2 }, { kind: 'noIndicator' }]);
    const sites = base({ target: 'sites', columns: [{ column: 0, role: { role: 'territory' } }] });
    expect(mappingProblems(sites, null).map((p) => p.kind)).toEqual(['noSiteName', 'noSiteKind']);
    expect(mappingProblems(withRole(RAIS, 2, { role: 'sector-value', sectorCode: '' }), stated)).toEqual([
      { kind: 'badSectorCode', column: 2 },
    ]);
    // Works name the required fields still unmapped, not every field of works and measurements.
    const works = base({
      target: 'works',
      columns: (['siteCode', 'code', 'title', 'category', 'budgetPlanned'] as const).map((field, column) => ({
        column,
        role: { role: 'work-field', field },
      })),
    });
    expect(mappingProblems(works, null)).toEqual([
      { kind: 'missingFields', fields: 'workFields', missing: ['plannedStart', 'plannedEnd'] },
    ]);
    // Lots and prospects too: an agency's "Área (m²)" left unmapped is named before the check.
    const lots = base({
      target: 'lots',
      columns: (['siteCode', 'lotCode', 'status'] as const).map((field, column) => ({ column, role: { role: 'plan-field', field } })),
    });
    expect(mappingProblems(lots, null)).toEqual([{ kind: 'missingFields', fields: 'planFields', missing: ['areaM2'] }]);
    const prospects = base({ target: 'prospects', columns: [{ column: 0, role: { role: 'plan-field', field: 'company' } }] });
    expect(mappingProblems(prospects, null)).toEqual([{ kind: 'missingFields', fields: 'planFields', missing: ['siteCode', 'stage'] }]);
    // Programme actions: the programme (a column or the name given once) and the action's code, type and start.
    const actions = base({
      target: 'programme-actions',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'programme-field', field: 'actionType' } },
      ],
    });
    expect(mappingProblems(actions, null)).toEqual([
      { kind: 'missingFields', fields: 'programmeFields', missing: ['programme', 'actionCode', 'startDate'] },
    ]);
    expect(mappingProblems({ ...actions, programme: 'Produzir MG' }, null)).toEqual([
      { kind: 'missingFields', fields: 'programmeFields', missing: ['actionCode', 'startDate'] },
    ]);
  });

  it('describes wide layouts that are unpivoted', () => {
    expect(unpivotInfo(RAIS)).toEqual({ by: 'sector', columns: 8 });
    expect(unpivotInfo(base({ columns: [{ column: 1, role: { role: 'measure', measure: 'jobs' } }] }))).toBeNull();
  });

  it('offers every site field', () => {
    expect([...SITE_FIELD_ORDER].sort()).toEqual([...SITE_FIELDS].sort());
  });
});
