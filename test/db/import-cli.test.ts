import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../support/node-engine';
import { cli } from '../support/cli';

const RAIS = path.join(DATA_DIR, 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv');

describe('arranjo import / undo-import / templates (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-import-cli-'));
  const ws = path.join(dir, 'ws.arranjo');

  beforeAll(async () => {
    expect((await cli('init', ws)).status).toBe(0);
  }, 120_000);

  /** Runs a command that must be refused, and checks that the workspace file did not change. */
  async function refusedUnchanged(...argv: string[]): Promise<{ out: string; err: string }> {
    const before = readFileSync(ws);
    const result = await cli(...argv);
    expect(result.status, result.err).toBe(2);
    expect(Buffer.compare(readFileSync(ws), before), 'workspace file').toBe(0);
    return result;
  }

  it('imports the RAIS export, picking the template by the file name, and prints the contract JSON', async () => {
    const { status, out, err } = await cli('import', ws, RAIS, '--format', 'json');
    expect([status, err]).toEqual([0, '']);
    expect(JSON.parse(out)).toEqual({
      batch: 1,
      target: 'employment',
      template: 'rais-setor-vinculos',
      sheet: 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019',
      rows: { read: 854, imported: 6824, updated: 0, skipped: 1 },
      warnings: [],
      errors: [],
      issues: { errors: 0, warnings: 0 },
    });
    // §10's keys in its order, then the template and sheet it does not list (they came before "rows"),
    // and how many warnings and errors there are in all (the lists stop at 1,000).
    expect(Object.keys(JSON.parse(out) as object)).toEqual([
      'batch',
      'target',
      'rows',
      'warnings',
      'errors',
      'template',
      'sheet',
      'issues',
    ]);
    const jobs = await cli('employment', ws, '--year', '2019', '--format', 'csv');
    expect(jobs.out.trim().split('\n')).toHaveLength(1 + 853 * 8);
  });

  it('refuses (exit 2, nothing written) when the file name does not say jobs, payroll or establishments, naming the candidates', async () => {
    const renamed = path.join(dir, 'rais_mg_2019.csv');
    copyFileSync(RAIS, renamed);
    const { out, err } = await refusedUnchanged('import', ws, renamed, '--format', 'json');
    const json = JSON.parse(out);
    expect(json).toMatchObject({ batch: null, rows: { read: 0, imported: 0, updated: 0, skipped: 0 }, warnings: [] });
    expect(json.errors[0].message).toBe(
      'rais_mg_2019.csv: the layout fits several templates and the file does not say which (rais-setor-vinculos, rais-setor-remuneracao, rais-setor-estabelecimentos); choose one with --template.',
    );
    expect(err).toMatch(/^arranjo: rais_mg_2019\.csv: the layout fits several templates/);
    // With --template it imports; --dry-run counts without writing.
    const before = readFileSync(ws);
    const dry = await cli('import', ws, renamed, '--template', 'rais-setor-estabelecimentos', '--dry-run', '--format', 'json');
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({
      batch: null,
      template: 'rais-setor-estabelecimentos',
      rows: { read: 854, imported: 6824, updated: 0, skipped: 1 },
    });
    expect(Buffer.compare(readFileSync(ws), before)).toBe(0);
  });

  it('refuses a file with a bad cell: exit 2, the errors in the JSON, the place on stderr, the workspace untouched', async () => {
    const lines = readFileSync(RAIS, 'latin1').split('\r\n');
    lines[9] = lines[9]?.replace(/;(\d+)$/, ';total?') ?? '';
    lines[10] = lines[10]?.replace(/^(\d{6}:[^;]+);\d+;/, '$1;x y;') ?? '';
    const bad = path.join(dir, 'RAIS_vinculos_bad.csv');
    writeFileSync(bad, lines.join('\r\n'), 'latin1');
    const { out, err } = await refusedUnchanged('import', ws, bad, '--format', 'json');
    expect(JSON.parse(out).errors).toEqual([{ row: 11, column: '1 - Extrativa mineral', message: '"x y" is not a number.' }]);
    expect(err).toBe(
      'arranjo: RAIS_vinculos_bad.csv, sheet RAIS_vinculos_bad, row 11, column 1 - Extrativa mineral: "x y" is not a number. (1 error in all; nothing was imported)\n',
    );
  });

  it('refuses a negative number of jobs at its cell (it was a warning, and the -5 jobs went into every LQ)', async () => {
    const lines = readFileSync(RAIS, 'latin1').split('\r\n');
    lines[10] = lines[10]?.replace(/^(\d{6}:[^;]+);\d+;/, '$1;-5;') ?? '';
    // A row with two negatives: each is named, not only the first (the planner corrects both at once).
    lines[11] = lines[11]?.replace(/^(\d{6}:[^;]+);\d+;\d+;/, '$1;-1;-7;') ?? '';
    const bad = path.join(dir, 'RAIS_vinculos_negativo.csv');
    writeFileSync(bad, lines.join('\r\n'), 'latin1');
    const { out } = await refusedUnchanged('import', ws, bad, '--format', 'json');
    const negative = (n: number) =>
      `jobs is negative (${n}): jobs, payroll and establishments are 0 or more; correct the value or leave the cell empty.`;
    expect(JSON.parse(out).errors).toEqual([
      { row: 11, column: '1 - Extrativa mineral', message: negative(-5) },
      { row: 12, column: '1 - Extrativa mineral', message: negative(-1) },
      { row: 12, column: '2 - Indústria de transformação', message: negative(-7) },
    ]);
    // --skip-invalid lists both cells of that row with their reasons, and leaves out the two rows.
    const skipping = await cli('import', ws, bad, '--skip-invalid', '--dry-run', '--format', 'json');
    const json = JSON.parse(skipping.out) as { skipped: { row: number; column: string }[] };
    expect(json.skipped.map((s) => [s.row, s.column])).toEqual([
      [11, '1 - Extrativa mineral'],
      [12, '1 - Extrativa mineral'],
      [12, '2 - Indústria de transformação'],
    ]);
  });

  it('--skip-invalid: the bad rows listed in "skipped"; the count of rows skipped adds the Total row, which is no error', async () => {
    const lines = readFileSync(RAIS, 'latin1').split('\r\n');
    for (const i of [10, 11, 12]) lines[i] = lines[i]?.replace(/^(\d{6}:[^;]+);\d+;/, '$1;x y;') ?? '';
    const bad = path.join(dir, 'RAIS_vinculos_tres_ruins.csv');
    writeFileSync(bad, lines.join('\r\n'), 'latin1');
    const { status, out } = await cli('import', ws, bad, '--skip-invalid', '--dry-run', '--format', 'json');
    expect(status).toBe(0);
    const json = JSON.parse(out) as { rows: object; skipped: { row: number }[] };
    expect(Object.keys(json)).toEqual(['batch', 'target', 'rows', 'warnings', 'errors', 'skipped', 'template', 'sheet', 'issues']);
    expect(json.skipped.map((s) => s.row)).toEqual([11, 12, 13]);
    // rows.skipped counts data rows not imported: these 3 and the Total row (skipped: 1 in a clean
    // import), which is checked against the sum, not an error to list.
    expect(json.rows).toMatchObject({ read: 854, skipped: 4 });
  });

  it('says how many errors there are in all where the list stops at 1,000 (it said nothing of the rest)', async () => {
    const lines = readFileSync(RAIS, 'latin1').split('\r\n');
    const bad = lines.map((line) => line.replace(/^(\d{6}:[^;]+);\d+;\d+;/, '$1;x y;x y;'));
    const file = path.join(dir, 'RAIS_vinculos_todos_ruins.csv');
    writeFileSync(file, bad.join('\r\n'), 'latin1');
    const { out } = await refusedUnchanged('import', ws, file, '--format', 'json');
    const json = JSON.parse(out) as { errors: unknown[]; issues: { errors: number } };
    expect(json.errors).toHaveLength(1000);
    expect(json.issues.errors).toBe(853 * 2);
  });

  it("--template that reads another measure than the file's name says is warned about (payroll from a jobs file)", async () => {
    const given = await cli('import', ws, RAIS, '--template', 'rais-setor-remuneracao', '--dry-run', '--format', 'json');
    expect(given.status, given.err).toBe(0);
    const warnings = (JSON.parse(given.out) as { warnings: { row: number | null; message: string }[] }).warnings;
    expect(warnings[0]).toEqual({
      row: null,
      column: null,
      message: expect.stringMatching(
        /^--template rais-setor-remuneracao reads .*remuneração.*, but the name "RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019\.csv" fits rais-setor-vinculos .*: check what the file holds before importing it\.$/,
      ) as unknown,
    });
    // The template the name says: nothing to warn about.
    const right = await cli('import', ws, RAIS, '--template', 'rais-setor-vinculos', '--dry-run', '--format', 'json');
    expect(JSON.parse(right.out)).toMatchObject({ warnings: [] });
  });

  it('refuses the legacy .xls, a missing file, a folder and an unknown template with exit 2', async () => {
    const xls = await refusedUnchanged('import', ws, path.join(DATA_DIR, 'population/estimativa_dou_2024.xls'), '--format', 'json');
    expect(JSON.parse(xls.out).errors[0].message).toMatch(/legacy Excel 97–2003 workbook \(\.xls\)/);
    expect((await refusedUnchanged('import', ws, path.join(dir, 'nope.csv'))).err).toMatch(/nope\.csv: no such file/);
    // A folder given for the file or the mapping was "an internal error (a bug in Arranjo)".
    expect((await refusedUnchanged('import', ws, dir)).err).toMatch(/is a folder, not a file \(the file to import\)/);
    expect((await refusedUnchanged('import', ws, RAIS, '--mapping', dir)).err).toMatch(/is a folder, not a file \(the mapping\)/);
    // A sheet the file lacks is said as such (it was "no built-in template matches this file").
    const sheet = await refusedUnchanged('import', ws, RAIS, '--sheet', 'Nope', '--format', 'json');
    expect(sheet.out + sheet.err).toMatch(/there is no sheet \\?"Nope\\?"\. Sheets: RAIS_vinculos/);
    expect((await refusedUnchanged('import', ws, RAIS, '--template', 'nao-existe', '--format', 'json')).out).toMatch(
      /There is no import template \\"nao-existe\\"/,
    );
  });

  it('answers in the contract JSON on stdout also when refused before the file is read (it printed nothing)', async () => {
    const json = async (...argv: string[]) => {
      const { out, err } = await refusedUnchanged('import', ...argv, '--format', 'json');
      const parsed = JSON.parse(out) as { batch: null; target: null; rows: object; warnings: unknown[]; errors: { message: string }[] };
      expect(parsed).toMatchObject({ batch: null, target: null, rows: { read: 0, imported: 0, updated: 0, skipped: 0 }, warnings: [] });
      expect(parsed.errors).toHaveLength(1);
      expect(err).toContain(parsed.errors[0]?.message ?? '?');
      return parsed.errors[0]?.message ?? '';
    };
    expect(await json(ws, path.join(dir, 'nope.csv'))).toMatch(/nope\.csv: no such file/);
    expect(await json(ws, RAIS, '--mapping', path.join(dir, 'nope.json'))).toMatch(/nope\.json/);
    expect(await json(ws, RAIS, '--duplicates', 'bogus')).toMatch(/--duplicates/);
    const notWorkspace = path.join(dir, 'not-a-workspace.arranjo');
    writeFileSync(notWorkspace, 'just text');
    const { out } = await cli('import', notWorkspace, RAIS, '--format', 'json');
    expect((JSON.parse(out) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/not an Arranjo workspace/);
  });

  it('re-imports the canonical long CSV (arranjo-long) in place, and takes a --mapping file', async () => {
    const jobs = await cli('employment', ws, '--year', '2019', '--format', 'csv');
    const long = [
      'territory_code,classification,sector_code,year,jobs',
      ...jobs.out
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => {
          const [code, , sector, , year, value] = l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
          return `${code},ibge-setor,${sector},${year},${value}`;
        }),
    ];
    const file = path.join(dir, 'emprego_longo.csv');
    writeFileSync(file, long.join('\n') + '\n');
    const again = await cli('import', ws, file, '--format', 'json');
    expect(JSON.parse(again.out)).toMatchObject({
      batch: 2,
      template: 'arranjo-long',
      rows: { read: 6824, imported: 0, updated: 6824, skipped: 0 },
      errors: [],
    });

    const mappingFile = path.join(dir, 'mapeamento.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({
        target: 'population',
        columns: [
          { match: '^municipio$', role: 'territory' },
          { match: '^habitantes$', role: 'value' },
        ],
        fixed: { year: { value: 2025 } },
      }),
    );
    const data = path.join(dir, 'pop.csv');
    writeFileSync(data, 'municipio;habitantes\nBelo Horizonte;2400000\nBETIM;420000\n');
    const imported = await cli('import', ws, data, '--mapping', mappingFile, '--format', 'json');
    expect(JSON.parse(imported.out)).toMatchObject({ batch: 3, target: 'population', template: null, rows: { read: 2, imported: 2 } });
  });

  it('undo-import removes a batch and restores what it replaced; refuses what cannot be undone', async () => {
    expect((await refusedUnchanged('undo-import', ws, '1')).err).toMatch(/later batch\(es\) 2 replaced some of its values/);
    const undone = await cli('undo-import', ws, '2', '--format', 'json');
    expect(JSON.parse(undone.out)).toEqual({ batch: 2, undone: true, removed: 0, restored: 6824 });
    const first = await cli('undo-import', ws, '1', '--format', 'json');
    expect(JSON.parse(first.out)).toEqual({ batch: 1, undone: true, removed: 6824, restored: 0 });
    expect((await cli('employment', ws, '--year', '2019')).status).toBe(2);
    expect((await refusedUnchanged('undo-import', ws, '1')).err).toMatch(/already undone/);
    expect((await refusedUnchanged('undo-import', ws, '99')).err).toMatch(/no import batch 99/);
    expect((await refusedUnchanged('undo-import', ws, 'abc')).err).toMatch(/must be a batch number/);
  });

  it('templates lists the built-in templates (and those saved in a workspace)', async () => {
    const { status, out } = await cli('templates', '--format', 'json');
    expect(status).toBe(0);
    const templates = JSON.parse(out) as { id: string; target: string; builtIn: boolean }[];
    expect(templates.filter((t) => t.id.startsWith('rais-setor-')).map((t) => [t.id, t.target, t.builtIn])).toEqual([
      ['rais-setor-vinculos', 'employment', true],
      ['rais-setor-remuneracao', 'employment', true],
      ['rais-setor-estabelecimentos', 'employment', true],
    ]);
    expect(templates.map((t) => t.id)).toEqual(
      expect.arrayContaining(['arranjo-long', 'ibge-censo2022-populacao', 'ibge-populacao-tcu', 'fjp-imrs', 'atlas-idhm-municipios']),
    );
    expect((await cli('templates', ws, '--format', 'csv')).out.split('\n')[0]).toBe('id,target,built_in,label');
  });

  it('refuses a workbook whose sheets all fit the template when no --sheet says which (it imported the first alone, silently)', async () => {
    const book = new ExcelJS.Workbook();
    for (const [name, year] of [
      ['2023', 2023],
      ['2024', 2024],
    ] as const) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['territory_code', 'classification', 'sector_code', 'year', 'jobs']);
      sheet.addRow(['3106705', 'ibge-setor', '1', year, 10]);
    }
    const file = path.join(dir, 'empregos-por-ano.xlsx');
    await book.xlsx.writeFile(file);
    const message =
      'empregos-por-ano.xlsx: the sheets "2023" and "2024" all have the columns of arranjo-long, and one import reads one sheet; ' +
      'choose it with --sheet (import the file once per sheet to have them all). Nothing was imported.';
    for (const template of [[], ['--template', 'arranjo-long']]) {
      const refused = await refusedUnchanged('import', ws, file, ...template, '--format', 'json');
      expect(refused.err).toBe(`arranjo: ${message}\n`);
      expect(JSON.parse(refused.out)).toMatchObject({ batch: null, errors: [{ message }] });
    }
    const second = await cli('import', ws, file, '--sheet', '2024', '--dry-run', '--format', 'json');
    expect(second.status, second.err).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({ sheet: '2024', template: 'arranjo-long', rows: { read: 1, imported: 1 } });
  });

  it('warns of a --mapping rule that meets no column, naming the headers as rules see them (the column was left out silently)', async () => {
    const mappingFile = path.join(dir, 'distritos.json');
    writeFileSync(
      mappingFile,
      JSON.stringify({
        target: 'sites',
        columns: [
          { match: '^distrito$', role: 'site-field', field: 'name' },
          { match: '^codigo_ibge$', role: 'territory' },
        ],
        fixed: { siteKind: 'industrial-district' },
      }),
    );
    const districts = path.join(DATA_DIR, 'districts/codemig_distritos_prioritarios_2016.csv');
    const r = await cli('import', ws, districts, '--mapping', mappingFile, '--dry-run', '--format', 'json');
    expect(r.status, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      target: 'sites',
      warnings: [
        {
          row: null,
          column: null,
          message: expect.stringMatching(
            /^the mapping's rule "\^codigo_ibge\$" \(territory\) matches no column of sheet "codemig_distritos_prioritarios_2016", so nothing was read for it\. .*"codigo ibge"/,
          ),
        },
      ],
    });
    // Written as the rules see the header, the column is read and nothing is warned of.
    writeFileSync(mappingFile, readFileSync(mappingFile, 'utf8').replace('^codigo_ibge$', '^codigo ibge$'));
    const fixed = await cli('import', ws, districts, '--mapping', mappingFile, '--dry-run', '--format', 'json');
    expect(JSON.parse(fixed.out)).toMatchObject({ warnings: [], rows: { read: 13, imported: 13 } });
  });

  it("refuses a --mapping key it does not read, saying where it goes; a bad value is the mapping's, not a column's", async () => {
    const districts = path.join(DATA_DIR, 'districts/codemig_distritos_prioritarios_2016.csv');
    const mappingFile = path.join(dir, 'kind-beside.json');
    const columns = [{ match: '^distrito$', role: 'site-field', field: 'name' }];
    writeFileSync(mappingFile, JSON.stringify({ target: 'sites', siteKind: 'industrial-district', columns }));
    expect((await refusedUnchanged('import', ws, districts, '--mapping', mappingFile)).err).toBe(
      'arranjo: the mapping has "siteKind" beside "columns", where it is not read; put it under "fixed": {"fixed": {"siteKind": …}}.\n',
    );
    // A mapping file is no template: "template" is null, refused or not (it was "mapping-file" when refused).
    writeFileSync(mappingFile, JSON.stringify({ target: 'sites', columns }));
    const noName = await refusedUnchanged('import', ws, districts, '--mapping', mappingFile, '--format', 'json');
    expect(JSON.parse(noName.out)).toMatchObject({ template: null, target: 'sites' });
    writeFileSync(mappingFile, JSON.stringify({ target: 'site', columns }));
    expect((await refusedUnchanged('import', ws, districts, '--mapping', mappingFile)).err).toMatch(
      /^arranjo: the mapping's target: must be one of: employment, .*programme-targets\n$/,
    );
    writeFileSync(mappingFile, JSON.stringify({ target: 'sites', fixed: { siteKind: 'industrial-district' }, columns }));
    expect((await cli('import', ws, districts, '--mapping', mappingFile, '--dry-run')).status).toBe(0);
  });

  it('a file giving one territory two CNAE levels is refused in sentences that start with a capital (". keep the rows")', async () => {
    const file = path.join(dir, 'niveis.csv');
    writeFileSync(
      file,
      'territory_code,classification,sector_code,year,jobs\n3106705,cnae-division,01,2023,10\n3106705,cnae-class,01113,2023,3\n',
    );
    expect((await refusedUnchanged('import', ws, file)).err).toMatch(
      /rolled up, both would count its activity twice\. Keep the rows of one level only \(delete or filter out the others\) and import again\./,
    );
  });

  it('an unknown territory code with nothing close says what to write (the message stopped at the cell)', async () => {
    const file = path.join(dir, 'codigo.csv');
    writeFileSync(file, 'territory_code,classification,sector_code,year,jobs\n9999999,ibge-setor,1,2023,10\n');
    expect((await refusedUnchanged('import', ws, file)).err).toMatch(
      /column territory_code: unknown territory "9999999" in 1 row\(s\); write the municipality's 7-digit IBGE code, or its name as IBGE writes it\./,
    );
  });
});
