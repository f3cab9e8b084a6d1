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
    expect(renderRows('table', ['code', 'name'], [[10, 'Betim']])).toBe('code  name\n----  -----\n  10  Betim\n');
  });
  it('gives a column of numbers the decimals its values need, up to four, right-aligned; CSV and JSON keep every digit', () => {
    const rows = [
      ['Betim', 0.6990555496191363, 56, 135],
      ['Contagem', 12.5, 31.7, null],
    ];
    expect(renderRows('table', ['name', 'lq', 'progress', 'jobs'], rows)).toBe(
      'name           lq  progress  jobs\n' +
        '--------  -------  --------  ----\n' +
        'Betim      0.6991      56.0   135\n' +
        'Contagem  12.5000      31.7\n',
    );
    expect(renderRows('csv', ['name', 'lq'], rows)).toContain('Betim,0.6990555496191363');
    expect(JSON.parse(renderRows('json', ['lq'], [[0.6990555496191363]]))).toEqual([{ lq: 0.6990555496191363 }]);
  });
});
