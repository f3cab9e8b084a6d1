import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_DIGIT_EXCEPTIONS, ibgeCheckDigit, parseTerritoryToken } from '../../../shared/import/values/ibge-code';
import { normalizeName, nameKey } from '../../../shared/import/values/text';
import { readDataFile } from '../../support/node-engine';

describe('IBGE municipality codes', () => {
  it('computes the check digit of every municipality in the real list, except the nine published exceptions', async () => {
    const text = new TextDecoder().decode(await readDataFile('municipalities/kelvins_municipios.csv'));
    const codes = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[0]));
    expect(codes).toHaveLength(5571);
    const wrong = codes.filter((c) => ibgeCheckDigit(Math.floor(c / 10)) !== c % 10);
    expect(new Set(wrong)).toEqual(CHECK_DIGIT_EXCEPTIONS);
    expect(ibgeCheckDigit(310620)).toBe(0); // Belo Horizonte 3106200
    expect(ibgeCheckDigit(310670)).toBe(5); // Betim 3106705
  });

  it('the check digit is a digit, and changing any one of the six digits changes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 110000, max: 539999 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        (six, position, delta) => {
          const dv = ibgeCheckDigit(six);
          expect(dv).toBeGreaterThanOrEqual(0);
          expect(dv).toBeLessThanOrEqual(9);
          const digits = String(six).split('').map(Number);
          digits[position] = ((digits[position] ?? 0) + delta) % 10;
          fc.pre(digits[0] !== 0);
          expect(ibgeCheckDigit(Number(digits.join('')))).not.toBe(dv);
        },
      ),
    );
  });

  it('tells codes, labels and names apart', () => {
    expect(parseTerritoryToken('3106200')).toEqual({ kind: 'code7', code: 3106200 });
    expect(parseTerritoryToken(3106200)).toEqual({ kind: 'code7', code: 3106200 });
    expect(parseTerritoryToken('310620')).toEqual({ kind: 'code6', code: 310620 });
    expect(parseTerritoryToken('00015')).toEqual({ kind: 'code5', suffix: 15 });
    expect(parseTerritoryToken('3106200.0')).toEqual({ kind: 'code7', code: 3106200 });
    expect(parseTerritoryToken('310620:MG-BELO HORIZONTE')).toEqual({
      kind: 'label',
      code: 310620,
      digits: 6,
      state: 'MG',
      name: 'BELO HORIZONTE',
    });
    expect(parseTerritoryToken('3106200 - Belo Horizonte')).toEqual({
      kind: 'label',
      code: 3106200,
      digits: 7,
      state: null,
      name: 'Belo Horizonte',
    });
    expect(parseTerritoryToken('Santa Rita (PB)')).toEqual({ kind: 'name', name: 'Santa Rita', state: 'PB' });
    expect(parseTerritoryToken('Betim - MG')).toEqual({ kind: 'name', name: 'Betim', state: 'MG' });
    expect(parseTerritoryToken("Alta Floresta D'Oeste")).toEqual({ kind: 'name', name: "Alta Floresta D'Oeste", state: null });
    expect(parseTerritoryToken('  ')).toEqual({ kind: 'empty' });
  });

  it('any 7-digit code, as number or text, with or without ".0", is read as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 9_999_999 }), fc.constantFrom('', '.0', ' '), (code, suffix) => {
        expect(parseTerritoryToken(`${code}${suffix}`)).toEqual({ kind: 'code7', code });
        expect(parseTerritoryToken(code)).toEqual({ kind: 'code7', code });
      }),
    );
  });
});

describe('names', () => {
  it('compare without accents, case or punctuation', () => {
    expect(normalizeName('São Thomé das Letras')).toBe('SAO THOME DAS LETRAS');
    expect(nameKey("Alta Floresta D'Oeste")).toBe(nameKey('ALTA FLORESTA D OESTE'));
    expect(nameKey("Pingo-d'Água")).toBe(nameKey('PINGO D AGUA'));
  });

  it('nameKey ignores case and accents for any text', () => {
    const letters = fc.constantFrom(..."aeiouáéíóúâêôãõçAÉÇ '-bcdlmnrst".split(''));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          expect(nameKey(s.toUpperCase())).toBe(
            nameKey(
              s
                .normalize('NFD')
                .replace(/[\u0300-\u036f]/g, '')
                .toLowerCase(),
            ),
          );
        },
      ),
    );
  });
});
