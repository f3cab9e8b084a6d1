import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

/** The shipped RAIS export (Windows-1252, ";"), from resources/ as the tests must. */
const RAIS_FILE = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';
const RAIS = new Uint8Array(readFileSync(fileURLToPath(new URL(`../../resources/data/employment/${RAIS_FILE}`, import.meta.url))));
const latin = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const toLatin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

describe('imports are complete or refused (issue 15 #3)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('the shipped RAIS file imports whole, without a truncation warning', async () => {
    const r = await engine.importFile(RAIS, RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    expect(r.refused).toBe(false);
    expect(r.warnings.filter((w) => /truncated/.test(w.message))).toEqual([]);
  });

  it('a stray double quote opening a cell is an error at its row, not 248 of 854 rows', async () => {
    const lines = latin(RAIS).split('\n');
    const at = lines.findIndex((l) => l.startsWith('310620:'));
    lines[at] = `"${lines[at]}`;
    const r = await engine.importFile(toLatin(lines.join('\n')), RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    expect(r.refused).toBe(true);
    expect(r.message).toContain(`row ${at + 1}: a double quote (") opens a cell that never closes`);
  });

  it('a quote inside a cell (not at its start) is text and loses no row', async () => {
    const lines = latin(RAIS).split('\n');
    const at = lines.findIndex((l) => l.startsWith('310620:'));
    lines[at] = lines[at]!.replace('310620:MG-BELO HORIZONTE', '310620:MG-BELO HORIZONTE "capital');
    const whole = await engine.importFile(RAIS, RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    const r = await engine.importFile(toLatin(lines.join('\n')), RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    expect(r.rows.read).toBe(whole.rows.read);
  });

  it('a RAIS export cut mid-data (no Total row, no footer) warns that it seems truncated', async () => {
    const text = latin(RAIS);
    const cut = text.slice(0, text.indexOf('\n', Math.floor(text.length / 2)) + 1);
    const r = await engine.importFile(toLatin(cut), RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    expect(r.refused).toBe(false);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/the file seems truncated: this layout ends with a Total row and a footer/);
    // Its year was in its footer: under a name without one, the refusal says how to give it from
    // the command line too (it said "enter the year", which only the wizard can).
    const nameless = await engine.importFile(toLatin(cut), 'RAIS_vinculos_MG.csv', { template: 'rais-setor-vinculos', dryRun: true });
    expect(nameless.refused).toBe(true);
    expect(nameless.message).toMatch(
      /does not state its year .*: give it as a year in the file's name \(…_2020\.csv\), as "year": \{"value": 2020\} in a --mapping file/,
    );
  });
});

describe('encodings through the import (issue 15 #4)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('a UTF-8 RAIS export with one Latin-1 row warns naming the row; --encoding picks one', async () => {
    const lines = latin(RAIS).split('\n');
    const at = lines.findIndex((l) => l.startsWith('310620:'));
    const enc = new TextEncoder();
    const parts = lines.map((l, i) => (i === at ? toLatin(`${l.replace('HORIZONTE', 'HORIZONTE É')}\n`) : enc.encode(`${l}\n`)));
    const bytes = Uint8Array.from(parts.flatMap((p) => [...p]));
    const r = await engine.importFile(bytes, RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true });
    const warning = r.warnings.find((w) => w.message.includes('mixed encodings'));
    expect(warning?.message).toMatch(new RegExp(`^line ${at + 1} is not UTF-8`));
    const picked = await engine.importFile(bytes, RAIS_FILE, { template: 'rais-setor-vinculos', dryRun: true, encoding: 'utf-8' });
    expect(picked.warnings.some((w) => w.message.includes(`line ${at + 1} holds bytes that do not read as utf-8`))).toBe(true);
  });
});

describe('smaller findings (issue 15 #10)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);
  const HEADER = 'territory_code,classification,sector_code,year,jobs';

  it('a row copied cell for cell, added up or averaged as chosen for repeated rows, is warned about naming both rows', async () => {
    const rows = [HEADER, '3106200,ibge-setor,1,2015,10', '3106200,ibge-setor,2,2015,20', '3106200,ibge-setor,1,2015,10'];
    const bytes = new TextEncoder().encode(rows.join('\n'));
    for (const duplicates of ['sum', 'mean'] as const) {
      const r = await engine.importFile(bytes, 'copia.csv', { dryRun: true, duplicates });
      expect(r.refused, r.message ?? '').toBe(false);
      expect(r.warnings.filter((w) => w.row === 4)).toEqual([
        {
          row: 4,
          column: null,
          message: expect.stringMatching(/^row 4 repeats row 2 cell for cell; its values were (added up|averaged) .* counts twice/),
        },
      ]);
    }
    // A row that repeats the key with another value is no copy (RAIS by subclass, added up): no such warning.
    const other = new TextEncoder().encode([...rows.slice(0, 3), '3106200,ibge-setor,1,2015,11'].join('\n'));
    const r = await engine.importFile(other, 'subclasses.csv', { dryRun: true, duplicates: 'sum' });
    expect(r.warnings.filter((w) => w.row === 4)).toEqual([]);
    // Keeping the last of them, a copy changes nothing.
    const last = await engine.importFile(bytes, 'copia.csv', { dryRun: true, duplicates: 'last' });
    expect(last.warnings.filter((w) => w.row === 4)).toEqual([]);
    // Economic data is what the option combines: no word that it does not apply.
    expect(last.warnings.filter((w) => w.message.startsWith('--duplicates'))).toEqual([]);
  });

  it('--duplicates on a file it does not apply to says so (it was dropped without a word)', async () => {
    const polos = ['route,initiative,territory_code', 'Rota do Mel,Polo Teste,3106200', 'Rota do Mel,Polo Teste,3106705'].join('\n');
    const r = await engine.importFile(new TextEncoder().encode(polos), 'polos.csv', { dryRun: true, duplicates: 'sum' });
    expect(r.refused, r.message ?? '').toBe(false);
    expect(r.warnings).toContainEqual({
      row: null,
      column: null,
      message:
        '--duplicates sum applies to economic data (jobs, payroll, establishments, value added) only; this file (initiatives) keeps one row per key, and a repeated key is an error.',
    });
  });

  it('CR-only line endings read as rows, not "no data rows"', async () => {
    const text = `${HEADER}\r3106200,ibge-setor,1,2015,10\r3106200,ibge-setor,2,2015,20\r`;
    const r = await engine.importFile(new TextEncoder().encode(text), 'mac.csv', { dryRun: true });
    expect(r.refused, r.message ?? '').toBe(false);
    expect(r.rows.read).toBe(2);
  });

  it('fractional, implausibly large (1e308 in xlsx) and "12%" jobs are imported with a warning each', async () => {
    const text = `${HEADER}\n3106200,ibge-setor,1,2015,10.5\n3106200,ibge-setor,2,2015,999999999999\n3106200,ibge-setor,3,2015,12%\n3106200,ibge-setor,4,2015,7\n`;
    const r = await engine.importFile(new TextEncoder().encode(text), 'odd.csv', { dryRun: true });
    const odd = r.warnings.filter((w) => /not a whole number|implausibly large|percentage/.test(w.message)).map((w) => w.row);
    expect(odd).toEqual([2, 3, 4]);
  });
});
