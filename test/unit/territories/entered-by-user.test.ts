import { afterEach, describe, expect, it } from 'vitest';
import { userSource } from '../../../shared/features/territories/indicator-service';
import { ENTERED_BY_USER, sourceIn } from '../../../shared/text/entered-by-user';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

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

describe('the day a value typed in is stored with', () => {
  it('is the planner’s day: a score entered at 22:30 in Brasília on 5 December is dated the 5th, not the 6th (UTC)', () => {
    process.env.TZ = 'America/Sao_Paulo';
    expect(userSource('2026-12-06T01:30:00.000Z')).toBe('Informado pelo usuário (2026-12-05)');
    // East of UTC the same holds the other way: 07:00 in Tokyo on 6 December is the 5th in UTC.
    process.env.TZ = 'Asia/Tokyo';
    expect(userSource('2026-12-05T22:00:00.000Z')).toBe('Informado pelo usuário (2026-12-06)');
  });
});
