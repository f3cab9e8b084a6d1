import { describe, expect, it } from 'vitest';
import { MISSING_REASON_TEXT } from '../../../shared/analysis/economy/types';
import { inputWords, inputWordsIn, type InputWord } from '../../../shared/features/metrics';

describe("an input value's source and missing reason in the workbook's language", () => {
  it('reads back each recorded sentence, its parameters kept', () => {
    expect(inputWordsIn(inputWords('noJobs', { period: '2020' }), 'pt-BR')).toBe('sem empregos RAIS para 2020');
    expect(inputWordsIn(inputWords('noNeeds'), 'es')).toBe('el distrito no tiene puntuación de relevamiento ni obras');
    expect(inputWordsIn(inputWords('noIndicatorValue', { code: 'IDHM', period: '2010' }), 'pt-BR')).toBe('sem valor de IDHM para 2010');
    expect(inputWordsIn(inputWords('growthUndefined', { year: 2019 }), 'es')).toBe('sin empleos en 2019: el crecimiento no está definido');
  });

  it('says a measure by its name, and a sentence within a sentence in the same language', () => {
    // "no RAIS jobs for 2020" is its own sentence, not "no {measure} for 2020" with the measure "RAIS jobs".
    expect(inputWordsIn('no RAIS jobs for 2020', 'pt-BR')).toBe('sem empregos RAIS para 2020');
    expect(inputWordsIn(inputWords('noMeasure', { measure: 'payroll', period: '2021' }), 'pt-BR')).toBe('sem massa salarial para 2021');
    const source = inputWords('lqAgainst', { source: inputWords('rais', { files: inputWords('noFile') }), reference: 'Minas Gerais' });
    expect(source).toBe('RAIS (no file); LQ vs Minas Gerais');
    expect(inputWordsIn(source, 'pt-BR')).toBe('RAIS (nenhum arquivo); QL frente a Minas Gerais');
    expect(inputWordsIn(inputWords('lqAgainstState', { source: 'rais_2020.csv' }), 'es')).toBe('rais_2020.csv; CL frente al estado');
  });

  it("says the economy's reasons, and the Portuguese source older snapshots recorded, in the language", () => {
    expect(inputWordsIn(MISSING_REASON_TEXT['sector-absent-from-reference'], 'pt-BR')).toBe(
      'o setor não tem empregos na região de referência',
    );
    expect(inputWordsIn('Levantamento de infraestrutura (nota < 3) e obras do distrito', 'en')).toBe(
      "Infrastructure survey (score < 3) and the district's works",
    );
  });

  it('keeps what no template made: data from a file, a source name', () => {
    expect(inputWordsIn('sigilo estatístico', 'en')).toBe('sigilo estatístico');
    expect(inputWordsIn('IBGE, Censo Demográfico 2022 — população total', 'es')).toBe('IBGE, Censo Demográfico 2022 — população total');
  });

  it('has every sentence in every language, with the same parameters', () => {
    const words: InputWord[] = [
      'gone',
      'noMunicipality',
      'needsOfDistricts',
      'noNeeds',
      'missingInSource',
      'notInSnapshot',
      'missing',
      'noFile',
    ];
    for (const word of words)
      for (const locale of ['pt-BR', 'es'] as const)
        expect(inputWordsIn(inputWords(word), locale), `${word} ${locale}`).not.toBe(inputWords(word));
  });
});
