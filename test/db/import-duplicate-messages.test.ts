import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../renderer/src/features/importer/issue-codes';
import { utf8 } from '../support/files';
import { initAppI18n } from '../support/i18n';
import { newEngine } from '../support/node-engine';

/**
 * A key given twice outside employment (here an indicator's value, from a header row that names two
 * columns "valor") is said in the UI language with the row that gave it first: the review showed the
 * engine's English ("the file already gave valor of territory 3106200 for 2022 in row 2.").
 */
describe('a repeated key in an indicator file, in the review', () => {
  it('is said in pt-BR, en and es, naming the first row', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const opened = await engine.importOpen(utf8('codigo,municipio,ano,valor,valor\n3106200,Belo Horizonte,2022,10,20\n'), 'dup.csv');
    const sheet = opened.suggestedSheet;
    const { mapping } = await engine.importSuggest(opened.sessionId, sheet, {});
    const preview = await engine.importPreview(opened.sessionId, { sheet, layout: {}, mapping, resolutions: [] });
    expect(preview.canCommit).toBe(false);
    const { issues } = await engine.importIssues(opened.sessionId, { severity: 'error' });
    const repeated = issues.find((i) => i.code === 'duplicate-key');
    expect(repeated).toMatchObject({ row: 2, params: { first: 2 } });
    const i18n = await initAppI18n();
    const say = (lng: 'pt-BR' | 'en' | 'es') => (repeated ? issueMessage(i18n.getFixedT(lng, 'importer'), repeated, lng) : '');
    expect(say('pt-BR')).toBe(
      'O arquivo já deu esta mesma chave na linha 2: deixe uma linha só para ela (apague ou corrija a repetida) e importe de novo.',
    );
    expect(say('en')).toMatch(/^The file already gave this same key in row 2: /);
    expect(say('es')).toMatch(/^El archivo ya dio esta misma clave en la fila 2: /);
  }, 120_000);
});
