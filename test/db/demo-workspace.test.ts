import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../shared/db/migrations';
import type { Engine } from '../../shared/engine/engine';
import { EmploymentRepository } from '../../shared/repositories/employment-repository';
import { parseRaisSectorExport } from '../support/rais-sector-export';
import { newEngine, readDataFile } from '../support/node-engine';

describe('demo workspace built from resources/data', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: true });
  });

  it("has every Brazilian municipality (5,571 in the source), 853 in MG, and Codemig's 13 districts", async () => {
    const info = await engine.info();
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    // 5,570 plus Boa Esperança do Norte (MT, 5101837), installed in 2025 and present in the source.
    expect(info.counts.municipalities).toBe(5571);
    expect(info.counts.sites).toBe(13);
    const mg = (await engine.listMunicipalities({ stateCode: 31 })).map((m) => m.name);
    expect(mg.length).toBe(853);
    // Accented initials among their letters (the list ended "… Wenceslau Braz, Água Boa, Água Comprida").
    expect(mg.slice(0, 6)).toEqual(['Abadia dos Dourados', 'Abaeté', 'Abre Campo', 'Acaiaca', 'Açucena', 'Água Boa']);
    expect(mg.at(-1)).toBe('Wenceslau Braz');
    const states = (await engine.listStates()).map((s) => s.name);
    expect(states.length).toBe(27);
    expect(states.slice(-4)).toEqual(['Santa Catarina', 'São Paulo', 'Sergipe', 'Tocantins']);
  });

  it('names CNAE sections and divisions as IBGE writes them: sentence case, on one line (the file title-cases them)', async () => {
    const divisions = await engine.listSectors('cnae-division');
    const sections = await engine.listSectors('cnae-section');
    expect(divisions).toHaveLength(87);
    expect(sections).toHaveLength(21);
    const byCode = new Map([...divisions, ...sections].map((s) => [s.code, s.name]));
    // Broken across two lines in the file: "…Exceto Máquinas\nE Equipamentos".
    expect(byCode.get('25')).toBe('Fabricação de produtos de metal, exceto máquinas e equipamentos');
    expect(byCode.get('10')).toBe('Fabricação de produtos alimentícios');
    expect(byCode.get('G')).toBe('Comércio; reparação de veículos automotores e motocicletas');
    expect(byCode.get('C')).toBe('Indústrias de transformação');
    for (const s of [...divisions, ...sections]) {
      expect(s.name, s.code).not.toMatch(/\s{2}|\n| (De|Da|Do|Dos|E|Em|À|Às|Para|Por|Com) /);
    }
    // The lower levels are in sentence case in the file already, and kept as written.
    const groups = await engine.listSectors('cnae-group');
    expect(groups.find((g) => g.code === '291')?.name).toBe('Fabricação de automóveis, camionetas e utilitários');
  });

  it('gives MG municipalities their IBGE immediate and intermediate regions', async () => {
    const mg = await engine.listMunicipalities({ stateCode: 31 });
    const bh = mg.find((m) => m.code === 3106200);
    expect(bh).toMatchObject({
      name: 'Belo Horizonte',
      immediateRegion: 'Belo Horizonte',
      intermediateRegion: 'Belo Horizonte',
      isCapital: true,
    });
    expect(mg.every((m) => m.immediateRegion && m.intermediateRegion && m.lat !== null)).toBe(true);
  });

  it("holds RAIS formal jobs 2019 and 2020 for 853 municipalities x 8 sectors, matching the files' Total rows", async () => {
    expect(await engine.employmentYears('ibge-setor')).toEqual([2019, 2020]);
    expect((await engine.info()).counts.employment).toBe(853 * 8 * 2);
    for (const year of [2019, 2020]) {
      const file = await readDataFile(`employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_${year}.csv`);
      const { totals } = parseRaisSectorExport(file, 'rais.csv');
      const sums = await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year, stateCode: 31 });
      expect(sums).toHaveLength(8);
      for (const s of sums) expect(s.value).toBe(totals.get(s.sectorCode));
    }
    // 2019, manufacturing, as printed in the file's Total row
    const manufacturing2019 = (await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year: 2019 })).find(
      (s) => s.sectorCode === '2',
    );
    expect(manufacturing2019?.value).toBe(755593);
  });

  it("gives the dashboard's first map and chart in one call, equal to the separate answers (issue 16)", async () => {
    const first = await engine.dashboardFirst(31);
    const metrics = await engine.mapMetrics();
    expect(first.metrics).toEqual(metrics);
    expect(first.years).toEqual([2019, 2020]);
    expect(first.map).toEqual({ metricId: metrics[0]?.id, values: await engine.mapValues(metrics[0]?.id ?? '', 31) });
    expect(first.map?.values).toHaveLength(853);
    // The latest year's jobs by IBGE sector in MG, 8 sectors.
    expect(first.jobs).toEqual({
      year: 2020,
      totals: await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year: 2020, stateCode: 31 }),
      sources: await engine.activitySources({ classification: 'ibge-setor', measure: 'jobs', years: [2020] }),
    });
    expect(first.jobs?.totals).toHaveLength(8);
    // The chart's source line: the RAIS file the 2020 jobs were imported from.
    expect(first.jobs?.sources.map((s) => s.file)).toEqual(['RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv']);
  });

  it('keeps the provenance of each employment value (batch and source row)', () => {
    const row = engine.connection().get<{ source_row: number; source_file: string }>(
      `SELECT e.source_row, b.source_file FROM employment e JOIN import_batch b ON b.id = e.batch_id
          WHERE territory_code = 3100104 AND sector_code = '2' AND year = 2019`,
    );
    expect(row).toEqual({ source_row: 3, source_file: 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv' });
    expect(new EmploymentRepository(engine.connection()).records('ibge-setor', 'jobs', 2019)[1]).toMatchObject({
      territoryCode: 3100104,
      sectorCode: '2',
      value: 466,
    });
  });

  it('loads the CNAE 2.x hierarchy with leading zeros kept', () => {
    const counts = engine
      .connection()
      .all<{ scheme: string; n: number }>('SELECT scheme, count(*) AS n FROM classification GROUP BY scheme ORDER BY scheme');
    expect(Object.fromEntries(counts.map((c) => [c.scheme, c.n]))).toEqual({
      'cnae-class': 671,
      'cnae-division': 87,
      'cnae-group': 283,
      'cnae-section': 21,
      'cnae-subclass': 1356,
      'ibge-setor': 8,
    });
    expect(engine.connection().get("SELECT name FROM classification WHERE scheme = 'cnae-division' AND code = '01'")).toBeDefined();
  });

  it('stores IBGE population, the Census 2022 for 2022', async () => {
    const metrics = await engine.mapMetrics();
    expect(metrics.map((m) => m.id)).toContain('indicator:POP:2022');
    const values = await engine.mapValues('indicator:POP:2022', 31);
    expect(values).toHaveLength(853);
    expect(values.find((v) => v.code === 3100104)?.value).toBe(6272); // Census 2022 (the TCU preview said 6,235)
  });

  it("takes 2022 population from the Census workbook (Belo Horizonte 2,315,560), not the TCU preview (2,392,678), and labels each year's source", async () => {
    // The workbook read by hand: sheet "Municípios", COD. UF in column C, 5-digit COD. MUNIC in D, POP. TOTAL in H.
    const book = new ExcelJS.Workbook();
    const bytes = await readDataFile('population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Municípios');
    const census = new Map<number, number>();
    sheet?.eachRow((row) => {
      const [uf, munic, total] = [row.getCell(3).text, row.getCell(4).text, row.getCell(8).value];
      if (/^\d{2}$/.test(uf) && /^\d{5}$/.test(munic) && typeof total === 'number') {
        census.set(Number(`${uf}${munic}`), total);
      }
    });
    const bh = [...census].find(([code]) => Math.floor(code / 10) === 310620);
    expect(bh?.[1]).toBe(2_315_560);
    const values = await engine.mapValues('indicator:POP:2022', 31);
    expect(values.find((v) => v.code === 3106200)?.value).toBe(2_315_560);
    const mgCensus = [...census].filter(([code]) => Math.floor(code / 100000) === 31).reduce((s, [, v]) => s + v, 0);
    expect(values.reduce((s, v) => s + (v.value ?? 0), 0)).toBe(mgCensus);
    const sourceOf = (period: string) =>
      engine
        .connection()
        .get<{ source: string }>(
          "SELECT s.text AS source FROM indicator_value v JOIN value_source s ON s.id = v.source_id WHERE v.indicator_code = 'POP' AND v.subject_code = '3106200' AND v.period = ?",
          [period],
        )?.source;
    expect(sourceOf('2022')).toMatch(/^IBGE, Censo Demográfico 2022 .*POP2022_CD2022/);
    expect(sourceOf('2010')).toMatch(/^IBGE, Censo Demográfico 2010 — poptcu/);
    expect(sourceOf('2021')).toMatch(/^IBGE, estimativa da população 2021 \(enviada ao TCU\)/);
  });

  it('marks district coordinates as the municipal seat and invents no survey values', async () => {
    const sites = await engine.listSites();
    expect(sites.every((s) => s.locationNote?.includes('sede municipal'))).toBe(true);
    expect(sites.every((s) => s.areaHa === null && s.lotsTotal === null && s.firms === null)).toBe(true);
    expect(sites.map((s) => s.code)).toContain('DI-BETIM');
  });
});
