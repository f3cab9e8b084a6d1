import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../electron/cli/main';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { parseRaisSectorExport } from '../support/rais-sector-export';
import { SURVEY_CODES } from '../../shared/features/territories/survey';
import { newDemoEngine, readDataFile } from '../support/node-engine';
import { localDay } from '../../shared/text/local-day';

const RAIS_2020 = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv';
const RAIS_2019 = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';

async function raisJobs(file: string): Promise<Map<number, Map<string, number>>> {
  const parsed = parseRaisSectorExport(await readDataFile(file), 'rais.csv');
  return new Map(parsed.rows.map((r) => [r.ibge6, r.values]));
}

const total = (values: Map<string, number> | undefined) => [...(values?.values() ?? [])].reduce((a, b) => a + b, 0);

describe('migration 0004: the infrastructure survey, territory sets, saved views', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('ships the survey items as definitions with a 0–4 whole-number scale, and no values', async () => {
    const catalog = await engine.indicatorCatalog();
    const survey = catalog.filter((d) => d.category === 'infrastructure');
    expect(survey.map((d) => d.code).sort()).toEqual([...SURVEY_CODES].sort());
    for (const d of survey) {
      expect(d).toMatchObject({
        unit: 'escala 0–4',
        valueMin: 0,
        valueMax: 4,
        wholeNumbers: true,
        builtIn: true,
        valueCount: 0,
        direction: 'higher-better',
      });
      expect(d.name.pt && d.name.en && d.name.es).toBeTruthy();
      expect(d.description).toMatch(/Escala: 0 /);
    }
    expect(catalog.find((d) => d.code === 'POP')).toMatchObject({ builtIn: true, subjectKinds: ['municipality'] });
    const tables = engine
      .connection()
      .all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('territory_set', 'territory_set_member', 'grid_view', 'meeting_sequence', 'meeting_view')",
      );
    expect(tables).toHaveLength(5);
  });
});

describe('entering a district survey', () => {
  let engine: Engine;
  let siteId: number;
  beforeEach(async () => {
    engine = await newDemoEngine();
    siteId = (await engine.listSites())[0]?.id ?? 0;
  });

  it('writes scores with the provenance "entered by the user", undoable and redoable as one step', async () => {
    const edits = [
      { indicatorCode: 'INFRA_WATER', subjectKind: 'site' as const, subjectCode: String(siteId), period: '2024', value: 3 },
      { indicatorCode: 'INFRA_PAVING', subjectKind: 'site' as const, subjectCode: String(siteId), period: '2024', value: 1 },
    ];
    expect(await engine.setIndicatorValues(edits)).toEqual({ written: 2, removed: 0 });
    const values = await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId) });
    expect(values.map((v) => [v.indicatorCode, v.value])).toEqual([
      ['INFRA_PAVING', 1],
      ['INFRA_WATER', 3],
    ]);
    expect(values[0]).toMatchObject({
      illustrative: false,
      // Dated with the day where the planner is (the engine's clock here reads 2026-01-01T00:00Z).
      source: `Informado pelo usuário (${localDay(new Date('2026-01-01T00:00:00.000Z'))})`,
      provenance: { kind: 'user', at: '2026-01-01T00:00:00.000Z' },
    });

    await engine.setIndicatorValues([{ ...edits[0]!, value: 4 }]);
    await engine.undo();
    expect(
      (await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId), indicatorCode: 'INFRA_WATER' }))[0]?.value,
    ).toBe(3);
    await engine.undo();
    expect(await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId) })).toEqual([]);
    await engine.redo();
    expect(await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId) })).toHaveLength(2);
    // value null removes
    await engine.setIndicatorValues([{ ...edits[1]!, value: null }]);
    expect(await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId) })).toHaveLength(1);
  });

  it('refuses text, scores off the scale, fractions and unknown subjects, writing nothing', async () => {
    const base = { indicatorCode: 'INFRA_POWER', subjectKind: 'site' as const, subjectCode: String(siteId), period: '2024' };
    const good = { ...base, indicatorCode: 'INFRA_WATER', value: 2 };
    await expect(engine.setIndicatorValues([good, { ...base, value: 5 }])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'value: must be at most 4',
      params: { field: 'value', index: 1, reason: 'at-most', max: 4 },
    });
    await expect(engine.setIndicatorValues([{ ...base, value: -1 }])).rejects.toMatchObject({
      params: { field: 'value', reason: 'at-least', min: 0 },
    });
    await expect(engine.setIndicatorValues([{ ...base, value: 2.5 }])).rejects.toThrow(/whole number/);
    await expect(engine.setIndicatorValues([{ ...base, value: 2.5 }])).rejects.toMatchObject({ params: { reason: 'whole-number' } });
    await expect(engine.setIndicatorValues([{ ...base, value: 'três' as unknown as number }])).rejects.toThrow(/must be a number/);
    await expect(engine.setIndicatorValues([{ ...base, value: 'três' as unknown as number }])).rejects.toMatchObject({
      params: { field: '0.value', reason: 'number' },
    });
    await expect(engine.setIndicatorValues([{ ...base, subjectCode: '9999', value: 1 }])).rejects.toMatchObject({
      params: { field: 'subjectCode', reason: 'not-found', value: '9999' },
    });
    await expect(engine.setIndicatorValues([{ ...base, period: 'ontem', value: 1 }])).rejects.toMatchObject({
      params: { field: '0.period', reason: 'period-format' },
    });
    await expect(engine.setIndicatorValues([{ ...base, indicatorCode: 'NOPE', value: 1 }])).rejects.toMatchObject({
      params: { field: 'indicatorCode', reason: 'not-found', value: 'NOPE' },
    });
    expect(await engine.indicatorValues({ subjectKind: 'site', subjectCode: String(siteId) })).toEqual([]);
    expect((await engine.history()).canUndo).toBe(false);
  });
});

describe('the indicator catalog', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newDemoEngine();
  });

  it('creates, edits and deletes an indicator; refuses an unknown unit and changes to a built-in scale', async () => {
    const input = {
      code: 'GDP_PC',
      name: { pt: 'PIB per capita', en: 'GDP per capita', es: 'PIB per cápita' },
      unit: 'R$',
      direction: 'higher-better' as const,
      category: 'economy',
      source: 'IBGE, PIB dos Municípios',
    };
    expect(await engine.saveIndicator(input)).toMatchObject({ code: 'GDP_PC', builtIn: false, valueCount: 0 });
    await expect(engine.saveIndicator({ ...input, unit: 'dólares' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'unit', reason: 'unknown-unit', value: 'dólares' },
    });
    await expect(engine.saveIndicator({ ...input, code: 'PIB X' })).rejects.toMatchObject({
      params: { field: 'code', reason: 'code-chars' },
    });
    await expect(engine.saveIndicator({ ...input, name: { ...input.name, pt: ' ' } })).rejects.toMatchObject({
      params: { field: 'name.pt', reason: 'required' },
    });
    await expect(engine.saveIndicator({ ...input, valueMin: 5, valueMax: 1 })).rejects.toMatchObject({
      params: { field: 'valueMax', reason: 'min-above-max', min: 5, max: 1 },
    });
    const water = (await engine.indicatorCatalog()).find((d) => d.code === 'INFRA_WATER')!;
    await expect(engine.saveIndicator({ ...water, valueMax: 10 })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'valueMax', reason: 'built-in' },
    });
    expect(await engine.saveIndicator({ ...water, name: { ...water.name, en: 'Water' } })).toMatchObject({ name: { en: 'Water' } });
    await expect(engine.deleteIndicator('INFRA_WATER')).rejects.toMatchObject({ code: 'CONSTRAINT', params: { reason: 'built-in' } });
    await expect(engine.deleteIndicator('POP')).rejects.toMatchObject({ code: 'CONSTRAINT' });
    await engine.deleteIndicator('GDP_PC');
    expect((await engine.indicatorCatalog()).some((d) => d.code === 'GDP_PC')).toBe(false);
    await engine.undo();
    expect((await engine.indicatorCatalog()).some((d) => d.code === 'GDP_PC')).toBe(true);
  });
});

describe('pasting into the sites catalog', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newDemoEngine();
  });

  it('writes several sites in one step, or refuses the whole paste naming the site and field', async () => {
    const [a, b] = await engine.listSites();
    await engine.updateSites([
      { id: a!.id, patch: { areaHa: 120.5, lotsTotal: 40 } },
      { id: b!.id, patch: { areaHa: 80 } },
    ]);
    let sites = await engine.listSites();
    expect(sites.find((s) => s.id === a!.id)).toMatchObject({ areaHa: 120.5, lotsTotal: 40 });
    expect(sites.find((s) => s.id === b!.id)).toMatchObject({ areaHa: 80 });

    const before = await engine.listSites();
    await expect(
      engine.updateSites([
        { id: a!.id, patch: { areaHa: 10 } },
        { id: b!.id, patch: { areaHa: -3 } },
      ]),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'areaHa', siteId: b!.id, reason: 'negative' },
    });
    await expect(engine.updateSites([{ id: a!.id, patch: { jobs: 'muitos' as unknown as number } }])).rejects.toThrow(
      /jobs: must be a number/,
    );
    await expect(engine.updateSites([{ id: a!.id, patch: { code: b!.code } }])).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'code', siteId: a!.id, reason: 'duplicate', value: b!.code },
    });
    await expect(
      engine.updateSites([
        { id: a!.id, patch: { code: 'NOVO' } },
        { id: b!.id, patch: { code: 'NOVO' } },
      ]),
    ).rejects.toMatchObject({ code: 'CONSTRAINT', params: { field: 'code' } });
    expect(await engine.listSites()).toEqual(before);

    await engine.undo();
    sites = await engine.listSites();
    expect(sites.find((s) => s.id === a!.id)).toMatchObject({ areaHa: null, lotsTotal: null });
    expect(sites.find((s) => s.id === b!.id)).toMatchObject({ areaHa: null });
  });
});

describe('custom territories', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newDemoEngine();
  });

  it('saves a named set of municipalities, refuses unknown codes and duplicate names, and undoes', async () => {
    const set = await engine.saveTerritorySet({ name: 'Vale do Aço', members: [3131307, 3161106, 3168705, 3131307] });
    expect(set).toMatchObject({ name: 'Vale do Aço', members: [3131307, 3161106, 3168705] });
    await expect(engine.saveTerritorySet({ name: 'vale do aço', members: [3106200] })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'name', reason: 'duplicate', value: 'vale do aço' },
    });
    await expect(engine.saveTerritorySet({ name: 'X', members: [3199999, 3199998] })).rejects.toMatchObject({
      params: { field: 'members', reason: 'not-a-municipality', value: '3199998,3199999', count: 2 },
    });
    await expect(engine.saveTerritorySet({ name: 'Y', members: [] })).rejects.toMatchObject({
      params: { field: 'members', reason: 'too-few-items', min: 1 },
    });
    await engine.saveTerritorySet({ id: set.id, name: 'Vale do Aço', members: [3131307, 3161106] });
    // The demo's 79 Rotas polos are territory sets too: find this one by id.
    const mine = async () => (await engine.territorySets()).filter((s) => s.id === set.id);
    expect((await mine())[0]?.members).toEqual([3131307, 3161106]);
    await engine.undo();
    expect((await mine())[0]?.members).toEqual([3131307, 3161106, 3168705]);
    await engine.deleteTerritorySet(set.id);
    expect(await mine()).toEqual([]);
    await engine.undo();
    expect((await mine())[0]).toMatchObject({ id: set.id, name: 'Vale do Aço' });
  });

  it('is a reference region of the economic analyses (--reference set:<name>)', async () => {
    const members = [3106200, 3106705, 3118601];
    await engine.saveTerritorySet({ name: 'Núcleo metropolitano', members });
    const rais = await raisJobs(RAIS_2020);
    const jobs = (code: number) => rais.get(Math.floor(code / 10));
    const refTotal = members.reduce((s, c) => s + total(jobs(c)), 0);
    const refManu = members.reduce((s, c) => s + (jobs(c)?.get('2') ?? 0), 0);
    const betim = jobs(3106705);
    const expected = (betim?.get('2') ?? 0) / total(betim) / (refManu / refTotal);
    const { rows, reference } = await engine.analyzeLocationQuotients({
      classification: 'ibge-setor',
      measure: 'jobs',
      reference: { kind: 'set', name: 'núcleo metropolitano' },
      year: 2020,
      territories: [3106705],
    });
    expect(reference).toEqual({ label: 'Núcleo metropolitano', territories: 3, total: refTotal });
    expect(rows.find((r) => r.sectorCode === '2')?.lq).toBeCloseTo(expected, 12);
    await expect(
      engine.analyzeLocationQuotients({
        classification: 'ibge-setor',
        measure: 'jobs',
        reference: { kind: 'set', name: 'Outro' },
        year: 2020,
      }),
    ).rejects.toThrow(/No territory set named "Outro".*Núcleo metropolitano/);
    await expect(
      engine.analyzeLocationQuotients({
        classification: 'ibge-setor',
        measure: 'jobs',
        reference: { kind: 'set', name: 'Outro' },
        year: 2020,
      }),
      // This set and the demo's 79 Rotas polos.
    ).rejects.toMatchObject({ params: { reason: 'reference-set-missing', name: 'Outro', sets: 80 } });

    // The same through the CLI: arranjo analyze lq <ws> --reference set:<name>
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'arranjo-set-')), 'ws.arranjo');
    writeFileSync(file, await engine.exportWorkspace());
    let out = '';
    let err = '';
    const argv = ['analyze', 'lq', file, '--year', '2020', '--reference', 'set:Núcleo metropolitano', '--format', 'csv'];
    const status = await run(
      argv,
      (t) => (out += t),
      (t) => (err += t),
    );
    expect({ status, err }).toEqual({ status: 0, err: '' });
    const line = out.split(/\r?\n/).find((l) => l.startsWith('3106705,') && l.includes(',2,'));
    expect(Number(line?.split(',').at(-1))).toBeCloseTo(expected, 6);
    const refused = await run(
      ['analyze', 'lq', file, '--year', '2020', '--reference', 'set:Nenhum'],
      () => undefined,
      (t) => (err += t),
    );
    expect(refused).toBe(2);
    expect(err).toMatch(/No territory set named "Nenhum"/);
  });
});

describe('profiles and comparisons on the demo workspace', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('compares three districts with their municipalities’ figures, straight from the source files', async () => {
    const sites = await engine.listSites();
    const pick = ['Distrito Industrial de Betim', 'Distrito Industrial de Uberlândia', 'Distrito Industrial de Montes Claros'].map((name) =>
      sites.find((s) => s.name === name)!,
    );
    const { subjects, rows } = await engine.compare(pick.map((s) => ({ kind: 'site' as const, id: s.id })));
    expect(subjects.map((s) => s.municipalityName)).toEqual(['Betim', 'Uberlândia', 'Montes Claros']);
    const rais = await raisJobs(RAIS_2020);
    const rais19 = await raisJobs(RAIS_2019);
    const six = pick.map((s) => Math.floor((s.municipalityCode ?? 0) / 10));
    const jobs = rows.find((r) => r.key === 'context:jobs')!;
    expect(jobs).toMatchObject({ period: '2020', unit: 'empregos', direction: 'higher-better' });
    expect(jobs.source).toContain('RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv');
    expect(jobs.values).toEqual(six.map((c) => total(rais.get(c))));
    expect(rows.find((r) => r.key === 'context:jobs-manufacturing')?.values).toEqual(six.map((c) => rais.get(c)?.get('2') ?? 0));
    const growth = rows.find((r) => r.key === 'context:jobs-growth')!;
    expect(growth.period).toBe('2019–2020');
    growth.values.forEach((v, i) =>
      expect(v).toBeCloseTo((100 * (total(rais.get(six[i]!)) - total(rais19.get(six[i]!)))) / total(rais19.get(six[i]!)), 10),
    );
    const pop = rows.find((r) => r.key === 'context:indicator:POP')!;
    expect(pop.period).toBe('2024');
    expect(pop.values.every((v) => typeof v === 'number' && v > 100_000)).toBe(true);
    // The districts' own record and survey are empty in the demo: shown empty, never invented.
    expect(rows.filter((r) => r.group === 'site' || r.group === 'survey').every((r) => r.values.every((v) => v === null))).toBe(true);
    expect(rows.filter((r) => r.group === 'survey')).toHaveLength(SURVEY_CODES.length);
  });

  it('profiles a district against the other districts, with its sector composition and series', async () => {
    const betim = (await engine.listSites()).find((s) => s.municipalityCode === 3106705)!;
    const profile = await engine.profile({ kind: 'site', id: betim.id });
    expect(profile.peers).toEqual({ basis: 'site-kind', name: 'industrial-district', count: 12 });
    const rais = await raisJobs(RAIS_2020);
    expect(profile.sectors.year).toBe(2020);
    expect(profile.sectors.shares.reduce((s, x) => s + x.jobs, 0)).toBe(total(rais.get(310670)));
    const jobs = profile.rows.find((r) => r.key === 'context:jobs')!;
    expect(jobs.values[0]).toBe(total(rais.get(310670)));
    const others = (await engine.listSites())
      .filter((s) => s.id !== betim.id)
      .map((s) => total(rais.get(Math.floor((s.municipalityCode ?? 0) / 10))));
    expect(jobs.values[1]).toBeCloseTo(others.reduce((a, b) => a + b, 0) / others.length, 8);
    expect(profile.series.map((s) => s.key)).toEqual(['pop', 'jobs', 'jobs-manufacturing']);
    expect(profile.series[0]?.points.length).toBeGreaterThan(10);
    expect(profile).toMatchObject({ surveyItems: 12, surveyScored: 0, related: { projects: 2, lots: 0, prospects: 0 } });
  });

  it('profiles a municipality against its intermediate region', async () => {
    const profile = await engine.profile({ kind: 'municipality', id: 3143302 });
    expect(profile.subject).toMatchObject({ name: 'Montes Claros – MG', siteKind: null });
    expect(profile.peers.basis).toBe('intermediate-region');
    expect(profile.peers.name).toBe('Montes Claros');
    expect(profile.peers.count).toBeGreaterThan(50);
    expect(profile.rows.some((r) => r.group === 'site')).toBe(false);
    await expect(engine.profile({ kind: 'municipality', id: 3199999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tables MG municipalities with population and jobs, filtered by region', async () => {
    const all = await engine.municipalityTable({ stateCode: 31 });
    expect(all.rows).toHaveLength(853);
    expect(all.columns.map((c) => c.id)).toEqual([
      'indicator:POP',
      'jobs:total',
      ...['1', '2', '3', '4', '5', '6', '7', '8'].map((s) => `jobs:sector:${s}`),
    ]);
    // Each language names the sector (the English grid read "Jobs — Indústria de transformação").
    expect(all.columns.find((c) => c.id === 'jobs:sector:2')?.label).toEqual({
      pt: 'Empregos — Indústria de transformação',
      en: 'Jobs — Manufacturing',
      es: 'Empleos — Industria manufacturera',
    });
    const rais = await raisJobs(RAIS_2020);
    const bh = all.rows.find((r) => r.code === 3106200)!;
    expect(bh.values['jobs:total']).toBe(total(rais.get(310620)));
    const regions = await engine.listRegions(31);
    const region = regions.find((r) => r.kind === 'intermediate' && r.name === 'Montes Claros')!;
    const filtered = await engine.municipalityTable({ stateCode: 31, regionCode: region.code });
    expect(filtered.rows.every((r) => r.intermediateRegion === 'Montes Claros')).toBe(true);
    expect(filtered.rows.length).toBe(all.rows.filter((r) => r.intermediateRegion === 'Montes Claros').length);
  });

  it('maps states by summing municipal values of additive metrics, with coverage', async () => {
    const pop = await engine.stateMap('indicator:POP:2022');
    expect(pop.method).toBe('sum-of-municipalities');
    const mg = pop.values.find((s) => s.abbr === 'MG')!;
    const municipal = await engine.mapValues('indicator:POP:2022', 31);
    expect(mg.value).toBe(municipal.reduce((s, v) => s + (v.value ?? 0), 0));
    expect(mg.coverage).toEqual({ withValue: 853, total: 853 });
    const jobs = await engine.stateMap('jobs:total:2020');
    expect(jobs.values.filter((s) => s.value !== null).map((s) => s.abbr)).toEqual(['MG']);
  });

  it('sizes site markers by a metric of their municipality', async () => {
    const metrics = await engine.siteMetrics();
    expect(metrics.map((m) => m.id)).toContain('host:jobs:total:2020');
    const values = await engine.siteMetricValues('host:jobs:total:2020');
    const rais = await raisJobs(RAIS_2020);
    const sites = await engine.listSites();
    for (const v of values) {
      const code = sites.find((s) => s.id === v.siteId)?.municipalityCode ?? 0;
      expect(v.value).toBe(total(rais.get(Math.floor(code / 10))));
    }
    expect((await engine.siteMetricValues('site:areaHa')).every((v) => v.value === null)).toBe(true);
  });
});

describe('saved views, meeting sequences and table export', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newDemoEngine();
  });

  it('saves grid views per grid (same name replaces), undoable', async () => {
    const v = await engine.saveGridView({ gridId: 'sites', name: 'Por município', state: { columns: [{ colId: 'name', sort: 'asc' }] } });
    await engine.saveGridView({ gridId: 'sites', name: 'Por município', state: { columns: [] } });
    expect(await engine.gridViews('sites')).toEqual([expect.objectContaining({ id: v.id, state: { columns: [] } })]);
    expect(await engine.gridViews('municipalities')).toEqual([]);
    await engine.undo();
    expect((await engine.gridViews('sites'))[0]?.state).toEqual({ columns: [{ colId: 'name', sort: 'asc' }] });
    await engine.deleteGridView(v.id);
    expect(await engine.gridViews('sites')).toEqual([]);
  });

  it('saves a meeting sequence of views in order', async () => {
    const views = [
      { kind: 'map' as const, title: 'Empregos', spec: { metric: 'jobs:total:2020', method: 'jenks', classes: 5 } },
      { kind: 'compare' as const, title: 'Três distritos', spec: { subjects: [1, 2, 3] } },
      // A works chart (schema 11: 0004's CHECK refused the kind with a database error).
      { kind: 'works' as const, title: 'Cronograma das obras', spec: { chart: 'gantt', site: null, statusDate: '2025-07-02' } },
      // The newer areas' charts (schema 19: 0011's CHECK refused them with a database error).
      { kind: 'programme' as const, title: 'Monitor do programa', spec: { programme: 1, indicator: null, view: 'native' } },
      { kind: 'polos' as const, title: 'Polos e iniciativas', spec: { scope: 'mg', state: null } },
      { kind: 'attraction' as const, title: 'Funil do plano', spec: { plan: 1 } },
      { kind: 'ranking' as const, title: 'Ranking', spec: { scenario: 1 } },
    ];
    const s = await engine.saveMeetingSequence({ name: 'Reunião', views });
    expect((await engine.meetingSequences())[0]).toMatchObject({ id: s.id, name: 'Reunião', views });
    await expect(engine.saveMeetingSequence({ name: 'Reunião', views: [] })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'name', reason: 'duplicate', value: 'Reunião' },
    });
    await engine.saveMeetingSequence({ id: s.id, name: 'Reunião', views: views.slice(1) });
    expect((await engine.meetingSequences())[0]?.views).toHaveLength(views.length - 1);
  });

  it('exports a table view to xlsx with typed numbers and a notes sheet', async () => {
    const bytes = await engine.exportTable({
      sheetName: 'Distritos',
      title: 'Distritos — vista atual',
      columns: [
        { header: 'Nome', kind: 'text' },
        { header: 'Área (ha)', kind: 'decimal' },
        { header: 'Empregos', kind: 'integer' },
      ],
      rows: [
        ['Betim', 120.5, 1000],
        ['Contagem', null, 'x'],
        ['Uberlândia', 2315560, 3],
      ],
      notes: [['Filtros', 'Tipo = Distrito industrial']],
      notesSheet: 'Notas',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('Distritos')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nome', 'Área (ha)', 'Empregos']);
    expect(sheet.getCell('B2').value).toBe(120.5);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C2').value).toBe(1000);
    expect(sheet.getCell('C3').value).toBeNull();
    // A count in a decimal column (a comparison mixes units by row) is written without decimals.
    expect(sheet.getCell('B4').value).toBe(2315560);
    expect(sheet.getCell('B4').numFmt).toBe('#,##0');
    expect(wb.getWorksheet('Notas')?.getCell('B2').value).toBe('Tipo = Distrito industrial');
  });
});
