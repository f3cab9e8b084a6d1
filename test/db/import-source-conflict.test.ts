import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ImportMapping } from '../../shared/import/mapping/mapping-schema';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { newDemoEngine, newEngine, readDataFile } from '../support/node-engine';

/**
 * Issue 14: mapping the TCU table's 2022 column by hand onto the population (POP 2022) must not
 * overwrite the Census 2022 count without the user choosing it. Belo Horizonte (3106200): Census
 * workbook 2,315,560; the TCU table's POP22 (December 2022 preview) 2,392,678. The preview would
 * change 5,328 of the 5,570 Census counts; the other 242 it repeats exactly, so they are not asked about.
 */
const CENSUS = 'population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx';
const TCU = 'population/poptcu2010-2022_2024.csv';
const BH = 3106200;

async function importCensus(engine: Engine): Promise<void> {
  const fileName = CENSUS.split('/').pop() ?? CENSUS;
  const opened = await engine.importOpen(await readDataFile(CENSUS), fileName);
  const match = opened.templates.find((t) => t.templateId === 'ibge-censo2022-populacao');
  const { mapping, template } = await engine.importSuggest(opened.sessionId, match?.sheet ?? '', { template: 'ibge-censo2022-populacao' });
  await engine.importCommit(opened.sessionId, { sheet: match?.sheet ?? '', mapping, template });
  await engine.importClose(opened.sessionId);
}

/** The TCU template's mapping with the 2022 column put back into POP by hand (no indicator of its own). */
function byHand(mapping: ImportMapping, indicator?: string): ImportMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((c) =>
      c.role.role === 'year-value' && c.role.year === 2022
        ? { ...c, role: { role: 'year-value' as const, year: 2022, ...(indicator ? { indicator } : {}) } }
        : c,
    ),
  };
}

describe('an import does not replace values of another source without the user choosing it', () => {
  let engine: Engine;
  const bh = (code: string) => new IndicatorValueRepository(engine.connection()).municipalValues(code, '2022', 31).get(BH);

  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    await importCensus(engine);
  }, 180_000);

  it('the wizard: the review names the stored source, suggests a series apart and will not commit; nothing changes', async () => {
    expect(bh('POP')).toBe(2315560);
    const opened = await engine.importOpen(await readDataFile(TCU), 'poptcu2010-2022_2024.csv');
    const sheet = opened.sheets[0]?.name ?? '';
    const suggested = await engine.importSuggest(opened.sessionId, sheet, { template: 'ibge-populacao-tcu' });
    const mapping = byHand(suggested.mapping);
    const request = { sheet, mapping, template: 'ibge-populacao-tcu' };

    const preview = await engine.importPreview(opened.sessionId, request);
    expect(preview.canCommit).toBe(false);
    expect(preview.errors).toBe(0);
    expect(preview.sourceConflicts).toEqual([
      {
        indicator: 'POP',
        period: '2022',
        count: 5328,
        storedSource: 'IBGE, Censo Demográfico 2022 — população total (coletada e imputada)',
        newSource: expect.stringMatching(/^IBGE, população enviada ao TCU/),
        suggestedIndicator: 'POP_TCU_PREVIA_2022',
      },
    ]);
    const before = engine.connection().get<{ n: number }>('SELECT count(*) AS n FROM indicator_value')?.n;
    await expect(engine.importCommit(opened.sessionId, request)).rejects.toMatchObject({
      params: { reason: 'source-conflict', indicator: 'POP', period: '2022', count: 5328, suggested: 'POP_TCU_PREVIA_2022' },
    });
    expect(engine.connection().get<{ n: number }>('SELECT count(*) AS n FROM indicator_value')?.n).toBe(before);
    expect(bh('POP')).toBe(2315560);

    // Redirected: the suggested series apart; the Census count stays.
    const apart = { ...request, mapping: byHand(suggested.mapping, 'POP_TCU_PREVIA_2022') };
    expect((await engine.importPreview(opened.sessionId, apart)).sourceConflicts).toEqual([]);
    await engine.importCommit(opened.sessionId, apart);
    expect(bh('POP')).toBe(2315560);
    expect(bh('POP_TCU_PREVIA_2022')).toBe(2392678);
    await engine.importClose(opened.sessionId);
  }, 120_000);

  it('replaces only when the user says so (the CLI flag), and the same file again is no conflict', async () => {
    const bytes = await readDataFile(TCU);
    const suggested = await (async () => {
      const opened = await engine.importOpen(bytes, 'poptcu2010-2022_2024.csv');
      const s = await engine.importSuggest(opened.sessionId, opened.sheets[0]?.name ?? '', { template: 'ibge-populacao-tcu' });
      await engine.importClose(opened.sessionId);
      return s;
    })();
    const mapping = byHand(suggested.mapping);
    const refused = await engine.importFile(bytes, 'poptcu2010-2022_2024.csv', { mapping });
    expect(refused).toMatchObject({ refused: true, batch: null });
    expect(refused.message).toMatch(/5328 stored value\(s\) of POP 2022 come from "IBGE, Censo Demográfico 2022/);
    expect(refused.message).toMatch(/POP_TCU_PREVIA_2022/);
    expect(bh('POP')).toBe(2315560);

    const replaced = await engine.importFile(bytes, 'poptcu2010-2022_2024.csv', { mapping, replaceOtherSources: true });
    expect(replaced.refused).toBe(false);
    expect(bh('POP')).toBe(2392678);
    // The same file once more: its own values, no question.
    const again = await engine.importFile(bytes, 'poptcu2010-2022_2024.csv', { mapping, dryRun: true });
    expect(again.refused).toBe(false);
  }, 120_000);
});

describe('a stored value the file repeats exactly is no conflict (issue 14: the TCU table into the demo)', () => {
  it('the demo holds the TCU estimates under year-by-year source texts: only POP 2022 (the Census count, which the TCU preview would change) is asked about', async () => {
    const engine = await newDemoEngine();
    const bytes = await readDataFile(TCU);
    const opened = await engine.importOpen(bytes, 'populacao_tcu_copia.csv');
    const sheet = opened.sheets[0]?.name ?? '';
    const suggested = await engine.importSuggest(opened.sessionId, sheet, { template: 'ibge-populacao-tcu' });
    // As the template maps it (2022 to its own series): the estimates equal the demo's, nothing to ask.
    const asShipped = await engine.importPreview(opened.sessionId, { sheet, mapping: suggested.mapping, template: 'ibge-populacao-tcu' });
    expect(asShipped.sourceConflicts).toEqual([]);
    expect(asShipped.errors).toBe(0);
    // By hand onto POP 2022: the one true conflict, the Census count of every municipality the demo holds.
    const request = { sheet, mapping: byHand(suggested.mapping), template: 'ibge-populacao-tcu' };
    const conflicts = (await engine.importPreview(opened.sessionId, request)).sourceConflicts;
    expect(conflicts.map((c) => [c.indicator, c.period, c.storedSource])).toEqual([
      ['POP', '2022', 'IBGE, Censo Demográfico 2022 — população total (coletada e imputada)'],
    ]);
    await engine.importClose(opened.sessionId);
  }, 180_000);
});
