import { describe, expect, it } from 'vitest';
import { checkCnpj, checkCnpjCell, formatCnpj, isValidCnpj } from '../../../shared/features/attraction/cnpj';

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

/**
 * The alphanumeric CNPJ (IN RFB 2.229/2024, issued from July 2026): 12 characters [0-9A-Z] and 2
 * numeric check digits, each character counted as its ASCII code − 48. 12.ABC.345/01DE-35 is the
 * example the Receita Federal publishes with the rule. It was refused as "not 14 digits", so a
 * company registered since July 2026 could not be added, imported or written.
 */
describe('alphanumeric CNPJ', () => {
  it('works the Receita example 12.ABC.345/01DE-35 by hand', () => {
    // Values: 1 2 A=17 B=18 C=19 3 4 5 0 1 D=20 E=21 ("A" is ASCII 65, 65 − 48 = 17).
    // First: 1·5+2·4+17·3+18·2+19·9+3·8+4·7+5·6+0·5+1·4+20·3+21·2
    //      = 5+8+51+36+171+24+28+30+0+4+60+42 = 459; 459 mod 11 = 8; 11 − 8 = 3.
    // Second: 1·6+2·5+17·4+18·3+19·2+3·9+4·8+5·7+0·6+1·5+20·4+21·3+3·2
    //      = 6+10+68+54+38+27+32+35+0+5+80+63+6 = 424; 424 mod 11 = 6; 11 − 6 = 5.
    expect(checkCnpj('12.ABC.345/01DE-35')).toEqual({ ok: true, digits: '12ABC34501DE35' });
    expect(checkCnpj('12ABC34501DE35').ok).toBe(true);
    expect(formatCnpj('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
  });

  it('reads letters typed in lower case as the capitals they are', () => {
    expect(checkCnpj('12.abc.345/01de-35')).toEqual({ ok: true, digits: '12ABC34501DE35' });
    expect(checkCnpjCell(' 12abc34501DE35 ')).toEqual({ ok: true, digits: '12ABC34501DE35' });
  });

  it('names the expected check digits of a wrong one, and refuses letters where the check digits go', () => {
    expect(checkCnpj('12.ABC.345/01DE-53')).toEqual({ ok: false, reason: 'check-digits', digits: '12ABC34501DE53', expected: '35' });
    expect(checkCnpj('12.ABC.345/01DE-3A')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCnpj('12.ÁBC.345/01DE-35')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkCnpj('12.ABC.345/01D-35')).toMatchObject({ ok: false, reason: 'length' });
  });

  it('keeps numeric CNPJs as they were, the zeros a spreadsheet dropped put back', () => {
    expect(checkCnpjCell('1234567000195')).toEqual({ ok: true, digits: '01234567000195' });
    expect(formatCnpj('01234567000195')).toBe('01.234.567/0001-95');
    expect(formatCnpj('1234567000195')).toBe('1234567000195');
  });
});
