import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { parseRaisSectorExport } from '../support/rais-sector-export';
import { newDemoEngine, readDataFile } from '../support/node-engine';

const MG = { classification: 'ibge-setor', measure: 'jobs', reference: { kind: 'state', abbr: 'MG' } } as const;

describe('economic diagnosis on the real RAIS exports (MG, 2019 → 2020)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('LQ of Betim in manufacturing equals the ratio computed straight from the RAIS file', async () => {
    const raw = parseRaisSectorExport(
      await readDataFile('employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv'),
      'rais.csv',
    );
    const betim = raw.rows.find((r) => r.ibge6 === 310670);
    const betimTotal = [...(betim?.values.values() ?? [])].reduce((a, b) => a + b, 0);
    const mgTotal = [...raw.totals.values()].reduce((a, b) => a + b, 0);
    const expected = (betim?.values.get('2') ?? 0) / betimTotal / ((raw.totals.get('2') ?? 0) / mgTotal);
    const { rows, reference } = await engine.analyzeLocationQuotients({ ...MG, year: 2020, territories: [3106705] });
    expect(reference).toMatchObject({ label: 'Minas Gerais', territories: 853, total: mgTotal });
    const lq = rows.find((r) => r.sectorCode === '2');
    expect(lq?.lq).toBeCloseTo(expected, 12);
    expect(lq?.lq).toBeGreaterThan(2);
  });

  it('job-weighted LQs of a sector average to 1 over the reference (Σ_j E_j·LQ_ij = E·s_i / s_i)', async () => {
    const { rows } = await engine.analyzeLocationQuotients({ ...MG, year: 2019 });
    const totals = new Map<number, number>();
    for (const r of rows) totals.set(r.territoryCode, (totals.get(r.territoryCode) ?? 0) + r.value);
    const grand = [...totals.values()].reduce((a, b) => a + b, 0);
    for (const sector of ['1', '2', '8']) {
      const weighted = rows
        .filter((r) => r.sectorCode === sector && r.lq !== null)
        .reduce((a, r) => a + (r.lq ?? 0) * (totals.get(r.territoryCode) ?? 0), 0);
      expect(weighted / grand).toBeCloseTo(1, 9);
    }
    expect(rows.every((r) => r.lq === null || Number.isFinite(r.lq))).toBe(true);
  });

  it('shift-share components sum to the observed change for every municipality and sector', async () => {
    const { rows } = await engine.analyzeShiftShare({ ...MG, from: 2019, to: 2020 });
    expect(rows).toHaveLength(853 * 8);
    for (const r of rows) {
      expect((r.referenceShare ?? NaN) + (r.industryMix ?? NaN) + (r.regionalShift ?? NaN)).toBeCloseTo(r.totalChange, 6);
    }
    // Over the whole state the regional shifts cancel out, sector by sector.
    for (const sector of ['2', '6']) {
      expect(rows.filter((r) => r.sectorCode === sector).reduce((a, r) => a + (r.regionalShift ?? 0), 0)).toBeCloseTo(0, 3);
    }
  });

  it('diversification indices stay in their bounds; potential sectors come with reasons', async () => {
    const { rows } = await engine.analyzeDiversity({ ...MG, year: 2020 });
    expect(rows).toHaveLength(853);
    for (const r of rows) {
      expect(r.hhi).toBeGreaterThanOrEqual(1 / 8);
      expect(r.hhi).toBeLessThanOrEqual(1);
      expect(r.shannon).toBeLessThanOrEqual(Math.log(8) + 1e-12);
    }
    const potential = await engine.potentialSectors({ ...MG, year: 2020, subject: { kind: 'municipality', code: 3106705 } });
    const specialized = (await engine.analyzeLocationQuotients({ ...MG, year: 2020, territories: [3106705] })).rows
      .filter((r) => (r.lq ?? 0) >= 1)
      .map((r) => r.sectorCode);
    expect(potential.length).toBeGreaterThan(0);
    for (const p of potential) {
      expect(specialized).not.toContain(p.sectorCode);
      expect(p.related.every((q) => specialized.includes(q.sectorCode))).toBe(true);
    }
  });

  it('refuses what the data cannot answer, with a message', async () => {
    await expect(engine.analyzeLocationQuotients({ ...MG, year: 2018 })).rejects.toThrow(/No jobs data for 2018/);
    await expect(engine.analyzeLocationQuotients({ ...MG, reference: { kind: 'country' }, year: 2020 })).rejects.toThrow(
      /1 of the 27 states/,
    );
    await expect(engine.analyzeLocationQuotients({ ...MG, classification: 'cnae-division', year: 2020 })).rejects.toThrow(
      /level cnae-division/,
    );
    await expect(engine.analyzeShiftShare({ ...MG, from: 2020, to: 2019 })).rejects.toThrow(/earlier/);
  });

  it('names the reason of each refusal with its values, for the UI to translate', async () => {
    await expect(engine.analyzeLocationQuotients({ ...MG, year: 2018 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { reason: 'no-data-year', measure: 'jobs', year: 2018, years: '2019,2020' },
    });
    await expect(engine.analyzeLocationQuotients({ ...MG, measure: 'payroll', year: 2020 })).rejects.toMatchObject({
      params: { reason: 'no-data-any-year', measure: 'payroll', level: 'ibge-setor', year: 2020 },
    });
    await expect(engine.analyzeLocationQuotients({ ...MG, reference: { kind: 'country' }, year: 2020 })).rejects.toMatchObject({
      params: { reason: 'country-reference-incomplete', measure: 'jobs', states: 1, year: 2020 },
    });
    await expect(engine.analyzeLocationQuotients({ ...MG, classification: 'cnae-division', year: 2020 })).rejects.toMatchObject({
      params: { reason: 'level-missing', measure: 'jobs', level: 'cnae-division', year: 2020, available: 'ibge-setor' },
    });
    await expect(engine.analyzeShiftShare({ ...MG, from: 2020, to: 2019 })).rejects.toMatchObject({
      params: { reason: 'period-order', from: 2020, to: 2019 },
    });
    await expect(engine.analyzeDiversity({ ...MG, reference: { kind: 'state', abbr: 'XX' }, year: 2020 })).rejects.toMatchObject({
      message: 'Unknown state "XX" in --reference state:XX.',
      params: { reason: 'unknown-state', abbr: 'XX' },
    });
    await expect(engine.analyzeDiversity({ ...MG, reference: { kind: 'state', abbr: 'SP' }, year: 2020 })).rejects.toMatchObject({
      params: { reason: 'reference-empty', reference: 'São Paulo', measure: 'jobs', year: 2020 },
    });
    await expect(engine.analyzeDiversity({ ...MG, reference: { kind: 'set', name: 'Nenhum' }, year: 2020 })).rejects.toMatchObject({
      params: { reason: 'reference-set-missing', name: 'Nenhum', sets: 79 }, // the demo's 79 Rotas polos are sets
    });
    await expect(engine.potentialSectors({ ...MG, year: 2020, subject: { kind: 'municipality', code: 3550308 } })).rejects.toMatchObject({
      message: 'Territory 3550308 has no jobs data for 2020.',
      params: { reason: 'territory-no-data', territory: 3550308, measure: 'jobs', year: 2020 },
    });
  });
});

describe('economy workbook and "why this value"', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('explains an LQ with its formula, inputs, reference region and source file', async () => {
    const why = await engine.explainLocationQuotient({
      ...MG,
      year: 2020,
      subject: { kind: 'municipality', code: 3106705 },
      sectorCode: '2',
    });
    const [eij, ej, ei, e] = why.inputs.map((i) => i.value);
    expect(why.value).toBeCloseTo((eij ?? 0) / (ej ?? 1) / ((ei ?? 0) / (e ?? 1)), 12);
    expect(why.inputs[0]).toMatchObject({ symbol: 'E_ij', value: 40173 });
    expect(why.reference.label).toBe('Minas Gerais');
    expect(why.sources.map((s) => s.file)).toEqual(['RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv']);
  });

  it('exports typed sheets and a methods sheet that re-read with the same numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const bytes = await engine.exportEconomyWorkbook({ ...MG, year: 2020, from: 2019, locale: 'pt-BR' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Quociente locacional', 'Shift-share', 'Diversificação', 'Métodos']);
    const lq = wb.getWorksheet('Quociente locacional');
    expect(lq?.rowCount).toBe(1 + 853 * 8);
    const betim = lq?.getRows(2, lq.rowCount - 1)?.find((r) => r.getCell(1).value === '3106705' && r.getCell(3).value === '2');
    expect(typeof betim?.getCell(7).value).toBe('number');
    // The year a number written without grouping (it was the text "2020"), to sort and filter as one.
    expect(betim?.getCell(5).value).toBe(2020);
    expect(betim?.getCell(5).numFmt).toBe('0');
    const { rows } = await engine.analyzeLocationQuotients({ ...MG, year: 2020, territories: [3106705] });
    expect(betim?.getCell(7).value).toBe(rows.find((r) => r.sectorCode === '2')?.lq);
    const methods = wb.getWorksheet('Métodos');
    const text = JSON.stringify(methods?.getSheetValues() ?? []);
    expect(text).toContain('Minas Gerais');
    expect(text).toContain('RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv');
    expect(text).toContain('Dunn (1960)');
  });
});
