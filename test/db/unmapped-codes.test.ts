import { beforeAll, describe, expect, it } from 'vitest';
import { UNCLASSIFIED_SECTOR } from '../../shared/domain/cnae-levels';
import type { Engine } from '../../shared/engine/engine';
import type { ImportMappingInput } from '../../shared/import/api';
import { importTemplateSchema } from '../../shared/import/templates/template';
import { FISCAL_YEAR, fiscalRows, fiscalWorkbook } from '../support/fiscal-workbook';
import { newDemoEngine, newEngine } from '../support/node-engine';

/**
 * Issue 13, "unmapped codes" and "mixed levels": sector codes outside the classification ("7000000",
 * "outros") mapped in the review to a code, to "não classificado" or skipped; the unclassified sector
 * in roll-ups (itself at every level, counted in the territory's total) and left out of relatedness;
 * a file with one territory at two levels refused. Values are illustrative, written here by hand.
 */
const BETIM = 3106705;
const CONTAGEM = 3118601;
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

const FILE = [
  'territory_code,cnae,value_added',
  `${BETIM},2910701,1000`,
  `${BETIM},7000000,500`,
  `${BETIM},outros,200`,
  `${CONTAGEM},2910701,300`,
  `${CONTAGEM},4711301,700`,
  `${CONTAGEM},7000000,100`,
].join('\n');

function mapping(year: number, sectorMap?: Record<string, string | null>): ImportMappingInput {
  return {
    target: 'employment',
    columns: [
      { column: 0, role: { role: 'territory' } },
      { column: 1, role: { role: 'sector' } },
      { column: 2, role: { role: 'value' } },
    ],
    classification: 'cnae-subclass',
    measure: 'value_added',
    year: { value: year },
    ...(sectorMap ? { sectorMap } : {}),
  };
}

const query = (classification: 'cnae-subclass' | 'cnae-division' | 'cnae-section' | 'ibge-setor', year: number) =>
  ({ classification, measure: 'value_added', reference: { kind: 'state', abbr: 'MG' }, year }) as const;

describe('issue 13: codes outside the classification', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 120_000);

  it('without an answer the codes are errors and nothing is written', async () => {
    const before = (await engine.importBatches()).length;
    const result = await engine.importFile(csv(FILE), 'vaf.csv', { mapping: mapping(2021) });
    expect(result.refused).toBe(true);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/"7000000" is not a cnae-subclass code/);
    expect((await engine.importBatches()).length).toBe(before);
  });

  it('"7000000" → não classificado, "outros" skipped: the rows are counted in warnings and the unclassified sector rolls up as itself', async () => {
    const result = await engine.importFile(csv(FILE), 'vaf.csv', {
      mapping: mapping(2021, { '7000000': UNCLASSIFIED_SECTOR, outros: null }),
    });
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.rows).toMatchObject({ imported: 5, skipped: 1 });
    const warnings = result.warnings.map((w) => w.message).join('\n');
    expect(warnings).toMatch(/1 rows with the code "outros", outside the classification, were skipped, as chosen/);
    expect(warnings).toMatch(/2 rows with the code "7000000", outside the classification, were imported as unclassified, as chosen/);

    // Hand sums: Betim 1000 (division 29, section C, IBGE 2) + 500 unclassified; Contagem 300 + 700 (G, IBGE 5) + 100.
    for (const level of ['cnae-subclass', 'cnae-division', 'cnae-section', 'ibge-setor'] as const) {
      const { rows } = await engine.analyzeLocationQuotients({ ...query(level, 2021), territories: [BETIM, CONTAGEM] });
      const of = (t: number, s: string) => rows.find((r) => r.territoryCode === t && r.sectorCode === s)?.value;
      expect(of(BETIM, UNCLASSIFIED_SECTOR), level).toBe(500);
      expect(of(CONTAGEM, UNCLASSIFIED_SECTOR), level).toBe(100);
      // The territory's total (every sector, the unclassified one included) is the file's total.
      const total = (t: number) => rows.filter((r) => r.territoryCode === t).reduce((a, r) => a + r.value, 0);
      expect([total(BETIM), total(CONTAGEM)], level).toEqual([1500, 1100]);
      expect(rows.find((r) => r.sectorCode === UNCLASSIFIED_SECTOR)?.sectorName).toBe('Não classificado');
    }
    const division = await engine.analyzeLocationQuotients({ ...query('cnae-division', 2021), territories: [BETIM] });
    expect(division.rows.find((r) => r.sectorCode === '29')?.value).toBe(1000);
    // Its own row in the LQ: (500 / 1500) / (600 / the state's total).
    const reference = division.reference.total;
    expect(division.rows.find((r) => r.sectorCode === UNCLASSIFIED_SECTOR)?.lq).toBeCloseTo(500 / 1500 / (600 / reference), 12);

    // Relatedness leaves it out: never a potential sector, never a reason for one.
    const potential = await engine.potentialSectors({ ...query('cnae-division', 2021), subject: { kind: 'municipality', code: CONTAGEM } });
    expect(potential.map((p) => p.sectorCode)).not.toContain(UNCLASSIFIED_SECTOR);
    expect(potential.flatMap((p) => p.related.map((r) => r.sectorCode))).not.toContain(UNCLASSIFIED_SECTOR);
  });

  it('after a value-added import, every map metric names its own files: the jobs their RAIS exports, value added the file (no provider named by hand)', async () => {
    const metrics = await engine.mapMetrics();
    const jobs = metrics.find((m) => m.id === 'jobs:total:2020');
    expect(jobs?.source).toBe('RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv, 2020');
    expect(metrics.find((m) => m.id === 'jobs:sector:2:2020')?.source).toBe(jobs?.source);
    // Labels in each UI language: the IBGE sector and "não classificado" translated.
    expect(metrics.find((m) => m.id === 'jobs:sector:2:2020')?.label).toEqual({
      pt: 'Empregos formais 2020 — Indústria de transformação',
      en: 'Formal jobs 2020 — Manufacturing',
      es: 'Empleos formales 2020 — Industria manufacturera',
    });
    expect(metrics.find((m) => m.id === `jobs:sector:${UNCLASSIFIED_SECTOR}:2020`)?.label.en).toBe('Formal jobs 2020 — Unclassified');
    const valueAdded = metrics.filter((m) => m.id.startsWith('activity:') && m.id.includes('value_added'));
    expect(valueAdded.length).toBeGreaterThan(0);
    for (const m of valueAdded) expect(m.source, m.id).toBe('vaf.csv, 2021');
    expect(metrics.map((m) => m.source).join('\n')).not.toMatch(/via FJP/);
  });

  it('a code can be mapped to a code of the classification (its rows then repeat that key: added up as chosen); an answer that is no code is an error', async () => {
    const ok = await engine.importFile(csv(FILE), 'vaf.csv', {
      mapping: { ...mapping(2022, { '7000000': '29.10-7/01', outros: '4711301' }), duplicates: 'sum' },
    });
    expect(ok.refused, ok.message ?? '').toBe(false);
    const { rows } = await engine.analyzeLocationQuotients({ ...query('cnae-subclass', 2022), territories: [BETIM] });
    expect(rows.find((r) => r.sectorCode === '2910701')?.value).toBe(1500);
    expect(rows.find((r) => r.sectorCode === '4711301')?.value).toBe(200);
    const bad = await engine.importFile(csv(FILE), 'vaf.csv', { mapping: mapping(2023, { '7000000': '9999999', outros: null }) });
    expect(bad.refused).toBe(true);
    expect(bad.errors.map((e) => e.message).join('\n')).toMatch(/"7000000" is not a cnae-subclass code/);
  });

  it("the review's picker: each code outside the classification, answered or not, says the classification it was read in, and the engine lists that classification's codes", async () => {
    const opened = await engine.importOpen(csv(FILE), 'vaf.csv');
    const sheet = opened.suggestedSheet;
    const classificationOf = async (code: 'unknown-sector' | 'sector-mapped' | 'sector-skipped') =>
      (await engine.importIssues(opened.sessionId, { code })).issues.map((i) => [i.value, i.params?.classification]);
    await engine.importPreview(opened.sessionId, { sheet, mapping: mapping(2025) });
    expect(await classificationOf('unknown-sector')).toEqual(
      expect.arrayContaining([
        ['7000000', 'cnae-subclass'],
        ['outros', 'cnae-subclass'],
      ]),
    );
    await engine.importPreview(opened.sessionId, { sheet, mapping: mapping(2025, { '7000000': '2910701', outros: null }) });
    expect(await classificationOf('sector-mapped')).toEqual([['7000000', 'cnae-subclass']]);
    expect(await classificationOf('sector-skipped')).toEqual([['outros', 'cnae-subclass']]);
    await engine.importClose(opened.sessionId);

    const offered = await engine.listSectors('cnae-subclass');
    expect(offered.find((s) => s.code === '2910701')?.name).toBe('Fabricação de automóveis, camionetas e utilitários');
    expect(offered.length).toBeGreaterThan(1_300);
    await expect(engine.listSectors('cnae-nothing' as never)).rejects.toThrow();
  });

  it('"não classificado" leaves the classification when the undo of its import leaves nothing in it, and comes back with the redo', async () => {
    const fresh = await newEngine();
    await fresh.createWorkspace({ demo: false });
    const scheme = async () =>
      fresh
        .connection()
        .all<{ scheme: string }>('SELECT scheme FROM classification WHERE code = ? ORDER BY scheme', [UNCLASSIFIED_SECTOR])
        .map((r) => r.scheme);
    expect(await scheme()).toEqual([]);
    const result = await fresh.importFile(csv(FILE), 'vaf.csv', {
      mapping: mapping(2021, { '7000000': UNCLASSIFIED_SECTOR, outros: null }),
    });
    expect(result.refused, result.message ?? '').toBe(false);
    expect((await scheme()).length).toBe(6);
    const batch = result.batch ?? 0;
    await fresh.undoImport(batch);
    expect(await scheme()).toEqual([]);
    await fresh.undo(); // the undo of the import, undone: the batch and its unclassified values again
    expect((await scheme()).length).toBe(6);
    const { rows } = await fresh.analyzeLocationQuotients({ ...query('cnae-division', 2021), territories: [BETIM] });
    expect(rows.find((r) => r.sectorCode === UNCLASSIFIED_SECTOR)?.value).toBe(500);
  }, 120_000);

  it('a template keeps the answers (the wizard saves them; --mapping carries them to the CLI)', () => {
    const template = importTemplateSchema.parse({
      id: 'vaf',
      label: 'VAF',
      description: '',
      target: 'employment',
      columns: [{ match: '^cnae$', role: 'sector' }],
      fixed: { classification: 'cnae-subclass', sectorMap: { '7000000': UNCLASSIFIED_SECTOR, outros: null } },
    });
    expect(template.fixed.sectorMap).toEqual({ '7000000': 'NC', outros: null });
  });

  it('one territory at two levels in one file (a division and its subclasses) is refused with where and why', async () => {
    const before = (await engine.importBatches()).length;
    const mixed = [
      'territory_code,classification,sector_code,year,value_added',
      `${BETIM},cnae-subclass,2910701,2024,1000`,
      `${BETIM},cnae-division,29,2024,1000`,
    ].join('\n');
    const result = await engine.importFile(csv(mixed), 'mixed.csv', {});
    expect(result.refused).toBe(true);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 3,
        message: expect.stringMatching(/territory 3106705 has value_added for 2024 at cnae-subclass \(row 2\) and at cnae-division/),
      }),
    ]);
    expect((await engine.importBatches()).length).toBe(before);
  });

  it("the profile's time series offer value added (total and manufacturing) for every year imported, beside the RAIS jobs", async () => {
    const profile = await engine.profile({ kind: 'municipality', id: BETIM });
    const keys = profile.series.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['jobs', 'activity:value_added', 'activity:value_added:manufacturing']));
    const total = profile.series.find((s) => s.key === 'activity:value_added');
    // 2021: 1000 + 500 unclassified ("outros" skipped); 2022: 7000000 → 2910701 and "outros" → 4711301.
    expect(total?.points).toEqual([
      { period: '2021', value: 1500 },
      { period: '2022', value: 1700 },
    ]);
    expect(profile.series.find((s) => s.key === 'activity:value_added:manufacturing')?.points).toEqual([
      { period: '2021', value: 1000 },
      { period: '2022', value: 1500 },
    ]);
    expect(total?.source).toBe('vaf.csv (2021, 2022)');
    expect(total?.label.pt).toBe('Valor adicionado');
  });
});

describe("issue 13: the CLI's name → code lookup sheet (the mapping file's lookupSheet)", () => {
  const mappingFile = (lookupSheet: string) => ({
    ...mapping(FISCAL_YEAR, { '7000000': UNCLASSIFIED_SECTOR }),
    sheet: 'VAF por CNAE',
    duplicates: 'sum',
    lookupSheet,
  });

  it("resolves the names from the workbook's own sheet, without --state; a sheet that is not there is refused", async () => {
    const engine = await newDemoEngine();
    const bytes = await fiscalWorkbook();
    const without = await engine.importFile(bytes, 'VAF.xlsx', {
      mapping: { ...mappingFile('Municípios'), lookupSheet: undefined },
      dryRun: true,
    });
    expect(without.refused).toBe(true);
    expect(without.errors.map((e) => e.message).join('\n')).toMatch(/ambiguous territory "SANTA LUZIA"/);

    const missing = await engine.importFile(bytes, 'VAF.xlsx', { mapping: mappingFile('Codes') });
    expect(missing.refused).toBe(true);
    expect(missing.message).toMatch(/lookupSheet "Codes" is not a sheet of the file \(sheets: Resumo, VAF por CNAE, Municípios\)/);

    const result = await engine.importFile(bytes, 'VAF.xlsx', { mapping: mappingFile('Municípios') });
    expect(result.refused, result.message ?? '').toBe(false);
    // Every subclass row (two pairs added up) and the pseudo-code row, unclassified.
    expect(result.rows.imported).toBe(fiscalRows().length - 2 + 1);
  }, 120_000);
});
