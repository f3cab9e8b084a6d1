import { describe, expect, it } from 'vitest';
import { describeSeriesSources, joinSources } from '../../../shared/features/territories/series-sources';

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

describe('joinSources', () => {
  it('names each source once, splitting the lines of figures built from several (a radar over a share, a rate, a change)', () => {
    const rais = (y: number) => `RAIS ${y} (RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_${y}.csv)`;
    expect(joinSources([rais(2020), `${rais(2020)}; IBGE (2020)`, `${rais(2019)}; ${rais(2020)}`, ''])).toBe(
      `${rais(2020)}; IBGE (2020); ${rais(2019)}`,
    );
  });
});
