import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { ActivityLevels } from '../../shared/features/economy';
import { loadSql, shippedDemoBytes } from '../support/node-engine';

// The Economy area's analyses share one read of a year's values while the workspace is unchanged
// (issue 16); any write to the workspace makes the next read fresh.
describe('activity reads kept while the workspace is unchanged', () => {
  it('gives the same frozen records until a write, then the written value', async () => {
    const bytes = shippedDemoBytes();
    const conn = Connection.create(await loadSql(), bytes);
    try {
      const first = new ActivityLevels(conn).records('ibge-setor', 'jobs', 2020);
      expect(first.length).toBeGreaterThan(800);
      expect(new ActivityLevels(conn).records('ibge-setor', 'jobs', 2020)).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      const row = first.find((r) => r.territoryCode === 3106705 && r.value !== null);
      expect(row).toBeDefined();
      conn.run(
        "UPDATE employment SET value = 123456 WHERE territory_code = ? AND classification = 'ibge-setor' AND sector_code = ? AND year = 2020 AND measure = 'jobs'",
        [3106705, row?.sectorCode ?? ''],
      );
      const after = new ActivityLevels(conn).records('ibge-setor', 'jobs', 2020);
      expect(after).not.toBe(first);
      expect(after.find((r) => r.territoryCode === 3106705 && r.sectorCode === row?.sectorCode)?.value).toBe(123456);
      // A write undone by a rollback still counts as a change: the read after it is fresh too.
      expect(() =>
        conn.transaction(() => {
          conn.run("UPDATE employment SET value = 1 WHERE territory_code = 3106705 AND year = 2020 AND measure = 'jobs'");
          throw new Error('rolled back');
        }),
      ).toThrow('rolled back');
      const again = new ActivityLevels(conn).records('ibge-setor', 'jobs', 2020);
      expect(again).not.toBe(after);
      expect(again).toEqual(after);
    } finally {
      conn.close();
    }
  }, 60_000);
});
