import type { ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRows } from '../../../shared/analysis/compare/comparison';
import type { FactRow, SubjectSummary } from '../../../shared/features/territories/types';
import {
  compareColumns,
  compareGridRows,
  differenceUnit,
  type CompareGridRow,
} from '../../../renderer/src/features/territories/comparison/comparison-table';
import type { Locale } from '../../../renderer/src/i18n/locales';
import { initAppI18n } from '../../support/i18n';

let tr: Record<'pt-BR' | 'en', TFunction<'territories'>>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  tr = { 'pt-BR': i18n.getFixedT('pt-BR', 'territories'), en: i18n.getFixedT('en', 'territories') };
});

const subject = (id: number, name: string): SubjectSummary => ({
  ref: { kind: 'site', id },
  name,
  siteKind: 'industrial-district',
  municipalityCode: null,
  municipalityName: null,
  lat: null,
  lon: null,
  locationNote: null,
});
const subjects = [subject(1, 'Distrito Industrial de Betim'), subject(2, 'Distrito Industrial de Contagem')];

/** Lots occupied: 62.5 % in Betim, 50 % in Contagem → Contagem is 12.5 p.p. below (−20 % relative). */
const occupancy: FactRow = {
  key: 'site:occupancy',
  label: { pt: 'Ocupação dos lotes', en: 'Lots occupied', es: 'Ocupación de lotes' },
  unit: '%',
  direction: 'higher-better',
  group: 'site',
  period: null,
  source: 'Cadastro',
  values: [62.5, 50],
  illustrative: [false, false],
  valueSources: [null, null],
};

function shownDifference(locale: Locale, relative: boolean): { text: string; row: CompareGridRow } {
  const t = tr[locale as 'pt-BR' | 'en'];
  const [row] = compareGridRows(compareRows([occupancy], 0), 'site', relative, locale, t);
  if (!row) throw new Error('no row');
  const column = compareColumns(subjects, 0, relative, locale, t).find((c) => c.colId === 'd1');
  const format = column?.valueFormatter as (p: ValueFormatterParams<CompareGridRow>) => string;
  return { text: format({ value: row.d1, data: row } as ValueFormatterParams<CompareGridRow>), row };
}

describe('comparison: a difference of two percentages is in percentage points (issue 14)', () => {
  it('on screen: "-12,5 p.p." in pt-BR and "-12.5 p.p." in en, never "%"; relative differences stay in %', () => {
    expect(shownDifference('pt-BR', false).text).toBe('-12,5 p.p.');
    expect(shownDifference('en', false).text).toBe('-12.5 p.p.');
    expect(shownDifference('pt-BR', false).text).not.toContain('%');
    expect(shownDifference('pt-BR', true).text).toBe('-20%');
    expect(shownDifference('en', true).text).toBe('-20%');
  });

  it('in the exported workbook: the Δ unit column says p.p. (values stay numbers; relative ones in %, not fractions)', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      const { row } = shownDifference(locale, false);
      expect(row.d1).toBe(-12.5);
      expect(row.diffUnit).toBe('p.p.');
      const header = compareColumns(subjects, 0, false, locale, tr[locale]).find((c) => c.field === 'diffUnit')?.headerName;
      expect(header).toBe(locale === 'en' ? 'Δ unit' : 'Unidade de Δ');
    }
    const relative = shownDifference('pt-BR', true).row;
    expect(relative.d1).toBeCloseTo(-20, 10);
    expect(relative.diffUnit).toBe('%');
    expect(differenceUnit('hab.', false, tr['pt-BR'])).toBe('hab.'); // other rows: their own unit
  });
});

describe("comparison: a row's source line names each file once", () => {
  it('a change over two years and values of the same file are not repeated in the grid (and its workbook)', () => {
    const growth: FactRow = {
      ...occupancy,
      key: 'context:jobs-growth',
      unit: '%',
      source: 'RAIS 2019 (rais-2019.csv); RAIS 2020 (rais-2020.csv)',
      valueSources: ['RAIS 2020 (rais-2020.csv)', 'IBGE (2022)'],
    };
    const [row] = compareGridRows(compareRows([growth], 0), 'site', false, 'pt-BR', tr['pt-BR']);
    expect(row?.source).toBe('RAIS 2019 (rais-2019.csv); RAIS 2020 (rais-2020.csv); IBGE (2022)');
  });
});
