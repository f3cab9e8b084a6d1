import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { EmploymentRepository } from '../../shared/repositories/employment-repository';
import { loadSql, newEngine, shippedDemoBytes } from '../support/node-engine';

// Schema 13 keys employment by (classification, measure, year, territory, sector): the levels, years
// and states with data are found by seeks along that key. They must equal what a plain DISTINCT over
// every row gives, whatever mix of levels, measures, years and states the workspace holds.
describe('employment levels, years and states by seeks along the schema-13 key', () => {
  it('equal the DISTINCT over every row, on the demo and with more levels, measures, years and states', async () => {
    const bytes = shippedDemoBytes();
    const conn = Connection.create(await loadSql(), bytes);
    try {
      const repo = new EmploymentRepository(conn);
      const check = (): void => {
        expect(repo.storedLevels()).toEqual(
          conn.all('SELECT DISTINCT classification, measure, year FROM employment ORDER BY classification, measure, year'),
        );
        for (const [c, m] of [
          ['ibge-setor', 'jobs'],
          ['cnae-division', 'payroll'],
          ['cnae-division', 'jobs'],
        ] as const)
          expect(repo.years(c, m)).toEqual(
            conn
              .all<{ year: number }>('SELECT DISTINCT year FROM employment WHERE classification = ? AND measure = ? ORDER BY year', [c, m])
              .map((r) => r.year),
          );
        expect(repo.statesWithData()).toEqual(
          conn.all<{ s: number }>('SELECT DISTINCT territory_code / 100000 AS s FROM employment ORDER BY s').map((r) => r.s),
        );
      };
      check();
      expect(repo.statesWithData()).toEqual([31]);
      const division = conn.get<{ code: string }>("SELECT code FROM classification WHERE scheme = 'cnae-division' ORDER BY code LIMIT 1");
      // A municipality of Acre (12), of São Paulo (35) and of the Federal District (53): first and last states by code.
      const others = conn.all<{ code: number }>(
        'SELECT min(code) AS code FROM municipality WHERE code / 100000 IN (12, 35, 53) GROUP BY code / 100000 ORDER BY 1',
      );
      expect(others).toHaveLength(3);
      const batch = conn.get<{ id: number }>('SELECT min(id) AS id FROM import_batch')?.id ?? 1;
      for (const [i, { code }] of others.entries())
        conn.run(
          `INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
           VALUES (?, 'cnae-division', ?, ?, ?, 10, NULL, ?, 1)`,
          [code, division?.code ?? '', 1995 + i * 10, i === 1 ? 'payroll' : 'jobs', batch],
        );
      check();
      expect(repo.statesWithData()).toEqual([12, 31, 35, 53]);
      expect(repo.years('cnae-division', 'jobs')).toEqual([1995, 2015]);
      expect(repo.years('cnae-division', 'payroll')).toEqual([2005]);
    } finally {
      conn.close();
    }
  });

  it('an import giving one territory, year and measure at two levels names the first row and both levels', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const csv = [
      'territory_code,classification,sector_code,year,jobs',
      '3106705,cnae-division,29,2021,10',
      '3106705,cnae-division,28,2021,5',
      '3106705,cnae-subclass,2910701,2021,7',
      '3106200,cnae-subclass,2910701,2021,3',
      '3106705,cnae-subclass,2910701,2020,4',
    ].join('\n');
    const r = await engine.importFile(new TextEncoder().encode(csv), 'levels.csv', { template: 'arranjo-long', dryRun: true });
    expect(r.refused).toBe(true);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.row).toBe(4);
    expect(r.errors[0]?.message).toMatch(/territory 3106705 has jobs for 2021 at cnae-division \(row 2\) and at cnae-subclass/);
  });
});
