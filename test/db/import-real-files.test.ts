import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ImportPreview } from '../../shared/import/api';
import { EmploymentRepository } from '../../shared/repositories/employment-repository';
import { IndicatorRepository } from '../../shared/repositories/indicator-repository';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { newEngine, readDataFile } from '../support/node-engine';

const RAIS_2019 = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';
const RAIS_2020 = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv';
const PAYROLL_2019 = 'employment/RAIS_remuneracao_dez_nominal_MG_municipio_x_IBGE_setor_2019.csv';
const POP_2022 = 'population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx';

/** The RAIS file read by hand (latin1, ";"): municipality rows and the Total row, for checking the import against. */
async function raisByHand(rel: string): Promise<{ rows: Map<number, number[]>; total: number[] }> {
  const text = new TextDecoder('latin1').decode(await readDataFile(rel));
  const rows = new Map<number, number[]>();
  let total: number[] = [];
  for (const line of text.split('\r\n')) {
    const cells = line.split(';');
    const numbers = cells.slice(1, 9).map((c) => Number(c.replace(',', '.')));
    if (/^\d{6}:/.test(cells[0] ?? '')) rows.set(Number(cells[0]?.slice(0, 6)), numbers);
    if (cells[0] === 'Total') total = numbers;
  }
  return { rows, total };
}

/** The wizard's path: open, take the template the file matches, preview, commit. */
async function throughWizard(engine: Engine, rel: string): Promise<{ preview: ImportPreview; batchId: number }> {
  const fileName = rel.split('/').pop() ?? rel;
  const opened = await engine.importOpen(await readDataFile(rel), fileName);
  const match = opened.templates.find((t) => t.confidence === 'certain');
  expect(match, `a template for ${fileName}`).toBeDefined();
  const { mapping, template } = await engine.importSuggest(opened.sessionId, match?.sheet ?? '', { template: match?.templateId });
  const request = { sheet: match?.sheet ?? '', mapping, template };
  const preview = await engine.importPreview(opened.sessionId, request);
  const { batchId } = await engine.importCommit(opened.sessionId, request);
  await engine.importClose(opened.sessionId);
  return { preview, batchId };
}

describe('importing the real files of resources/data', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('RAIS jobs 2019 (wizard) and 2020 (one shot): 853 municipalities × 8 sectors, equal to the file, its Total row equal to the sum', async () => {
    const { preview } = await throughWizard(engine, RAIS_2019);
    expect(preview).toMatchObject({
      target: 'employment',
      counts: { read: 854, imported: 6824, updated: 0, skipped: 1 },
      errors: 0,
      unresolved: [],
      years: [2019],
      canCommit: true,
    });
    expect(preview.totalChecks).toHaveLength(8);
    expect(preview.totalChecks.every((c) => c.ok)).toBe(true);
    const result = await engine.importFile(
      await readDataFile(RAIS_2020),
      'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv',
      {},
    );
    expect(result).toMatchObject({
      template: 'rais-setor-vinculos',
      refused: false,
      rows: { read: 854, imported: 6824, updated: 0, skipped: 1 },
      errors: [],
    });

    const employment = new EmploymentRepository(engine.connection());
    for (const [year, rel] of [
      [2019, RAIS_2019],
      [2020, RAIS_2020],
    ] as const) {
      const file = await raisByHand(rel);
      expect(file.rows.size).toBe(853);
      const totals = employment.sectorTotals('ibge-setor', 'jobs', year, 31).map((t) => t.value);
      expect(totals).toEqual(file.total);
      const stored = new Map<string, number | null>();
      for (const r of employment.records('ibge-setor', 'jobs', year))
        stored.set(`${Math.floor(r.territoryCode / 10)}:${r.sectorCode}`, r.value);
      for (const [six, values] of file.rows)
        values.forEach((v, i) => expect(stored.get(`${six}:${i + 1}`), `${six} sector ${i + 1}`).toBe(v));
    }
  }, 120_000);

  it('the same RAIS file again: its 6,824 values are to update, and the preview says all of them keep their value', async () => {
    // (It said "6.824 a atualizar" as if the file changed them; only their batch changes.)
    const fileName = RAIS_2019.split('/').pop() ?? RAIS_2019;
    const opened = await engine.importOpen(await readDataFile(RAIS_2019), fileName);
    const match = opened.templates.find((t) => t.confidence === 'certain');
    const { mapping, template } = await engine.importSuggest(opened.sessionId, match?.sheet ?? '', { template: match?.templateId });
    const preview = await engine.importPreview(opened.sessionId, { sheet: match?.sheet ?? '', mapping, template });
    await engine.importClose(opened.sessionId);
    expect([preview.counts.imported, preview.counts.updated, preview.unchanged]).toEqual([0, 6824, 6824]);
    // One value changed by a long CSV: one to update, none of it unchanged.
    const fix = await engine.importOpen(
      new TextEncoder().encode('territory_code,classification,sector_code,year,jobs\n3106200,ibge-setor,2,2019,12345\n'),
      'fix.csv',
    );
    const long = await engine.importSuggest(fix.sessionId, fix.suggestedSheet, {});
    const changed = await engine.importPreview(fix.sessionId, {
      sheet: fix.suggestedSheet,
      mapping: long.mapping,
      template: long.template,
    });
    await engine.importClose(fix.sessionId);
    expect([changed.counts.updated, changed.unchanged]).toEqual([1, 0]);
  });

  it('RAIS payroll 2019: decimal commas read, float noise removed, the Total row still equal to the sum', async () => {
    const result = await engine.importFile(await readDataFile(PAYROLL_2019), PAYROLL_2019.split('/').pop() ?? '', {});
    expect(result).toMatchObject({ template: 'rais-setor-remuneracao', refused: false, rows: { imported: 6824 } });
    const payroll = new EmploymentRepository(engine.connection()).records('ibge-setor', 'payroll', 2019);
    expect(payroll.find((r) => r.territoryCode === 3100104 && r.sectorCode === '1')?.value).toBe(53280.34); // "53280,339999998"
    const file = await raisByHand(PAYROLL_2019);
    const totals = new EmploymentRepository(engine.connection()).sectorTotals('ibge-setor', 'payroll', 2019, 31);
    totals.forEach((t, i) => expect(Math.abs(t.value - (file.total[i] ?? 0))).toBeLessThan(0.5));
  }, 60_000);

  it('FJP IMRS: the ER_EMPRSF* columns equal the imported RAIS jobs, for every municipality and year 2019–2020', async () => {
    const result = await engine.importFile(await readDataFile('economy/IMRS_ER_2022_output_FJP.xlsx'), 'IMRS_ER_2022_output_FJP.xlsx', {});
    expect(result).toMatchObject({
      template: 'fjp-imrs',
      target: 'indicator-values',
      refused: false,
      rows: { read: 2559, skipped: 0 },
      errors: [],
    });
    const conn = engine.connection();
    const definitions = new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d]));
    expect(definitions.get('ER_EMPRSFIT')).toMatchObject({ namePt: 'Empregos formais — indústria de transformação', unit: 'empregos' });
    expect(definitions.get('ER_TRPF')?.namePt).toBe('ER_TRPF'); // unnamed without FJP's dictionary
    // IBGE sectors behind each IMRS column; services include public administration (6 + 7).
    const sectors: Record<string, string[]> = {
      ER_EMPRSFMI: ['1'],
      ER_EMPRSFIT: ['2'],
      ER_EMPRSFUP: ['3'],
      ER_EMPRSFIC: ['4'],
      ER_EMPRSFCO: ['5'],
      ER_EMPRSFSE: ['6', '7'],
      ER_EMPRSFAG: ['8'],
      ER_EMPRSF: ['1', '2', '3', '4', '5', '6', '7', '8'],
    };
    for (const year of [2019, 2020]) {
      const jobs = new Map<string, number>();
      for (const r of new EmploymentRepository(conn).records('ibge-setor', 'jobs', year))
        jobs.set(`${r.territoryCode}:${r.sectorCode}`, r.value ?? NaN);
      let compared = 0;
      for (const [indicator, codes] of Object.entries(sectors)) {
        const values = conn.all<{ code: string; value: number }>(
          "SELECT subject_code AS code, value FROM indicator_value WHERE indicator_code = ? AND period = ? AND subject_kind = 'municipality'",
          [indicator, String(year)],
        );
        expect(values).toHaveLength(853);
        for (const v of values) {
          expect(v.value, `${indicator} ${v.code} ${year}`).toBe(codes.reduce((s, c) => s + (jobs.get(`${v.code}:${c}`) ?? NaN), 0));
          compared++;
        }
      }
      expect(compared).toBe(8 * 853);
    }
  }, 120_000);

  it('IBGE Census 2022 workbook: the municipalities sheet (empty first column, title, 5-digit codes + state, "Fonte" footer) sums to the Brasil row of the UF sheet', async () => {
    const opened = await engine.importOpen(await readDataFile(POP_2022), 'POP2022.xlsx');
    expect(opened.sheets.map((s) => s.name)).toEqual(['Municípios', 'Unidados da Federação']);
    expect(opened.templates).toEqual([
      expect.objectContaining({ templateId: 'ibge-censo2022-populacao', sheet: 'Municípios', confidence: 'certain' }),
    ]);
    const layout = await engine.importLayout(opened.sessionId, 'Municípios');
    expect(layout).toMatchObject({ headerRows: { first: 3, last: 3 }, dataStart: 4, dataEnd: 5573, endReason: 'footer' });
    expect(layout.footerRows[0]?.text).toMatch(/^Fonte: IBGE/);
    const tail = await engine.importRows(opened.sessionId, 'Municípios', 'tail', 3);
    expect(tail.map((r) => [r.row, r.cells[1]])).toEqual([
      [5573, 'DF'],
      [5574, undefined],
      [5575, expect.stringMatching(/^Fonte: IBGE/)],
    ]);
    const uf = await engine.importLayout(opened.sessionId, 'Unidados da Federação');
    expect(uf.totalRows).toEqual([4]); // "Brasil", with "-" as its code
    await engine.importClose(opened.sessionId);

    const { preview } = await throughWizard(engine, POP_2022);
    expect(preview.counts).toEqual({ read: 5570, imported: 5570, updated: 0, skipped: 0 });
    // Two municipalities renamed since the Census: the code wins, the user is told.
    expect(preview.issues.filter((i) => i.code === 'territory-name-mismatch').map((i) => i.row)).toEqual([368, 1091]);
    const pop = new IndicatorValueRepository(engine.connection()).municipalValues('POP', '2022', 31);
    expect(pop.get(3106200)).toBe(2315560);
    const brasil = engine
      .connection()
      .get<{ total: number }>("SELECT sum(value) AS total FROM indicator_value WHERE indicator_code = 'POP' AND period = '2022'");
    expect(brasil?.total).toBe(203_062_512);
  }, 120_000);

  it('IBGE population 2010–2024 CSV: year columns out of order, "NA" kept as missing; POP22 (TCU preview) a series apart, the Census 2022 kept', async () => {
    const result = await engine.importFile(await readDataFile('population/poptcu2010-2022_2024.csv'), 'poptcu2010-2022_2024.csv', {});
    expect(result).toMatchObject({ template: 'ibge-populacao-tcu', rows: { read: 5570, imported: 5570 * 14, updated: 0 } });
    const values = new IndicatorValueRepository(engine.connection());
    // Belo Horizonte: the Census workbook's count stays; the TCU preview is its own indicator.
    expect(values.municipalValues('POP', '2022', 31).get(3106200)).toBe(2315560);
    expect(values.municipalValues('POP_TCU_PREVIA_2022', '2022', 31).get(3106200)).toBe(2392678);
    const preview = engine
      .connection()
      .get<{ name_pt: string; category: string }>("SELECT name_pt, category FROM indicator WHERE code = 'POP_TCU_PREVIA_2022'");
    expect(preview).toEqual({ name_pt: 'População — prévia de dez. 2022 enviada ao TCU', category: 'demography' });
    const row = engine
      .connection()
      .get<{ value: number | null; missing_reason: string | null }>(
        "SELECT value, missing_reason FROM indicator_value WHERE indicator_code = 'POP' AND subject_code = '1503754' AND period = '2014'",
      );
    expect(row).toEqual({ value: null, missing_reason: 'não disponível na fonte (NA)' });
    expect(new IndicatorValueRepository(engine.connection()).municipalValues('POP', '2010', 31).get(3106200)).toBe(2375151);
  }, 60_000);

  it('Atlas do Desenvolvimento Humano: IDHM and its parts for 1991/2000/2010, names from the "Siglas" sheet', async () => {
    const result = await engine.importFile(
      await readDataFile('economy/atlas2013_dadosbrutos_pt_reduzido.xlsx'),
      'atlas2013_dadosbrutos_pt_reduzido.xlsx',
      {},
    );
    expect(result).toMatchObject({
      template: 'atlas-idhm-municipios',
      sheet: 'MUN 91-00-10',
      refused: false,
      rows: { read: 16_695, skipped: 0 },
      errors: [],
    });
    const conn = engine.connection();
    const perYear = conn.all<{ period: string; n: number }>(
      "SELECT period, count(*) AS n FROM indicator_value WHERE indicator_code = 'ADH_IDHM' GROUP BY period",
    );
    expect(perYear).toEqual([
      { period: '1991', n: 5565 },
      { period: '2000', n: 5565 },
      { period: '2010', n: 5565 },
    ]);
    expect(new IndicatorValueRepository(conn).municipalValues('ADH_IDHM', '2010', 31).get(3106200)).toBe(0.81);
    const names = new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d.namePt]));
    expect(names.get('ADH_IDHM')).toBe('IDHM');
    expect(names.get('ADH_IDHM_E')).toBe('IDHM Educação'); // "IDHM_ E" in the dictionary
    expect(names.get('ADH_GINI')).toBe('Índice de Gini');
    expect(names.get('POP')).toBe('População residente'); // IBGE's, untouched by the Atlas' own POP
  }, 120_000);

  it('refuses the legacy .xls estimate with how to convert it, and leaves the workspace as it was', async () => {
    const before = await engine.exportWorkspace();
    const result = await engine.importFile(await readDataFile('population/estimativa_dou_2024.xls'), 'estimativa_dou_2024.xls', {});
    expect(result).toMatchObject({ refused: true, batch: null });
    expect(result.message).toMatch(
      /estimativa_dou_2024\.xls: this is a legacy Excel 97–2003 workbook \(\.xls\).*save it as an Excel workbook \(\.xlsx\)/,
    );
    expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
  });

  it("Codemig's districts as sites, with a suggested mapping; importing again updates them in place", async () => {
    const bytes = await readDataFile('districts/codemig_distritos_prioritarios_2016.csv');
    const opened = await engine.importOpen(bytes, 'codemig.csv');
    expect(opened.templates).toEqual([]);
    const { mapping } = await engine.importSuggest(opened.sessionId, opened.suggestedSheet);
    expect(mapping.target).toBe('sites');
    const request = { sheet: opened.suggestedSheet, mapping };
    expect((await engine.importPreview(opened.sessionId, request)).counts).toEqual({ read: 13, imported: 13, updated: 0, skipped: 0 });
    await engine.importCommit(opened.sessionId, request);
    const again = await engine.importPreview(opened.sessionId, request);
    expect(again.counts).toEqual({ read: 13, imported: 0, updated: 13, skipped: 0 });
    await engine.importCommit(opened.sessionId, request);
    const sites = await engine.listSites();
    expect(sites).toHaveLength(13);
    expect(sites.find((s) => s.municipalityCode === 3106200)).toMatchObject({
      name: 'Distrito Industrial do Jatobá',
      kind: 'industrial-district',
      lat: -19.9102,
    });
  }, 60_000);
});
