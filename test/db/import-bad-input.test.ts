import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ImportFileResult } from '../../shared/features/importer';
import { makeEncryptedWorkbook, makeXlsx, makeZip, utf8 } from '../support/files';
import { newEngine, readDataFile } from '../support/node-engine';

const RAIS = 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';
const LONG_HEADER = 'territory_code,classification,sector_code,year,jobs';

/**
 * Every bad input is refused with a message that says where (file, sheet, row, column) and what
 * to do, and the workspace stays byte-for-byte as it was.
 */
describe('bad input is refused, and the workspace stays byte-for-byte unchanged', () => {
  let engine: Engine;
  let before: Uint8Array;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);
  beforeEach(async () => {
    before = await engine.exportWorkspace();
  });

  async function refused(
    bytes: Uint8Array,
    fileName: string,
    options: Parameters<Engine['importFile']>[2] = {},
  ): Promise<ImportFileResult> {
    const result = await engine.importFile(bytes, fileName, options);
    expect(result.refused, JSON.stringify(result).slice(0, 400)).toBe(true);
    expect(result.batch).toBeNull();
    expect(Buffer.compare(await engine.exportWorkspace(), before), 'workspace bytes').toBe(0);
    return result;
  }

  it('a truncated workbook', async () => {
    const pop = await readDataFile('population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx');
    const r = await refused(pop.slice(0, Math.floor(pop.length / 2)), 'POP2022.xlsx');
    expect(r.message).toMatch(/^POP2022\.xlsx: the workbook is truncated .* Get the file again\./);
  });

  it('a corrupt workbook (bytes overwritten inside)', async () => {
    const pop = (await readDataFile('population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx')).slice();
    pop.fill(0x41, 20_000, 40_000);
    expect((await refused(pop, 'POP2022.xlsx')).message).toMatch(/^POP2022\.xlsx: the workbook is damaged and cannot be read/);
  });

  it('a password-protected workbook', async () => {
    expect((await refused(makeEncryptedWorkbook(), 'protegido.xlsx')).message).toMatch(
      /^protegido\.xlsx: the workbook is protected with a password.*remove it/,
    );
  });

  it('a zip that is not a workbook, saying what it holds', async () => {
    const zip = makeZip([
      { name: 'dados.csv', text: 'a;b\n1;2\n' },
      { name: 'leia-me.txt', text: 'oi' },
    ]);
    expect((await refused(zip, 'dados.xlsx')).message).toMatch(
      /^dados\.xlsx: this is a zip archive, not an Excel workbook \(it holds dados\.csv, leia-me\.txt\)/,
    );
  });

  it('an empty sheet', async () => {
    const bytes = await makeXlsx({
      Vazia: [],
      Dados: [
        ['CODMUN7', 'ANO', 'POP'],
        [3106200, 2022, 2315560],
      ],
    });
    const opened = await engine.importOpen(bytes, 'planilha.xlsx');
    expect(opened.sheets.map((s) => [s.name, s.empty])).toEqual([
      ['Vazia', true],
      ['Dados', false],
    ]);
    expect(opened.suggestedSheet).toBe('Dados');
    await expect(engine.importLayout(opened.sessionId, 'Vazia')).rejects.toThrow('planilha.xlsx, sheet Vazia: the sheet is empty.');
    const mapping = {
      target: 'population',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 2, role: { role: 'value' } },
      ],
      year: { value: 2022 },
    };
    expect((await refused(bytes, 'planilha.xlsx', { sheet: 'Vazia', mapping })).message).toBe(
      'planilha.xlsx, sheet Vazia: the sheet is empty.',
    );
  });

  it('a file with only headers', async () => {
    expect((await refused(utf8(`${LONG_HEADER}\n`), 'so-cabecalho.csv')).message).toBe(
      'so-cabecalho.csv, sheet so-cabecalho, row 1: there are no data rows under the header.',
    );
  });

  it('text in a number column, named by row and column header', async () => {
    const lines = new TextDecoder('latin1').decode(await readDataFile(RAIS)).split('\r\n');
    lines[39] = lines[39]?.replace(/^(\d{6}:[^;]+);(\d+);(\d+);/, '$1;$2;abc;') ?? '';
    const result = await refused(
      Uint8Array.from(lines.join('\r\n'), (c) => c.charCodeAt(0)),
      'RAIS_vinculos_2019.csv',
    );
    expect(result.errors).toEqual([{ row: 40, column: '2 - Indústria de transformação', message: '"abc" is not a number.' }]);
    expect(result.message).toMatch(
      /^RAIS_vinculos_2019\.csv, sheet RAIS_vinculos_2019, row 40, column 2 - Indústria de transformação: "abc" is not a number\. \(1 error in all; nothing was imported\)$/,
    );
  });

  it('duplicate keys inside the file, naming both rows', async () => {
    const csv = [LONG_HEADER, '3106200,ibge-setor,2,2019,100', '3106705,ibge-setor,2,2019,50', '3106200,ibge-setor,02,2019,101'].join('\n');
    const result = await refused(utf8(csv), 'dup.csv');
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'jobs',
        message:
          'the file already gave jobs of territory 3106200, sector 2, 2019 in row 2; choose to add up, average or keep the last of repeated rows (--duplicates sum|mean|last), or remove one.',
      },
    ]);
  });

  it('a population that is no whole number of people ("411,846" beside "2.315.560": a thousands separator read as decimal)', async () => {
    const csv = ['codigo;municipio;ano;populacao', '3106200;Belo Horizonte;2022;2.315.560', '3106705;Betim;2022;411,846'].join('\n');
    const result = await refused(utf8(csv), 'pop.csv', {
      mapping: {
        target: 'population',
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 2, role: { role: 'year' } },
          { column: 3, role: { role: 'value' } },
        ],
      },
    });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'populacao']]);
    expect(result.errors[0]?.message).toMatch(
      /a population of 411\.846 is not a whole number of people; check the cell's thousands separator/,
    );
  });

  it('unknown and ambiguous territories: listed with ranked suggestions, never guessed; resolved by the user they import', async () => {
    const csv = [
      'municipio;ano;populacao',
      'Belo Horizonte;2022;2315560',
      'Cidade Inventada;2022;1',
      'SANTA RITA;2022;2',
      'Sao Thome das Letra;2022;3',
    ].join('\n');
    const result = await refused(utf8(csv), 'nomes.csv', {
      mapping: {
        target: 'population',
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 1, role: { role: 'year' } },
          { column: 2, role: { role: 'value' } },
        ],
      },
    });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'municipio'],
      [4, 'municipio'],
      [5, 'municipio'],
    ]);
    expect(result.errors[1]?.message).toMatch(/^ambiguous territory "SANTA RITA" in 1 row\(s\); did you mean Santa Rita \((MA|PB)/);
    expect(result.errors[2]?.message).toMatch(
      /^unknown territory "Sao Thome das Letra" in 1 row\(s\); did you mean São Thomé das Letras \(MG, 3165206\)/,
    );

    const opened = await engine.importOpen(utf8(csv), 'nomes.csv');
    const { mapping } = await engine.importSuggest(opened.sessionId, 'nomes', { target: 'population' });
    const preview = await engine.importPreview(opened.sessionId, { sheet: 'nomes', mapping });
    expect(preview.canCommit).toBe(false);
    const byText = new Map(preview.unresolved.map((u) => [u.text, u]));
    expect(byText.get('SANTA RITA')?.problem).toBe('ambiguous');
    expect(byText.get('Cidade Inventada')?.problem).toBe('unknown');
    expect(byText.get('Cidade Inventada')?.candidates.map((c) => c.name)).not.toContain('Cidade Inventada');
    const thome = byText.get('Sao Thome das Letra');
    expect(thome?.candidates[0]).toMatchObject({ code: 3165206, name: 'São Thomé das Letras', stateAbbr: 'MG' });
    const santaRita = byText.get('SANTA RITA')?.candidates.find((c) => c.stateAbbr === 'PB');
    const resolutions = [
      { key: thome?.key ?? '', code: 3165206 },
      { key: byText.get('SANTA RITA')?.key ?? '', code: santaRita?.code ?? 0 },
      { key: byText.get('Cidade Inventada')?.key ?? '', code: null },
    ];
    const fixed = await engine.importPreview(opened.sessionId, { sheet: 'nomes', mapping, resolutions });
    expect(fixed).toMatchObject({ canCommit: true, counts: { read: 4, imported: 3, updated: 0, skipped: 1 }, unresolved: [] });
    await engine.importClose(opened.sessionId);
  });

  it('a year column with mixed types: numbers and numeric text pass, other text is refused at its cell', async () => {
    const bytes = await makeXlsx({
      Plan1: [
        ['CODMUN7', 'ANO', 'POP'],
        [3106200, 2019, 1],
        [3106200, '2020', 2],
        [3106200, 2021.0, 3],
        [3106200, 'dois mil e vinte e dois', 4],
      ],
    });
    const mapping = {
      target: 'population',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year' } },
        { column: 2, role: { role: 'value' } },
      ],
    };
    const result = await refused(bytes, 'anos.xlsx', { mapping });
    expect(result.errors).toEqual([{ row: 5, column: 'ANO', message: '"dois mil e vinte e dois" is not a year (1900–2200).' }]);
    expect(result.message).toMatch(/^anos\.xlsx, sheet Plan1, row 5, column ANO:/);
  });

  it('a cell of 100,000 characters: shortened in messages, never a crash', async () => {
    const long = 'X'.repeat(100_000);
    const asName = await engine.importFile(utf8(`CODMUN7;nome;POP\n3106200;${long};1\n`), 'longo.csv', {
      mapping: {
        target: 'population',
        year: { value: 2022 },
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 1, role: { role: 'territory-name' } },
          { column: 2, role: { role: 'value' } },
        ],
      },
      dryRun: true,
    });
    expect(asName.refused).toBe(false);
    expect(asName.warnings[0]?.message).toMatch(/but the file names it "X{60}… \(100,000 characters\)"$/);
    const asTerritory = await refused(utf8(`nome;POP\n${long};1\n`), 'longo.csv', {
      mapping: {
        target: 'population',
        year: { value: 2022 },
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 1, role: { role: 'value' } },
        ],
      },
    });
    expect(asTerritory.errors[0]?.message).toMatch(/^unknown territory "X{120}… \(100,000 characters\)"/);
    expect(asTerritory.errors[0]?.message.length).toBeLessThan(400);
  });

  it('a legacy .xls, an HTML page and a PDF saved as spreadsheets', async () => {
    expect((await refused(await readDataFile('population/estimativa_dou_2024.xls'), 'estimativa.xls')).message).toMatch(
      /legacy Excel 97–2003.*LibreOffice/,
    );
    expect((await refused(utf8('<html><body><table><tr><td>1</td></tr></table></body></html>'), 'tabela.xls')).message).toMatch(
      /web page \(HTML\)/,
    );
  });
});

describe('a 1,000,000-row CSV', () => {
  it('imports within memory: 3 short columns, a million values written in one batch', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const codes = engine
      .connection()
      .all<{ code: number }>('SELECT code FROM municipality ORDER BY code')
      .map((r) => r.code);
    const lines = ['CODMUN7;ANO;POP'];
    for (let year = 1900; lines.length <= 1_000_000; year++)
      for (const code of codes) if (lines.length <= 1_000_000) lines.push(`${code};${year};${(code + year) % 100_000}`);
    const bytes = utf8(lines.join('\n'));
    const mapping = {
      target: 'population',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year' } },
        { column: 2, role: { role: 'value' } },
      ],
    };
    const heap = process.memoryUsage().heapUsed;
    const result = await engine.importFile(bytes, 'milhao.csv', { mapping });
    expect(result).toMatchObject({ refused: false, rows: { read: 1_000_000, imported: 1_000_000, updated: 0, skipped: 0 } });
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * 2 ** 20);
    expect(engine.connection().get<{ n: number }>("SELECT count(*) AS n FROM indicator_value WHERE indicator_code = 'POP'")?.n).toBe(
      1_000_000,
    );
  }, 300_000);
});
