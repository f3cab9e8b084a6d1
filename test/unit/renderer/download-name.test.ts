import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../renderer/src/lib/download';

describe('safeFileName', () => {
  it('writes a title\'s colon or slash as " - ", not as a dash stuck to the word before', () => {
    // A comparison's chart: "Comparação: Distrito Industrial de Betim, …".
    expect(safeFileName('Comparação: Distrito Industrial de Betim')).toBe('Comparação - Distrito Industrial de Betim');
    expect(safeFileName('Uberlândia: LQ × growth 2019→2020')).toBe('Uberlândia - LQ × growth 2019→2020');
    expect(safeFileName('Empregos / setor 2020')).toBe('Empregos - setor 2020');
    expect(safeFileName('a/b')).toBe('a - b');
    expect(safeFileName('  ?? ')).toBe('arranjo');
  });

  it('cuts a long name after its last whole word, at most 120 characters', () => {
    const title =
      'Comparison: Distrito Industrial de Betim, Distrito Industrial de Uberlândia, Distrito Industrial de Montes Claros, Distrito Industrial de Juiz de Fora';
    const name = safeFileName(title);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(title.replace(': ', ' - ').startsWith(name)).toBe(true);
    // The next character of the title is a space: no word is cut in two.
    expect(title.replace(': ', ' - ')[name.length]).toMatch(/[ ,]/);
  });
});
