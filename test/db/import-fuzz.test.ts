import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { CANONICAL_LAYOUTS, type CanonicalLayoutName } from '../../shared/export/canonical-layouts';
import { ActivityLevels } from '../../shared/features/economy';
import type { ImportFileResult } from '../../shared/features/importer/import-file';
import { ClassificationRepository } from '../../shared/repositories/classification-repository';
import { TerritoryRepository } from '../../shared/repositories/territory-repository';
import { fileMutationsArb, mutatedFile, readCsv, writeCsv, type Grid } from '../support/csv-mutations';
import { makeXlsx } from '../support/files';
import { newEngine, shippedDemoBytes } from '../support/node-engine';

/**
 * Hostile input at scale: real, valid files (the engine's own canonical exports of the demo, and the
 * economy CSV of `arranjo employment`) mutated the ways agency files arrive broken, through the
 * engine's real import on a real sql.js workspace. Three properties hold for every file:
 *  (a) never an internal error — a refusal is a message naming the file, and the row and column
 *      when a row is at fault;
 *  (b) a refused import leaves the workspace byte-identical;
 *  (c) an accepted import round-trips: its layout exported and imported again changes nothing.
 * Fixed seed (test/support/fast-check-setup.ts); runs per property chosen to stay within ~10 s.
 */
const RUNS = Number(process.env['FC_NUM_RUNS'] ?? 10);
const BASE_ROWS = 6;
const INTERNAL = /TypeError|RangeError|ReferenceError|Cannot read|is not a function|undefined is not|\bat \w+ \(|\[object Object\]|\bBug\b/;

/** The economy CSV `arranjo employment --format csv` writes, every stored year of IBGE-sector jobs. */
function economyCsv(engine: Engine): string {
  const conn = engine.connection();
  const levels = new ActivityLevels(conn);
  const names = new TerritoryRepository(conn).municipalityNames();
  const sectors = new Map(new ClassificationRepository(conn).list('ibge-setor').map((s) => [s.code, s.name]));
  const years = conn.all<{ year: number }>('SELECT DISTINCT year FROM employment ORDER BY year').map((r) => r.year);
  const rows = years.flatMap((year) =>
    [...levels.records('ibge-setor', 'jobs', year)]
      .sort((a, b) => a.territoryCode - b.territoryCode || a.sectorCode.localeCompare(b.sectorCode))
      .map((r) => [
        String(r.territoryCode),
        names.get(r.territoryCode) ?? '',
        r.sectorCode,
        sectors.get(r.sectorCode) ?? r.sectorCode,
        String(year),
        String(r.value),
      ]),
  );
  return writeCsv([['territory_code', 'territory_name', 'sector_code', 'sector_name', 'year', 'jobs'], ...rows]);
}

type Layout = CanonicalLayoutName | 'economy';

interface Subject {
  engine: Engine;
  base: Uint8Array;
  grids: Map<Layout, Grid>;
}

async function exported(engine: Engine, layout: Layout): Promise<string> {
  return layout === 'economy' ? economyCsv(engine) : (await engine.exportCanonicalCsv(layout)).csv;
}

/** Property (a) on one result. */
function checkMessages(r: ImportFileResult, fileName: string): void {
  const all = [r.message ?? '', ...r.errors.map((e) => e.message), ...r.warnings.map((w) => w.message)];
  for (const m of all) expect(m, m).not.toMatch(INTERNAL);
  if (!r.refused) return;
  expect(r.message, 'a refusal says why').toBeTruthy();
  expect(r.errors.length, 'a refusal lists its errors').toBeGreaterThan(0);
  expect(r.message, 'a refusal names the file').toContain(fileName);
  // A row at fault is named, with its column when one cell is (a quote left open names only the row).
  for (const e of r.errors) if (e.row !== null && e.column === null) expect(e.message).toMatch(new RegExp(`\\brow ${e.row}\\b`));
}

/** Imports one mutated file and checks (a), (b) and (c); restores the workspace after an accepted one. */
async function check(s: Subject, layout: Layout, bytes: Uint8Array, fileName: string): Promise<void> {
  const before = await s.engine.exportWorkspace();
  let r: ImportFileResult;
  try {
    r = await s.engine.importFile(bytes, fileName, {});
  } catch (error) {
    throw new Error(`internal error on ${fileName}: ${(error as Error).stack ?? String(error)}`);
  }
  checkMessages(r, fileName);
  if (r.refused) {
    expect(Buffer.compare(await s.engine.exportWorkspace(), before), `refused, yet written: ${r.message}`).toBe(0);
    return;
  }
  try {
    const once = await exported(s.engine, layout);
    const again = await s.engine.importFile(new TextEncoder().encode(once), `${layout}-again.csv`, {});
    expect(again.refused, `its own export refused: ${again.message}`).toBe(false);
    expect(again.rows.imported, 'its own export imported as new records').toBe(0);
    expect(await exported(s.engine, layout)).toBe(once);
  } finally {
    await s.engine.openWorkspace(s.base.slice(), 'base.arranjo', { knownClean: true });
  }
}

async function subject(demo: boolean): Promise<Subject> {
  const engine = await newEngine();
  if (demo) await engine.openWorkspace(shippedDemoBytes(), 'demo.arranjo');
  else await engine.createWorkspace({ demo: false });
  return { engine, base: await engine.exportWorkspace(), grids: new Map() };
}

describe('import fuzz: mutated real files through the engine', () => {
  let demo: Subject;
  let empty: Subject;
  beforeAll(async () => {
    demo = await subject(true);
    empty = await subject(false);
    for (const layout of CANONICAL_LAYOUTS) demo.grids.set(layout, readCsv(await exported(demo.engine, layout)).slice(0, BASE_ROWS + 1));
    // Economy: real demo rows, imported into an empty workspace (its export is then small).
    empty.grids.set('economy', readCsv(economyCsv(demo.engine)).slice(0, BASE_ROWS + 1));
  }, 120_000);

  for (const layout of [...CANONICAL_LAYOUTS, 'economy'] as const) {
    it(`${layout} CSV: refused with a message and nothing written, or accepted and round-tripping`, async () => {
      const s = layout === 'economy' ? empty : demo;
      const grid = s.grids.get(layout)!;
      expect(grid.length).toBe(BASE_ROWS + 1);
      await fc.assert(
        fc.asyncProperty(fileMutationsArb, async ({ cells, bytes }) => {
          await check(s, layout, mutatedFile(grid, cells, bytes).bytes, `${layout}.csv`);
        }),
        // Polos: one initiative's rows re-read the population of every member, ~1 s a run.
        { numRuns: layout === 'arranjo-polos' ? Math.ceil(RUNS / 2) : RUNS },
      );
    }, 60_000);
  }

  it('the same layouts as xlsx (numbers as number cells): the same three properties', async () => {
    const layouts = [...CANONICAL_LAYOUTS, 'economy'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...layouts), fileMutationsArb, async (layout, { cells }) => {
        const s = layout === 'economy' ? empty : demo;
        const { grid } = mutatedFile(s.grids.get(layout)!, cells, []);
        const typed = grid.map((row, i) => row.map((c) => (i > 0 && /^-?\d{1,15}(\.\d+)?$/.test(c) ? Number(c) : c)));
        await check(s, layout, await makeXlsx({ Plan1: typed }), `${layout}.xlsx`);
      }),
      { numRuns: RUNS + 4 },
    );
  }, 60_000);
});

/** What the properties found, shrunk to one file each. */
describe('import fuzz: shrunk cases', () => {
  let s: Subject;
  beforeAll(async () => {
    s = await subject(true);
  }, 120_000);

  async function refused(csv: string): Promise<ImportFileResult> {
    const before = await s.engine.exportWorkspace();
    const r = await s.engine.importFile(new TextEncoder().encode(csv), 'obras.csv', {});
    expect(r.refused, JSON.stringify(r.rows)).toBe(true);
    checkMessages(r, 'obras.csv');
    expect(Buffer.compare(await s.engine.exportWorkspace(), before)).toBe(0);
    return r;
  }

  it('a decimal comma not in quotes ("1,5") splits the budget: refused at the row, not read as budget 1 from 05/01/1900', async () => {
    const r = await refused(
      'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OBR-NOVA,Teste,paving,1,5,2025-09-01,2026-06-30\n',
    );
    expect(r.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'H' }));
    expect(r.message).toMatch(/^obras\.csv, sheet obras, row 2, column H: the row has 8 cells and the header names 7 columns/);
  });

  it('a semicolon in a title not in quotes, in a file of semicolons, is said with its separator', async () => {
    const r = await refused(
      'site_code;work_code;title;category;budget_planned;planned_start;planned_end\nDI-BETIM;OBR-NOVA;Pavimentação; drenagem;paving;1000;2025-09-01;2026-06-30\n',
    );
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'H' });
    expect(r.errors[0]?.message).toContain('a ";" inside a cell that is not in quotes');
  });

  it('trailing empty cells past the header are not a shift: the row imports', async () => {
    const r = await s.engine.importFile(
      new TextEncoder().encode(
        'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OBR-VAZIAS,Teste,paving,1000,2025-09-01,2026-06-30,, \n',
      ),
      'obras.csv',
      { dryRun: true },
    );
    expect(r.errors).toEqual([]);
    expect(r.rows.imported).toBe(1);
  });

  it('a NUL byte in a text file is refused at its row, in the first 8 KB ("not a text file" before) and after them (imported into a title before)', async () => {
    const header = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end\n';
    const rows = Array.from(
      { length: 150 },
      (_, i) => `DI-BETIM,OBR-N${i},Obra de teste ${i} com um nome longo,paving,1000,2025-09-01,2026-06-30\n`,
    );
    const nulIn = (row: number): string => header + rows.map((r, i) => (i === row - 2 ? r.replace('Obra', 'Ob\0ra') : r)).join('');
    for (const row of [3, 150]) {
      const r = await refused(nulIn(row));
      expect(r.message).toBe(
        `obras.csv, row ${row}: the file holds a NUL character (byte 0), which text files do not have: it is damaged, or was saved in another encoding. ` +
          'Remove that character in a text editor, or export the file again; nothing was imported.',
      );
    }
  });

  it('a percentage in an amount, area or count column is refused, not read as R$ 12 or 12 m²; progress in % still reads', async () => {
    const budget = await refused(
      'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OBR-NOVA,Teste,paving,12%,2025-09-01,2026-06-30\n',
    );
    expect(budget.errors[0]).toMatchObject({ row: 2, column: 'budget_planned' });
    expect(budget.errors[0]?.message).toMatch(/^"12%" is a percentage, not an amount/);
    const disbursed = await refused('work_code,date,physical_progress,committed,disbursed\nOBR-DEMO-01,2026-07-15,100%,4200000,5%\n');
    expect(disbursed.errors.map((e) => e.column)).toEqual(['disbursed']);
    const area = await refused('site_code,lot_code,area_m2,price_per_m2,status\nDI-BETIM,L-NOVO,80%,165,available\n');
    expect(area.errors[0]).toMatchObject({ row: 2, column: 'area_m2' });
    const progress = await s.engine.importFile(
      new TextEncoder().encode('work_code,date,physical_progress,committed,disbursed\nOBR-DEMO-01,2026-07-15,100%,4200000,4116000\n'),
      'medicoes.csv',
      { dryRun: true },
    );
    expect(progress.errors).toEqual([]);
  });
});
