import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../shared/import/templates/built-ins';
import {
  applyTemplate,
  misspeltColumns,
  nearestTemplate,
  templateFits,
  type ImportTemplate,
} from '../../../shared/import/templates/template';
import type { ColumnKind, ImportLayout } from '../../../shared/import/types';

function layout(columns: [string, ColumnKind][]): ImportLayout {
  return {
    sheet: 'Planilha1',
    rowCount: 3,
    headerRows: { first: 1, last: 1 },
    dataStart: 2,
    dataEnd: 3,
    endReason: 'sheet-end',
    titleRows: [],
    footerRows: [],
    totalRows: [],
    columns: columns.map(([header, kind], index) => ({ index, letter: String.fromCharCode(65 + index), header, kind, samples: [] })),
    yearCandidates: [],
  };
}

const template = (id: string): ImportTemplate => {
  const t = BUILT_IN_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe('template matching of columns whose cells are all empty', () => {
  it('an arranjo-metas file whose baseline column is entirely empty still matches its template, baseline mapped', () => {
    const metas = layout([
      ['programme', 'text'],
      ['indicator', 'text'],
      ['period', 'text'],
      ['baseline', 'empty'],
      ['target', 'number'],
      ['actual', 'empty'],
    ]);
    expect(templateFits(template('arranjo-metas'), metas)).toBe(true);
    const mapping = applyTemplate(template('arranjo-metas'), metas, { file: 'metas.csv' });
    expect(mapping.columns.map((c) => [c.column, c.role.role === 'programme-field' ? c.role.field : c.role.role])).toEqual([
      [0, 'programme'],
      [1, 'indicator'],
      [2, 'period'],
      [3, 'baseline'],
      [4, 'target'],
    ]);
  });

  it('an empty column is not taken by a rule other columns met already (FJP IMRS: one indicator per column)', () => {
    const imrs = layout([
      ['CHAVE', 'text'],
      ['IBGE7', 'code'],
      ['ANO', 'year'],
      ['ER_EMPRSF', 'number'],
      ['ER_VAZIA', 'empty'],
    ] as [string, ColumnKind][]);
    const mapping = applyTemplate(template('fjp-imrs'), imrs, { file: 'imrs.xlsx' });
    expect(mapping.columns.map((c) => c.column)).not.toContain(4);
    expect(mapping.columns.some((c) => c.column === 3)).toBe(true);
  });

  it('an optional rule does not take an empty column (arranjo-obras: an empty notes column stays unmapped)', () => {
    const obras = layout([
      ['site_code', 'text'],
      ['work_code', 'text'],
      ['title', 'text'],
      ['category', 'text'],
      ['budget_planned', 'number'],
      ['planned_start', 'date'],
      ['planned_end', 'date'],
      ['notes', 'empty'],
    ] as [string, ColumnKind][]);
    const mapping = applyTemplate(template('arranjo-obras'), obras, { file: 'obras.csv' });
    expect(mapping.columns.map((c) => c.column)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('a canonical file whose header is a letter or two off', () => {
  const works = (headers: string[]) => layout(headers.map((h): [string, ColumnKind] => [h, 'text']));
  const REQUIRED = ['site_code', 'work_code', 'title', 'category', 'budget_planned', 'planned_start', 'planned_end'];

  it('names an optional column it would drop, with the name it is close to ("contrator": contractor)', () => {
    const file = works([...REQUIRED, 'contrator', 'agencia', 'observações', 'notas']);
    expect(misspeltColumns(template('arranjo-obras'), file)).toEqual([
      { column: 7, header: 'contrator', expected: 'contractor' },
      { column: 10, header: 'notas', expected: 'notes' },
    ]);
    // "agencia" is two letters from "agency": too far for a name of six; "observações" is no column's.
    // An empty column loses nothing, under its own name (an optional rule leaves it unread) or not.
    const empty = layout([...REQUIRED.map((h): [string, ColumnKind] => [h, 'text']), ['notes', 'empty'], ['contrator', 'empty']]);
    expect(misspeltColumns(template('arranjo-obras'), empty)).toEqual([]);
    // Spelt right, nothing is said; an unrelated extra column is not a misspelling.
    expect(misspeltColumns(template('arranjo-obras'), works([...REQUIRED, 'contractor', 'responsável']))).toEqual([]);
  });

  it('names the template a file nearly fits and the required columns it lacks', () => {
    const file = works(REQUIRED.filter((h) => h !== 'planned_end'));
    expect(templateFits(template('arranjo-obras'), file)).toBe(false);
    const near = nearestTemplate(BUILT_IN_TEMPLATES, file);
    expect(near?.template.id).toBe('arranjo-obras');
    expect(near?.missing).toEqual(['planned end']);
    // A file with little in common with any template is not said to be near one.
    expect(nearestTemplate(BUILT_IN_TEMPLATES, works(['nome', 'valor']))).toBeNull();
  });
});

describe('a template asked for a file it does not fit', () => {
  it('names the columns it expects and the header the file has, or says it has none', () => {
    const refusal = (file: ImportLayout) => {
      try {
        applyTemplate(template('arranjo-obras'), file, { file: 'obras.csv' });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('applied');
    };
    expect(refusal(layout([['nome', 'text']]))).toContain('the header has "nome".');
    // A file whose first row holds no column names: its columns have empty headers. It said "the header has .".
    const headerless = refusal(
      layout([
        ['', 'number'],
        ['', 'text'],
      ]),
    );
    expect(headerless).toContain('no header row was found (the first row has no column names).');
    expect(headerless).not.toContain('the header has');
  });
});
