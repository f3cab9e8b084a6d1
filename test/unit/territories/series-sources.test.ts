import { describe, expect, it } from 'vitest';
import { describeSeriesSources } from '../../../shared/features/territories/series-sources';

describe('describeSeriesSources', () => {
  it('names each source of a population series with its years (Census 2010 and 2022, TCU estimates between)', () => {
    const file = 'poptcu2010-2022_2024.csv';
    const points = [
      { period: '2010', source: `IBGE, Censo Demográfico 2010 — ${file}` },
      ...['2011', '2012', '2013', '2021', '2024'].map((y) => ({
        period: y,
        source: `IBGE, estimativa da população ${y} (enviada ao TCU) — ${file}`,
      })),
      { period: '2022', source: 'IBGE, Censo Demográfico 2022 — POP2022_CD2022.xlsx' },
    ];
    expect(describeSeriesSources(points)).toBe(
      `IBGE, Censo Demográfico 2010 — ${file}; IBGE, estimativa da população 2011–2013, 2021, 2024 (enviada ao TCU) — ${file}; ` +
        'IBGE, Censo Demográfico 2022 — POP2022_CD2022.xlsx',
    );
  });
});
