import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFloatNoise, detectDecimalStyle, parseNumberText } from '../../../shared/import/values/number';

const value = (raw: string, style: 'auto' | 'comma' | 'dot' = 'auto'): number | null => {
  const r = parseNumberText(raw, style);
  return r.kind === 'number' ? r.value : null;
};

describe('parseNumberText: known answers', () => {
  it.each([
    ['4856025', 4856025],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['-12,5', -12.5],
    ['−12,5', -12.5],
    ['+7', 7],
    ['  7 ', 7],
    ['\u00a0548\u00a0', 548],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234 567', 1234567],
    ['R$ 1.234,56', 1234.56],
    ['0.123', 0.123],
    ['53280.34', 53280.34],
    [',5', 0.5],
  ])('reads %s', (raw, expected) => {
    expect(value(raw)).toBeCloseTo(expected, 9);
  });

  it('reads "1.234" as a thousand in pt-BR (and auto), and as 1.234 in an en column', () => {
    expect(value('1.234')).toBe(1234);
    expect(value('1.234', 'comma')).toBe(1234);
    expect(value('1.234', 'dot')).toBeCloseTo(1.234, 12);
    expect(value('1,234', 'dot')).toBe(1234);
    expect(value('1,234', 'comma')).toBeCloseTo(1.234, 12);
  });

  it('removes the float noise of RAIS payroll exports, and only that', () => {
    expect(value('53280,339999998')).toBe(53280.34);
    expect(value('2869,05000000075')).toBe(2869.05);
    expect(value('1524107,20999995')).toBe(1524107.21);
    expect(value('12116891193,8')).toBe(12116891193.8);
    expect(value('0,9999912')).toBe(0.9999912);
    expect(cleanFloatNoise(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloatNoise(57289803438.9999)).toBe(57289803438.9999); // a run of four 9s, nothing after: a real value
    expect(cleanFloatNoise(2969613.69000001)).toBe(2969613.69);
  });

  it('keeps footnote markers apart: "548.952(1)", "548.952¹", "12*"', () => {
    expect(parseNumberText('548.952(1)')).toEqual({ kind: 'number', value: 548952, footnote: '1' });
    expect(parseNumberText('548.952 (12)')).toEqual({ kind: 'number', value: 548952, footnote: '12' });
    expect(parseNumberText('548.952¹')).toEqual({ kind: 'number', value: 548952, footnote: '1' });
    expect(parseNumberText('12*')).toEqual({ kind: 'number', value: 12, footnote: '*' });
  });

  it('reads percentages in points', () => {
    expect(parseNumberText('12,5%')).toEqual({ kind: 'number', value: 12.5, percent: true });
    expect(parseNumberText('-3 %')).toEqual({ kind: 'number', value: -3, percent: true });
  });

  it("keeps IBGE's symbols as missing values with their meaning", () => {
    for (const symbol of ['-', '..', '...', 'X', 'x', 'NA', '#N/D'.replace('D', 'A')]) {
      const r = parseNumberText(symbol);
      expect(r.kind, symbol).toBe('missing');
    }
    expect(parseNumberText('...')).toMatchObject({ kind: 'missing', reason: expect.stringMatching(/não disponível/) });
    expect(parseNumberText('X')).toMatchObject({ kind: 'missing', reason: expect.stringMatching(/individualização/) });
    expect(parseNumberText('-')).toMatchObject({ kind: 'missing', reason: expect.stringMatching(/igual a zero/) });
  });

  it('refuses text, several decimal separators and bad grouping', () => {
    for (const raw of ['abc', '1,2,3', '12.34.5', '1.23,4.5', '12a', '--1', '1..2', 'R$'])
      expect(parseNumberText(raw).kind, raw).toBe('invalid');
    expect(parseNumberText('').kind).toBe('empty');
    expect(parseNumberText('   ').kind).toBe('empty');
  });

  it('refuses a 100,000-character cell without trouble', () => {
    expect(parseNumberText('9'.repeat(100_000)).kind).toBe('invalid');
    expect(parseNumberText('a'.repeat(100_000)).kind).toBe('invalid');
  });
});

describe('parseNumberText: properties', () => {
  const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });

  it('reads back any number written by Intl for pt-BR (grouping and decimal comma)', () => {
    const format = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(finite, (n) => {
        const written = format.format(n).replace(/\u2212/, '-');
        const expected = Number(
          format
            .formatToParts(n)
            .map((p) => (p.type === 'group' ? '' : p.type === 'decimal' ? '.' : p.type === 'minusSign' ? '-' : p.value))
            .join(''),
        );
        expect(value(written, 'comma')).toBeCloseTo(expected, 6);
        expect(value(written, 'auto')).toBeCloseTo(expected, 6);
      }),
    );
  });

  it('reads back any number written by Intl for en-US in a dot column', () => {
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(finite, (n) => {
        const written = format.format(n);
        const expected = Number(
          format
            .formatToParts(n)
            .map((p) => (p.type === 'group' ? '' : p.value))
            .join(''),
        );
        expect(value(written, 'dot')).toBeCloseTo(expected, 6);
      }),
    );
  });

  it("reads JavaScript's own writing of any double exactly in a dot column (no noise to clean there)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = String(n);
        fc.pre(!text.includes('e'));
        const expected = cleanFloatNoise(n);
        expect(value(text, 'dot')).toBe(Object.is(expected, -0) ? 0 : expected);
      }),
    );
  });

  it('a footnote marker or surrounding spaces never change the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom('(1)', '(2)', '¹', '*', ' (3)'),
        fc.constantFrom('', ' ', '\u00a0'),
        (n, note, pad) => {
          expect(value(`${pad}${n}${note}${pad}`)).toBe(n);
        },
      ),
    );
  });

  it('never throws, and always says what it found', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(['empty', 'number', 'missing', 'invalid']).toContain(parseNumberText(s).kind);
      }),
    );
  });
});

describe('detectDecimalStyle', () => {
  it('settles on what unambiguous values say', () => {
    expect(detectDecimalStyle(['1.234', '53280,339999998'])).toBe('comma');
    expect(detectDecimalStyle(['1.234', '0.5'])).toBe('dot');
    expect(detectDecimalStyle(['1,234,567'])).toBe('dot');
    expect(detectDecimalStyle(['1.234.567'])).toBe('comma');
    expect(detectDecimalStyle(['1.234', '12', 'x'])).toBeNull();
  });
});

/** cleanFloatNoise as it was before its numeric pre-check: the pre-check must never change an answer. */
function cleanFloatNoiseByText(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const text = String(Math.abs(value));
  if (text.length < 15 || text.includes('e')) return value;
  const point = text.indexOf('.');
  const significant = (text.slice(0, point) + text.slice(point + 1)).replace(/^0+/, '').length;
  if (significant < 14) return value;
  const noise = /^(\d*?)(9{5,}|0{5,})[1-9]\d{0,2}$/.exec(text.slice(point + 1));
  if (!noise) return value;
  const rounded = Number(value.toFixed(noise[1]?.length ?? 0));
  return Object.is(rounded, -0) ? 0 : rounded;
}

describe('cleanFloatNoise: the numeric pre-check', () => {
  const same = (n: number): void => {
    expect(Object.is(cleanFloatNoise(n), cleanFloatNoiseByText(n)), String(n)).toBe(true);
  };

  it('gives the same answer as reading the digits, for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), same), { numRuns: 10_000 });
    fc.assert(fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), same), { numRuns: 20_000 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => same(a / b)),
      {
        numRuns: 20_000,
      },
    );
  });

  it('gives the same answer on noise and near-noise, written digit by digit', () => {
    let cleaned = 0;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.stringMatching(/^\d{0,8}$/),
        fc.constantFrom('0', '9'),
        fc.integer({ min: 3, max: 12 }),
        fc.stringMatching(/^[1-9]\d{0,3}$/),
        fc.boolean(),
        (int, keep, digit, run, tail, negative) => {
          const n = Number(`${negative ? '-' : ''}${int}.${keep}${digit.repeat(run)}${tail}`);
          if (cleanFloatNoiseByText(n) !== n) cleaned++;
          same(n);
          same(n / 10);
          same(n * 1000);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(cleaned).toBeGreaterThan(500);
  });

  it('still cleans sums of binary floats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -99_999, max: 99_999 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (cents, d) => {
          const n = cents.reduce((sum, c) => sum + c / 10 ** d, 0);
          same(n);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(cleanFloatNoise(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloatNoise(1.1 + 2.2)).toBe(3.3);
  });
});
