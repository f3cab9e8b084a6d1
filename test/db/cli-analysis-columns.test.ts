import { describe, expect, it } from 'vitest';
import { lqRowList, shiftShareRowList } from '../../electron/cli/commands/analysis-columns';
import { renderChunks, type Cell } from '../../electron/cli/output';
import { ActivityLevels, EconomyService, type EconomyQuery } from '../../shared/features/economy';
import { csvLines } from '../../shared/text/csv-cell';
import { newDemoEngine } from '../support/node-engine';

/**
 * `arranjo analyze lq|shift-share` write national tables from the engine's columns with a CSV line
 * put together per row (issue 16). Pinned here: the same bytes as the engine's rows written cell by
 * cell through the shared CSV writer (names with commas and quotes, empty LQs where it cannot be
 * computed), and the same cells for the other formats.
 */
describe('the CLI analysis tables made from columns', () => {
  const csv = (rows: readonly (readonly Cell[])[]) => `${csvLines(rows, ',')}\n`;
  const written = (list: ReturnType<typeof lqRowList>) =>
    [...renderChunks('csv', ['h'], list)]
      .slice(1)
      .map((chunk) => (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)))
      .join('');
  const cells = (list: ReturnType<typeof lqRowList>) => Array.from({ length: list.length }, (_, i) => list.at(i) ?? []);

  it('LQ and shift-share: byte for byte what the rows give, at every level the demo has', async () => {
    const engine = await newDemoEngine();
    const economy = new EconomyService(engine.connection());
    const levels = new ActivityLevels(engine.connection()).available('jobs');
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) {
      const q: EconomyQuery = { classification: level.value, measure: 'jobs', reference: { kind: 'state', abbr: 'MG' } };
      const year = level.years.at(-1) ?? 0;
      const { rows } = await engine.analyzeLocationQuotients({ ...q, year });
      const expected = rows.map((r) => [r.territoryCode, r.territoryName, r.sectorCode, r.sectorName, r.year, r.value, r.lq]);
      const list = lqRowList(economy.locationQuotientColumns(q, year));
      expect(written(list)).toBe(csv(expected));
      expect(cells(list)).toEqual(expected);
      if (level.years.length < 2) continue;
      const [from, to] = [level.years.at(-2) ?? 0, year];
      const ss = (await engine.analyzeShiftShare({ ...q, from, to })).rows.map((r) => [
        r.territoryCode,
        r.territoryName,
        r.sectorCode,
        r.sectorName,
        r.jobsFrom,
        r.jobsTo,
        r.referenceShare,
        r.industryMix,
        r.regionalShift,
        r.totalChange,
      ]);
      const ssList = shiftShareRowList(economy.shiftShareColumns(q, from, to));
      expect(written(ssList)).toBe(csv(ss));
      expect(cells(ssList)).toEqual(ss);
    }
  }, 120_000);

  it('empty cells where a value cannot be computed, names quoted and kept from formulas, only the kept territories', () => {
    const names: Record<number, string> = { 1: 'Água "Boa", MG', 2: '=cmd', 3: 'Left out' };
    const list = lqRowList({
      territories: [1, 2, 3],
      sectors: ['01', 'A,B'],
      keep: (t) => t < 2,
      territoryName: (code) => names[code] ?? '',
      sectorName: (code) => `-${code}`,
      year: 2021,
      values: Float64Array.from([0, 2, -0, 3, 9, 9]),
      lq: Float64Array.from([Number.NaN, 1.5, 0.1 + 0.2, Number.NaN, 1, 1]),
    });
    const rows = cells(list);
    expect(rows).toEqual([
      [1, 'Água "Boa", MG', '01', '-01', 2021, 0, null],
      [1, 'Água "Boa", MG', 'A,B', '-A,B', 2021, 2, 1.5],
      [2, '=cmd', '01', '-01', 2021, -0, 0.30000000000000004],
      [2, '=cmd', 'A,B', '-A,B', 2021, 3, null],
    ]);
    expect(written(list)).toBe(csv(rows));
    expect(written(list)).toContain(`1,"Água ""Boa"", MG",01,-01,2021,0,\n`);
    expect(written(list)).toContain(`2,'=cmd,"A,B","'-A,B",2021,3,\n`);
  });

  it('numbers written digit by digit read as String writes them: signs, -0, the edges of the fast path, large and tiny values', () => {
    const edge = [
      -0,
      -1,
      9,
      10,
      -2147483647,
      2147483647,
      2147483648,
      -2147483648,
      -2147483649,
      1e21,
      123456789012,
      1e-7,
      -0.5,
      Infinity,
      -Infinity,
    ];
    const list = lqRowList({
      territories: [1],
      sectors: edge.map((_, i) => String(i)),
      keep: () => true,
      territoryName: () => 'T',
      sectorName: () => 'S',
      year: 2021,
      values: Float64Array.from(edge),
      lq: Float64Array.from(edge, (v) => -v),
    });
    expect(written(list)).toBe(csv(cells(list)));
    expect(written(list).split('\n')[0]).toBe('1,T,0,S,2021,0,0');
    expect(written(list)).toContain(',2021,2147483648,-2147483648\n');
    expect(written(list)).toContain(',2021,1e+21,-1e+21\n');
  });
});
