import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { translateError } from '../../../renderer/src/notifications/notify-error';
import { initAppI18n } from '../../support/i18n';

/**
 * A damaged workspace's message sent the browser's planner to "its backup (.bak)", which only the
 * desktop keeps beside the file (the browser's store has none): in the browser it says to open an
 * earlier copy or ask the sender, and the engine's detail loses its advice about the .bak.
 */
describe('the damaged-workspace message per shell', () => {
  beforeAll(async () => {
    await initAppI18n();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const damaged = new ArranjoError(
    'CORRUPT_WORKSPACE',
    'x.arranjo has 1 broken reference (work 3: site 9). It was changed by another program or damaged; nothing was opened or written. If there is a backup (.bak) beside it, open that; otherwise get the file again (from whoever sent it, or an earlier copy).',
    { file: 'x.arranjo' },
  );
  const json = new ArranjoError(
    'CORRUPT_WORKSPACE',
    'x.arranjo holds data Arranjo cannot read: grid_view (id 7), column state, is not valid JSON. It was changed by another program or damaged; nothing was opened or written. If there is a backup (.bak) beside it, open that; otherwise get the file again (from whoever sent it, or an earlier copy).',
    { file: 'x.arranjo' },
    { reason: 'json', table: 'grid_view', column: 'state' },
  );
  const all = (error: ArranjoError) => {
    const { message, details } = translateError(error);
    return [message, ...details].join('\n');
  };

  it.each(['pt-BR', 'en', 'es'])('in the browser (%s) names no .bak', async (lang) => {
    await i18next.changeLanguage(lang);
    for (const error of [damaged, json]) expect(all(error)).not.toContain('.bak');
    await i18next.changeLanguage('pt-BR');
    expect(translateError(damaged).message).toBe(
      'O arquivo x.arranjo está danificado e não pode ser lido. Abra uma cópia anterior (um .arranjo baixado antes) ou peça o arquivo de novo a quem o enviou. O espaço de trabalho atual continua aberto.',
    );
    // What is broken and where stays in the detail.
    expect(translateError(damaged).details.join('\n')).toContain('work 3: site 9');
  });

  it('on the desktop points to the .bak beside the file if there is one, else to the sender', async () => {
    vi.stubGlobal('window', { arranjo: { platform: 'electron' } });
    await i18next.changeLanguage('pt-BR');
    const advice = 'Se houver uma cópia de segurança (.bak) ao lado dele, abra-a; senão, peça o arquivo de novo a quem o enviou.';
    expect(translateError(damaged).message).toContain(advice);
    expect(translateError(json).message).toContain(advice);
  });

  // A received file (e-mailed, copied from a pen drive) has no .bak beside it: "Open its backup (.bak)"
  // sent its planner after a file that is not there, in every language and in the engine's detail.
  it.each([
    ['pt-BR', /Se houver uma cópia de segurança \(\.bak\) ao lado dele, abra-a; senão, peça o arquivo de novo a quem o enviou\./],
    ['en', /If there is a backup \(\.bak\) beside it, open that; otherwise ask the sender for the file again\./],
    ['es', /Si hay una copia de seguridad \(\.bak\) a su lado, ábrala; si no, pida el archivo de nuevo a quien lo envió\./],
  ])('on the desktop (%s) names the .bak only as a backup there may be', async (lang, advice) => {
    vi.stubGlobal('window', { arranjo: { platform: 'electron' } });
    await i18next.changeLanguage(lang);
    for (const error of [damaged, json]) {
      expect(translateError(error).message).toMatch(advice);
      // Every sentence naming the .bak says "if there is one" (the engine's detail included).
      const sentences = all(error).split(/(?<=[.;:])\s+(?=[A-ZÁÉÍÓÚ])/);
      for (const s of sentences.filter((x) => x.includes('.bak'))) expect(s, s).toMatch(/^(If there is|Se houver|Si hay)/);
    }
  });
});
