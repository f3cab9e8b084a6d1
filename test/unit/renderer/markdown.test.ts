import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../renderer/src/lib/markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and pipe tables', () => {
    const blocks = parseMarkdown('# Title\n\nFirst line\ncontinued.\n\n| a | b |\n|---|---|\n| 1 | x `y` |\n| 2 | z |\n\nAfter.\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'paragraph', text: 'First line continued.' },
      {
        type: 'table',
        header: ['a', 'b'],
        rows: [
          ['1', 'x `y`'],
          ['2', 'z'],
        ],
      },
      { type: 'paragraph', text: 'After.' },
    ]);
  });

  it('renders the shipped SOURCES.md with every file of its table', () => {
    const source = readFileSync(new URL('../../../resources/data/SOURCES.md', import.meta.url), 'utf8');
    const table = parseMarkdown(source).find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.header).toEqual(['file', 'what', 'source and licence']);
    expect(table.rows.some((r) => r[0] === 'geo/mg_municipios_simplified.json')).toBe(true);
    expect(table.rows.every((r) => r.length === 3)).toBe(true);
  });
});

describe('the data sources page in each UI language', () => {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
  const files = (markdown: string) => {
    const table = parseMarkdown(markdown).find((b) => b.type === 'table');
    return table?.type === 'table' ? table.rows.map((r) => r[0]) : [];
  };
  it('pt-BR and es list the same shipped files as SOURCES.md, in the language (was shown in English)', () => {
    const en = read('../../../resources/data/SOURCES.md');
    const pt = read('../../../renderer/src/features/settings/locales/sources.pt-BR.md');
    const es = read('../../../renderer/src/features/settings/locales/sources.es.md');
    expect(files(pt)).toEqual(files(en));
    expect(files(es)).toEqual(files(en));
    const header = (m: string) => (parseMarkdown(m).find((b) => b.type === 'table') as { header: string[] }).header;
    expect(header(pt)).toEqual(['arquivo', 'o que é', 'fonte e licença']);
    expect(header(es)).toEqual(['archivo', 'qué es', 'fuente y licencia']);
    // The TCU table is not called the Census in any language.
    for (const m of [en, pt, es]) expect(m).toMatch(/POP22/);
  });

  it('says as many municipalities as the shipped file holds, in every language', () => {
    const rows = read('../../../resources/data/municipalities/kelvins_municipios.csv')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '').length;
    expect(rows).toBe(5571);
    const said = (m: string) =>
      /(\d[\d.,]*) (Brazilian municipalities|municípios brasileiros|municipios brasileños)/.exec(m)?.[1]?.replace(/[.,]/g, '');
    expect(said(read('../../../resources/data/SOURCES.md'))).toBe(String(rows));
    expect(said(read('../../../renderer/src/features/settings/locales/sources.pt-BR.md'))).toBe(String(rows));
    expect(said(read('../../../renderer/src/features/settings/locales/sources.es.md'))).toBe(String(rows));
  });
});

describe('parseInline', () => {
  it('splits inline code from text', () => {
    expect(parseInline('run `arranjo init` now')).toEqual([
      { code: false, text: 'run ' },
      { code: true, text: 'arranjo init' },
      { code: false, text: ' now' },
    ]);
  });
});
