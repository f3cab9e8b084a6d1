import { describe, expect, it } from 'vitest';
import { pct, ratio } from '../../../renderer/src/features/attraction/format';

describe('the target sectors table’s numbers', () => {
  it('writes QL and density with two decimals always, so the column lines up ("0,40" beside "1,43")', () => {
    expect(ratio(0.4, 'pt-BR')).toBe('0,40');
    expect(ratio(1.4321, 'pt-BR')).toBe('1,43');
    expect(ratio(0.34, 'en')).toBe('0.34');
    expect(ratio(null, 'pt-BR')).toBe('–');
  });

  it('writes a change with its sign and one decimal always, as the rationale beside it does ("+4,0%", not "+4%")', () => {
    expect(pct(0.04, 'pt-BR')).toBe('+4,0%');
    expect(pct(-0.015, 'pt-BR')).toBe('-1,5%');
    expect(pct(0.4, 'es')).toBe('+40,0 %');
    expect(pct(0.4, 'pt-BR')).toBe('+40,0%');
    expect(pct(undefined, 'en')).toBe('–');
  });
});
