import { describe, expect, it } from 'vitest';
import { compactMoney } from '../../../renderer/src/features/works/works-format';

describe('works money in a narrow cell', () => {
  it('keeps "R$" on the number\'s line: a non-breaking space between them (the dashboard read "R$ / 760K" at 1024 px)', () => {
    expect(compactMoney(760_000, 'en')).toBe('R$\u00a0760K');
    expect(compactMoney(6_900_000, 'pt-BR')).toMatch(/^R\$\u00a06,9\smi$/);
    expect(compactMoney(6_900_000, 'es')).not.toMatch(/R\$ /);
  });
});
