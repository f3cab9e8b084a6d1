import { describe, expect, it } from 'vitest';
import { compactMoney, pct } from '../../../renderer/src/features/works/works-format';

describe('works money in a narrow cell', () => {
  it('keeps "R$" on the number\'s line: a non-breaking space between them (the dashboard read "R$ / 760K" at 1024 px)', () => {
    expect(compactMoney(760_000, 'en')).toBe('R$\u00a0760K');
    expect(compactMoney(6_900_000, 'pt-BR')).toMatch(/^R\$\u00a06,9\smi$/);
    expect(compactMoney(6_900_000, 'es')).not.toMatch(/R\$ /);
  });
});

describe('works progress in a column', () => {
  it('has one decimal always, so "25,0%" stands under "80,7%" (it read "25%")', () => {
    expect(pct(25, 'pt-BR')).toBe('25,0%');
    expect(pct(80.66, 'pt-BR')).toBe('80,7%');
    expect(pct(null, 'es')).toBe('–');
  });
});
