import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { IBGE_SECTOR_OF_SECTION } from '../../shared/domain/cnae-levels';
import { ActivityLevels } from '../../shared/features/economy';
import { cli } from '../support/cli';
import { FISCAL_PLACES, FISCAL_YEAR, fiscalRows, fiscalWorkbook } from '../support/fiscal-workbook';
import { DATA_DIR, loadSql, newEngine } from '../support/node-engine';

/** RFC 4180 records (quoted cells may hold commas and line breaks, as the CNAE names do). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    record.push(cell.replace(/\r$/, ''));
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n')) cell += ch;
    else {
      endCell();
      if (ch === '\n') {
        records.push(record);
        record = [];
      }
    }
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** The shipped CNAE hierarchy, read straight from its CSV: subclass → [class, group, division, section]. */
function hierarchy(): Map<string, string[]> {
  const records = csvRecords(readFileSync(path.join(DATA_DIR, 'cnae/cnae_2_hierarquia_subclasse_secao.csv'), 'utf8')).slice(1);
  return new Map(records.filter((c) => c.length >= 10).map((c) => [c[0] ?? '', [c[2] ?? '', c[4] ?? '', c[6] ?? '', c[8] ?? '']]));
}

const LEVELS = ['cnae-class', 'cnae-group', 'cnae-division', 'cnae-section', 'ibge-setor'] as const;

/** The hand sums: value added per (municipality, code) at each level, from the fixture's own rows. */
function handSums(): Map<string, Map<string, number>> {
  const up = hierarchy();
  const sums = new Map<string, Map<string, number>>();
  for (const r of fiscalRows()) {
    const [cls, group, division, section] = up.get(r.subclass) ?? [];
    const codes = {
      'cnae-subclass': r.subclass,
      'cnae-class': cls,
      'cnae-group': group,
      'cnae-division': division,
      'cnae-section': section,
      'ibge-setor': IBGE_SECTOR_OF_SECTION[section ?? ''],
    };
    for (const [level, code] of Object.entries(codes)) {
      const m = sums.get(level) ?? new Map<string, number>();
      sums.set(level, m);
      const key = `${r.code}|${code ?? '?'}`;
      m.set(key, (m.get(key) ?? 0) + r.value);
    }
  }
  return sums;
}

describe('issue 13: a fiscal value-added workbook by CNAE subclass, names only, feeds every level', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-cnae-levels-'));
  const ws = path.join(dir, 'ws.arranjo');
  const file = path.join(dir, 'VAF_MG_2021_ilustrativo.xlsx');
  const mapping = path.join(dir, 'mapping.json');

  beforeAll(async () => {
    writeFileSync(file, await fiscalWorkbook());
    writeFileSync(
      mapping,
      JSON.stringify({
        target: 'employment',
        sheet: 'VAF por CNAE',
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 1, role: { role: 'sector' } },
          { column: 2, role: { role: 'value' } },
        ],
        classification: 'cnae-subclass',
        measure: 'value_added',
        year: { value: FISCAL_YEAR },
      }),
    );
    expect((await cli('init', ws, '--demo')).status).toBe(0);
  }, 180_000);

  it('refuses, all or nothing, without the choices: names of other states are ambiguous, repeated keys and the pseudo-code are errors', async () => {
    const before = readFileSync(ws);
    const { status, out } = await cli('import', ws, file, '--mapping', mapping, '--format', 'json');
    expect(status).toBe(2);
    const json = JSON.parse(out) as { errors: { message: string }[] };
    const text = json.errors.map((e) => e.message).join('\n');
    expect(text).toMatch(/ambiguous territory "SANTA LUZIA"/);
    expect(text).toMatch(/already gave value_added of territory 3106705, sector 2910701/);
    expect(text).toMatch(/"7000000" is not a cnae-subclass code/);
    expect(Buffer.compare(readFileSync(ws), before)).toBe(0);
  });

  it('imports with --state MG --duplicates sum --skip-invalid: names resolved in MG, repeated rows added up, the pseudo-code row listed as skipped', async () => {
    const { status, out, err } = await cli(
      'import',
      ws,
      file,
      '--mapping',
      mapping,
      '--state',
      'MG',
      '--duplicates',
      'sum',
      '--skip-invalid',
      '--format',
      'json',
    );
    expect([status, err]).toEqual([0, '']);
    const json = JSON.parse(out) as {
      batch: number;
      rows: { read: number; imported: number; skipped: number };
      warnings: { message: string }[];
      skipped: { row: number; column: string; message: string }[];
    };
    const rows = fiscalRows();
    expect(json.batch).toBeGreaterThan(0);
    expect(json.rows.imported).toBe(rows.length - 2);
    expect(json.skipped).toEqual([
      expect.objectContaining({ row: rows.length + 2, column: 'CNAE', message: expect.stringMatching(/7000000/) }),
    ]);
    expect(json.warnings.map((w) => w.message).join('\n')).toMatch(/^2 rows repeated the key .* added up, as chosen\./m);
  });

  it('every level equals the hand sum of the subclass rows (class, group, division, section, IBGE sector)', async () => {
    const sums = handSums();
    for (const level of ['cnae-subclass', ...LEVELS]) {
      const { status, out, err } = await cli(
        'employment',
        ws,
        '--year',
        String(FISCAL_YEAR),
        '--classification',
        level,
        '--measure',
        'value_added',
        '--format',
        'json',
      );
      expect([status, err], level).toEqual([0, '']);
      const got = JSON.parse(out) as { territory_code: number; sector_code: string; value_added: number }[];
      const expected = sums.get(level) ?? new Map();
      expect(got.length, level).toBe(expected.size);
      for (const r of got)
        expect(r.value_added, `${level} ${r.territory_code} ${r.sector_code}`).toBe(expected.get(`${r.territory_code}|${r.sector_code}`));
    }
  });

  it('LQ of value added by CNAE division for Betim equals the hand computation (reference: the municipalities with data in MG)', async () => {
    const division = handSums().get('cnae-division') ?? new Map<string, number>();
    const betim = 3106705;
    let betimTotal = 0;
    let stateTotal = 0;
    const bySector = new Map<string, number>();
    for (const [key, v] of division) {
      const [code, sector = ''] = key.split('|');
      stateTotal += v;
      bySector.set(sector, (bySector.get(sector) ?? 0) + v);
      if (Number(code) === betim) betimTotal += v;
    }
    const { status, out, err } = await cli(
      'analyze',
      'lq',
      ws,
      '--year',
      String(FISCAL_YEAR),
      '--classification',
      'cnae-division',
      '--measure',
      'value_added',
      '--reference',
      'state:MG',
      '--format',
      'json',
    );
    expect([status, err]).toEqual([0, '']);
    const rows = (JSON.parse(out) as { territory_code: number; sector_code: string; lq: number | null }[]).filter(
      (r) => r.territory_code === betim,
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      const own = division.get(`${betim}|${r.sector_code}`) ?? 0;
      const expected = own / betimTotal / ((bySector.get(r.sector_code) ?? 0) / stateTotal);
      expect(r.lq, r.sector_code).toBeCloseTo(expected, 12);
    }
    // Division 29 (vehicles): Betim's cars, 2910701, with its repeated row added up.
    expect(rows.find((r) => r.sector_code === '29')).toBeDefined();
    expect(FISCAL_PLACES.length).toBe(8);
  });

  it('value added by division can be mapped and ranked: map metrics, criterion sources and their values agree with the LQ', async () => {
    const engine = await newEngine();
    await engine.openWorkspace(new Uint8Array(readFileSync(ws)), 'ws.arranjo');
    const id = `activity-lq:value_added:cnae-division:29:${FISCAL_YEAR}`;
    const metric = (await engine.mapMetrics()).find((m) => m.id === id);
    expect(metric?.label.pt).toBe(`QL valor adicionado divisão CNAE 29 ${FISCAL_YEAR}`);
    // The map's footer and PNG name the file the values came from (rolled up from its subclasses).
    expect(metric?.source).toBe(`VAF_MG_2021_ilustrativo.xlsx, ${FISCAL_YEAR}`);
    expect((await engine.criterionSources()).find((o) => o.source === id)?.group).toBe('lq');
    expect((await engine.criterionSources()).some((o) => o.source === `activity:value_added:ibge-setor:total:${FISCAL_YEAR}`)).toBe(true);
    const betim = (await engine.mapValues(id, 31)).find((v) => v.code === 3106705);
    const { rows } = await engine.analyzeLocationQuotients({
      classification: 'cnae-division',
      measure: 'value_added',
      reference: { kind: 'state', abbr: 'MG' },
      year: FISCAL_YEAR,
      territories: [3106705],
    });
    expect(betim?.value).toBe(rows.find((r) => r.sectorCode === '29')?.lq);
    const total = (await engine.mapValues(`activity:value_added:cnae-division:total:${FISCAL_YEAR}`, 31)).find((v) => v.code === 3106705);
    expect(total?.value).toBe(
      fiscalRows()
        .filter((r) => r.code === 3106705)
        .reduce((a, r) => a + r.value, 0),
    );
  });

  it('the sources of a rolled-up level name the fiscal workbook (source line, "why this value", export), the jobs still their RAIS files', async () => {
    const engine = await newEngine();
    await engine.openWorkspace(new Uint8Array(readFileSync(ws)), 'ws.arranjo');
    for (const classification of ['cnae-subclass', 'cnae-division', 'ibge-setor'] as const) {
      const sources = await engine.activitySources({ classification, measure: 'value_added', years: [FISCAL_YEAR] });
      expect(
        sources.map((s) => [s.year, s.file]),
        classification,
      ).toEqual([[FISCAL_YEAR, 'VAF_MG_2021_ilustrativo.xlsx']]);
    }
    const jobs = await engine.activitySources({ classification: 'ibge-setor', measure: 'jobs', years: [2019, 2020] });
    expect(jobs.map((s) => s.file)).toEqual([
      'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv',
      'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv',
    ]);
    expect(await engine.activitySources({ classification: 'cnae-division', measure: 'value_added', years: [2019] })).toEqual([]);
    const why = await engine.explainLocationQuotient({
      classification: 'cnae-division',
      measure: 'value_added',
      reference: { kind: 'state', abbr: 'MG' },
      year: FISCAL_YEAR,
      subject: { kind: 'municipality', code: 3106705 },
      sectorCode: '29',
    });
    expect(why.sources.map((s) => s.file)).toEqual(['VAF_MG_2021_ilustrativo.xlsx']);
  });

  it('compare and the district profile offer value added: total, manufacturing and its LQ, with the file as source', async () => {
    const engine = await newEngine();
    await engine.openWorkspace(new Uint8Array(readFileSync(ws)), 'ws.arranjo');
    const sites = await engine.listSites();
    const district = sites.find((s) => s.municipalityCode === 3106705);
    if (!district) throw new Error('the demo has a district in Betim');
    const { rows } = await engine.compare([
      { kind: 'site', id: district.id },
      { kind: 'municipality', id: 3118601 },
      { kind: 'municipality', id: 3106200 },
    ]);
    const row = (key: string) => rows.find((r) => r.key === `context:activity:value_added:${key}`);
    const hand = (code: number, manufacturing: boolean) =>
      fiscalRows()
        .filter((r) => r.code === code && (!manufacturing || IBGE_SECTOR_OF_SECTION[hierarchy().get(r.subclass)?.[3] ?? ''] === '2'))
        .reduce((a, r) => a + r.value, 0);
    expect(row('total')?.values).toEqual([hand(3106705, false), hand(3118601, false), hand(3106200, false)]);
    expect(row('total')).toMatchObject({
      unit: 'R$',
      period: String(FISCAL_YEAR),
      source: `VAF_MG_2021_ilustrativo.xlsx (${FISCAL_YEAR})`,
    });
    expect(row('total')?.label.pt).toBe('Valor adicionado');
    expect(row('manufacturing')?.values).toEqual([hand(3106705, true), hand(3118601, true), hand(3106200, true)]);
    const { rows: lq } = await engine.analyzeLocationQuotients({
      classification: 'ibge-setor',
      measure: 'value_added',
      reference: { kind: 'state', abbr: 'MG' },
      year: FISCAL_YEAR,
      territories: [3106705],
    });
    expect(row('lq')?.values[0]).toBe(lq.find((r) => r.sectorCode === '2')?.lq);
    // The jobs rows are still the RAIS ones, not repeated.
    expect(rows.filter((r) => r.key.startsWith('context:activity:jobs'))).toEqual([]);
    const profile = await engine.profile({ kind: 'site', id: district.id });
    expect(profile.rows.find((r) => r.key === 'context:activity:value_added:total')?.values[0]).toBe(hand(3106705, false));
  });

  it('the demo jobs by IBGE sector still read directly; another level for a town the workspace has is refused at the import', async () => {
    const jobs = await cli('employment', ws, '--year', '2020', '--format', 'json');
    expect(jobs.status).toBe(0);
    const mixed = path.join(dir, 'mixed.csv');
    writeFileSync(mixed, 'territory_code,classification,sector_code,year,value_added\n3106705,cnae-division,29,2021,1000\n');
    const before = readFileSync(ws);
    // Imported, it made every analysis at a level both reach (a CNAE section, IBGE sectors) refuse
    // until one import was undone.
    const imported = await cli('import', ws, mixed, '--format', 'json');
    expect(imported.status).toBe(2);
    const json = JSON.parse(imported.out) as { errors: { row: number; message: string }[] };
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]?.row).toBe(2);
    expect(json.errors[0]?.message).toMatch(
      /territory 3106705 already has value_added for 2021 at cnae-subclass in the workspace \(from VAF_MG_2021_ilustrativo\.xlsx\), and this file gives it at cnae-division: rolled up, both would count its activity twice\./,
    );
    expect(Buffer.compare(readFileSync(ws), before)).toBe(0);
  });

  it('a workspace that holds one town at two levels (written before the import refused it) refuses the roll-up', async () => {
    const conn = Connection.create(await loadSql(), new Uint8Array(readFileSync(ws)));
    try {
      const batch = conn.get<{ id: number }>('SELECT max(id) AS id FROM import_batch')?.id ?? 1;
      conn.run(
        `INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
         VALUES (3106705, 'cnae-division', '29', ?, 'value_added', 1000, NULL, ?, 2)`,
        [FISCAL_YEAR, batch],
      );
      expect(() => new ActivityLevels(conn).records('cnae-section', 'value_added', FISCAL_YEAR)).toThrow(
        /Territory 3106705 has value_added for 2021 at two levels \(cnae-division and cnae-subclass\)/,
      );
    } finally {
      conn.close();
    }
  });
});
