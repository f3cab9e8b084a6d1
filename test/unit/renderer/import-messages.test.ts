import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '../../../shared/domain/import-codes';
import type { ImportIssue } from '../../../shared/import/api';
import { issueMessage, NEEDS_PARAMS } from '../../../renderer/src/features/importer/issue-codes';
import { localizedIssuesCsv } from '../../../renderer/src/features/importer/issues-csv';
import { issueValueText } from '../../../renderer/src/features/importer/cell-text';
import { resources } from '../../../renderer/src/i18n/resources';

/**
 * Issue 13: every message of the import review in the UI language. Walks every row-problem code the
 * engine gives (shared/domain/import-codes.ts) in pt-BR, en and es, with and without the engine's
 * params, and fails on a code whose message would fall back to the engine's English detail, a missing
 * key or an unfilled placeholder. The downloadable CSV is checked the same way.
 */
const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
const ENGINE = 'ENGINE DETAIL (English)';

const t = (): TFunction<'importer'> => i18next.getFixedT(null, 'importer');

function issue(code: ImportIssue['code'], withParams: boolean): ImportIssue {
  return {
    severity: 'error',
    code,
    row: 7,
    column: 'C',
    message: ENGINE,
    value: '7000000',
    ...(withParams
      ? {
          params: {
            rows: 3,
            count: 3,
            classification: 'cnae-subclass',
            measure: 'value_added',
            how: 'sum',
            territory: 3106705,
            sector: '29',
            year: 2021,
            first: 4,
            total: 10,
            sum: 9,
            codes: '"7000000"',
            levels: 'cnae-division, cnae-subclass',
            file: 'VAF_MG_2021.xlsx',
            length: 2_000_005,
            max: 300,
            other: 'Polo do MEL do Meio do Mundo',
            otherRow: 119,
          },
        }
      : {}),
  };
}

describe('import review messages', () => {
  beforeAll(async () => {
    await i18next.init({ resources, lng: 'pt-BR', fallbackLng: false, interpolation: { escapeValue: false } });
  });

  it.each(LANGUAGES)('every issue code has its own message in %s', async (language) => {
    await i18next.changeLanguage(language);
    const missing: string[] = [];
    for (const code of IMPORT_ISSUE_CODES) {
      for (const withParams of [true, false]) {
        const text = issueMessage(t(), issue(code, withParams), language);
        // An older engine's issue without the params its text needs keeps the engine's detail.
        const needsParams = !withParams && (NEEDS_PARAMS as readonly string[]).includes(code);
        if (needsParams) continue;
        if (text === ENGINE || text.startsWith('issueMessages.') || text.includes('{{') || text.trim() === '')
          missing.push(`${code}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a row with cells past the header says its counts and the separator in the UI language', async () => {
    const split: ImportIssue = {
      severity: 'error',
      code: 'cells-past-header',
      row: 2,
      column: 'H',
      message: ENGINE,
      value: '2026-06-30',
      params: { cells: 8, columns: 7, separator: ';' },
    };
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), split, 'pt-BR')).toMatch(
      /^A linha tem 8 células e o cabeçalho nomeia 7 colunas: um separador «;» dentro de uma célula sem aspas/,
    );
    await i18next.changeLanguage('es');
    expect(issueMessage(t(), { ...split, params: { cells: 9, columns: 7, separator: '\t' } }, 'es')).toMatch(
      /^La fila tiene 9 celdas .* separador «TAB»/,
    );
  });

  it('a number past the maximum of its field names the maximum as the locale writes it', async () => {
    const above: ImportIssue = {
      severity: 'error',
      code: 'above-max',
      row: 2,
      column: 'jobs',
      message: ENGINE,
      params: { max: 10_000_000 },
    };
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), above, 'pt-BR')).toMatch(/máximo de 10\.000\.000/);
    await i18next.changeLanguage('en');
    expect(issueMessage(t(), above, 'en')).toMatch(/maximum of 10,000,000/);
  });

  it('a progress below the previous one names both figures and the date, as the locale writes them', async () => {
    // The review read only "O avanço acumulado é menor que o da medição anterior.", without the figures.
    const decreased = (params: Record<string, string | number>): ImportIssue => ({
      severity: 'error',
      code: 'progress-decreased',
      row: 2,
      column: 'Avanço físico (%)',
      message: ENGINE,
      value: String(params.progress),
      params,
    });
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), decreased({ progress: 55.5, previous: 60, date: '2025-12-31' }), 'pt-BR')).toBe(
      '55,5% é menos que os 60% de 31/12/2025: o avanço é acumulado. Corrija o valor (ou, numa medição, marque a linha como correção).',
    );
    expect(issueMessage(t(), decreased({ progress: 30, previous: 45, date: '2025-04' }), 'pt-BR')).toMatch(
      /^30% é menos que os 45% de abr\. de 2025:/,
    );
    await i18next.changeLanguage('en');
    expect(issueMessage(t(), decreased({ progress: 55.5, previous: 60, date: '2025-12-31' }), 'en')).toMatch(
      /^55\.5% is less than the 60% of 12\/31\/2025:/,
    );
  });

  it('progress written as a fraction names the value as written and as a percentage, in the locale', async () => {
    const fraction: ImportIssue = {
      severity: 'error',
      code: 'progress-fraction',
      row: 3,
      column: 'Avanço físico (%)',
      message: ENGINE,
      value: '0.455',
      params: { progress: 0.455, percent: 45.5 },
    };
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), fraction, 'pt-BR')).toMatch(/^0,455 numa coluna de avanço .* lido como 0,455%; se é 45,5%, escreva 45,5 /);
    await i18next.changeLanguage('es');
    expect(issueMessage(t(), fraction, 'es')).toMatch(
      /^0,455 en una columna de avance .* leería como 0,455 %; si es 45,5 %, escriba 45,5 /,
    );
  });

  it('a two-way numeral says how it was read, without a grouping that reads two ways again', async () => {
    // The review read only "O número pode ser lido de dois modos…", never which way it was read.
    const twoWay = (read: number): ImportIssue => ({
      severity: 'warning',
      code: 'ambiguous-decimal',
      row: 2,
      column: 'Área (m²)',
      message: ENGINE,
      value: '1.200',
      params: { read },
    });
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), twoWay(1200), 'pt-BR')).toMatch(
      /^«1\.200» foi lido como 1200: nada mais no arquivo mostra o separador decimal\./,
    );
    expect(issueMessage(t(), twoWay(1.2), 'pt-BR')).toMatch(/^«1\.200» foi lido como 1,2:/);
    await i18next.changeLanguage('en');
    expect(issueMessage(t(), twoWay(1.2), 'en')).toMatch(/^“1\.200” was read as 1\.2:/);
  });

  it('a column in two conventions names one numeral of each and how a two-way one was read', async () => {
    const mixed: ImportIssue = {
      severity: 'warning',
      code: 'mixed-decimal',
      row: 4,
      column: 'payroll',
      message: ENGINE,
      value: '1,234',
      params: { dot: '1,234.5', comma: '1.234.567', read: 1.234 },
    };
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), mixed, 'pt-BR')).toMatch(
      /^A coluna mistura números com ponto decimal \(«1,234\.5»\) e com vírgula decimal \(«1\.234\.567»\): «1,234» foi lido como 1,234, /,
    );
    await i18next.changeLanguage('es');
    expect(issueMessage(t(), mixed, 'es')).toMatch(/^La columna mezcla .*«1,234» se leyó como 1,234, /);
  });

  it('a polo name too long for the registry gives its length and the limit as the locale writes numbers', async () => {
    const tooLong = { ...issue('initiative-text-too-long', true), params: { length: 2_000_005, max: 300 } };
    await i18next.changeLanguage('pt-BR');
    expect(issueMessage(t(), tooLong, 'pt-BR')).toBe(
      'O texto tem 2.000.005 caracteres; este campo guarda no máximo 300. Encurte-o na planilha e importe de novo.',
    );
    await i18next.changeLanguage('en');
    expect(issueMessage(t(), tooLong, 'en')).toMatch(/^The text has 2,000,005 characters; this field keeps at most 300\./);
  });

  it('the same code reads differently in each language', async () => {
    const texts = new Map<string, string[]>();
    for (const language of LANGUAGES) {
      await i18next.changeLanguage(language);
      for (const code of IMPORT_ISSUE_CODES) texts.set(code, [...(texts.get(code) ?? []), issueMessage(t(), issue(code, true), language)]);
    }
    // pt-BR and en always differ; es may share a short sentence with pt-BR ("Código de indicador inválido.").
    for (const [code, [pt, en]] of texts) expect(pt, code).not.toBe(en);
  });

  it.each([
    [
      'pt-BR',
      'Arquivo;Planilha;Linha;Coluna;Gravidade;Problema;Detalhe;Valor no arquivo',
      'vaf.xlsx;VAF;7;C;Erro;Setor desconhecido;«7000000» não é',
    ],
    ['en', 'File;Sheet;Row;Column;Severity;Problem;Detail;Value in the file', 'vaf.xlsx;VAF;7;C;Error;Unknown sector;“7000000” is not'],
    ['es', 'Archivo;Hoja;Fila;Columna;Gravedad;Problema;Detalle;Valor en el archivo', 'vaf.xlsx;VAF;7;C;Error;Sector desconocido;'],
  ] as const)('the issues CSV is in %s: headers, severity, problem and message', async (language, header, line) => {
    await i18next.changeLanguage(language);
    const csv = localizedIssuesCsv(t(), language, [issue('unknown-sector', true)], 'vaf.xlsx', 'VAF');
    const [first, second] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(first).toBe(header);
    expect(second?.startsWith(line)).toBe(true);
    expect(csv).not.toContain(ENGINE);
  });
});

describe("an issue's value read by the engine as a number, in the UI language", () => {
  // A works sheet's progress 0.455 (refused as a fraction): the engine writes "0.455"; a CSV's own text stays as the file has it.
  const fraction: ImportIssue = { ...issue('progress-fraction', true), value: '0.455', numeric: true };
  const text: ImportIssue = { ...issue('not-a-number', true), value: '0.455' };

  it.each([
    ['pt-BR', '0,455'],
    ['es', '0,455'],
    ['en', '0.455'],
  ] as const)('%s: the review cell and the CSV write %s', async (language, shown) => {
    await i18next.changeLanguage(language);
    expect(issueValueText(fraction, language)).toBe(shown);
    expect(issueValueText(text, language)).toBe('0.455');
    const csv = localizedIssuesCsv(t(), language, [fraction], 'obras.xlsx', 'Medições');
    expect(
      csv
        .replace(/^\ufeff/, '')
        .split('\r\n')[1]
        ?.endsWith(`;${shown}`),
    ).toBe(true);
  });
});
