import { describe, expect, it } from 'vitest';
import { crText } from '../../../renderer/src/components/weights/cr-text';

describe('the consistency ratio beside its verdict', () => {
  it('shows three decimals', () => {
    expect(crText(0.0436, 'pt-BR')).toBe('0,044');
    expect(crText(0.2512, 'en')).toBe('0.251');
  });

  it('never rounds onto the 0.10 threshold it was judged against', () => {
    // 0.1003 read "0,100" under "acima de 0,10"; 0.09996 read "0,100" as consistent.
    expect(crText(0.1003, 'pt-BR')).toBe('0,1003');
    expect(crText(0.09996, 'es')).toBe('0,09996');
    expect(crText(0.1, 'pt-BR')).toBe('0,1');
  });
});
