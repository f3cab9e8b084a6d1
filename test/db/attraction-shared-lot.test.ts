import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSql, newEngine } from '../support/node-engine';

/**
 * A workspace from before schema 18, when the engine did not yet refuse a second company on a taken
 * lot, may hold two prospects on one lot. Opened (and migrated) now, both are kept and the plan names
 * the lot and its companies, for the planner to settle; nothing is dropped.
 */
describe('a legacy workspace with two companies on one lot', () => {
  it('opens with both kept, and the plan names the lot and its companies', async () => {
    const SQL = await loadSql();
    const db = new SQL.Database(readFileSync(new URL('../fixtures/workspace-schema-17.arranjo', import.meta.url)));
    // The fixture's 'Empresa Fixture Ltda' holds L-02; schema 17 stored a second company on it.
    db.run(
      "INSERT INTO prospect (site_id, company, cnpj, stage, lot_id, illustrative) VALUES (1, 'Segunda Empresa', NULL, 'negotiation', 2, 0)",
    );
    const legacy = db.export();
    db.close();

    const engine = await newEngine();
    const opened = await engine.openWorkspace(legacy, 'legado.arranjo');
    expect(opened.migratedFrom).toBe(17);
    const [plan] = await engine.listAttractionPlans();
    if (!plan) throw new Error('fixture plan missing');
    const view = await engine.getAttractionPlan(plan.id);
    expect(view.prospects.filter((p) => p.lotId !== null).map((p) => p.company)).toEqual(['Empresa Fixture Ltda', 'Segunda Empresa']);
    expect(view.sharedLots).toEqual([{ lotCode: 'L-02', companies: ['Empresa Fixture Ltda', 'Segunda Empresa'] }]);
  });
});
