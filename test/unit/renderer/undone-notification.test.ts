import { beforeAll, describe, expect, it } from 'vitest';
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
    expect([note.title('pt-BR'), note.message('pt-BR'), note.action!.label('pt-BR')]).toEqual([
      'Desfeito',
      expect.stringContaining('(Programas)'),
      'Mostrar',
    ]);
    expect(note.title('en')).toBe('Undone');
    expect(note.message('en')).toContain('(Programmes)');
    expect(note.action!.label('en')).toBe('Show');
  });
});
