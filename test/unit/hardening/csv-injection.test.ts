import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/cli/output';
import { issuesToCsv } from '../../../shared/import/pipeline/issues';
import { csvCell, neutraliseFormula, unneutraliseFormula } from '../../../shared/text/csv-cell';
import { parseSlice } from '../../../shared/import/read/csv-source';

// OWASP CSV injection: a cell that starts with = + - @ tab or CR is a formula to Excel/Calc.
const HOSTILE = ['=1+1', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', '\t=1', '\r=1'];

describe('CSV formula injection (issue 15 #1)', () => {
  it('the shared cell writer prefixes a single quote to formula-like text', () => {
    for (const text of HOSTILE) expect(csvCell(text, ',').replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=1+1', ',')).toBe("'=1+1");
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('say "hi"', ';')).toBe('"say ""hi"""');
  });

  it('numbers, negative numbers as text and ordinary text stay as they are', () => {
    expect(csvCell(-3.5, ',')).toBe('-3.5');
    expect(csvCell('-3.5', ',')).toBe('-3.5');
    expect(csvCell('-1.234,56', ';')).toBe('-1.234,56');
    expect(csvCell('+12', ',')).toBe('+12');
    expect(csvCell('-', ',')).toBe("'-");
    expect(csvCell('Belo Horizonte', ',')).toBe('Belo Horizonte');
    expect(csvCell(null, ',')).toBe('');
  });

  it('CLI csv output neutralises alternative and site names', () => {
    const csv = toCsv(
      ['alternative', 'score'],
      HOSTILE.map((h) => [h, 1]),
    );
    for (const line of csv.trim().split('\n').slice(1)) expect(line.replace(/^"/, '')[0]).toBe("'");
  });

  it('the import-issues CSV neutralises the echoed raw cell', () => {
    const csv = issuesToCsv(
      [{ severity: 'error', code: 'not-a-number', message: 'x', row: 3, column: 'B', value: '=HYPERLINK("http://x")' }],
      'f.csv',
      'f',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });

  it('the CSV reader takes the quote off again: every text comes back as it was written', () => {
    const texts = [...HOSTILE, "'=1+1", "''=1", "'abc", "'", 'abc', '-3.5', "'-3.5", '=HYPERLINK("http://x","a, b")'];
    for (const text of texts) expect(unneutraliseFormula(neutraliseFormula(text)), text).toBe(text);
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("'abc")).toBe("'abc");
    const csv = toCsv(
      ['name', 'n'],
      texts.map((t) => [t, 1]),
    );
    const read = parseSlice(csv.trimEnd(), ',')
      .slice(1)
      .map((r) => r[0]);
    expect(read).toEqual(texts.map((t) => t));
  });
});
