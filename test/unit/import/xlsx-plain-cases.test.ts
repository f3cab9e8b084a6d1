import { describe, expect, it } from 'vitest';
import { openTableSource } from '../../../shared/import/read/open-file';
import { type XlsxSource } from '../../../shared/import/read/xlsx-source';
import { makeZip } from '../../support/files';
import { expectSameAsExcelJs, readPlain } from '../../support/xlsx-readers';

/**
 * The plain xlsx reader on hand-written workbook XML, one feature at a time: each case is read by
 * both readers and must come out the same (test/support/xlsx-readers.ts), and the values are the
 * ones worked out by hand from the XML below.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(opts: { sheetData: string; strings?: string; date1904?: boolean; tail?: string; styles?: string }): Uint8Array {
  const styles =
    opts.styles ??
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
     <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="4"/></cellXfs>`;
  return makeZip([
    {
      name: '[Content_Types].xml',
      text: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      text: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R_NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Dados &amp; mais" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    },
    { name: 'xl/styles.xml', text: `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${styles}</styleSheet>` },
    { name: 'xl/sharedStrings.xml', text: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${opts.strings ?? ''}</sst>` },
    {
      name: 'xl/worksheets/sheet1.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${R_NS}><sheetData>${opts.sheetData}</sheetData>${opts.tail ?? ''}</worksheet>`,
    },
  ]);
}

async function cells(bytes: Uint8Array): Promise<unknown[][]> {
  await expectSameAsExcelJs(bytes);
  const book = await readPlain(bytes);
  const sheet = book.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return Array.from({ length: sheet.rowCount }, (_, i) => book.readRow(sheet.name, i + 1, new Map()).cells);
}

describe('the plain xlsx reader, feature by feature', () => {
  it('shared strings: plain, rich text runs joined, phonetic runs left out, _x000D_ escapes, entities', async () => {
    const bytes = workbook({
      strings:
        '<si><t>Belo Horizonte</t></si>' +
        '<si><r><rPr><b/></rPr><t>Con</t></r><r><t xml:space="preserve">tagem </t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>linha_x000D_nova &amp; &lt;tag&gt; &#233;</t></si>',
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    });
    expect(await cells(bytes)).toEqual([['Belo Horizonte', 'Contagem ', '東京', 'linha\rnova & <tag> é']]);
  });

  it('inline strings, plain and rich; str results decoded; booleans; errors as text', async () => {
    const bytes = workbook({
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Ipatinga</t></is></c><c r="B1" t="inlineStr"><is><r><t>Juiz </t></r><r><rPr><i/></rPr><t>de Fora</t></r></is></c>' +
        '<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="str"><v>a &amp;amp; b</v></c></row>',
    });
    expect(await cells(bytes)).toEqual([['Ipatinga', 'Juiz de Fora', true, '#N/A', 'a & b']]);
  });

  it('formulas by their cached result (number, text, error), none without a result', async () => {
    const bytes = workbook({
      sheetData:
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C1" t="e"><f>NA()</f><v>#N/A</v></c>' +
        '<c r="D1" s="2"><f t="shared" ref="D1:D2" si="0">A1/8</f><v>0.25</v></c></row>' +
        '<row r="2"><c r="D2" s="2"><f t="shared" si="0"/><v>0.5</v></c><c r="E2"><f>A1*3</f></c></row>',
    });
    expect(await cells(bytes)).toEqual([
      [2, 'xy', '#N/A', { percent: 0.25 }],
      [null, null, null, { percent: 0.5 }],
    ]);
    // Through the import's own route, which must take the plain reader for this sheet.
    const source = (await openTableSource(bytes, 'f.xlsx')) as XlsxSource;
    expect(source.reader).toBe('plain');
    source.head(source.sheets[0]?.name ?? '', 5);
    expect(source.formulasWithoutResults(source.sheets[0]?.name ?? '')).toEqual([{ column: 4, row: 2 }]);
  });

  it('dates by format under the 1900 system (serial 45000 = 2023-03-15) and percents by built-in and custom formats', async () => {
    const bytes = workbook({
      sheetData:
        '<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>1234.5</v></c></row>',
    });
    const [row] = await cells(bytes);
    expect(row).toEqual([new Date(Date.UTC(2023, 2, 15)), { percent: 0.125 }, { percent: 0.5 }, 1234.5]);
  });

  it('dates under the 1904 system: the same serial is 1,462 days later', async () => {
    const [row] = await cells(workbook({ date1904: true, sheetData: '<row r="1"><c r="A1" s="1"><v>45000</v></c></row>' }));
    expect(row).toEqual([new Date(Date.UTC(2027, 2, 16))]);
  });

  it('gaps: missing rows and cells, styled empty cells (in the width, not in the values), self-closing rows', async () => {
    const bytes = workbook({
      sheetData:
        '<row r="2"><c r="B2"><v>1</v></c><c r="E2" s="4"/></row><row r="4"/>' +
        '<row r="5"><c r="A5"/><c r="C5"><v>3</v></c><c r="H5" s="1"/></row>',
    });
    expect(await cells(bytes)).toEqual([[], [null, 1], [], [], [null, null, 3]]);
    const book = await readPlain(bytes);
    expect(book.sheets[0]).toMatchObject({ name: 'Dados & mais', rowCount: 5, columnCount: 8 });
  });

  it('merged ranges: every cell takes the first one’s text', async () => {
    const bytes = workbook({
      strings: '<si><t>Título</t></si>',
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>7</v></c></row>',
      tail: '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>',
    });
    expect(await cells(bytes)).toEqual([
      ['Título', 'Título', 'Título'],
      ['Título', 'Título', 'Título'],
    ]);
  });

  it('leaves to exceljs what it does not read (hyperlinks, a number heading a merge, comments), with the same result', async () => {
    const cases = [
      workbook({
        sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>',
        tail: '<hyperlinks><hyperlink ref="A1" location="B1"/></hyperlinks>',
      }),
      workbook({ sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>', tail: '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>' }),
      workbook({ sheetData: '<row r="1"><!-- x --><c r="A1"><v>5</v></c></row>' }),
    ];
    for (const bytes of cases) {
      await expect(readPlain(bytes)).rejects.toThrow(/not a plain workbook/);
      const source = await openTableSource(bytes, 'f.xlsx');
      expect(source.format).toBe('xlsx');
      expect((source as XlsxSource).reader).toBe('exceljs');
    }
    expect(
      ((await openTableSource(workbook({ sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>' }), 'f.xlsx')) as XlsxSource).reader,
    ).toBe('plain');
  });
});
