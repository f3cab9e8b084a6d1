import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

/**
 * Texts longer than their forms keep: a 40,000-character title was imported, and the work's form
 * then refused to save it. The import refuses them at their cell with the limit; notes keep their
 * longer limit (4,000), and a text at its limit is imported.
 */
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const long = (n: number): string =>
  'Pavimentação '
    .repeat(Math.ceil(n / 13))
    .slice(0, n)
    .trim()
    .padEnd(n, 'x');

describe('import: texts longer than their fields keep', () => {
  it('refuses a title, a company, a partner beyond their limits at the cell, naming the limit; nothing is written', async () => {
    const engine = await newDemoEngine();
    const before = await engine.exportWorkspace();
    const works = await engine.importFile(
      csv(
        'site_code,work_code,title,category,budget_planned,planned_start,planned_end,contractor,notes\n' +
          `DI-BETIM,OBR-L1,${long(40_000)},paving,1000,2026-01-01,2026-12-31,Construtora,${long(3_000)}\n` +
          `DI-BETIM,OBR-L2,Drenagem,drainage,1000,2026-01-01,2026-12-31,${long(201)},\n`,
      ),
      'obras.csv',
      {},
    );
    expect(works.refused).toBe(true);
    expect(works.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'title', 'the text has 40000 characters; this field keeps at most 300. Shorten it in the file and import again.'],
      [3, 'contractor', 'the text has 201 characters; this field keeps at most 200. Shorten it in the file and import again.'],
    ]);

    const prospects = await engine.importFile(
      csv(`site_code,company,cnpj,cnae,investment,jobs,area_needed_m2,stage\nDI-BETIM,${long(301)},,,1000,10,500,lead\n`),
      'empresas.csv',
      {},
    );
    expect(prospects.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'company', expect.stringMatching(/^the text has 301 characters; this field keeps at most 300\./)],
    ]);

    const actions = await engine.importFile(
      csv(
        'programme,action_code,type,territory_code,start_date,participants,partner\n' +
          `Produzir MG,A1,field-training,3106705,2025-01-15,20,${long(5_000)}\n`,
      ),
      'acoes.csv',
      {},
    );
    expect(actions.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'partner', expect.stringMatching(/^the text has 5000 characters; this field keeps at most 300\./)],
    ]);
    expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
  }, 120_000);

  it('imports a title at its limit and long notes', async () => {
    const engine = await newDemoEngine();
    const r = await engine.importFile(
      csv(
        'site_code,work_code,title,category,budget_planned,planned_start,planned_end,notes\n' +
          `DI-BETIM,OBR-L3,${long(300)},paving,1000,2026-01-01,2026-12-31,${long(4_000)}\n`,
      ),
      'obras.csv',
      {},
    );
    expect(r.errors).toEqual([]);
    expect((await engine.worksPortfolio()).find((w) => w.workCode === 'OBR-L3')?.title).toHaveLength(300);
  }, 120_000);
});
