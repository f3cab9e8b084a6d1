import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLocale, initI18n } from '../../../renderer/src/i18n';
import { wordsOf } from '../../../renderer/src/notifications/store';
import { undoneNotification } from '../../../renderer/src/workspace/undone-text';

/** The note an undo leaves, worded again in the language the planner switches to while it shows. */
describe("an undo's note", () => {
  beforeAll(async () => {
    const stored = new Map<string, string>([['arranjo.locale', 'pt-BR']]);
    vi.stubGlobal('window', {
      localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
    });
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    await initI18n();
    // The app loads a language's texts when the planner switches to it.
    await changeLocale('en');
    await changeLocale('pt-BR');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('reads in the language in use at each render, its button too', () => {
    const note = undoneNotification(
      { area: 'programmes', label: 'programme.create', target: 'Programa E2E', fields: [] },
      'workspace.undone',
    );
    // It read "Desfeito / Programa E2E (Programas) / Mostrar" in the English UI.
    expect([wordsOf(note.title, 'pt-BR'), wordsOf(note.message, 'pt-BR'), wordsOf(note.action!.label, 'pt-BR')]).toEqual([
      'Desfeito',
      expect.stringContaining('(Programas)'),
      'Mostrar',
    ]);
    expect(wordsOf(note.title, 'en')).toBe('Undone');
    expect(wordsOf(note.message, 'en')).toContain('(Programmes)');
    expect(wordsOf(note.action!.label, 'en')).toBe('Show');
  });
});
