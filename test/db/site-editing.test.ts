import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

describe('editing sites', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  });

  it('refuses to delete a district that still holds lots and prospects, naming how many of each; nothing goes silently', async () => {
    const site = await engine.createSite({ code: 'DI-L', kind: 'industrial-district', name: 'Distrito L', municipalityCode: 3106705 });
    const lot = await engine.createLot(site.id, { code: 'A-01', areaM2: 1200, pricePerM2: 160 });
    await engine.createLot(site.id, { code: 'A-02', areaM2: 900, pricePerM2: 160 });
    const prospect = await engine.createProspect(site.id, { company: 'Alfa', jobs: 30 });
    const refusal = engine.deleteSite(site.id);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONSTRAINT',
      params: { reason: 'site-in-use', works: 0, lots: 2, prospects: 1, actions: 0 },
    });
    await expect(engine.deleteSite(site.id)).rejects.toThrow(/still has .*2 lots, 1 prospects/);
    expect((await engine.listSites()).map((s) => s.id)).toEqual([site.id]);
    // The lots and the prospect are still there (a cascade would have taken them, and undo would not bring them back).
    await expect(engine.updateLot(lot.id, { pricePerM2: 170 })).resolves.toMatchObject({ code: 'A-01' });
    await engine.deleteProspect(prospect.id);
    await engine.deleteLot(lot.id);
    await expect(engine.deleteSite(site.id)).rejects.toMatchObject({ params: { reason: 'site-in-use', lots: 1, prospects: 0 } });
  });

  it('creates, updates and deletes a site, each undoable and redoable', async () => {
    const site = await engine.createSite({ code: 'DI-X', kind: 'industrial-district', name: 'Distrito X', municipalityCode: 3106705 });
    expect(site).toMatchObject({ municipalityName: 'Betim', areaHa: null });
    await engine.updateSite(site.id, { name: 'Distrito Y', areaHa: 120.5 });
    await engine.deleteSite(site.id);
    expect(await engine.listSites()).toEqual([]);

    await engine.undo();
    expect((await engine.listSites())[0]).toMatchObject({ id: site.id, name: 'Distrito Y', areaHa: 120.5 });
    await engine.undo();
    expect((await engine.listSites())[0]).toMatchObject({ name: 'Distrito X', areaHa: null });
    await engine.undo();
    expect(await engine.listSites()).toEqual([]);
    expect((await engine.history()).canUndo).toBe(false);

    await engine.redo();
    await engine.redo();
    expect((await engine.listSites())[0]).toMatchObject({ name: 'Distrito Y' });
  });

  it('counts revisions so the shells know when there are unsaved changes', async () => {
    const r0 = (await engine.history()).revision;
    const site = await engine.createSite({ code: 'A', kind: 'productive-pole', name: 'Polo A' });
    await engine.updateSite(site.id, { notes: 'x' });
    expect((await engine.history()).revision).toBe(r0 + 2);
  });

  it('refuses bad values at the field, changing nothing', async () => {
    const site = await engine.createSite({ code: 'A', kind: 'industrial-district', name: 'A' });
    const before = await engine.listSites();
    await expect(engine.updateSite(site.id, { areaHa: -3 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'areaHa', reason: 'negative' },
    });
    await expect(engine.updateSite(site.id, { lotsTotal: 'doze' as unknown as number })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'lotsTotal', reason: 'number' },
    });
    await expect(engine.updateSite(site.id, { municipalityCode: 3199999 })).rejects.toMatchObject({
      params: { field: 'municipalityCode', reason: 'not-a-municipality', value: '3199999', count: 1 },
    });
    await engine.createSite({ code: 'B', kind: 'industrial-district', name: 'B' });
    await expect(engine.updateSite(site.id, { code: 'B' })).rejects.toMatchObject({
      code: 'CONSTRAINT',
      message: 'code: "B" is already used by another site.',
      params: { field: 'code', reason: 'duplicate', value: 'B' },
    });
    await expect(engine.updateSite(site.id, { name: ' ' })).rejects.toMatchObject({ params: { field: 'name', reason: 'required' } });
    await expect(engine.updateSite(site.id, { lat: 95 })).rejects.toMatchObject({ params: { field: 'lat', reason: 'at-most', max: 90 } });
    await expect(engine.updateSite(999, { name: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await engine.undo();
    expect(await engine.listSites()).toEqual(before);
  });

  it('logs every change with before and after images', async () => {
    const site = await engine.createSite({ code: 'A', kind: 'industrial-district', name: 'A' });
    await engine.updateSite(site.id, { name: 'B' });
    const log = engine
      .connection()
      .all<{ action: string; before: string | null; after: string }>('SELECT action, before, after FROM change_log ORDER BY id');
    expect(log.map((l) => l.action)).toEqual(['insert', 'update']);
    expect(JSON.parse(log[1]?.before ?? '{}')).toEqual({ name: 'A' });
    expect(JSON.parse(log[1]?.after ?? '{}')).toEqual({ name: 'B' });
  });

  it('survives a save and reopen', async () => {
    await engine.createSite({ code: 'A', kind: 'cluster-initiative', name: 'Arranjo do queijo', notes: 'Serro' });
    const bytes = await engine.exportWorkspace();
    const other = await newEngine();
    await other.openWorkspace(bytes, 'w.arranjo');
    expect((await other.listSites())[0]).toMatchObject({ name: 'Arranjo do queijo', notes: 'Serro', kind: 'cluster-initiative' });
  });
});
