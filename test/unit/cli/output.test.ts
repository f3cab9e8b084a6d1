import { describe, expect, it } from 'vitest';
import { renderRows, toCsv } from '../../../electron/cli/output';

describe('CLI output', () => {
  it('quotes CSV cells holding commas, quotes or line breaks; null is empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [null, 3],
        ],
      ),
    ).toBe('a,b\n"x,y","say ""hi"""\n,3\n');
  });
  it('renders JSON records and aligned tables', () => {
    expect(JSON.parse(renderRows('json', ['code', 'name'], [[1, 'A']]))).toEqual([{ code: 1, name: 'A' }]);
    expect(renderRows('table', ['code', 'name'], [[10, 'Betim']])).toBe('code  name\n----  -----\n10    Betim\n');
  });
});
