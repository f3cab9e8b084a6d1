import { beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../../renderer/src/notifications/store';
import { undoneNotification } from '../../../renderer/src/workspace/undone-text';
import { initAppI18n } from '../../support/i18n';

/** The note an undo leaves, worded again in the language the planner switches to while it shows. */
describe("an undo's note", () => {
  beforeAll(async () => {
    await initAppI18n();
  });

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
