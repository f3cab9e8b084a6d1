import { describe, expect, it } from 'vitest';
import { cnaeLevelOf, sectorLevelOf } from '../../shared/import/mapping/suggest';
import { fiscalWorkbook } from '../support/fiscal-workbook';
import { newEngine } from '../support/node-engine';

describe('issue 13: first guesses on a fiscal value-added workbook (summary sheet first, data sheet second, lookup third)', () => {
  it('proposes the data sheet (most data rows), the employment target, the CNAE column as sector with its level, the money column as value added', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const opened = await engine.importOpen(await fiscalWorkbook(), 'VAF_MG_2021_ilustrativo.xlsx');
    expect(opened.suggestedSheet).toBe('VAF por CNAE');
    const { mapping } = await engine.importSuggest(opened.sessionId, opened.suggestedSheet, {});
    expect(mapping).toMatchObject({
      target: 'employment',
      classification: 'cnae-subclass',
      year: { fromFile: true },
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'sector' } },
        { column: 2, role: { role: 'measure', measure: 'value_added' } },
      ],
    });
  }, 120_000);

  it('reads the CNAE level from the codes by their digits (numbers that lost their leading zero included)', () => {
    expect(cnaeLevelOf(['111301', '2910701', '7000000'])).toBe('cnae-subclass');
    expect(cnaeLevelOf(['0111-3/01'])).toBe('cnae-subclass');
    expect(cnaeLevelOf(['1113', '29107'])).toBe('cnae-class');
    expect(cnaeLevelOf(['29.10-7'])).toBe('cnae-class');
    expect(cnaeLevelOf(['291', '11'])).toBe('cnae-group');
    expect(cnaeLevelOf(['29', '1'])).toBe('cnae-division');
    expect(cnaeLevelOf(['C', 'G'])).toBe('cnae-section');
    expect(cnaeLevelOf(['Betim'])).toBeNull();
    expect(cnaeLevelOf([])).toBeNull();
  });

  it('reads the classification of a "sector_code" column from its codes as Arranjo writes them: 1–8 alone are IBGE sectors', () => {
    expect(sectorLevelOf(['1', '2', '8'])).toBe('ibge-setor');
    expect(sectorLevelOf(['01', '29'])).toBe('cnae-division');
    expect(sectorLevelOf(['C', 'G'])).toBe('cnae-section');
    expect(sectorLevelOf(['2910701'])).toBe('cnae-subclass');
    // A 9 is no IBGE sector, and a lone digit among longer codes no CNAE code: the planner chooses.
    expect(sectorLevelOf(['9'])).toBeNull();
    expect(sectorLevelOf(['2', '29'])).toBeNull();
    expect(sectorLevelOf(['Indústria'])).toBeNull();
    expect(sectorLevelOf([])).toBeNull();
  });
});
