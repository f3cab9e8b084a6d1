import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text/decode';
import { parseDelimited } from '../../../shared/text/delimited';
import { parseBrazilianNumber } from '../../support/rais-sector-export';

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]))).toEqual({ text: 'cé', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 for ISO-8859-1 bytes (RAIS exports)', () => {
    // "Município" in ISO-8859-1: í = 0xED
    const bytes = new Uint8Array([0x4d, 0x75, 0x6e, 0x69, 0x63, 0xed, 0x70, 0x69, 0x6f]);
    expect(decodeText(bytes)).toEqual({ text: 'Município', encoding: 'windows-1252' });
  });
  it('round-trips any UTF-8 text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => decodeText(new TextEncoder().encode(s)).text === s));
  });
});

describe('parseBrazilianNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['53280,339999998', 53280.34], // float noise of the RAIS export removed
    ['4856025', 4856025],
    ['-12,5', -12.5],
    ['1234.5', 1234.5],
    ['  7 ', 7],
  ])('reads %s', (raw, value) => {
    expect(parseBrazilianNumber(raw)).toBeCloseTo(value, 9);
  });
  it('gives null for an empty cell and NaN for text', () => {
    expect(parseBrazilianNumber('')).toBeNull();
    expect(parseBrazilianNumber('abc')).toBeNaN();
    expect(parseBrazilianNumber('1,2,3')).toBeNaN();
  });
  it('reads back any number written the pt-BR way', () => {
    const format = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const written = format.format(n).replace(/\u2212/, '-');
        const expected = Number(
          format
            .formatToParts(n)
            .map((p) => (p.type === 'group' ? '' : p.type === 'decimal' ? '.' : p.value))
            .join('')
            .replace(/\u2212/, '-'),
        );
        expect(parseBrazilianNumber(written)).toBeCloseTo(expected, 6);
      }),
    );
  });
});

describe('parseDelimited', () => {
  it('keeps delimiters and line breaks inside quotes', () => {
    expect(parseDelimited('a,"b,c","d\ne"\n1,2,3', ',')).toEqual([
      ['a', 'b,c', 'd\ne'],
      ['1', '2', '3'],
    ]);
  });
});
