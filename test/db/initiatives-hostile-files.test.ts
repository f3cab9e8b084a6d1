import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const ROTAS = fileURLToPath(new URL('../../resources/data/initiatives/rotas_integracao_polos_municipios.csv', import.meta.url));

/** The Rotas file's header and its first 40 rows (3 polos of Rondônia). */
function rotasHead(): string[][] {
  return readFileSync(ROTAS, 'utf8')
    .split('\n')
    .slice(0, 41)
    .map((l) => l.split(','));
}

describe('Polos e iniciativas: hostile variants of the Rotas file are refused, the workspace as it was', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-initiatives-hostile-'));
  const base = path.join(dir, 'base.arranjo');

  beforeAll(async () => {
    expect((await cli('init', base)).status).toBe(0);
    expect((await cli('import', base, ROTAS, '--format', 'json')).status).toBe(0);
  }, 180_000);

  async function refused(file: string): Promise<{ err: string; errors: { row: number; column: string; message: string }[] }> {
    const ws = path.join(dir, `${path.basename(file)}.arranjo`);
    copyFileSync(base, ws);
    const before = readFileSync(ws);
    const r = await cli('import', ws, file, '--format', 'json');
    expect(r.status).toBe(2);
    expect(readFileSync(ws).equals(before)).toBe(true);
    const info = await cli('info', ws, '--format', 'json');
    expect((JSON.parse(info.out) as { counts: { initiatives: number } }).counts.initiatives).toBe(79);
    return { err: r.err, errors: (JSON.parse(r.out) as { errors: { row: number; column: string; message: string }[] }).errors };
  }

  it('refuses a polo cell holding Excel\u2019s #N/A (a failed lookup), naming file, sheet, row and column — no polo "#N/A"', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Polos');
    for (const r of rotasHead()) sheet.addRow(r.map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    sheet.getCell('C4').value = { formula: 'VLOOKUP(D4,Outra!A:B,2,0)', result: { error: '#N/A' } };
    const file = path.join(dir, 'polos-na.xlsx');
    await wb.xlsx.writeFile(file);
    const { err, errors } = await refused(file);
    expect(err).toMatch(/polos-na\.xlsx, sheet Polos, row 4, column polo_origem: the cell holds Excel's error #N\/A/);
    expect(errors).toHaveLength(1);
  });

  it('refuses a code cell holding #N/A at its row and column, never offering a municipality that looks like "NA" for it', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Polos');
    for (const r of rotasHead()) sheet.addRow(r.map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    sheet.getCell('D8').value = { formula: 'VLOOKUP(E8,Outra!A:B,2,0)', result: { error: '#N/A' } };
    const file = path.join(dir, 'codigo-na.xlsx');
    await wb.xlsx.writeFile(file);
    const { err, errors } = await refused(file);
    expect(err).toMatch(/codigo-na\.xlsx, sheet Polos, row 8, column cod_ibge: the territory cell holds Excel's error #N\/A/);
    expect(errors).toHaveLength(1);
    expect(err).not.toMatch(/did you mean/);
  });

  it('refuses a polo name of 2 MB with its length and the limit (it was stored as a polo)', async () => {
    const rows = rotasHead();
    rows[3]![2] = `Polo ${'x'.repeat(2_000_000)}`;
    const file = path.join(dir, 'polo-longo.csv');
    writeFileSync(file, rows.map((r) => r.join(',')).join('\n') + '\n');
    const { err, errors } = await refused(file);
    expect(err).toMatch(/polo-longo\.csv, sheet polo-longo, row 4, column polo_origem: the name has 2000005 characters; the limit is 300/);
    expect(errors).toHaveLength(1);
  });

  it('says a UF that is no state, or another state than the code\u2019s, at its row and column; the code is kept', async () => {
    const rows = rotasHead();
    rows[6]![5] = 'XX'; // row 7: Campo Novo de Rondônia, RO
    rows[8]![5] = 'MG'; // row 9
    const file = path.join(dir, 'uf-errada.csv');
    writeFileSync(file, rows.map((r) => r.join(',')).join('\n') + '\n');
    const ws = path.join(dir, 'uf-errada.arranjo');
    copyFileSync(base, ws);
    const r = await cli('import', ws, file, '--dry-run', '--format', 'json');
    expect(r.status).toBe(0);
    const { warnings } = JSON.parse(r.out) as { warnings: { row: number; column: string; message: string }[] };
    expect(warnings.filter((w) => w.column === 'uf')).toEqual([
      { row: 7, column: 'uf', message: expect.stringMatching(/^"XX" is not a Brazilian state .*Campo Novo de Rondônia \(RO\)/) as string },
      {
        row: 9,
        column: 'uf',
        message: expect.stringMatching(/is .* \(RO\) in the workspace, but the file's state column says "MG"/) as string,
      },
    ]);
  });

  it('reads a row without its code by the municipality name in its state (accents or not); a misspelt name is refused with the right one offered', async () => {
    const rows = rotasHead();
    expect(rows[4]!.slice(3, 6)).toEqual(['1100809', 'Candeias do Jamari', 'RO']);
    rows[4]![3] = '';
    rows[4]![4] = 'CANDEIAS DO JAMARI';
    rows[6]![3] = ''; // row 7: Campo Novo de Rondônia, written without its accent
    rows[6]![4] = 'Campo Novo de Rondonia';
    const file = path.join(dir, 'sem-codigo.csv');
    writeFileSync(file, rows.map((r) => r.join(',')).join('\n') + '\n');
    const ws = path.join(dir, 'sem-codigo.arranjo');
    copyFileSync(base, ws);
    const ok = await cli('import', ws, file, '--format', 'json');
    expect([ok.status, ok.err]).toEqual([0, '']);
    const listed = await cli('initiatives', ws, '--state', 'RO', '--format', 'csv');
    expect(listed.out).toContain('POLO-AMAZONICO,Polo Amazônico,rotas-polo,Rota do Cacau,RO,24,');

    rows[6]![4] = 'Campo Novo de Rondonya';
    const misspelt = path.join(dir, 'nome-errado.csv');
    writeFileSync(misspelt, rows.map((r) => r.join(',')).join('\n') + '\n');
    const { err } = await refused(misspelt);
    expect(err).toMatch(
      // The cell at fault is the name's: the row has no code (the message named the empty code column).
      /nome-errado\.csv, sheet nome-errado, row 7, column municipio: .*"Campo Novo de Rondonya" \(RO\).*did you mean Campo Novo de Rondônia \(RO, 1100700\)/,
    );
  });

  it('says which municipalities an update takes out of a polo (a file of one state), and none for the same file again', async () => {
    const lines = readFileSync(ROTAS, 'utf8').trim().split('\n');
    const file = path.join(dir, 'so-mg.csv');
    writeFileSync(file, [lines[0], ...lines.filter((l) => l.includes(',MG,'))].join('\n') + '\n');
    const mg = await cli('import', base, file, '--dry-run', '--format', 'json');
    expect(mg.status).toBe(0);
    const removed = (JSON.parse(mg.out) as { warnings: { message: string }[] }).warnings.filter((w) => /takes \d+ out/.test(w.message));
    expect(removed.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^"Cerrado Circular" has 34 municipalities in Polos e iniciativas; the file lists 4 and the import takes 30 out \(Abadiânia, GO;/,
      ),
    );
    const again = await cli('import', base, ROTAS, '--dry-run', '--format', 'json');
    expect((JSON.parse(again.out) as { warnings: { message: string }[] }).warnings.filter((w) => /takes \d+ out/.test(w.message))).toEqual(
      [],
    );
  });
});
