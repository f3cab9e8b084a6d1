import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hostileImportFiles } from '../../support/hostile-files';
import { makeXlsx } from '../../support/files';
import { expectSameAsExcelJs } from '../../support/xlsx-readers';

/**
 * The plain xlsx reader (issue 16) reads exactly what exceljs's model reads: for every workbook
 * in resources/ and test/fixtures, the bench's generated file (a small variant), the hostile
 * corpus's readable workbooks and exceljs-written ones, the same sheets (names, order, row and
 * column counts, hidden), the same cells row by row (values and types, row numbers) and the same
 * formulas without a saved result.
 */

function xlsxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.xlsx'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The bench's workbook (test/bench/import-bench.ts makeFiles), 2,000 rows instead of 100,000. */
async function benchWorkbook(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = writer.addWorksheet('Dados');
  sheet.addRow(['CODMUN7', 'ANO', ...Array.from({ length: 8 }, (_, i) => `IND_${i + 1}`)]).commit();
  for (let r = 0; r < 2_000; r++) {
    const code = 3100104 + r;
    sheet.addRow([code, 2001, ...Array.from({ length: 8 }, (_, i) => ((code % 997) * (i + 1) + 2001) / 7)]).commit();
  }
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('the plain xlsx reader reads what exceljs reads', () => {
  const files = [...xlsxUnder('resources'), ...xlsxUnder('test/fixtures')];

  it('finds the workbooks to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(
      file,
      async () => {
        await expectSameAsExcelJs(new Uint8Array(readFileSync(file)));
      },
      60_000,
    );
  }

  it("the bench's generated workbook (streamed by exceljs, inline-free numbers, shared strings)", async () => {
    await expectSameAsExcelJs(await benchWorkbook());
  });

  it('workbooks exceljs writes: several sheets, empty cells and rows, text that looks like markup', async () => {
    await expectSameAsExcelJs(
      await makeXlsx({
        Plan1: [['a', null, 'c'], [], [1, 2.5, -3e-7], [null, null, null, 'd & <e> "f"']],
        'Outra folha & cia': [['só texto'], [null, 42]],
      }),
    );
  });

  it('the readable workbooks of the hostile corpus (formulas without results among them)', async () => {
    const readable = ['formulas-sem-resultado.xlsx'];
    const files = (await hostileImportFiles()).filter((h) => readable.includes(h.name));
    expect(files.map((f) => f.name)).toEqual(readable);
    for (const f of files) await expectSameAsExcelJs(f.bytes);
  });
});
