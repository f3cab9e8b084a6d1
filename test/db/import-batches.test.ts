import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ImportProgress } from '../../shared/import/api';
import { utf8 } from '../support/files';
import { newEngine, readDataFile } from '../support/node-engine';

const RAIS = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';
const RAIS_NAME = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';

function employmentRows(engine: Engine): string {
  return JSON.stringify(
    engine.connection().all('SELECT * FROM employment ORDER BY territory_code, classification, sector_code, year, measure'),
  );
}

/**
 * The workspace's bytes. After a large delete (an undo) sql.js's first export still carries stale
 * bytes of the freed pages and the next one does not, with nothing changed in between: compare
 * the second export.
 */
async function stableExport(engine: Engine): Promise<Uint8Array> {
  await engine.exportWorkspace();
  return engine.exportWorkspace();
}

function value(engine: Engine, code: number, sector: string): unknown {
  return engine
    .connection()
    .get(
      "SELECT value, batch_id, source_row FROM employment WHERE territory_code = ? AND sector_code = ? AND year = 2019 AND measure = 'jobs'",
      [code, sector],
    );
}

describe('import batches: history, re-import in place, undo', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('re-importing the same file updates in place and never duplicates; undo restores what each batch replaced', async () => {
    const bytes = await readDataFile(RAIS);
    const empty = employmentRows(engine);
    const first = await engine.importFile(bytes, RAIS_NAME, {});
    const afterFirst = employmentRows(engine);
    const second = await engine.importFile(bytes, RAIS_NAME, {});
    expect(second.rows).toEqual({ read: 854, imported: 0, updated: 6824, skipped: 1 });
    expect(engine.connection().get('SELECT count(*) AS n FROM employment')).toEqual({ n: 6824 });

    const original = value(engine, 3106200, '2');
    // A long CSV that corrects one value and adds one sector-year.
    const fix = await engine.importFile(
      utf8('territory_code,classification,sector_code,year,jobs\n3106200,ibge-setor,2,2019,12345\n3106200,ibge-setor,2,2018,1\n'),
      'fix.csv',
      {},
    );
    expect(fix).toMatchObject({ template: 'arranjo-long', rows: { read: 2, imported: 1, updated: 1 } });
    expect(value(engine, 3106200, '2')).toEqual({ value: 12345, batch_id: fix.batch, source_row: 2 });

    const batches = await engine.importBatches();
    expect(batches.map((b) => [b.id, b.sourceFile, b.template, b.canUndo, b.blockedBy])).toEqual([
      [fix.batch, 'fix.csv', 'arranjo-long', true, []],
      [second.batch, RAIS_NAME, 'rais-setor-vinculos', false, [fix.batch]],
      [first.batch, RAIS_NAME, 'rais-setor-vinculos', false, [second.batch]],
    ]);
    expect(batches[1]).toMatchObject({
      sheet: 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019',
      target: 'employment',
      counts: { read: 854, imported: 0, updated: 6824, skipped: 1 },
    });
    expect(JSON.parse(batches[1]?.mapping ?? '{}')).toMatchObject({
      mapping: { target: 'employment', measure: 'jobs', classification: 'ibge-setor' },
    });

    await expect(engine.undoImport(first.batch ?? 0)).rejects.toThrow(
      `later batch(es) ${second.batch} replaced some of its values. Undo it first.`,
    );
    expect(await engine.undoImport(fix.batch ?? 0)).toEqual({ batchId: fix.batch, removed: 1, restored: 1 });
    expect(value(engine, 3106200, '2')).toEqual(original);
    expect(original).toMatchObject({ batch_id: second.batch });
    await expect(engine.undoImport(fix.batch ?? 0)).rejects.toThrow(/already undone/);
    await engine.undoImport(second.batch ?? 0);
    expect(employmentRows(engine)).toBe(afterFirst);
    await engine.undoImport(first.batch ?? 0);
    expect(employmentRows(engine)).toBe(empty);
    expect((await engine.importBatches()).every((b) => b.undoneAt !== null && !b.canUndo)).toBe(true);
  }, 120_000);

  it('an import is one step of Undo/Redo: Ctrl+Z removes the batch, Ctrl+Y writes it again', async () => {
    const before = employmentRows(engine);
    const opened = await engine.importOpen(await readDataFile(RAIS), RAIS_NAME);
    const { mapping, template } = await engine.importSuggest(opened.sessionId, opened.suggestedSheet, { template: 'rais-setor-vinculos' });
    const { batchId } = await engine.importCommit(opened.sessionId, { sheet: opened.suggestedSheet, mapping, template });
    const imported = employmentRows(engine);
    expect((await engine.history()).canUndo).toBe(true);
    await engine.undo();
    expect(employmentRows(engine)).toBe(before);
    expect((await engine.importBatches()).find((b) => b.id === batchId)?.undoneAt).not.toBeNull();
    await engine.redo();
    expect(employmentRows(engine)).toBe(imported);
    expect((await engine.importBatches()).find((b) => b.id === batchId)?.undoneAt).toBeNull();
    await engine.undoImport(batchId);
    expect(employmentRows(engine)).toBe(before);
    await engine.undo(); // undoing the "undo import" brings the batch back
    expect(employmentRows(engine)).toBe(imported);
    await engine.undoImport(batchId);
  }, 60_000);

  it('reports progress, and a cancel stops the import with nothing written', async () => {
    const lines = ['territory_code,classification,sector_code,year,jobs'];
    const codes = engine
      .connection()
      .all<{ code: number }>('SELECT code FROM municipality ORDER BY code LIMIT 3000')
      .map((r) => r.code);
    for (const code of codes)
      for (let s = 1; s <= 8; s++) for (const year of [2015, 2016, 2017, 2018]) lines.push(`${code},ibge-setor,${s},${year},${s * 10}`);
    const opened = await engine.importOpen(utf8(lines.join('\n')), 'grande.csv');
    const { mapping, template } = await engine.importSuggest(opened.sessionId, opened.suggestedSheet, { template: 'arranjo-long' });
    const request = { sheet: opened.suggestedSheet, mapping, template };
    const before = await stableExport(engine);
    const progress: ImportProgress[] = [];
    const running = engine.importCommit(opened.sessionId, request, (p) => {
      progress.push(p);
      if (p.done > 10_000) void engine.importCancel(opened.sessionId);
    });
    await expect(running).rejects.toMatchObject({
      params: { reason: 'cancelled' },
      message: 'The import was cancelled; nothing was written.',
    });
    expect(progress[0]).toMatchObject({ phase: 'reading', total: 96_001 });
    expect(Buffer.compare(await stableExport(engine), before)).toBe(0);

    const seen: ImportProgress['phase'][] = [];
    const preview = await engine.importPreview(opened.sessionId, request, (p) => seen.push(p.phase));
    expect(preview.counts).toEqual({ read: 96_000, imported: 96_000, updated: 0, skipped: 0 });
    expect(seen).toContain('checking');
    const { issues, total } = await engine.importIssues(opened.sessionId, { limit: 10 });
    expect([issues, total]).toEqual([[], 0]);
    await engine.importClose(opened.sessionId);
    await expect(engine.importPreview(opened.sessionId, request)).rejects.toThrow(/closed or unknown/);
  }, 120_000);

  it('issues are paged, filtered and exported as CSV for Excel', async () => {
    const csv = ['CODMUN7;ANO;POP', '3106200;2022;2315560', '3106705;2022;abc', '9999999;2022;1', '3118601;2022;621.863(1)'].join('\n');
    const opened = await engine.importOpen(utf8(csv), 'pop.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'pop', { target: 'population' });
    const preview = await engine.importPreview(opened.sessionId, { sheet: 'pop', mapping });
    expect(preview).toMatchObject({ errors: 2, warnings: 1, canCommit: false });
    expect((await engine.importIssues(opened.sessionId, { severity: 'warning' })).issues).toEqual([
      {
        severity: 'warning',
        code: 'footnote',
        row: 5,
        column: 'POP',
        message: "footnote marker (1) after 621863 dropped; see the file's notes.",
      },
    ]);
    const page = await engine.importIssues(opened.sessionId, { severity: 'error', offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.issues[0]).toMatchObject({ row: 4, column: 'CODMUN7', code: 'unknown-territory' });
    const exported = await engine.importIssuesCsv(opened.sessionId);
    expect(exported.startsWith('\ufeffarquivo;planilha;linha;coluna;gravidade;código;mensagem;valor\r\n')).toBe(true);
    expect(exported).toContain('pop.csv;pop;3;POP;erro;not-a-number;"""abc"" is not a number.";abc\r\n');
    await expect(engine.importCommit(opened.sessionId, { sheet: 'pop', mapping })).rejects.toThrow(
      /^pop\.csv, sheet pop, row 3, column POP: "abc" is not a number\. \(2 errors in all; nothing was imported\)$/,
    );
  });

  it('saves a mapping as a template that later files with the same headers use', async () => {
    const csv = 'Código IBGE;Ano;Empresas ativas\n3106200;2021;100\n3106705;2021;50\n';
    const opened = await engine.importOpen(utf8(csv), 'empresas.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'empresas', { target: 'indicator-values' });
    expect(mapping.columns).toEqual([
      { column: 0, role: { role: 'territory' } },
      { column: 1, role: { role: 'year' } },
      { column: 2, role: { role: 'indicator-value', indicator: 'Empresas_ativas' } },
    ]);
    const saved = await engine.saveImportTemplate({
      id: 'empresas-ativas',
      label: 'Empresas ativas (secretaria)',
      sessionId: opened.sessionId,
      sheet: 'empresas',
      mapping: { ...mapping, indicators: { Empresas_ativas: { namePt: 'Empresas ativas', unit: 'empresas' } } },
    });
    expect(saved).toMatchObject({ id: 'empresas-ativas', builtIn: false, target: 'indicator-values' });
    expect((await engine.importTemplates()).map((t) => t.id)).toContain('empresas-ativas');
    await expect(
      engine.saveImportTemplate({ id: 'rais-setor-vinculos', label: 'x', sessionId: opened.sessionId, sheet: 'empresas', mapping }),
    ).rejects.toThrow(/built-in/);

    const next = await engine.importFile(utf8('Ano;Empresas ativas;Código IBGE\n2022;120;3106200\n'), 'empresas-2022.csv', {
      template: 'empresas-ativas',
    });
    expect(next).toMatchObject({ refused: false, template: 'empresas-ativas', rows: { imported: 1 } });
    const definition = engine.connection().get("SELECT name_pt, unit FROM indicator WHERE code = 'Empresas_ativas'");
    expect(definition).toEqual({ name_pt: 'Empresas ativas', unit: 'empresas' });
    await engine.deleteImportTemplate('empresas-ativas');
    expect((await engine.importTemplates()).map((t) => t.id)).not.toContain('empresas-ativas');
  });

  it('a schema-1 workspace gains the import tables on open, with its batches undoable', async () => {
    const { Connection } = await import('../../shared/db/connection');
    const { migrate } = await import('../../shared/db/migrate');
    const { MIGRATIONS } = await import('../../shared/db/migrations');
    const { loadSql } = await import('../support/node-engine');
    const SQL = await loadSql();
    const old = Connection.create(SQL);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.run("INSERT INTO workspace_meta (key, value) VALUES ('app', 'arranjo')");
    const reopened = await newEngine();
    const result = await reopened.openWorkspace(old.export(), 'old.arranjo');
    expect(result.migratedFrom).toBe(1);
    expect(await reopened.importBatches()).toEqual([]);
  });
});
