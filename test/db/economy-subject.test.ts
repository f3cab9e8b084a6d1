import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { parseRaisSectorExport } from '../support/rais-sector-export';
import { TerritorySetRepository } from '../../shared/repositories/territory-set-repository';
import { newDemoEngine, readDataFile } from '../support/node-engine';
import { sectorNameIn } from '../../shared/domain/ibge-sectors';

const MG = { classification: 'ibge-setor', measure: 'jobs', reference: { kind: 'state', abbr: 'MG' } } as const;
const BETIM = 3106705;
const CONTAGEM = 3118601;
/** São Paulo: a municipality the demo has no employment for (its data is Minas Gerais only). */
const SAO_PAULO = 3550308;
const SECTORS = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** Jobs by IBGE sector of each municipality (6-digit code) and of the state, straight from the RAIS export. */
async function rais(year: number): Promise<{ jobs: (code: number) => Map<string, number>; state: Map<string, number> }> {
  const raw = parseRaisSectorExport(
    await readDataFile(`employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_${year}.csv`),
    'rais.csv',
  );
  const byCode = new Map(raw.rows.map((r) => [r.ibge6, r.values]));
  return { jobs: (code) => byCode.get(Math.floor(code / 10)) ?? new Map(), state: raw.totals };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const allFinite = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : Array.isArray(value)
      ? value.every(allFinite)
      : typeof value === 'object' && value !== null
        ? Object.values(value).every(allFinite)
        : true;

describe('a custom territory as the subject of the diagnosis (real RAIS, MG 2019 → 2020)', () => {
  let engine: Engine;
  let pair: number;
  let single: number;
  let outside: number;
  let mixed: number;
  beforeAll(async () => {
    engine = await newDemoEngine();
    pair = (await engine.saveTerritorySet({ name: 'Betim + Contagem', members: [BETIM, CONTAGEM] })).id;
    single = (await engine.saveTerritorySet({ name: 'Só Betim', members: [BETIM] })).id;
    outside = (await engine.saveTerritorySet({ name: 'Capital paulista', members: [SAO_PAULO] })).id;
    mixed = (await engine.saveTerritorySet({ name: 'Betim e São Paulo', members: [BETIM, SAO_PAULO] })).id;
  });
  const set = (id: number) => ({ kind: 'territory-set', id }) as const;
  const municipality = (code: number) => ({ kind: 'municipality', code }) as const;

  it("has, in every sector, the LQ computed by hand from its members' summed jobs", async () => {
    const { jobs, state } = await rais(2020);
    const E = sum(state.values());
    const Ej = sum(jobs(BETIM).values()) + sum(jobs(CONTAGEM).values());
    const { rows, reference, subject } = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(pair) });
    expect(reference).toMatchObject({ label: 'Minas Gerais', territories: 853, total: E });
    expect(subject).toEqual({
      kind: 'territory-set',
      id: pair,
      name: 'Betim + Contagem',
      members: [
        { code: BETIM, name: 'Betim', hasData: true },
        { code: CONTAGEM, name: 'Contagem', hasData: true },
      ],
    });
    expect(rows.map((r) => r.sectorCode)).toEqual(SECTORS);
    for (const sector of SECTORS) {
      const Eij = (jobs(BETIM).get(sector) ?? 0) + (jobs(CONTAGEM).get(sector) ?? 0);
      const expected = Eij / Ej / ((state.get(sector) ?? 0) / E);
      const row = rows.find((r) => r.sectorCode === sector);
      expect(row).toMatchObject({ territoryCode: pair, territoryKind: 'territory-set', territoryName: 'Betim + Contagem', value: Eij });
      expect(row?.lq).toBeCloseTo(expected, 12);
    }
    // Manufacturing, for the report: (E_ij / E_j) / (E_i / E).
    const manufacturing = rows.find((r) => r.sectorCode === '2');
    expect(manufacturing?.lq).toBeGreaterThan(1);
  });

  it('with one member is that municipality, number for number, in every analysis', async () => {
    const strip = <T extends { territoryCode: number; territoryName: string; territoryKind?: string }>(rows: T[]) =>
      rows.map(({ territoryCode: _code, territoryName: _name, territoryKind: _kind, ...rest }) => rest);
    const lqSet = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(single) });
    const lqCity = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: municipality(BETIM) });
    expect(strip(lqSet.rows)).toEqual(strip(lqCity.rows));
    expect(lqCity.rows).toEqual((await engine.analyzeLocationQuotients({ ...MG, year: 2020, territories: [BETIM] })).rows);
    expect(lqCity.subject).toMatchObject({ kind: 'municipality', id: BETIM, name: 'Betim' });

    const ssSet = await engine.analyzeShiftShare({ ...MG, from: 2019, to: 2020, subject: set(single) });
    const ssCity = await engine.analyzeShiftShare({ ...MG, from: 2019, to: 2020, territories: [BETIM] });
    expect(strip(ssSet.rows)).toEqual(strip(ssCity.rows));

    const divSet = await engine.analyzeDiversity({ ...MG, year: 2020, subject: set(single) });
    const divCity = await engine.analyzeDiversity({ ...MG, year: 2020, territories: [BETIM] });
    expect(strip(divSet.rows)).toEqual(strip(divCity.rows));

    const potentialSet = await engine.potentialSectors({ ...MG, year: 2020, subject: set(single) });
    expect(potentialSet).toEqual(await engine.potentialSectors({ ...MG, year: 2020, subject: municipality(BETIM) }));
    expect(potentialSet.length).toBeGreaterThan(0);

    const whySet = await engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(single), sectorCode: '2' });
    const whyCity = await engine.explainLocationQuotient({ ...MG, year: 2020, subject: municipality(BETIM), sectorCode: '2' });
    expect(whySet.value).toBe(whyCity.value);
    expect(whySet.inputs.map((i) => i.value)).toEqual(whyCity.inputs.map((i) => i.value));
    expect(whyCity.members).toBeNull();
  });

  it('gets shift-share, diversity, potential sectors and "why this value" from the summed members', async () => {
    const [y0, y1] = [await rais(2019), await rais(2020)];
    const { rows } = await engine.analyzeShiftShare({ ...MG, from: 2019, to: 2020, subject: set(pair) });
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      const both = (y: typeof y0) => (y.jobs(BETIM).get(r.sectorCode) ?? 0) + (y.jobs(CONTAGEM).get(r.sectorCode) ?? 0);
      expect(r).toMatchObject({ territoryKind: 'territory-set', jobsFrom: both(y0), jobsTo: both(y1) });
      expect((r.referenceShare ?? NaN) + (r.industryMix ?? NaN) + (r.regionalShift ?? NaN)).toBeCloseTo(r.totalChange, 6);
    }

    const { jobs } = y1;
    const summed = SECTORS.map((s) => (jobs(BETIM).get(s) ?? 0) + (jobs(CONTAGEM).get(s) ?? 0));
    const total = sum(summed);
    const hhi = sum(summed.map((v) => (v / total) ** 2));
    const diversity = await engine.analyzeDiversity({ ...MG, year: 2020, subject: set(pair) });
    expect(diversity.rows).toHaveLength(1);
    expect(diversity.rows[0]?.hhi).toBeCloseTo(hhi, 12);

    const lq = (await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(pair) })).rows;
    const specialized = lq.filter((r) => (r.lq ?? 0) >= 1).map((r) => r.sectorCode);
    const potential = await engine.potentialSectors({ ...MG, year: 2020, subject: set(pair) });
    expect(potential.length).toBeGreaterThan(0);
    for (const p of potential) {
      expect(specialized).not.toContain(p.sectorCode);
      expect(p.lq).toBe(lq.find((r) => r.sectorCode === p.sectorCode)?.lq);
      expect(p.density).toBeGreaterThan(0);
      expect(p.density).toBeLessThanOrEqual(1);
      expect(p.related.every((q) => specialized.includes(q.sectorCode))).toBe(true);
    }

    const why = await engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(pair), sectorCode: '2' });
    const [eij, ej, ei, e] = why.inputs.map((i) => i.value);
    expect(eij).toBe(summed[1]);
    expect(ej).toBe(total);
    expect(why.value).toBeCloseTo((eij ?? 0) / (ej ?? 1) / ((ei ?? 0) / (e ?? 1)), 12);
    expect(why.members?.map((m) => [m.name, m.sectorValue, m.total])).toEqual([
      ['Betim', jobs(BETIM).get('2'), sum(jobs(BETIM).values())],
      ['Contagem', jobs(CONTAGEM).get('2'), sum(jobs(CONTAGEM).values())],
    ]);
    expect(why.inputs[0]?.description).toContain('sum of 2 municipalities');
  });

  it('counts only the members with data, and says which have none', async () => {
    const mixedLq = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(mixed) });
    const betim = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: municipality(BETIM) });
    expect(mixedLq.rows.map((r) => r.lq)).toEqual(betim.rows.map((r) => r.lq));
    expect(mixedLq.subject?.members).toEqual([
      { code: BETIM, name: 'Betim', hasData: true },
      { code: SAO_PAULO, name: 'São Paulo', hasData: false },
    ]);
    const why = await engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(mixed), sectorCode: '2' });
    expect(why.inputs[0]?.description).toContain('some without data');
  });

  it('refuses what cannot be analysed with a message, never NaN or Infinity', async () => {
    // Members without any data: no rows (the subject says why), and the analyses that need data refuse.
    const none = await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(outside) });
    expect(none.rows).toEqual([]);
    expect(none.subject?.members).toEqual([{ code: SAO_PAULO, name: 'São Paulo', hasData: false }]);
    await expect(engine.potentialSectors({ ...MG, year: 2020, subject: set(outside) })).rejects.toThrow(
      'The custom territory "Capital paulista" has no jobs data for 2020: none of its 1 municipalities has any.',
    );
    await expect(engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(outside), sectorCode: '2' })).rejects.toThrow(
      /No jobs for Capital paulista, sector 2 in 2020/,
    );
    // An unknown set, an unknown municipality.
    await expect(engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(999) })).rejects.toThrow(
      /No territory set with id 999 in this workspace \(sets: .*Betim \+ Contagem/,
    );
    await expect(engine.potentialSectors({ ...MG, year: 2020, subject: municipality(3100000) })).rejects.toThrow(
      'Unknown municipality code 3100000.',
    );
    // An empty set (the editor refuses one; a file written elsewhere may hold it).
    const empty = new TerritorySetRepository(engine.connection()).insert(
      { name: 'Vazio', description: '', members: [], updatedAt: '2026-01-01T00:00:00.000Z' },
      '2026-01-01T00:00:00.000Z',
    );
    await expect(engine.analyzeDiversity({ ...MG, year: 2020, subject: set(empty) })).rejects.toThrow(
      'The custom territory "Vazio" has no municipalities: add some to it before analysing it.',
    );
    // A subject and a list of territories at once is ambiguous; a malformed subject is refused.
    await expect(engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(pair), territories: [BETIM] })).rejects.toThrow(
      /subject: give either a subject or a list of territories/,
    );
    await expect(
      engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: { kind: 'territory-set', id: -1 } } as never),
    ).rejects.toThrow(/subject\.id/);

    // Each refusal names its reason and values (the UI translates by them, not by the wording).
    await expect(engine.potentialSectors({ ...MG, year: 2020, subject: set(outside) })).rejects.toMatchObject({
      params: { reason: 'set-no-data', id: outside, name: 'Capital paulista', measure: 'jobs', year: 2020, count: 1 },
    });
    await expect(engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(outside), sectorCode: '2' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      params: { reason: 'no-value', measure: 'jobs', subject: 'Capital paulista', sector: '2', year: 2020 },
    });
    await expect(engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(999) })).rejects.toMatchObject({
      params: { reason: 'set-id-missing', id: 999 },
    });
    await expect(engine.potentialSectors({ ...MG, year: 2020, subject: municipality(3100000) })).rejects.toMatchObject({
      params: { reason: 'unknown-municipality', code: 3100000 },
    });
    await expect(engine.analyzeDiversity({ ...MG, year: 2020, subject: set(empty) })).rejects.toMatchObject({
      params: { reason: 'set-empty', id: empty, name: 'Vazio' },
    });

    const results = await Promise.all([
      engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(pair) }),
      engine.analyzeShiftShare({ ...MG, from: 2019, to: 2020, subject: set(pair) }),
      engine.analyzeDiversity({ ...MG, year: 2020, subject: set(pair) }),
      engine.potentialSectors({ ...MG, year: 2020, subject: set(pair) }),
      engine.explainLocationQuotient({ ...MG, year: 2020, subject: set(pair), sectorCode: '1' }),
    ]);
    expect(allFinite(results)).toBe(true);
  });

  it('is the subject of the workbook: its rows, its ranked potential sectors with their reasons, described in the methods', async () => {
    const bytes = await engine.exportEconomyWorkbook({ ...MG, year: 2020, from: 2019, subject: set(pair), locale: 'pt-BR' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Quociente locacional',
      'Shift-share',
      'Diversificação',
      'Setores potenciais',
      'Métodos',
    ]);
    const lqSheet = wb.getWorksheet('Quociente locacional');
    expect(lqSheet?.rowCount).toBe(1 + 8);
    expect(lqSheet?.getRow(2).getCell(1).value).toBe('set:Betim + Contagem');
    const lq = (await engine.analyzeLocationQuotients({ ...MG, year: 2020, subject: set(pair) })).rows;
    expect(lqSheet?.getRow(3).getCell(7).value).toBe(lq[1]?.lq);

    const potential = await engine.potentialSectors({ ...MG, year: 2020, subject: set(pair), limit: 200 });
    const sheet = wb.getWorksheet('Setores potenciais');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Posição',
      'Código IBGE',
      'Território',
      'Código do setor',
      'Setor',
      'Densidade',
      'QL atual',
      'Especialização próxima 1',
      'Proximidade φ 1',
      'Especialização próxima 2',
      'Proximidade φ 2',
      'Especialização próxima 3',
      'Proximidade φ 3',
    ]);
    expect(sheet?.rowCount).toBe(1 + potential.length);
    potential.forEach((p, i) => {
      const row = sheet?.getRow(2 + i);
      expect(row?.getCell(1).value).toBe(i + 1);
      expect(row?.getCell(2).value).toBe('set:Betim + Contagem');
      expect(row?.getCell(4).value).toBe(p.sectorCode);
      expect(row?.getCell(6).value).toBe(p.density);
      expect(typeof row?.getCell(6).value).toBe('number');
      expect(row?.getCell(7).value).toBe(p.lq);
      expect(row?.getCell(8).value).toBe(p.related[0]?.sectorName);
      expect(row?.getCell(9).value).toBe(p.related[0]?.proximity);
    });
    const methods = JSON.stringify(wb.getWorksheet('Métodos')?.getSheetValues() ?? []);
    expect(methods).toContain('Território analisado');
    expect(methods).toContain('Betim (3106705), Contagem (3118601)');
    expect(methods).not.toContain('Potential sectors');
    expect(methods).toContain('Setores potenciais');
    expect(methods).toContain('Hidalgo');

    // "All": the custom territory's rows first, then every municipality.
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(
      (await engine.exportEconomyWorkbook({ ...MG, year: 2020, subject: set(pair), scope: 'all', locale: 'en' })) as never,
    );
    expect(all.worksheets.map((w) => w.name)).toEqual(['Location quotient', 'Diversification', 'Potential sectors', 'Methods']);
    expect(all.getWorksheet('Location quotient')?.rowCount).toBe(1 + 8 + 853 * 8);
    expect(all.getWorksheet('Diversification')?.getRow(2).getCell(1).value).toBe('set:Betim + Contagem');
  });

  it("puts a municipality's potential sectors in its workbook, and says why when there are none", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportEconomyWorkbook({ ...MG, year: 2020, subject: municipality(BETIM), locale: 'es' })) as never);
    const potential = await engine.potentialSectors({ ...MG, year: 2020, subject: municipality(BETIM), limit: 200 });
    const sheet = wb.getWorksheet('Sectores potenciales');
    expect(sheet?.rowCount).toBe(1 + potential.length);
    expect(sheet?.getRow(2).getCell(2).value).toBe(String(BETIM));
    // The sector in the workbook's language (the data's name is Portuguese: "Comércio").
    const first = potential[0];
    expect(sheet?.getRow(2).getCell(5).value).toBe(first ? sectorNameIn('es', first.sectorCode, first.sectorName) : undefined);

    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load((await engine.exportEconomyWorkbook({ ...MG, year: 2020, subject: set(outside), locale: 'en' })) as never);
    expect(empty.getWorksheet('Potential sectors')?.rowCount).toBe(1);
    // The analysis' refusal in the workbook's language, one municipality in the singular.
    expect(JSON.stringify(empty.getWorksheet('Methods')?.getSheetValues())).toContain(
      'has no data in 2020: its only municipality has none.',
    );
    const vazio = new ExcelJS.Workbook();
    await vazio.xlsx.load((await engine.exportEconomyWorkbook({ ...MG, year: 2020, subject: set(outside), locale: 'pt-BR' })) as never);
    expect(JSON.stringify(vazio.getWorksheet('Métodos')?.getSheetValues())).toContain(
      'não tem dados em 2020: o seu único município não tem dados.',
    );
    const sinDatos = new ExcelJS.Workbook();
    await sinDatos.xlsx.load(
      (await engine.exportEconomyWorkbook({ ...MG, year: 2020, subject: municipality(SAO_PAULO), locale: 'es' })) as never,
    );
    expect(JSON.stringify(sinDatos.getWorksheet('Métodos')?.getSheetValues())).toContain('no tiene datos en 2020.');
  });
});
