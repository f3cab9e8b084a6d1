import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../renderer/src/lib/markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and pipe tables', () => {
    const blocks = parseMarkdown('# Title\n\nFirst line\ncontinued.\n\n| a | b |\n|---|---|\n| 1 | x `y` |\n| 2 | z |\n\nAfter.\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'paragraph', text: 'First line continued.' },
      { type: 'table', header: ['a', 'b'], rows: [['1', 'x `y`'], ['2', 'z']] },
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

describe('parseInline', () => {
  it('splits inline code from text', () => {
    expect(parseInline('run `arranjo init` now')).toEqual([
      { code: false, text: 'run ' },
      { code: true, text: 'arranjo init' },
      { code: false, text: ' now' },
    ]);
  });
});
