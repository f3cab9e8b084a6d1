import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { makeXlsx, utf8 } from '../support/files';
import { newEngine } from '../support/node-engine';

/**
 * Issue 15 #10: the same text reads as the same number whatever its container, and a workbook
 * whose formulas have no saved result is refused saying so, not "map at least one value column".
 */
const HEADER = ['territory_code', 'classification', 'sector_code', 'year', 'jobs'];

/** The CLI's result lists warnings by message; the two kinds this file is about, by their words. */
function kind(message: string): string {
  if (/since nothing else in the file shows its decimal separator/.test(message)) return 'ambiguous-decimal';
  if (/is not a whole number/.test(message)) return 'odd-count';
  if (/^the column mixes numbers with a decimal dot/.test(message)) return 'mixed-decimal';
  return message;
}

async function freshEngine(): Promise<Engine> {
  const engine = await newEngine();
  await engine.createWorkspace({ demo: false });
  return engine;
}

/** Imports `jobs` texts for sectors 1, 2, … of Belo Horizonte in 2015; returns jobs by sector and the warnings. */
async function importJobs(
  container: 'csv;' | 'csv,' | 'xlsx',
  jobs: string[],
): Promise<{ values: Record<string, number>; warnings: { code: string; row: number | null; column: string | null }[] }> {
  const rows = jobs.map((j, i) => ['3106200', 'ibge-setor', String(i + 1), '2015', j]);
  let bytes: Uint8Array;
  let name: string;
  if (container === 'xlsx') {
    bytes = await makeXlsx({ Plan1: [HEADER, ...rows] });
    name = 'empregos.xlsx';
  } else {
    const sep = container === 'csv;' ? ';' : ',';
    const quote = (c: string) => (c.includes(sep) ? `"${c}"` : c);
    bytes = utf8([HEADER, ...rows].map((r) => r.map(quote).join(sep)).join('\n') + '\n');
    name = 'empregos.csv';
  }
  const engine = await freshEngine();
  const r = await engine.importFile(bytes, name, { template: 'arranjo-long' });
  expect(r.refused, r.message ?? '').toBe(false);
  const totals = await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year: 2015 });
  return {
    values: Object.fromEntries(totals.map((t) => [t.sectorCode, t.value])),
    warnings: r.warnings.map((w) => ({ code: kind(w.message), row: w.row, column: w.column })),
  };
}

describe('one number-reading rule for text, whatever its container (issue 15 #10)', () => {
  it('"1.234" in a pt-BR file is 1234 from a CSV and from an xlsx text cell alike, and the reading is said', async () => {
    const csv = await importJobs('csv;', ['1.234', '56']);
    const xlsx = await importJobs('xlsx', ['1.234', '56']);
    expect(csv.values).toEqual({ '1': 1234, '2': 56 });
    expect(xlsx.values).toEqual(csv.values);
    for (const r of [csv, xlsx]) expect(r.warnings).toEqual([{ code: 'ambiguous-decimal', row: 2, column: 'jobs' }]);
  }, 60_000);

  it('the file settles it, in any container: a decimal comma elsewhere makes "1.234" a thousand, a decimal dot a decimal', async () => {
    for (const container of ['csv;', 'csv,', 'xlsx'] as const) {
      const pt = await importJobs(container, ['1.234', '2,5']);
      expect(pt.values, container).toEqual({ '1': 1234, '2': 2.5 });
      const en = await importJobs(container, ['1.234', '2.5']);
      expect(en.values, container).toEqual({ '1': 1.234, '2': 2.5 });
      expect(
        [...pt.warnings, ...en.warnings].filter((w) => w.code === 'ambiguous-decimal'),
        container,
      ).toEqual([]);
    }
  }, 120_000);

  it('a column written in both conventions says so at its two-way numeral, read by the comma on a tie (it was silent)', async () => {
    for (const container of ['csv,', 'xlsx'] as const) {
      const r = await importJobs(container, ['1,234,567', '7.654.321', '1,234']);
      expect(r.values, container).toEqual({ '1': 1234567, '2': 7654321, '3': 1.234 });
      expect(
        r.warnings.filter((w) => w.code === 'mixed-decimal'),
        container,
      ).toEqual([{ code: 'mixed-decimal', row: 4, column: 'jobs' }]);
    }
    // One convention, however written, says nothing of the kind.
    const one = await importJobs('csv,', ['1,234,567', '7,654', '2.5']);
    expect(one.warnings.filter((w) => w.code === 'mixed-decimal')).toEqual([]);
  }, 60_000);

  it('a comma-separated file keeps its convention (dot decimals, as Arranjo exports) and says so when a value could read either way', async () => {
    const r = await importJobs('csv,', ['1.234', '56']);
    expect(r.values).toEqual({ '1': 1.234, '2': 56 });
    expect(r.warnings.filter((w) => w.code === 'ambiguous-decimal')).toEqual([{ code: 'ambiguous-decimal', row: 2, column: 'jobs' }]);
  }, 60_000);

  it('--decimal picks the reading over the template', async () => {
    const engine = await freshEngine();
    const bytes = await makeXlsx({ Plan1: [HEADER, ['3106200', 'ibge-setor', '1', '2015', '1.234']] });
    const r = await engine.importFile(bytes, 'empregos.xlsx', { template: 'arranjo-long', decimal: 'dot' });
    expect(r.warnings.map((w) => kind(w.message))).toEqual(['odd-count']); // 1.234 jobs: not a whole number
    expect((await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year: 2015 }))[0]?.value).toBe(1.234);
  }, 60_000);
});

describe('formulas without saved results (issue 15 #10)', () => {
  async function formulaWorkbook(formulaFrom: number): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan1');
    ws.addRow(HEADER);
    for (let i = 1; i <= 300; i++) {
      const jobs = i >= formulaFrom ? ({ formula: `${i}*2` } as ExcelJS.CellFormulaValue) : i;
      ws.addRow(['3106200', 'ibge-setor', String(i), 2015, jobs]);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('a value column of formulas only is refused naming the sheet, column and what to do; the workspace is unchanged', async () => {
    const engine = await freshEngine();
    const before = await engine.exportWorkspace();
    const r = await engine.importFile(await formulaWorkbook(1), 'gerado.xlsx', { template: 'arranjo-long' });
    expect(r.refused).toBe(true);
    expect(r.message).toBe(
      'gerado.xlsx, sheet Plan1, row 2, column E ("jobs"): column E ("jobs") has formulas without saved results. ' +
        'Open the file in Excel or LibreOffice Calc, save it (that stores the results), and import it again; nothing was imported.',
    );
    expect(r.message).not.toMatch(/map at least one value column/);
    expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
  }, 60_000);

  it('formulas past the first rows read (row 290) are refused too, not dropped as empty cells', async () => {
    const engine = await freshEngine();
    const r = await engine.importFile(await formulaWorkbook(290), 'gerado.xlsx', { template: 'arranjo-long' });
    expect(r.refused).toBe(true);
    expect(r.errors[0]).toMatchObject({ row: 291, column: 'E ("jobs")' });
    expect(await engine.sectorTotals({ classification: 'ibge-setor', measure: 'jobs', year: 2015 })).toEqual([]);
  }, 60_000);
});

describe('a number of more digits than a value keeps', () => {
  it('is refused at its cell, from a CSV and from an xlsx text cell alike, rather than stored rounded; the workspace is unchanged', async () => {
    // Before: "99999999999999999999999" was stored as 1e23 and "9007199254740993" as …992, without a word.
    for (const [container, name] of [
      ['csv;', 'empregos.csv'],
      ['xlsx', 'empregos.xlsx'],
    ] as const) {
      const rows = ['99999999999999999999999', '9007199254740993', '9007199254740991'].map((j, i) => [
        '3106200',
        'ibge-setor',
        String(i + 1),
        '2015',
        j,
      ]);
      const bytes =
        container === 'xlsx'
          ? await makeXlsx({ Plan1: [HEADER, ...rows] })
          : utf8([HEADER, ...rows].map((r) => r.join(';')).join('\n') + '\n');
      const engine = await freshEngine();
      const before = await engine.exportWorkspace();
      const r = await engine.importFile(bytes, name, { template: 'arranjo-long' });
      expect(r.refused, container).toBe(true);
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'jobs'],
        [3, 'jobs'],
      ]);
      expect(r.errors[0]?.message).toMatch(/"99999999999999999999999" has more digits than a value keeps exactly/);
      expect(Buffer.compare(await engine.exportWorkspace(), before)).toBe(0);
    }
  }, 60_000);
});
