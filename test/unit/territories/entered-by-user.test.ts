import { describe, expect, it } from 'vitest';
import { ENTERED_BY_USER, sourceIn } from '../../../shared/text/entered-by-user';

describe('a source the planner typed in, said in the reader’s language', () => {
  it('reads a work created in Portuguese as entered by the user in English and Spanish', () => {
    // The English drawer read "Source: Informado pelo usuário".
    expect(sourceIn(ENTERED_BY_USER['pt-BR'], 'en')).toBe('Entered by the user');
    expect(sourceIn('Entered by the user', 'es')).toBe('Informado por el usuario');
    expect(sourceIn('Ingresado por el usuario', 'pt-BR')).toBe('Informado pelo usuário');
  });

  it('leaves every other source as it was written', () => {
    expect(sourceIn('RAIS/MTE via FJP — RAIS_vinculos_2019.csv', 'en')).toBe('RAIS/MTE via FJP — RAIS_vinculos_2019.csv');
  });
});
