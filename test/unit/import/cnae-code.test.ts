import { describe, expect, it } from 'vitest';
import { readCnae, writtenCnae } from '../../../shared/import/values/cnae-code';

// Codes of CNAE 2.x as the workspace stores them (digits): division 25, group 251, class 25128
// (Fabricação de esquadrias de metal), subclass 2512800.
const KNOWN = new Set(['25', '251', '25128', '2512800']);

describe('a CNAE code read from an agency sheet', () => {
  it('takes each level however it is punctuated, and writes it as IBGE does', () => {
    expect(['2512-8/00', '2512800', '2512 8 00', '25.12-8', '25128', '25.1', '25'].map((t) => readCnae(t, KNOWN))).toEqual([
      { ok: true, code: '2512-8/00' },
      { ok: true, code: '2512-8/00' },
      { ok: true, code: '2512-8/00' },
      { ok: true, code: '25.12-8' },
      { ok: true, code: '25.12-8' },
      { ok: true, code: '25.1' },
      { ok: true, code: '25' },
    ]);
  });

  it('refuses a code of no level, and one the classification lacks, saying what to write', () => {
    for (const text of ['ABC', '2512', '251280', '25128000', '25a']) {
      const read = readCnae(text, KNOWN);
      expect(read.ok, text).toBe(false);
      if (!read.ok)
        expect(read.message).toMatch(
          /is not a CNAE code: write a division \(25\), group \(25\.1\), class \(25\.12-8\) or subclass \(2512-8\/00\)/,
        );
    }
    expect(readCnae('9999-9/99', KNOWN)).toEqual({
      ok: false,
      message: '"9999-9/99" is no CNAE 2.x subclass: check the code (IBGE\'s CNAE search, concla.ibge.gov.br) or leave the cell empty.',
    });
  });

  it('writes the levels as IBGE does', () => {
    expect(['01', '011', '01113', '0111301'].map(writtenCnae)).toEqual(['01', '01.1', '01.11-3', '0111-3/01']);
  });
});
