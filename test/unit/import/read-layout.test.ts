import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { CsvSource, parseSlice } from '../../../shared/import/read/csv-source';
import { countRecords, decodeTextFile, detectDelimiter, type Delimiter } from '../../../shared/import/read/decode-text';
import { openTableSource } from '../../../shared/import/read/open-file';
import { sniffFile } from '../../../shared/import/read/sniff';
import type { SourceRow, TableSource } from '../../../shared/import/read/table-source';
import { readWithExcelJs } from '../../../shared/import/read/xlsx-source';
import { readPlain } from '../../support/xlsx-readers';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

async function xlsx(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Plan1'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('text files', () => {
  it('detects the encoding: UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1252', () => {
    expect(decodeTextFile(utf8('Município'))).toMatchObject({ text: 'Município', encoding: 'utf-8' });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Município')]))).toMatchObject({
      text: 'Município',
      encoding: 'utf-8-bom',
    });
    expect(decodeTextFile(latin1('Município;Seleções'))).toMatchObject({ text: 'Município;Seleções', encoding: 'windows-1252' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Ação'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    expect(decodeTextFile(utf16)).toMatchObject({ text: 'Ação', encoding: 'utf-16le' });
  });

  it('detects the delimiter from the data block, not the title line', () => {
    expect(detectDelimiter('Coluna;IBGE Setor\nMunicípio;1 - Extrativa;2 - Indústria\n310010:MG-A;26;466\n310020:MG-B;9;635\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(detectDelimiter('nome;valor\n"Agropecuária, extração";1,5\n"Comércio, varejo";2,5\n')).toBe(';');
  });

  it("reads an unquoted CSV's head as it is asked for, with the first slice's width and rows as a whole parse gives", () => {
    // ~100,000 characters: past the head read at open (64 Ki) and inside the first parse slice (1 Mi).
    // The wider rows come after the head read at open; a stray LF in this CRLF file ends a row, as
    // in a spreadsheet, and as the record count counts it.
    const rows = ['codigo,valor', ...Array.from({ length: 9_000 }, (_, i) => `${i},${i * 2}`), 'a,b,c,d', 'x,y,z\nu,v,w', 'Fonte: teste'];
    const text = rows.join('\r\n');
    const whole = parseSlice(text, ',');
    const source = CsvSource.open(utf8(text + '\r\n'), 'y.csv');
    expect(source.sheets[0]?.columnCount).toBe(4);
    expect(whole.reduce((w, r) => Math.max(w, r.length), 0)).toBe(4);
    expect(whole.slice(-3)).toEqual([['x', 'y', 'z'], ['u', 'v', 'w'], ['Fonte: teste']]);
    expect(source.sheets[0]?.rowCount).toBe(whole.length);
    expect(source.head('y', 3).map((r) => r.cells)).toEqual(whole.slice(0, 3));
    // Asking for more rows than the head read at open reads the rest of the first slice.
    expect(source.head('y', 9_006).map((r) => r.cells)).toEqual(whole);
    expect(source.head('y', 9_006).map((r) => r.row)).toEqual(whole.map((_, i) => i + 1));
    expect(source.tail('y', 2).map((r) => r.cells)).toEqual(whole.slice(-2));
    // A file inside the head read at open: tail reads it whole.
    const small = CsvSource.open(utf8('a;b\n1;2\n3;4\n'), 's.csv');
    expect(small.tail('s', 5)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('numbers CSV rows as records and reads head, tail and all rows alike', async () => {
    const lines = ['codigo;valor', ...Array.from({ length: 50_000 }, (_, i) => `${i};"a;b"`), 'Fonte: teste'];
    const source = CsvSource.open(utf8(lines.join('\r\n') + '\r\n\r\n'), 'x.csv');
    expect(source.sheets[0]).toMatchObject({ name: 'x', rowCount: 50_002, columnCount: 2 });
    expect(source.head('x', 2).map((r) => r.cells)).toEqual([
      ['codigo', 'valor'],
      ['0', 'a;b'],
    ]);
    expect(source.tail('x', 2)).toEqual([
      { row: 50_001, cells: ['49999', 'a;b'] },
      { row: 50_002, cells: ['Fonte: teste'] },
    ]);
    let count = 0;
    let last = 0;
    for await (const chunk of source.rows('x', 10, { checkpoint: () => Promise.resolve() })) {
      count += chunk.length;
      last = chunk.at(-1)?.row ?? 0;
      expect(chunk.every((r) => r.cells[1] === 'a;b' || r.row === 50_002)).toBe(true);
    }
    expect([count, last]).toEqual([50_002 - 9, 50_002]);
  });
});

describe('file kinds', () => {
  it('sniffs by content, not by name', () => {
    expect(sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffFile(utf8('<html><table><tr><td>1</td></tr></table></html>'))).toBe('html');
    expect(sniffFile(utf8('%PDF-1.4'))).toBe('pdf');
    expect(sniffFile(new Uint8Array([1, 2, 0, 4]))).toBe('binary');
    expect(sniffFile(utf8('a;b\n1;2'))).toBe('text');
  });

  it('refuses a PDF and an HTML table saved as .xls with what to do', async () => {
    await expect(openTableSource(utf8('%PDF-1.4 …'), 'tabela.pdf')).rejects.toThrow(/tabela\.pdf: this is a PDF/);
    await expect(openTableSource(utf8('<html><table></table></html>'), 'tabela.xls')).rejects.toThrow(/web page \(HTML\).*xlsx/);
    await expect(openTableSource(new Uint8Array(), 'vazio.csv')).rejects.toThrow(/vazio\.csv: the file is empty/);
  });
});

async function layoutOf(source: TableSource): Promise<ReturnType<typeof detectLayout>> {
  return detectLayout(source, source.sheets[0]?.name ?? '');
}

describe('layout detection', () => {
  it('finds the header under title rows, skips an empty first column, and stops at the footer', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('B2').value = 'Tabela 1 - População residente, 2022';
      ws.mergeCells('B2:D2');
      ws.addRow([]);
      ws.getRow(4).values = [null, 'Município', 'Código', 'População'];
      ws.getRow(5).values = [null, 'Belo Horizonte', '3106200', 2315560];
      ws.getRow(6).values = [null, 'Betim', '3106705', 411846];
      ws.getRow(7).values = [null, 'Total', null, 2727406];
      ws.getRow(9).values = [null, 'Fonte: IBGE, Censo Demográfico 2022.'];
      ws.getRow(10).values = [null, '(1) Dados preliminares.'];
    });
    const layout = await layoutOf(await openTableSource(bytes, 'pop.xlsx'));
    expect(layout).toMatchObject({
      headerRows: { first: 4, last: 4 },
      dataStart: 5,
      dataEnd: 7,
      endReason: 'footer',
      totalRows: [7],
      titleRows: [{ row: 2, text: 'Tabela 1 - População residente, 2022' }],
      yearCandidates: [{ year: 2022, source: 'title' }],
    });
    expect(layout.footerRows.map((f) => f.row)).toEqual([9, 10]);
    expect(layout.columns.map((c) => [c.letter, c.header, c.kind])).toEqual([
      ['A', '', 'empty'],
      ['B', 'Município', 'text'],
      ['C', 'Código', 'code'],
      ['D', 'População', 'number'],
    ]);
  });

  it('combines a two-row header whose group labels are merged cells', async () => {
    const bytes = await xlsx((ws) => {
      ws.getRow(1).values = ['Município', 'Empregos', null, 'Massa salarial', null];
      ws.mergeCells('B1:C1');
      ws.mergeCells('D1:E1');
      ws.getRow(2).values = [null, '2019', '2020', '2019', '2020'];
      ws.getRow(3).values = ['3106200', 1000, 1100, 5000.5, 5100.25];
    });
    const layout = await layoutOf(await openTableSource(bytes, 'x.xlsx'));
    expect(layout.headerRows).toEqual({ first: 1, last: 2 });
    expect(layout.columns.map((c) => c.header)).toEqual([
      'Município',
      'Empregos 2019',
      'Empregos 2020',
      'Massa salarial 2019',
      'Massa salarial 2020',
    ]);
  });

  it('carries a group label over blank cells in a CSV two-row header', () => {
    const source = CsvSource.open(utf8('Município;Empregos;;Massa;\n;2019;2020;2019;2020\n3106200;1;2;3,5;4,5\n'), 'x.csv');
    const layout = detectLayout(source, 'x');
    expect(layout.columns.map((c) => c.header)).toEqual(['Município', 'Empregos 2019', 'Empregos 2020', 'Massa 2019', 'Massa 2020']);
  });

  it('keeps the first data row under a header naming two columns alike (repeated, or one cell merged over two)', async () => {
    // Before: "valor;valor" passed for a group label, and the first row (a name and a year, so half
    // "text") for the header's lower row: Belo Horizonte's value was lost into the column names.
    const csv = CsvSource.open(
      utf8('codigo_ibge;municipio;valor;valor\n3106200;Belo Horizonte;2021;1234,5\n3106705;Betim;2021;99,25\n'),
      'x.csv',
    );
    expect(detectLayout(csv, 'x')).toMatchObject({ headerRows: { first: 1, last: 1 }, dataStart: 2, dataEnd: 3 });
    const merged = await xlsx((ws) => {
      ws.getRow(1).values = ['codigo_ibge', 'municipio', 'PIB', null];
      ws.mergeCells('C1:D1');
      ws.getRow(2).values = [3106200, 'Belo Horizonte', 2021, 1234.5];
      ws.getRow(3).values = [3106705, 'Betim', 2021, 99.25];
    });
    const layout = await layoutOf(await openTableSource(merged, 'x.xlsx'));
    expect(layout).toMatchObject({ headerRows: { first: 1, last: 1 }, dataStart: 2, dataEnd: 3 });
    expect(layout.columns.map((c) => c.header)).toEqual(['codigo_ibge', 'municipio', 'PIB', 'PIB']);
  });

  it('reads the year from a RAIS-style footer and stops before it', () => {
    const text =
      'Coluna;IBGE Setor\nMunicípio;1 - Extrativa mineral;2 - Indústria;3 - Serviços;Total\n310010:MG-A;26;1;2;29\nTotal;26;1;2;29\n\nSeleções vigentes\nVariável;Critério;Valor\nAno;igual a;2019\n';
    const layout = detectLayout(CsvSource.open(utf8(text), 'rais.csv'), 'rais');
    expect(layout).toMatchObject({ headerRows: { first: 2, last: 2 }, dataStart: 3, dataEnd: 4, totalRows: [4], endReason: 'footer' });
    expect(layout.yearCandidates).toEqual([{ year: 2019, source: 'footer', text: 'Ano igual a 2019' }]);
  });

  it('accepts the user corrections', () => {
    const source = CsvSource.open(utf8('a;b\n1;2\n3;4\n5;6\n'), 'x.csv');
    expect(detectLayout(source, 'x', { headerFirst: 0, dataStart: 2, dataEnd: 3 })).toMatchObject({
      headerRows: null,
      dataStart: 2,
      dataEnd: 3,
      endReason: 'user',
    });
  });

  it("ends a short CSV's data at its last row when a line of megabytes fills the head's slice", () => {
    // 40 rows whose third holds a 1.1-million-character cell: the head's first slice stops after it.
    const rows = Array.from({ length: 40 }, (_, i) => `31${String(i).padStart(5, '0')};Polo ${i === 2 ? 'x'.repeat(1_100_000) : i}`);
    const source = CsvSource.open(utf8(['cod_ibge;polo', ...rows].join('\n') + '\n'), 'longo.csv');
    const layout = detectLayout(source, 'longo');
    expect([layout.dataStart, layout.dataEnd, layout.rowCount]).toEqual([2, 41, 41]);
  });

  it('refuses an empty sheet and a sheet with only headers, naming file and sheet', async () => {
    const empty = await xlsx(() => undefined);
    await expect(layoutOf(await openTableSource(empty, 'vazio.xlsx'))).rejects.toThrow(/vazio\.xlsx, sheet Plan1: the sheet is empty/);
    const headersOnly = CsvSource.open(utf8('territory_code;year;jobs\n'), 'h.csv');
    expect(() => detectLayout(headersOnly, 'h')).toThrow('h.csv, sheet h, row 1: there are no data rows under the header.');
  });
});

describe('parseSlice: quote-free text split directly', () => {
  it('gives exactly what papaparse gives', () => {
    const cell = fc.stringMatching(/^[a-zA-Z0-9 .,;|\t\-áçã]{0,6}$/);
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(';', ',', '\t', '|'),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (delimiter, rows, newline, trailing) => {
          const text = rows.map((r) => r.join(delimiter)).join(newline) + (trailing ? newline : '');
          fc.pre(text !== '' && text !== '\r');
          const papa = Papa.parse<string[]>(text, {
            delimiter,
            newline: text.includes('\r\n') ? '\r\n' : '\n',
            skipEmptyLines: false,
          }).data;
          expect(parseSlice(text, delimiter)).toEqual(papa);
        },
      ),
    );
  });

  it('still leaves quoted text to papaparse', () => {
    expect(parseSlice('a;"b;c"\n"x\ny";2', ';')).toEqual([
      ['a', 'b;c'],
      ['x\ny', '2'],
    ]);
  });
});

describe('mixed line ends (rows appended by another tool, a hand edit)', () => {
  it('end a record at every LF or CRLF outside quotes, as a spreadsheet does; a quoted CRLF reads as LF, a lone CR stays', () => {
    expect(parseSlice('a;b\r\n1;2\n3;4\r\n5;6', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(parseSlice('a;"b\r\nc"\r\n1;"2"\n3;x\ry', ';')).toEqual([
      ['a', 'b\nc'],
      ['1', '2'],
      ['3', 'x\ry'],
    ]);
  });

  it('give as many records as the record count and the quote scan count', () => {
    const cell = fc.stringMatching(/^[a-z0-9 ]{0,4}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.boolean()), {
          minLength: 1,
          maxLength: 20,
        }),
        (lines) => {
          const row = (cells: string[], quoted: boolean) => cells.map((c) => (quoted ? `"${c}"` : c)).join(';');
          const text = lines.map(([cells, end, quoted]) => row(cells, quoted) + end).join('');
          const body = text.replace(/(\r?\n)+$/, '');
          fc.pre(body !== '');
          // Trailing rows with no text go with the trailing line breaks; every other row is a record.
          const kept = lines.map(([cells, , quoted]) => row(cells, quoted)).findLastIndex((r) => r !== '') + 1;
          const parsed = parseSlice(body, ';');
          expect(parsed).toEqual(lines.slice(0, kept).map(([cells]) => cells));
          expect(parsed).toHaveLength(countRecords(body));
          expect(CsvSource.open(utf8(text), 'm.csv').sheets[0]?.rowCount).toBe(countRecords(body));
        },
      ),
    );
  });

  it("number a long file's rows alike in its head and its pass, LF first and CRLF after", async () => {
    // Past the head read at open (64 Ki characters) and the pass's pieces (32 Ki): LF-only lines, then CRLF ones.
    const lines = ['codigo;valor', ...Array.from({ length: 12_000 }, (_, i) => `${i};${i % 7}`)];
    const text = lines.slice(0, 6_000).join('\n') + '\n' + lines.slice(6_000).join('\r\n') + '\r\n';
    const source = CsvSource.open(utf8(text), 'm.csv');
    expect(source.sheets[0]).toMatchObject({ rowCount: 12_001, columnCount: 2 });
    const head = source.head('m', 12_001);
    const passed: SourceRow[] = [];
    for await (const chunk of source.rows('m', 1, { checkpoint: () => Promise.resolve() })) passed.push(...chunk);
    expect(passed.map((r) => r.cells)).toEqual(lines.map((l) => l.split(';')));
    expect(passed.map((r) => r.row)).toEqual(lines.map((_, i) => i + 1));
    expect(head.map((r) => [r.row, ...r.cells])).toEqual(passed.slice(0, head.length).map((r) => [r.row, ...r.cells]));
  });
});

describe('source rows', () => {
  // V8 pretenures an object literal it judges long-lived: a pass's rows made by one outlived their
  // piece of the file and kept their cells alive (shared/import/read/table-source.ts, ReadRow).
  const literal = (row: object): boolean => Object.getPrototypeOf(row) === Object.prototype;
  const table = (): Promise<Uint8Array> =>
    xlsx((ws) => {
      ws.addRow(['code', 'jobs']);
      ws.addRow([3106200, 10]);
      ws.addRow([3170206, 20]);
    });

  it('are made by a constructor, not an object literal: head, tail and pass of a CSV and an xlsx', async () => {
    for (const [source, sheet] of [
      [await openTableSource(utf8('code;jobs\n3106200;10\n3170206;20\n'), 'a.csv'), 'a'],
      [await openTableSource(await table(), 'a.xlsx'), 'Plan1'],
    ] as const) {
      const passed: object[] = [];
      for await (const chunk of source.rows(sheet, 1, { checkpoint: async () => undefined })) passed.push(...chunk);
      const rows = [...source.head(sheet, 5), ...source.tail(sheet, 2), ...passed];
      expect(rows).toHaveLength(3 + 2 + 3);
      expect(rows.filter(literal)).toEqual([]);
    }
  });

  it('are made by a constructor in both xlsx readers (the plain one and exceljs, its fallback)', async () => {
    const bytes = await table();
    for (const book of [await readPlain(bytes), await readWithExcelJs(bytes)]) {
      const rows = [1, 2, 3].map((r) => book.readRow('Plan1', r, new Map()));
      expect(rows.map((r) => r.cells)).toEqual([
        ['code', 'jobs'],
        [3106200, 10],
        [3170206, 20],
      ]);
      expect(rows.filter(literal)).toEqual([]);
    }
  });
});
