import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const ROTAS = fileURLToPath(new URL('../../resources/data/initiatives/rotas_integracao_polos_municipios.csv', import.meta.url));

interface ImportJson {
  batch: number | null;
  target: string;
  rows: { read: number; imported: number; updated: number; skipped: number };
  warnings: { row: number; column: string; message: string }[];
  errors: { row: number; column: string; message: string }[];
}

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

describe('Polos e iniciativas: the real Rotas file through the CLI (DESIGN §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-initiatives-'));
  const ws = path.join(dir, 'ws.arranjo');
  let imported: ImportJson;

  beforeAll(async () => {
    expect((await cli('init', ws)).status).toBe(0);
    const r = await cli('import', ws, ROTAS, '--format', 'json');
    expect([r.status, r.err]).toEqual([0, '']);
    imported = JSON.parse(r.out) as ImportJson;
  }, 180_000);

  it('picks the rotas-polos template and imports 79 named polos from 1,588 rows, the blank cell skipped with a warning', () => {
    expect(imported.target).toBe('initiatives');
    expect(imported.rows).toEqual({ read: 1588, imported: 79, updated: 0, skipped: 1 });
    expect(imported.errors).toEqual([]);
    const blank = imported.warnings.filter((w) => /blank/.test(w.message));
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ column: 'polo_origem' });
  });

  it('merges the spellings equal up to case, accents and spaces, and shows the "dp" typo without merging it', () => {
    const merged = imported.warnings.filter((w) => /are one initiative/.test(w.message));
    expect(merged.map((w) => w.message).join('\n')).toMatch(/Tucujú.*Tucuju|Tucuju.*Tucujú/);
    expect(merged.map((w) => w.message).join('\n')).toMatch(/Polo do MEL do Meio do Mundo/);
    const near = imported.warnings.filter((w) => /looks like/.test(w.message));
    expect(near).toHaveLength(1);
    expect(near[0]?.message).toMatch(/Polo dp MEL do Meio do Mundo/i);
  });

  it('warns at its cell of the polo named as a municipality, the shifted "Ipupiara" (Arataca, BA, Rota do Cacau), and of no other', () => {
    const named = imported.warnings.filter((w) => /is the name of a municipality/.test(w.message));
    expect(named).toEqual([
      {
        row: 1107,
        column: 'polo_origem',
        message: expect.stringMatching(
          /"Ipupiara" is the name of a municipality \(Ipupiara, BA\): check that the cell is not shifted/,
        ) as string,
      },
    ]);
  });

  it('lists MG\u2019s 7 polos with their sizes; memberships add up to the file', async () => {
    const all = await cli('initiatives', ws, '--format', 'csv');
    expect(all.status).toBe(0);
    const rows = csvRows(all.out);
    expect(rows[0]).toEqual(['code', 'name', 'kind', 'route', 'states', 'municipalities', 'population']);
    expect(rows).toHaveLength(80);
    // 1,588 rows − 1 blank cell; no (polo, municipality) pair repeats in the file.
    expect(rows.slice(1).reduce((s, r) => s + Number(r[5]), 0)).toBe(1587);
    const mg = await cli('initiatives', ws, '--state', 'MG', '--format', 'csv');
    const polos = csvRows(mg.out).slice(1);
    expect(polos).toHaveLength(7);
    const sizes = Object.fromEntries(polos.map((r) => [r[1], Number(r[5])]));
    expect(sizes['Polo Apícola do Norte de Minas']).toBe(54);
    expect(sizes['Polo do Pescado das Gerais']).toBe(29);
    expect(sizes['Polo Vale do Mucuri']).toBe(10);
    expect(sizes['Polo da Moda Taiobeiras e Região']).toBe(8);
    const apicola = polos.find((r) => r[1] === 'Polo Apícola do Norte de Minas');
    expect(apicola?.slice(0, 5)).toEqual([
      'POLO-APICOLA-DO-NORTE-DE-MINAS',
      'Polo Apícola do Norte de Minas',
      'rotas-polo',
      'Rota do Mel',
      'MG',
    ]);
    const ride = polos.find((r) => r[1] === 'Polo da Fruticultura RIDE DF');
    expect(ride?.[4]).toBe('DF|GO|MG');
    // The state as the import reads --state: its name too; an unknown one refused (it listed none, exit 0).
    expect(csvRows((await cli('initiatives', ws, '--state', 'Minas Gerais', '--format', 'csv')).out).slice(1)).toEqual(polos);
    expect(await cli('initiatives', ws, '--state', 'XX', '--format', 'csv')).toEqual({
      status: 2,
      out: '',
      err: 'arranjo: --state XX: not a Brazilian state; give its abbreviation (MG, SP…).\n',
    });
    const mel = await cli('initiatives', ws, '--route', 'Rota do Mel', '--format', 'csv');
    expect(
      csvRows(mel.out)
        .slice(1)
        .every((r) => r[3] === 'Rota do Mel'),
    ).toBe(true);
    const info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { initiatives: number } };
    expect(info.counts.initiatives).toBe(79);
  });

  it('re-import updates in place; undo per batch restores, then removes', async () => {
    const again = JSON.parse((await cli('import', ws, ROTAS, '--format', 'json')).out) as ImportJson;
    expect(again.rows).toMatchObject({ imported: 0, updated: 79 });
    expect((await cli('undo-import', ws, String(again.batch))).status).toBe(0);
    let info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { initiatives: number } };
    expect(info.counts.initiatives).toBe(79);
    expect((await cli('undo-import', ws, String(imported.batch))).status).toBe(0);
    info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { initiatives: number } };
    expect(info.counts.initiatives).toBe(0);
    const back = await cli('import', ws, ROTAS, '--format', 'json');
    expect(back.status).toBe(0);
  });

  it('refuses an unknown municipality code and a membership without a municipality, naming row and column; nothing written', async () => {
    const bad = path.join(dir, 'polos.csv');
    writeFileSync(bad, 'route,initiative,territory_code\nRota X,Polo A,3106200\nRota X,Polo A,9999999\nRota X,Polo B,\n');
    const before = readFileSync(ws);
    const r = await cli('import', ws, bad, '--format', 'json');
    expect(r.status).toBe(2);
    const json = JSON.parse(r.out) as ImportJson;
    expect(json.batch).toBeNull();
    expect(json.errors.some((e) => e.row === 3 && e.column === 'territory_code')).toBe(true);
    expect(json.errors.some((e) => e.row === 4 && e.column === 'territory_code')).toBe(true);
    expect(Buffer.compare(readFileSync(ws), before)).toBe(0);
    const none = path.join(dir, 'nothing.csv');
    writeFileSync(none, 'foo,bar\n1,2\n');
    const n = await cli('import', ws, none, '--format', 'json');
    expect(n.status).toBe(2);
    expect(Buffer.compare(readFileSync(ws), before)).toBe(0);
  });

  it('the initiative is a territory set for the economy commands', async () => {
    const r = await cli(
      'analyze',
      'lq',
      ws,
      '--year',
      '2019',
      '--reference',
      'initiative:POLO-APICOLA-DO-NORTE-DE-MINAS',
      '--format',
      'csv',
    );
    // No employment in this workspace: refused for want of data, not for an unknown reference.
    expect(r.err).not.toMatch(/must be state/);
    expect(r.err).not.toMatch(/no territory set|No territory set/i);
  });

  it('a route no initiative is on lists nothing and says so on stderr, with the routes there are (it said nothing, exit 0)', async () => {
    const r = await cli('initiatives', ws, '--route', 'Rota do Mell', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.out).toBe('code,name,kind,route,states,municipalities,population\n');
    expect(r.err).toMatch(
      /^arranjo: warning: no initiative is on the route "Rota do Mell"; the routes of this workspace: .*Rota do Mel, .*\.\n$/,
    );
    expect((await cli('initiatives', ws, '--route', 'Rota do Mel', '--format', 'csv')).err).toBe('');
  });
});
