import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

/**
 * Lots and companies are kept per district; imported ones show in a plan only once it is opened, so
 * the area lists the districts holding them (agency scale: 3,000 lots in 60 districts, and the area
 * said only "no attraction plan yet").
 */
describe('the districts holding lots or companies', () => {
  it('counts each district’s lots, available lots and companies, plan or not, and none for a district without', async () => {
    const engine = await newDemoEngine();
    const sites = await engine.listSites();
    const planned = new Set((await engine.listAttractionPlans()).map((p) => p.siteId));
    const before = await engine.attractionInventories();
    const site = sites.find((s) => !planned.has(s.id) && !before.some((i) => i.siteId === s.id));
    if (!site) throw new Error('the demo has a district without plan, lots or companies');
    await engine.createLot(site.id, { code: 'L-1', areaM2: 1000, pricePerM2: 100 });
    await engine.createLot(site.id, { code: 'L-2', areaM2: 2000, pricePerM2: 100, status: 'sold' });
    await engine.createProspect(site.id, { company: 'Alfa' });
    const after = await engine.attractionInventories();
    expect(after.find((i) => i.siteId === site.id)).toEqual({ siteId: site.id, lots: 2, availableLots: 1, prospects: 1 });
    // The demo's plan district holds its illustrative lots and companies.
    for (const id of planned) expect(after.find((i) => i.siteId === id)?.lots).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length + 1);
    await engine.undo();
    await engine.undo();
    await engine.undo();
    expect(await engine.attractionInventories()).toEqual(before);
  });
});
