import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { CsvSource } from '../../../shared/import/read/csv-source';
import type { UnresolvedTerritory } from '../../../shared/import/api';
import { columnLetter, parseBatchMapping } from '../../../renderer/src/features/importer/batch-mapping';
import { IMPORT_REFUSALS, isCancelled, translateImportError } from '../../../renderer/src/features/importer/import-errors';
import { ISSUE_CODES, issueCodeLabel } from '../../../renderer/src/features/importer/issue-codes';
import {
  answerValue,
  mergeUnresolved,
  pendingTerritories,
  resolutionList,
  scorePercent,
  withAnswer,
} from '../../../renderer/src/features/importer/resolutions';
import { BUILT_IN_TEMPLATE_IDS, templateDescription, templateLabel } from '../../../renderer/src/features/importer/template-text';
import { BUILT_IN_TEMPLATES } from '../../../shared/import/templates/built-ins';
import { resources } from '../../../renderer/src/i18n/resources';

const unresolved = (key: string, firstRow: number): UnresolvedTerritory => ({
  key,
  text: key,
  state: 'MG',
  problem: 'unknown',
  rows: 1,
  firstRow,
  candidates: [],
});

describe('importer: territory answers', () => {
  it('keeps only answered keys for the engine; "skip" is null', () => {
    let answers = withAnswer({}, 'ABADIA|MG', '3100104');
    answers = withAnswer(answers, 'SANTA RITA|', 'skip');
    expect(resolutionList(answers)).toEqual([
      { key: 'ABADIA|MG', code: 3100104 },
      { key: 'SANTA RITA|', code: null },
    ]);
    expect(answerValue(answers, 'SANTA RITA|')).toBe('skip');
    expect(answerValue(answers, 'other')).toBe('');
    expect(resolutionList(withAnswer(answers, 'ABADIA|MG', null))).toEqual([{ key: 'SANTA RITA|', code: null }]);
  });

  it('keeps asked territories on screen after they are resolved, in file order', () => {
    const seen = mergeUnresolved([unresolved('B', 20)], [unresolved('A', 3)]);
    expect(seen.map((u) => u.key)).toEqual(['A', 'B']);
    expect(pendingTerritories(seen, { A: 3100104 }).map((u) => u.key)).toEqual(['B']);
  });

  it('never rounds a near miss up to 100 %', () => {
    expect(scorePercent(0.986)).toBe(99);
    expect(scorePercent(0.9999)).toBe(99);
    expect(scorePercent(1)).toBe(100);
    expect(scorePercent(0.845)).toBe(85);
  });
});

describe('importer: a batch as recorded', () => {
  it('reads the mapping JSON the engine stores with a batch', () => {
    const json = JSON.stringify({
      layout: { headerFirst: 2 },
      mapping: {
        target: 'employment',
        columns: [
          { column: 0, role: { role: 'territory' } },
          { column: 27, role: { role: 'sector-value', sectorCode: '2' } },
        ],
        year: { fromFile: true },
      },
      resolutions: [{ key: 'X', code: 1 }],
      excludeRows: [4, 5],
    });
    expect(parseBatchMapping(json)).toEqual({
      target: 'employment',
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 27, role: { role: 'sector-value', sectorCode: '2' } },
      ],
      year: { fromFile: true },
      layout: { headerFirst: 2 },
      resolutions: 1,
      excludedRows: 2,
    });
    expect(parseBatchMapping(null)).toBeNull();
    expect(parseBatchMapping('not json')).toBeNull();
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('importer: errors in the user language', () => {
  beforeAll(async () => {
    await i18next.init({ resources, lng: 'pt-BR', fallbackLng: 'pt-BR', interpolation: { escapeValue: false } });
  });
  const t = () => i18next.getFixedT(null, 'importer');

  it('a legacy .xls is refused with how to convert it, naming the file', async () => {
    await i18next.changeLanguage('pt-BR');
    const error = new ArranjoError(
      'BAD_SOURCE_FILE',
      'estimativa_dou_2024.xls: this is a legacy Excel 97–2003 workbook (.xls), which Arranjo does not read.',
      { file: 'estimativa_dou_2024.xls' },
      { reason: 'legacy-xls' },
    );
    const text = translateImportError(error, t());
    expect(text.title).toBe('Planilha do Excel antiga (.xls)');
    expect(text.message).toContain('estimativa_dou_2024.xls');
    expect(text.action).toContain('.xlsx');
    expect(text.where).toBe('Arquivo: estimativa_dou_2024.xls');
    expect(text.engineMessage).toContain('legacy Excel');
  });

  it('a CSV the reader refuses (a quote left open, a NUL byte) is said in the UI language, at its row', async () => {
    // The open quote came with the general "file could not be read" and the engine's English only.
    await i18next.changeLanguage('pt-BR');
    const refused = (text: string): unknown => {
      try {
        CsvSource.open(new TextEncoder().encode(text), 'obras.csv');
      } catch (error) {
        return error;
      }
      throw new Error('expected a refusal');
    };
    const quote = translateImportError(refused('a,b\n1,"x\n2,y\n'), t());
    expect(quote.title).toBe('Aspas que não se fecham');
    expect(quote.message).toBe(
      'Em obras.csv, umas aspas (") na linha 2 abrem uma célula que nunca se fecha, e todas as linhas seguintes seriam lidas como uma só célula.',
    );
    const nul = translateImportError(refused('a,b\n1,x\n2,y\0\n'), t());
    expect(nul.title).toBe('Caractere NUL num arquivo de texto');
    expect(nul.message).toContain('na linha 3');
  });

  it('row errors say where (file, sheet, row, column) and how many', async () => {
    await i18next.changeLanguage('en');
    const error = new ArranjoError(
      'BAD_SOURCE_FILE',
      'pop.csv, sheet pop, row 3, column POP: "abc" is not a number. (2 errors in all; nothing was imported)',
      { file: 'pop.csv', sheet: 'pop', row: 3, column: 'POP' },
      { reason: 'row-errors', errors: 2 },
    );
    const text = translateImportError(error, t());
    expect(text.message).toBe('Nothing was imported: 2 error(s) in the rows of pop.csv.');
    expect(text.where).toBe('File: pop.csv · Sheet: pop · Row: 3 · Column: POP');
  });

  it("names the built-in templates in the UI's language (pt-BR as the engine does), saved ones as written", async () => {
    const engineLabels = new Map(BUILT_IN_TEMPLATES.map((tpl) => [tpl.id, tpl.label]));
    const byLanguage = new Map<string, string[]>();
    for (const lng of ['pt-BR', 'en', 'es']) {
      await i18next.changeLanguage(lng);
      const labels = BUILT_IN_TEMPLATE_IDS.map((id) => templateLabel(t(), { id, label: engineLabels.get(id) ?? '' }));
      for (const label of labels) expect(label, lng).not.toMatch(/^templateLabels\./);
      expect(new Set(labels).size, lng).toBe(labels.length);
      byLanguage.set(lng, labels);
    }
    expect(byLanguage.get('pt-BR')).toEqual(BUILT_IN_TEMPLATE_IDS.map((id) => engineLabels.get(id)));
    await i18next.changeLanguage('en');
    expect(templateLabel(t(), { id: 'rais-setor-vinculos', label: 'RAIS — vínculos' })).toBe(
      'RAIS — active jobs on 31 Dec by municipality × IBGE sector',
    );
    await i18next.changeLanguage('es');
    expect(templateLabel(t(), { id: 'ibge-censo2022-populacao', label: '' })).toBe('IBGE — Censo 2022, población por municipio');
    expect(templateLabel(t(), { id: 'minha-rais', label: 'Minha RAIS de Contagem' })).toBe('Minha RAIS de Contagem');
  });

  it('every refusal reason has its texts in every language, and anything else falls back to the general texts', async () => {
    for (const lng of ['pt-BR', 'en', 'es']) {
      await i18next.changeLanguage(lng);
      for (const reason of IMPORT_REFUSALS) {
        const text = translateImportError(new ArranjoError('INVALID_INPUT', 'x', { file: 'f.csv' }, { reason }), t());
        expect(text.title, `${lng} ${reason}`).not.toMatch(/^refusals\./);
        expect(text.action, `${lng} ${reason}`).not.toMatch(/^refusals\./);
      }
      for (const code of ISSUE_CODES) expect(issueCodeLabel(t(), code)).not.toMatch(/^issueCodes\./);
      for (const id of BUILT_IN_TEMPLATE_IDS)
        expect(templateDescription(t(), { id, description: '' })).not.toMatch(/^templateDescriptions\./);
    }
    await i18next.changeLanguage('pt-BR');
    const general = translateImportError(new ArranjoError('NO_WORKSPACE', 'No workspace is open.'), t());
    expect(general).toMatchObject({ reason: null, title: 'Nenhum espaço de trabalho aberto', action: null });
    expect(issueCodeLabel(t(), 'some-new-code')).toBe('some-new-code');
    expect(templateDescription(t(), { id: 'minha', description: 'Descrição própria.' })).toBe('Descrição própria.');
    expect(templateDescription(t(), { id: 'minha', description: 'Saved from an import of sheet "Plan1".' })).toBe(
      'Salvo de uma importação da planilha "Plan1".',
    );
    expect(isCancelled({ code: 'INVALID_INPUT', message: 'x', location: {}, params: { reason: 'cancelled' } })).toBe(true);
    expect(isCancelled(new Error('x'))).toBe(false);
  });
});
