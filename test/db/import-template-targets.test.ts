import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { IMPORT_TARGETS } from '../../shared/import/api';
import { utf8 } from '../support/files';
import { newEngine } from '../support/node-engine';

/**
 * Schema 9: a template can be saved for every import target. Before it, the table's CHECK (schema 2)
 * listed only employment, indicator-values, population and sites, so saving the mapping of an agency's
 * works spreadsheet from the wizard failed with a database error.
 */
describe('import templates for every target', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('the wizard saves the mapping of a works spreadsheet and re-uses it', async () => {
    const csv = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end\n';
    const opened = await engine.importOpen(utf8(csv + 'DI-X,OB-1,Pavimentação,paving,100000,2025-01-01,2025-06-30\n'), 'obras.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'obras', { target: 'works' });
    expect(mapping.target).toBe('works');
    await engine.saveImportTemplate({
      id: 'obras-agencia',
      label: 'Obras da agência',
      sessionId: opened.sessionId,
      sheet: 'obras',
      mapping,
    });
    const saved = (await engine.importTemplates()).find((t) => t.id === 'obras-agencia');
    expect(saved).toMatchObject({ label: 'Obras da agência', target: 'works', builtIn: false });
    await engine.importClose(opened.sessionId);
  });

  it.each(IMPORT_TARGETS)('target %s is accepted by the workspace schema', async (target) => {
    const opened = await engine.importOpen(utf8('a,b\n1,2\n'), 'x.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'x', { target });
    await engine.saveImportTemplate({ id: `t-${target}`, label: target, sessionId: opened.sessionId, sheet: 'x', mapping });
    expect((await engine.importTemplates()).find((t) => t.id === `t-${target}`)?.target).toBe(target);
    await engine.importClose(opened.sessionId);
  });
});
