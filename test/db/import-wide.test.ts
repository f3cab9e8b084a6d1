import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ImportMapping } from '../../shared/import/api';
import { importMappingSchema } from '../../shared/import/mapping/mapping-schema';
import { cli } from '../support/cli';
import { newDemoEngine } from '../support/node-engine';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
const bytes = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, file)));

/** What the wizard does: open, take the suggested mapping, commit it. */
async function wizardImport(engine: Engine, file: string): Promise<{ mapping: ImportMapping; batch: number; warnings: number }> {
  const opened = await engine.importOpen(bytes(file), path.basename(file));
  const suggested = await engine.importSuggest(opened.sessionId, opened.suggestedSheet);
  const preview = await engine.importPreview(opened.sessionId, { sheet: opened.suggestedSheet, mapping: suggested.mapping });
  expect(preview.errors).toBe(0);
  const done = await engine.importCommit(opened.sessionId, { sheet: opened.suggestedSheet, mapping: suggested.mapping });
  await engine.importClose(opened.sessionId);
  return { mapping: suggested.mapping, batch: done.batchId, warnings: done.warnings };
}

function measurements(engine: Engine, codes: readonly string[]): [string, string, number, number, number][] {
  return engine
    .connection()
    .all<{ code: string; measured_on: string; physical_progress: number; committed: number; disbursed: number }>(
      `SELECT p.code, m.measured_on, m.physical_progress, m.committed, m.disbursed FROM work_measurement m
         JOIN project p ON p.id = m.work_id WHERE p.code IN (${codes.map(() => '?').join(',')}) ORDER BY p.code, m.measured_on`,
      [...codes],
    )
    .map((r) => [r.code, r.measured_on, r.physical_progress, r.committed, r.disbursed]);
}

function targets(engine: Engine, programme: string): [string, string, number, number, number | null][] {
  return engine
    .connection()
    .all<{ code: string; period: string; baseline: number; target: number; actual: number | null }>(
      `SELECT i.code, t.period, t.baseline, t.target, t.actual FROM programme_target t
         JOIN programme_indicator i ON i.id = t.indicator_id JOIN programme p ON p.id = i.programme_id
        WHERE p.name = ? ORDER BY i.code, t.period`,
      [programme],
    )
    .map((r) => [r.code, r.period, r.baseline, r.target, r.actual]);
}

const WORKS = ['OB-BET-01', 'OB-BET-02', 'OB-UBE-01'];
const PROGRAMME = 'Produzir MG (ilustrativo)';

describe('wide layouts (one column per month or year) through the wizard', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
    const works = await engine.importFile(bytes('works/obras.csv'), 'obras.csv', {});
    expect(works.errors).toEqual([]);
  }, 120_000);

  it('a works measurement sheet with a physical % block and a paid R$ block: one measurement per work and month', async () => {
    const { mapping, batch, warnings } = await wizardImport(engine, 'wide/medicoes-mensais.xlsx');
    expect(mapping.target).toBe('measurements');
    const periodFields = mapping.columns.filter((c) => c.role.role === 'period-value').map((c) => ('field' in c.role ? c.role.field : ''));
    expect(periodFields).toEqual([...Array(6).fill('physicalProgress'), ...Array(6).fill('disbursed')]);
    // The sheet gives no committed amount: kept (0 for these new works) and raised to the paid one.
    expect(warnings).toBe(1);
    // Hand-written from the sheet: dated on the last day of each month; empty months give nothing.
    expect(measurements(engine, WORKS)).toEqual([
      ['OB-BET-01', '2025-01-31', 5, 50000, 50000],
      ['OB-BET-01', '2025-02-28', 8, 80000, 80000],
      ['OB-BET-01', '2025-03-31', 10, 100000, 100000],
      ['OB-BET-01', '2025-04-30', 20, 200000, 200000],
      ['OB-BET-01', '2025-05-31', 30, 320000, 320000],
      ['OB-BET-01', '2025-06-30', 40, 450000, 450000],
      ['OB-BET-02', '2025-02-28', 10, 40000, 40000],
      ['OB-BET-02', '2025-03-31', 25, 100000, 100000],
      ['OB-BET-02', '2025-04-30', 45, 180000, 180000],
      ['OB-BET-02', '2025-05-31', 60, 260000, 260000],
      ['OB-BET-02', '2025-06-30', 80, 350000, 350000],
      ['OB-UBE-01', '2025-03-31', 15, 45000, 45000],
      ['OB-UBE-01', '2025-04-30', 50, 150000, 150000],
      ['OB-UBE-01', '2025-05-31', 85, 240000, 240000],
      ['OB-UBE-01', '2025-06-30', 100, 290000, 290000],
    ]);
    // Re-importing updates, never duplicates; the batch undoes.
    const again = await wizardImport(engine, 'wide/medicoes-mensais.xlsx');
    expect(measurements(engine, WORKS)).toHaveLength(15);
    await engine.undoImport(again.batch);
    await engine.undoImport(batch);
    expect(measurements(engine, WORKS)).toEqual([]);
  });

  it('per-month amounts are added up into the cumulative value, on top of the last measurement before them', async () => {
    const csv = [
      'Obra;Avanço físico no mês (%) 01/2025;Avanço físico no mês (%) 02/2025;Avanço físico no mês (%) 03/2025',
      'OB-BET-01;5;3;2',
    ].join('\n');
    const opened = await engine.importOpen(new TextEncoder().encode(csv), 'fisico-mensal.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, opened.suggestedSheet);
    expect(mapping.columns.filter((c) => c.role.role === 'period-value').map((c) => c.role)).toEqual(
      Array(3).fill({ role: 'period-value', field: 'physicalProgress', perPeriod: true }),
    );
    const done = await engine.importCommit(opened.sessionId, { sheet: opened.suggestedSheet, mapping });
    expect(measurements(engine, ['OB-BET-01'])).toEqual([
      ['OB-BET-01', '2025-01-31', 5, 0, 0],
      ['OB-BET-01', '2025-02-28', 8, 0, 0],
      ['OB-BET-01', '2025-03-31', 10, 0, 0],
    ]);
    await engine.undoImport(done.batchId);
  });

  it('programme targets and actuals by month (Meta and Realizado blocks) and targets by year', async () => {
    const monthly = await wizardImport(engine, 'wide/metas-mensais.xlsx');
    expect(monthly.mapping.target).toBe('programme-targets');
    const yearly = await wizardImport(engine, 'wide/metas-anuais.csv');
    expect(yearly.mapping.target).toBe('programme-targets');
    // participants is computed from the actions: its actuals (none given) stay empty.
    expect(targets(engine, PROGRAMME)).toEqual([
      ['enterprises_formed', '2025', 0, 2, null],
      ['enterprises_formed', '2026', 0, 4, null],
      ['enterprises_formed', '2027', 0, 6, null],
      ['participants', '2025-01', 0, 20, null],
      ['participants', '2025-02', 0, 20, null],
      ['participants', '2025-03', 0, 30, null],
      ['renda_media', '2025-01', 1000, 1100, 1050],
      ['renda_media', '2025-02', 1000, 1150, 1120],
      ['renda_media', '2025-03', 1000, 1200, null],
      ['women', '2025', 0, 40, null],
      ['women', '2026', 0, 60, null],
      ['women', '2027', 0, 80, null],
    ]);
    await engine.undoImport(yearly.batch);
    await engine.undoImport(monthly.batch);
    expect(targets(engine, PROGRAMME)).toEqual([]);
  });

  it('refuses a column mapped to periods whose header is not a period, naming sheet and column; nothing written', async () => {
    const csv = ['Obra;jan/2025;fev/2025;Total', 'OB-BET-01;5;8;13'].join('\n');
    const before = JSON.stringify(measurements(engine, WORKS));
    const batches = (await engine.importBatches()).length;
    const mapping = importMappingSchema.parse({
      target: 'measurements',
      columns: [
        { column: 0, role: { role: 'measurement-field', field: 'workCode' } },
        ...[1, 2, 3].map((column) => ({ column, role: { role: 'period-value', field: 'physicalProgress' } })),
      ],
    });
    // The CLI's way (a mapping file): refused with where and what to do.
    const r = await engine.importFile(new TextEncoder().encode(csv), 'medicoes.csv', { mapping });
    expect(r).toMatchObject({ batch: null, refused: true, errors: [{ row: null, column: 'Total' }] });
    expect(r.message).toBe(
      'medicoes.csv, sheet medicoes, column Total: the column is mapped to periods but its header is not a month, quarter or year; write it like jan/2025, 01/2025, 2025-01, 1º trimestre 2025 or 2025, or map the column to another role.',
    );
    // The wizard's way: the preview is refused with the reason its texts are chosen by.
    const opened = await engine.importOpen(new TextEncoder().encode(csv), 'medicoes.csv');
    await expect(engine.importPreview(opened.sessionId, { sheet: opened.suggestedSheet, mapping })).rejects.toMatchObject({
      params: { reason: 'period-header', column: 'Total' },
    });
    await engine.importClose(opened.sessionId);
    expect(JSON.stringify(measurements(engine, WORKS))).toBe(before);
    expect((await engine.importBatches()).length).toBe(batches);
  });
});

describe('arranjo import of a wide sheet with a mapping file (template form: header patterns)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-wide-'));
  const ws = path.join(dir, 'ws.arranjo');

  beforeAll(async () => {
    expect((await cli('init', ws, '--demo')).status).toBe(0);
    expect((await cli('import', ws, path.join(FIXTURES, 'works/obras.csv'), '--format', 'json')).status).toBe(0);
  }, 180_000);

  it('imports the month columns matched by their group label; the works report reads them', async () => {
    const mapping = path.join(dir, 'medicoes.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        target: 'measurements',
        columns: [
          { match: '^obra$', role: 'measurement-field', field: 'workCode' },
          { match: '^avanco fisico acumulado', role: 'period-value', field: 'physicalProgress' },
          { match: '^valor pago acumulado', role: 'period-value', field: 'disbursed' },
        ],
      }),
    );
    const file = path.join(FIXTURES, 'wide/medicoes-mensais.xlsx');
    const r = await cli('import', ws, file, '--mapping', mapping, '--format', 'json');
    expect(r.status, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ target: 'measurements', rows: { read: 3, imported: 15, updated: 0 }, errors: [] });
    const works = await cli('works', ws, '--site', 'DI-BETIM', '--status-date', '2025-07-02', '--format', 'csv');
    expect(works.out).toContain('OB-BET-01,Pavimentação das vias internas,in-progress,1000000,450000,450000,40,');
  });

  it('refuses (exit 2) a mapping whose period columns include a header that is not a period', async () => {
    const mapping = path.join(dir, 'ruim.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        target: 'measurements',
        columns: [
          { match: '^obra$', role: 'measurement-field', field: 'workCode' },
          { match: '^(avanco|descricao)', role: 'period-value', field: 'physicalProgress' },
        ],
      }),
    );
    const r = await cli('import', ws, path.join(FIXTURES, 'wide/medicoes-mensais.xlsx'), '--mapping', mapping, '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/column Descrição: the column is mapped to periods but its header is not a month, quarter or year/);
  });
});
