import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { suggestMapping } from '../../../shared/import/mapping/suggest';
import { CsvSource } from '../../../shared/import/read/csv-source';

const layoutOf = (text: string) => detectLayout(CsvSource.open(new TextEncoder().encode(text), 'regioes.csv'), 'regioes');

describe('wizard suggestion of indicator columns', () => {
  it('leaves a numeric column whose header names a code out of the indicators (IBGE’s regions file: cod_rgint 3101)', () => {
    // The layout of regioes_geograficas_composicao_por_municipios_2017 (resources/data/regions), with an indicator beside it.
    const layout = layoutOf(
      [
        'nome_mun;CD_GEOCODI;cod_rgi;nome_rgi;cod_rgint;nome_rgint;IDHM',
        'Abadia dos Dourados;3100104;310047;Monte Carmelo;3109;Uberlândia;0,689',
        'Abaeté;3100203;310017;Abaeté;3103;Divinópolis;0,698',
        'Abre Campo;3100302;310034;Ponte Nova;3106;Juiz de Fora;0,654',
      ].join('\n'),
    );
    const mapping = suggestMapping(layout, 'indicator-values');
    const role = (column: number) => mapping.columns.find((c) => c.column === column)?.role;
    expect(role(1)).toEqual({ role: 'territory' });
    expect(role(4)).toEqual({ role: 'ignore' });
    expect(role(6)).toMatchObject({ role: 'indicator-value' });
    expect(mapping.columns.filter((c) => c.role.role === 'indicator-value')).toHaveLength(1);
  });

  it('makes the indicator code of an accented header with its letters, not underscores (Taxa de ocupação → Taxa_de_ocupacao)', () => {
    const layout = layoutOf(['codigo;municipio;ano;Taxa de ocupação', '3106200;Belo Horizonte;2022;0,25'].join('\n'));
    const mapping = suggestMapping(layout, 'indicator-values');
    expect(mapping.columns.find((c) => c.column === 3)?.role).toEqual({ role: 'indicator-value', indicator: 'Taxa_de_ocupacao' });
  });
});
