import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { CANONICAL_LAYOUTS, type CanonicalLayoutName } from '../../shared/export/canonical-layouts';
import { newDemoEngine } from '../support/node-engine';

/**
 * The engine's `exportCanonicalCsv`, which the Import/Export area and `arranjo export --csv` both
 * call: every layout registered by its feature, one district's records for the site-keyed ones, and
 * refusals for what the UI or a script could ask wrongly. The round trip is export-csv.test.ts's.
 */
describe('exportCanonicalCsv', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('writes each of the seven layouts from the demo, one record a line after the header', async () => {
    for (const layout of CANONICAL_LAYOUTS) {
      const written = await engine.exportCanonicalCsv(layout);
      expect(written.layout).toBe(layout);
      const lines = written.csv.trimEnd().split('\n');
      expect(lines.length - 1, layout).toBeGreaterThanOrEqual(written.rows);
      expect(written.rows, layout).toBeGreaterThan(0);
    }
  });

  it("writes one district's works, and those only", async () => {
    const all = await engine.exportCanonicalCsv('arranjo-obras');
    const site = (await engine.listSites()).find((s) => all.csv.includes(`\n${s.code},`));
    if (!site) throw new Error('no demo site with works');
    const one = await engine.exportCanonicalCsv('arranjo-obras', site.id);
    expect(one.rows).toBeGreaterThan(0);
    expect(one.rows).toBeLessThan(all.rows);
    for (const line of one.csv.trimEnd().split('\n').slice(1)) expect(line.startsWith(`${site.code},`)).toBe(true);
  });

  it('refuses a site for a layout without one, a site that does not exist and a layout that is not one', async () => {
    await expect(engine.exportCanonicalCsv('arranjo-polos', 1)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(engine.exportCanonicalCsv('arranjo-lotes', 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(engine.exportCanonicalCsv('arranjo-x' as CanonicalLayoutName)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
