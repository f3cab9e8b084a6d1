import { describe, expect, it } from 'vitest';
import { declaredSource, sameValue, suggestSeparateIndicator } from '../../../shared/import/source-conflicts';
import type { ImportMapping } from '../../../shared/import/mapping/mapping-schema';
import { importMappingSchema } from '../../../shared/import/mapping/mapping-schema';
import { mappingWithSeparateSeries } from '../../../renderer/src/features/importer/source-conflicts';

const conflict = {
  indicator: 'POP',
  period: '2022',
  count: 853,
  storedSource: 'IBGE, Censo Demográfico 2022 — população total (coletada e imputada)',
  newSource: null,
  suggestedIndicator: 'POP_TCU_PREVIA_2022',
};

describe('source conflicts (issue 14: the TCU preview must not silently replace the Census count)', () => {
  it('reads the declared part of a stored source, without the file it came in', () => {
    const file = 'POP2022_CD2022.xlsx';
    expect(declaredSource(`IBGE, Censo Demográfico 2022 — população total — ${file}`, file)).toBe(
      'IBGE, Censo Demográfico 2022 — população total',
    );
    expect(declaredSource(file, file)).toBeNull(); // a hand-mapped file named no source
    expect(declaredSource('IBGE', null)).toBe('IBGE'); // not written by an import
    expect(declaredSource(null, file)).toBeNull();
  });

  it('suggests POP_TCU_PREVIA_2022 for the TCU table over the Census 2022, else a code from the file name', () => {
    expect(suggestSeparateIndicator('POP', '2022', null, 'poptcu2010-2022_2024.csv')).toBe('POP_TCU_PREVIA_2022');
    expect(suggestSeparateIndicator('POP', '2022', null, 'estimativa população.xlsx')).toBe('POP_ESTIMATIVA_POPULACAO');
    expect(suggestSeparateIndicator('IDH', '2010', 'PNUD', '.csv')).toBe('IDH_OUTRA_FONTE');
  });

  it('the review\'s "series apart" puts the conflicting year columns into the suggested code, and only them', () => {
    const mapping: ImportMapping = importMappingSchema.parse({
      target: 'population',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year-value', year: 2021 } },
        { column: 2, role: { role: 'year-value', year: 2022 } },
      ],
    });
    const separate = mappingWithSeparateSeries(mapping, [conflict]);
    expect(separate?.columns.map((c) => c.role)).toEqual([
      { role: 'territory' },
      { role: 'year-value', year: 2021 },
      { role: 'year-value', year: 2022, indicator: 'POP_TCU_PREVIA_2022' },
    ]);
    // A long layout (value + year column) cannot be redirected by column: the button is not offered.
    const long = importMappingSchema.parse({
      target: 'population',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year' } },
        { column: 2, role: { role: 'value' } },
      ],
    });
    expect(mappingWithSeparateSeries(long, [conflict])).toBeNull();
  });
});

describe('sameValue: a stored value the file repeats is no conflict', () => {
  it('equal up to float noise (the TCU table writes Porto Velho 2018 as 519530.99999999994), not when a count changes by one', () => {
    expect(sameValue(519530.99999999994, 519531)).toBe(true);
    expect(sameValue(16007.000000000002, 16007)).toBe(true);
    expect(sameValue(2315560, 2392678)).toBe(false);
    expect(sameValue(2315560, 2315561)).toBe(false);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(0, 1e-12)).toBe(true);
    expect(sameValue(0, 1e-6)).toBe(false);
  });

  it('a missing value (null) equals only a missing value', () => {
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(0, null)).toBe(false);
  });
});
