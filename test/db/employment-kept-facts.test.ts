import { beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../shared/db/connection';
import { createEngine } from '../../shared/engine/engine';
import { EmploymentRepository } from '../../shared/repositories/employment-repository';
import { loadSql, shippedDemo } from '../support/node-engine';

const shipped = shippedDemo();
const RAIS_2019 = 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv';

// The levels, classifications and source files of employment are kept per connection while nothing
// is written (issue 16: the dashboard's first answer asked them up to four times).
describe('what the employment table holds, kept while the workspace is unchanged', () => {
  let conn: Connection;
  beforeEach(async () => {
    const engine = createEngine({
      SQL: await loadSql(),
      loadSources: () => Promise.reject(new Error('not built here')),
      loadDemoWorkspace: () => Promise.resolve({ ...shipped, bytes: shipped.bytes.slice() }),
    });
    await engine.createWorkspace({ demo: true });
    conn = engine.connection();
  });

  const years = (repo: EmploymentRepository) => repo.storedLevels().map((l) => `${l.classification}|${l.measure}|${l.year}`);

  it('answers again the same, and a caller changing its answer changes nothing kept', () => {
    const repo = new EmploymentRepository(conn);
    const levels = repo.storedLevels();
    expect(levels.map((l) => l.year)).toEqual([2019, 2020]);
    levels.pop();
    const files = repo.sources('ibge-setor', 'jobs', 2019);
    expect(files.map((f) => f.file)).toEqual([RAIS_2019]);
    files[0]!.file = 'changed by a caller';
    expect(years(new EmploymentRepository(conn))).toEqual(['ibge-setor|jobs|2019', 'ibge-setor|jobs|2020']);
    expect(repo.sources('ibge-setor', 'jobs', 2019).map((f) => f.file)).toEqual([RAIS_2019]);
    expect(repo.classificationsWith('jobs', 2019)).toEqual(['ibge-setor']);
  });

  it('reads again after a write', () => {
    const repo = new EmploymentRepository(conn);
    expect(repo.classificationsWith('jobs', 2019)).toEqual(['ibge-setor']);
    conn.run('DELETE FROM employment WHERE year = 2019');
    expect(years(repo)).toEqual(['ibge-setor|jobs|2020']);
    expect(repo.sources('ibge-setor', 'jobs', 2019)).toEqual([]);
    expect(repo.classificationsWith('jobs', 2019)).toEqual([]);
  });

  it('keeps nothing read inside a transaction that is rolled back', () => {
    const repo = new EmploymentRepository(conn);
    expect(() =>
      conn.transaction(() => {
        conn.run('DELETE FROM employment WHERE year = 2020');
        expect(years(repo)).toEqual(['ibge-setor|jobs|2019']);
        expect(repo.sources('ibge-setor', 'jobs', 2020)).toEqual([]);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(years(repo)).toEqual(['ibge-setor|jobs|2019', 'ibge-setor|jobs|2020']);
    expect(repo.sources('ibge-setor', 'jobs', 2020)).toHaveLength(1);
  });
});
