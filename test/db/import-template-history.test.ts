import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { utf8 } from '../support/files';
import { newEngine } from '../support/node-engine';

/**
 * A template saved or deleted from the import wizard changes the workspace like any other edit:
 * the revision moves (the workspace shows unsaved, autosave writes it) and Undo takes it back.
 */
describe('import templates in the undo history', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  const ids = async () => (await engine.importTemplates()).filter((t) => !t.builtIn).map((t) => [t.id, t.label]);

  it('saving, replacing and deleting a template are each one undoable change', async () => {
    const opened = await engine.importOpen(utf8('Código IBGE;Ano;Empresas ativas\n3106200;2021;100\n'), 'empresas.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'empresas', { target: 'indicator-values' });
    const start = (await engine.history()).revision;

    await engine.saveImportTemplate({ id: 'empresas', label: 'Empresas', sessionId: opened.sessionId, sheet: 'empresas', mapping });
    const afterSave = await engine.history();
    expect(afterSave.revision).toBeGreaterThan(start);
    expect(afterSave.canUndo).toBe(true);
    await engine.saveImportTemplate({ id: 'empresas', label: 'Empresas ativas', sessionId: opened.sessionId, sheet: 'empresas', mapping });
    expect(await ids()).toEqual([['empresas', 'Empresas ativas']]);

    await engine.undo(); // the relabelling
    expect(await ids()).toEqual([['empresas', 'Empresas']]);
    await engine.undo(); // the first save
    expect(await ids()).toEqual([]);
    await engine.redo();
    await engine.redo();
    expect(await ids()).toEqual([['empresas', 'Empresas ativas']]);

    const beforeDelete = (await engine.history()).revision;
    await engine.deleteImportTemplate('empresas');
    expect((await engine.history()).revision).toBeGreaterThan(beforeDelete);
    expect(await ids()).toEqual([]);
    await engine.undo();
    expect(await ids()).toEqual([['empresas', 'Empresas ativas']]);
    const restored = await engine.importFile(utf8('Código IBGE;Ano;Empresas ativas\n3106705;2022;7\n'), 'outra.csv', {
      template: 'empresas',
      dryRun: true,
    });
    expect(restored).toMatchObject({ template: 'empresas', refused: false });
    await engine.importClose(opened.sessionId);
  });
});
