import { describe, expect, it } from 'vitest';
import { byName } from '../../../shared/text/name-order';

describe('names in the order a Portuguese or Spanish reader looks them up', () => {
  it('puts an accented initial among its letter, not after Z, and case aside', () => {
    const names = ['Wenceslau Braz', 'Água Boa', 'Acaiaca', 'Açucena', 'aguanil', 'Volta Grande', 'Várzea da Palma', 'Éden'];
    expect(byName(names, (n) => n)).toEqual([
      'Acaiaca',
      'Açucena',
      'Água Boa',
      'aguanil',
      'Éden',
      'Várzea da Palma',
      'Volta Grande',
      'Wenceslau Braz',
    ]);
  });

  it('orders "São Paulo" between "Santa Catarina" and "Sergipe", and equal letters by the name as written', () => {
    expect(byName(['Sergipe', 'São Paulo', 'Santa Catarina'], (n) => n)).toEqual(['Santa Catarina', 'São Paulo', 'Sergipe']);
    expect(byName(['Sao Paulo', 'São Paulo'], (n) => n)).toEqual(['Sao Paulo', 'São Paulo']);
  });
});
