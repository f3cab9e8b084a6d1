import { describe, expect, it } from 'vitest';
import { canonicalCsv, canonicalNumber, compareText } from '../../../shared/export/canonical-csv';

describe('the canonical CSV layouts written by arranjo export --csv', () => {
  it('writes numbers with dot decimals, without grouping, float noise or exponents', () => {
    expect(canonicalNumber(0.1 + 0.2)).toBe('0.3');
    expect(canonicalNumber(4_200_000)).toBe('4200000');
    expect(canonicalNumber(2500000.5)).toBe('2500000.5');
    expect(canonicalNumber(-2.5)).toBe('-2.5');
    expect(canonicalNumber(1e-7)).toBe('0.0000001');
    expect(canonicalNumber(10.5 * 3)).toBe('31.5');
    expect(canonicalNumber(Number.NaN)).toBe('');
  });

  it('writes null as an empty cell, quotes per RFC 4180 and ends with a line break', () => {
    const csv = canonicalCsv({ header: ['a', 'b', 'c'], rows: [['x, "y"', null, 1.1 + 2.2]] });
    expect(csv).toBe('a,b,c\n"x, ""y""",,3.3\n');
  });

  it('orders codes the same on every machine (ordinal, not the locale)', () => {
    expect(['b', 'B', 'a', 'Á'].sort(compareText)).toEqual(['B', 'a', 'b', 'Á']);
  });
});
