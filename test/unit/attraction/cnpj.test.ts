import { describe, expect, it } from 'vitest';
import { checkCnpj, formatCnpj, isValidCnpj } from '../../../shared/features/attraction/cnpj';

/**
 * Published CNPJs: Banco do Brasil S.A. 00.000.000/0001-91 and Petróleo Brasileiro S.A. — Petrobras
 * 33.000.167/0001-01 (both printed on their published financial statements and in the Receita
 * Federal's public CNPJ register); 11.222.333/0001-81 is the worked example of the módulo-11 rule used
 * across validator documentation (e.g. the Receita's own algorithm description reproduced by
 * validation libraries). The invalid ones change one check digit, or repeat one digit.
 */
describe('CNPJ check digits', () => {
  it.each(['00.000.000/0001-91', '33.000.167/0001-01', '11.222.333/0001-81', '11222333000181'])('accepts %s', (cnpj) => {
    expect(isValidCnpj(cnpj)).toBe(true);
  });

  it('names the expected check digits of a wrong one', () => {
    expect(checkCnpj('00.000.000/0001-92')).toEqual({ ok: false, reason: 'check-digits', digits: '00000000000192', expected: '91' });
    expect(checkCnpj('33.000.167/0001-10')).toMatchObject({ ok: false, reason: 'check-digits', expected: '01' });
    expect(checkCnpj('11.222.333/0001-18')).toMatchObject({ ok: false, expected: '81' });
  });

  it('refuses wrong lengths, letters and repeated digits', () => {
    expect(checkCnpj('1122233300018')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCnpj('11.222.333/0001-8A')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCnpj('11.111.111/1111-11')).toMatchObject({ ok: false, reason: 'repeated' });
    expect(checkCnpj('00000000000000')).toMatchObject({ ok: false, reason: 'repeated' });
  });

  it('works the first digit by hand for 11.222.333/0001-81', () => {
    // 1·5+1·4+2·3+2·2+2·9+3·8+3·7+3·6+0·5+0·4+0·3+1·2 = 102; 102 mod 11 = 3; 11 − 3 = 8.
    // Second: 1·6+1·5+2·4+2·3+2·2+3·9+3·8+3·7+0·6+0·5+0·4+1·3+8·2 = 120; 120 mod 11 = 10; 11 − 10 = 1.
    expect(checkCnpj('112223330001' + '81').ok).toBe(true);
    expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
  });
});
