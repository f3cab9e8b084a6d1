import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../renderer/src/features/prioritization/format';

describe('prioritization numbers', () => {
  it('gives a column of scores its fixed decimals, as the workbook’s 0.0000', () => {
    expect(formatNumber(1, 'es', 4, 4)).toBe('1,0000');
    expect(formatNumber(0.06, 'pt-BR', 4, 4)).toBe('0,0600');
    expect(formatNumber(0.26834, 'en', 4, 4)).toBe('0.2683');
    // Never "-0,0000": a flow that cancels to −1e−17 is 0.
    expect(formatNumber(-1e-17, 'pt-BR', 4, 4)).toBe('0,0000');
  });

  it('keeps other values at their own decimals, up to the maximum', () => {
    expect(formatNumber(2315560, 'pt-BR')).toBe('2.315.560');
    expect(formatNumber(0.06, 'es', 4)).toBe('0,06');
    expect(formatNumber(Number.NaN, 'en', 4, 4)).toBe('–');
  });
});
