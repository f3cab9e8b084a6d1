import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ahpRefusalText, onDiagonal } from '../../../renderer/src/components/weights/ahp-refusal-text';
import { tryAhp, withUnitDiagonal } from '../../../renderer/src/components/weights/ahp-matrix';
import { resources } from '../../../renderer/src/i18n/resources';

/**
 * A pairwise matrix the AHP editor cannot weigh (stored by a version before Saaty's scale was
 * enforced, or otherwise damaged): it showed the engine's English words ("The judgement in row 1,
 * column 2 is 12, outside Saaty's scale…") in a pt-BR or Spanish screen. It says so in the UI
 * language now, naming the criteria where the engine says row and column.
 */
describe('why stored AHP judgements give no weights, in the UI language', () => {
  const names = ['Empregos', 'Renda', 'Acesso'];
  const text = async (lng: 'pt-BR' | 'en' | 'es', matrix: number[][]): Promise<string> => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng, ns: ['prioritization'], interpolation: { escapeValue: false } });
    const { refusal } = tryAhp(matrix);
    if (!refusal) throw new Error('the matrix was not refused');
    return ahpRefusalText(refusal, names, i18n.getFixedT(lng, 'prioritization'), lng === 'en' ? '.' : ',');
  };
  const offScale = [
    [1, 12, 2],
    [1 / 12, 1, 3],
    [1 / 2, 1 / 3, 1],
  ];

  it('a judgement off Saaty’s scale', async () => {
    expect(await text('pt-BR', offScale)).toBe(
      'Os julgamentos guardados não dão pesos: Empregos × Renda vale 12, fora da escala de Saaty (1 a 9, ou 1/2 a 1/9). ' +
        'Escolha esse julgamento de novo para corrigi-lo.',
    );
    expect(await text('es', offScale)).toBe(
      'Los juicios guardados no dan pesos: Empregos × Renda vale 12, fuera de la escala de Saaty (1 a 9, o 1/2 a 1/9). ' +
        'Elija ese juicio de nuevo para corregirlo.',
    );
    expect(await text('en', offScale)).toBe(
      "The stored judgements cannot give weights: Empregos × Renda is 12, outside Saaty's scale (1 to 9, or 1/2 to 1/9). " +
        'Choose that judgement again to correct it.',
    );
  });

  it('a pair that is not reciprocal, named by the judgement the editor sets', async () => {
    const matrix = [
      [1, 3, 1],
      [3, 1, 1],
      [1, 1, 1],
    ];
    expect(await text('pt-BR', matrix)).toBe(
      'Os julgamentos guardados não dão pesos: Empregos × Renda vale 3, mas Renda × Empregos vale 3 (deveria ser 1/3). ' +
        'Escolha esse julgamento de novo para corrigi-lo.',
    );
  });

  it('a zero, a diagonal other than 1, with decimals in the language’s mark', async () => {
    expect(
      await text('pt-BR', [
        [1, 0, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toContain('Empregos × Renda vale 0; os julgamentos são positivos');
    const diagonal = await text('pt-BR', [
      [1, 1, 1],
      [1, 1.5, 1],
      [1, 1, 1],
    ]);
    expect(diagonal).toBe(
      'Os julgamentos guardados não dão pesos: Renda comparado consigo mesmo vale 1,50; deve ser 1. Use “Pôr 1 na diagonal” para corrigi-lo.',
    );
  });

  /**
   * The editor lets set the judgements above the diagonal only: a stored diagonal other than 1 (an
   * attraction plan's matrix, say) was explained, with no way to correct it in the editor.
   */
  it('a diagonal other than 1 is corrected by the editor’s “set the diagonal to 1”, in each language', async () => {
    const stored = [
      [1, 3, 1 / 2],
      [1 / 3, 0, 1],
      [2, 1, 1.5],
    ];
    // The diagonal 0 read "… Renda × Renda vale 0 … Escolha esse julgamento de novo": a cell no one can choose.
    expect(await text('pt-BR', stored)).toMatch(/Renda × Renda vale 0;.*Use “Pôr 1 na diagonal” para corrigi-lo\.$/);
    expect(await text('pt-BR', stored)).not.toContain('Escolha esse julgamento');
    expect(await text('en', stored)).toMatch(/Use “Set the diagonal to 1” to correct it\.$/);
    expect(await text('es', stored)).toMatch(/Use «Poner 1 en la diagonal» para corregirlo\.$/);
    const { refusal } = tryAhp(stored);
    expect(refusal && onDiagonal(refusal)).toBe(true);

    const corrected = withUnitDiagonal(stored);
    // The judgements are kept; only the diagonal is 1, and the matrix gives weights.
    expect(corrected).toEqual([
      [1, 3, 1 / 2],
      [1 / 3, 1, 1],
      [2, 1, 1],
    ]);
    expect(tryAhp(corrected).result?.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('a refused judgement above the diagonal is no diagonal’s', () => {
    const { refusal } = tryAhp([
      [1, 12, 2],
      [1 / 12, 1, 3],
      [1 / 2, 1 / 3, 1],
    ]);
    expect(refusal && onDiagonal(refusal)).toBe(false);
  });

  it('says nothing in English in pt-BR and es', async () => {
    for (const lng of ['pt-BR', 'es'] as const) expect(await text(lng, offScale)).not.toMatch(/judgement|outside|row|column/i);
  });
});
