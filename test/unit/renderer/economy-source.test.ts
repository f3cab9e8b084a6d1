import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '../../support/i18n';
import { sourceLine } from '../../../renderer/src/features/economy/economy-source';

let pt: TFunction<'economy'>;
let en: TFunction<'economy'>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  pt = i18n.getFixedT('pt-BR', 'economy');
  en = i18n.getFixedT('en', 'economy');
});

const rais = (year: number) => ({ year, file: `RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_${year}.csv` });

describe('economy source line (issue 13): the files the values came from, never a provider they did not', () => {
  it('names the fiscal value-added workbook, not MTE/RAIS', () => {
    const line = sourceLine([{ year: 2021, file: 'VAF_MG_2021_ilustrativo.xlsx' }], [null, 2021], pt, 'pt-BR');
    expect(line).toBe('Fonte: VAF_MG_2021_ilustrativo.xlsx (importado no espaço de trabalho), 2021.');
    expect(line).not.toMatch(/RAIS/);
  });

  it('lists each file once, in the language, with the years of the period', () => {
    expect(sourceLine([rais(2019), rais(2020)], [2019, 2020], en, 'en')).toBe(
      `Source: ${rais(2019).file} and ${rais(2020).file} (imported into the workspace), 2019, 2020.`,
    );
    expect(sourceLine([rais(2020), rais(2020)], [2020], pt, 'pt-BR')).toBe(
      `Fonte: ${rais(2020).file} (importado no espaço de trabalho), 2020.`,
    );
  });

  it('many files: the first three and how many more; none recorded: says so without naming a source', () => {
    const files = [2016, 2017, 2018, 2019, 2020].map(rais);
    expect(sourceLine(files, [2016, 2020], pt, 'pt-BR')).toMatch(
      /_2016\.csv, .*_2017\.csv, .*_2018\.csv e mais 2 arquivos \(importados no espaço de trabalho\), 2016, 2020\.$/,
    );
    expect(sourceLine([], [2020], pt, 'pt-BR')).toBe(
      'Fonte: dados importados no espaço de trabalho (sem arquivo de origem registrado), 2020.',
    );
  });
});
