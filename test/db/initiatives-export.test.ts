import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

describe("Polos e iniciativas' export to import (arranjo-polos)", () => {
  it('writes DESIGN §10 layout, one row per membership; imported back it changes nothing, and exports the same bytes', async () => {
    const engine = await newDemoEngine();
    const text = (await engine.exportCanonicalCsv('arranjo-polos')).csv;
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('route,initiative,territory_code,municipality,state,kind,sectors,notes');
    // The demo's Rotas registry: 79 polos, 1,587 memberships.
    expect(lines).toHaveLength(1 + 1587);
    expect(lines).toContain('Rota do Mel,Polo Apícola do Norte de Minas,3107307,Bocaiúva,MG,rotas-polo,,');

    const back = await engine.importFile(new TextEncoder().encode(text), 'arranjo-polos.csv', {});
    expect(back.errors).toEqual([]);
    expect(back.rows).toMatchObject({ read: 1587, imported: 0, updated: 79, skipped: 0 });
    expect((await engine.exportCanonicalCsv('arranjo-polos')).csv).toBe(text);
  }, 180_000);
});
