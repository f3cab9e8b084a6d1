import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../shared/import/api';
import { issueMessage } from '../../../renderer/src/features/importer/issue-codes';
import { initAppI18n } from '../../support/i18n';

const t: Record<'pt-BR' | 'en' | 'es', TFunction<'importer'>> = {} as never;

beforeAll(async () => {
  const i18n = await initAppI18n();
  for (const lng of ['pt-BR', 'en', 'es'] as const) t[lng] = i18n.getFixedT(lng, 'importer');
});

const issue = (extra: Partial<ImportIssue>): ImportIssue => ({
  severity: 'error',
  code: 'not-a-number',
  row: 5,
  column: 'Valor',
  message: 'english',
  ...extra,
});

describe('the import review says each row problem in the UI language (issue 13)', () => {
  it('says the engine issues of a fiscal workbook in pt-BR, en and es, numbers in the locale', () => {
    const combined = issue({ severity: 'warning', code: 'rows-combined', row: null, value: '2', params: { count: 2, how: 'sum' } });
    expect(issueMessage(t['pt-BR'], combined, 'pt-BR')).toMatch(
      /^2 linhas repetiam a chave .* os valores foram somados, como escolhido\.$/,
    );
    expect(issueMessage(t.en, combined, 'en')).toMatch(/^2 rows repeated the key .* added up, as chosen\.$/);
    expect(issueMessage(t.es, combined, 'es')).toMatch(/^2 filas repetían la clave .* se sumaron, como se eligió\.$/);
    const copy = issue({ severity: 'warning', code: 'identical-row', row: 4, column: null, params: { first: 2, how: 'sum' } });
    expect(issueMessage(t['pt-BR'], copy, 'pt-BR')).toMatch(
      /^A linha repete a linha 2 célula por célula; .* os valores foram somados e ela conta duas vezes\./,
    );
    expect(issueMessage(t.en, copy, 'en')).toMatch(
      /^This row repeats row 2 cell for cell; .* the values were added up, so it counts twice\./,
    );
    expect(issueMessage(t.es, copy, 'es')).toMatch(
      /^La fila repite la fila 2 celda por celda; .* los valores se sumaron y cuenta dos veces\./,
    );
    const sector = issue({ code: 'unknown-sector', value: '7000000', params: { classification: 'cnae-subclass' } });
    expect(issueMessage(t['pt-BR'], sector, 'pt-BR')).toBe('«7000000» não é um código de CNAE — subclasse do espaço de trabalho.');
    const total = issue({ severity: 'warning', code: 'total-mismatch', params: { total: 1234567.5, sum: 1234000 } });
    expect(issueMessage(t['pt-BR'], total, 'pt-BR')).toBe('O total do arquivo (1.234.567,5) difere da soma das linhas (1.234.000).');
    const ambiguous = issue({
      code: 'ambiguous-territory',
      value: 'SANTA LUZIA',
      params: { rows: 3, state: '', options: 'Santa Luzia (MG, 3157807)' },
    });
    expect(issueMessage(t.es, ambiguous, 'es')).toMatch(
      /^Territorio ambiguo «SANTA LUZIA» .* en 3 fila\(s\)\. ¿Quiso decir Santa Luzia \(MG, 3157807\)\?$/,
    );
    expect(issueMessage(t['pt-BR'], issue({ value: 'abc' }), 'pt-BR')).toBe('«abc» não é um número.');
  });

  it('keeps the engine message only for an issue without the params its text needs (every code has a text: import-messages.test.ts)', () => {
    expect(issueMessage(t['pt-BR'], issue({ code: 'bad-cnpj' }), 'pt-BR')).toBe(
      'CNPJ inválido (12 algarismos ou letras e 2 dígitos verificadores corretos).',
    );
    expect(issueMessage(t['pt-BR'], issue({ code: 'duplicate-key' }), 'pt-BR')).toBe('english');
  });
});
