import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const OBRAS = readFileSync(new URL('../fixtures/works/obras.csv', import.meta.url));
const JOBS = new TextEncoder().encode(
  'territory_code,classification,sector_code,year,jobs\n3106705,cnae-division,01,2021,10\n3106705,cnae-division,02,2021,7\n',
);

/**
 * The CLI import's engine (shared/engine/import-engine.ts), in modules loaded afresh for each test,
 * as in `arranjo import`'s own process: no whole engine registered the features' import targets
 * first, so the import engine's loader is what brings them.
 */
async function freshImportEngine() {
  vi.resetModules();
  const { createImportEngine } = await import('../../shared/engine/import-engine');
  const targets = await import('../../shared/import/targets/feature-targets');
  const { loadSql, shippedDataSources, shippedDemoBytes } = await import('../support/node-engine');
  const engine = createImportEngine({ SQL: await loadSql(), loadSources: shippedDataSources, now: () => '2026-01-01T00:00:00.000Z' });
  await engine.openWorkspace(shippedDemoBytes(), 'demo.arranjo');
  return { engine, targets };
}

const employmentRows = (engine: Awaited<ReturnType<typeof freshImportEngine>>['engine']): number =>
  Number(
    engine
      .connection()
      .get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM employment WHERE territory_code = 3106705 AND year = 2021 AND sector_code IN ('01', '02')",
      )?.n,
  );

describe('the import engine loads the features’ import targets when it needs them', { timeout: 180_000 }, () => {
  it('imports a works file: its pass loads the works target first', async () => {
    const { engine, targets } = await freshImportEngine();
    // Nothing loaded yet: a getter refuses rather than answering without the features.
    expect(() => targets.featureTargetHandlers()).toThrow(/not loaded/);
    const result = await engine.importFile(OBRAS, 'obras.csv', {});
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result).toMatchObject({ target: 'works', rows: { read: 3, imported: 3 } });
    expect(
      engine.connection().get<{ n: number }>("SELECT COUNT(*) AS n FROM project WHERE code IN ('OB-BET-01', 'OB-BET-02', 'OB-UBE-01')")?.n,
    ).toBe(3);
  });

  it('imports an employment file without the features, and undoes its batch with them', async () => {
    const { engine, targets } = await freshImportEngine();
    const before = employmentRows(engine);
    const result = await engine.importFile(JOBS, 'empregos.csv', { duplicates: 'last' });
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.target).toBe('employment');
    expect(() => targets.featureTargetHandlers()).toThrow(/not loaded/);
    // Undoing a batch asks every feature whether it may (attraction's prospects, …): they load first.
    const undone = await engine.undoImport(result.batch ?? 0);
    expect(undone.batchId).toBe(result.batch);
    expect(employmentRows(engine)).toBe(before);
    expect(targets.featureTargetHandlers().length).toBeGreaterThan(0);
  });

  it("undoes an employment import from the session's history (Ctrl+Z) with the features loaded first", async () => {
    const { engine } = await freshImportEngine();
    const before = employmentRows(engine);
    const result = await engine.importFile(JOBS, 'empregos.csv', { duplicates: 'last' });
    expect(result.refused, result.message ?? '').toBe(false);
    expect(employmentRows(engine)).not.toBe(before);
    await engine.undo();
    expect(employmentRows(engine)).toBe(before);
  });
});
