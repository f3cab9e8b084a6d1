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
    'x.arranjo has 1 broken reference (work 3: site 9). It was changed by another program or damaged; nothing was opened or written. Open its backup (.bak), or ask the sender for the file again.',
    { file: 'x.arranjo' },
  );
  const json = new ArranjoError(
    'CORRUPT_WORKSPACE',
    'x.arranjo holds data Arranjo cannot read: grid_view (id 7), column state, is not valid JSON. It was changed by another program or damaged; nothing was opened or written. Open its backup (.bak), or ask the sender for the file again.',
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

  it('on the desktop points to the .bak beside the file', async () => {
    vi.stubGlobal('window', { arranjo: { platform: 'electron' } });
    await i18next.changeLanguage('pt-BR');
    expect(translateError(damaged).message).toContain('Abra a cópia de segurança (.bak), se houver.');
    expect(translateError(json).message).toContain('Abra a cópia de segurança (.bak)');
  });
});
