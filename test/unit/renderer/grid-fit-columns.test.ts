import { describe, expect, it } from 'vitest';
import {
  FIT_CONTENT_CHROME_PX,
  FIT_CONTENT_MAX_PX,
  fitColumnsToContent,
  fitContentLimits,
  fitContentColumns,
  widestText,
  type TextWidth,
} from '../../../renderer/src/components/grid/fit-columns';

type Api = Parameters<typeof fitColumnsToContent>[0];

/** Every character 7 px wide, but W and M 12 px (a wide letter) and i, l 3 px (a narrow one). */
const width: TextWidth = (text) => [...text].reduce((sum, c) => sum + (/[WM]/.test(c) ? 12 : /[il]/.test(c) ? 3 : 7), 0);

/**
 * A grid whose columns have widths and whose rows are `rows` (all of them, drawn or not), each column
 * showing its value through its formatter in `formatters`, if any. It has no autosizing: AG Grid's
 * measured the drawn cells, a forced layout of the page at each first open.
 */
function grid(
  widths: Record<string, number>,
  rows: Record<string, unknown>[],
  formatters: Record<string, (value: unknown) => string> = {},
) {
  const current = { ...widths };
  const set: { key: string; newWidth: number }[] = [];
  const api = {
    getColumn: (id: string) => (id in current ? { getActualWidth: () => current[id] } : null),
    forEachNode: (visit: (node: { data: Record<string, unknown> }) => void) => rows.forEach((data) => visit({ data })),
    getCellValue: ({
      rowNode,
      colKey,
      useFormatter,
    }: {
      rowNode: { data: Record<string, unknown> };
      colKey: string;
      useFormatter: boolean;
    }) => {
      const value = rowNode.data[colKey];
      const format = formatters[colKey];
      return useFormatter && format ? format(value) : value;
    },
    setColumnWidths: (list: { key: string; newWidth: number }[]) => {
      for (const w of list) current[w.key] = w.newWidth;
      set.push(...list);
    },
  } as unknown as Api;
  return { api, current, set };
}

const code = ['code'];

describe('key columns fitted to their values', () => {
  it('picks the columns whose meta asks for it, by column id and field', () => {
    expect(
      fitContentColumns([
        { field: 'code', context: { kind: 'text', fitContent: true } },
        { field: 'name', context: { kind: 'text' } },
        { colId: 'key', field: 'other', context: { fitContent: true } },
      ]),
    ).toEqual(['code', 'key']);
    // A column with bold cells is measured apart, in the bold type.
    const columns = [
      { field: 'code', context: { kind: 'text', fitContent: true } },
      { field: 'label', context: { kind: 'text', fitContent: true, fitBold: true } },
    ] as const;
    expect(fitContentColumns([...columns])).toEqual(['code']);
    expect(fitContentColumns([...columns], true)).toEqual(['label']);
  });

  it('widens a code column to its longest code among all the rows, drawn or not (DI-GOVERNADOR-VALADARES was cut at 200 px)', () => {
    // 400 works: the longest code is the last row's, far below the rows a grid draws first.
    const rows = Array.from({ length: 400 }, (_, i) => ({ code: i === 399 ? 'DI-GOVERNADOR-VALADARES' : `OB-${i}`, name: 'x' }));
    const g = grid({ code: 150, name: 260 }, rows);
    fitColumnsToContent(g.api, code, width);
    expect(g.current).toEqual({ code: width('DI-GOVERNADOR-VALADARES') + FIT_CONTENT_CHROME_PX, name: 260 });
  });

  it('measures the widest as drawn, not the longest in characters', () => {
    expect(widestText(['OBR-iiiiiiiiii', 'OBR-WWWWWWWW', ''], width)).toBe(width('OBR-WWWWWWWW'));
    expect(widestText([], width)).toBe(0);
  });

  it('never narrows a column below its width, nor touches it without values', () => {
    const g = grid({ code: 150 }, [{ code: 'A1' }]);
    fitColumnsToContent(g.api, code, width);
    const empty = grid({ code: 150 }, []);
    fitColumnsToContent(empty.api, code, width);
    expect(g.current.code).toBe(150);
    expect([...g.set, ...empty.set]).toEqual([]);
  });

  it('stops at the cap: a longer value reads whole in its tooltip', () => {
    const g = grid({ code: 150 }, [{ code: 'X'.repeat(200) }]);
    fitColumnsToContent(g.api, code, width);
    expect(g.current.code).toBe(FIT_CONTENT_MAX_PX);
  });

  it("stops at a column's own limit where it sets one (the ranking's names), the others at the cap", () => {
    const limits = fitContentLimits([
      { field: 'code', context: { fitContent: true } },
      { field: 'label', context: { fitContent: true, fitBold: true, fitMaxPx: 480 } },
    ]);
    expect([...limits]).toEqual([['label', 480]]);
    const g = grid({ code: 150, label: 280 }, [{ code: 'X'.repeat(200), label: 'Y'.repeat(200) }]);
    fitColumnsToContent(g.api, ['code', 'label'], width, limits);
    expect(g.current).toEqual({ code: FIT_CONTENT_MAX_PX, label: 480 });
  });

  it('leaves a grid without such columns, or without the column shown, alone', () => {
    const g = grid({ code: 150 }, [{ code: 'A-VERY-LONG-CODE-INDEED' }]);
    fitColumnsToContent(g.api, [], width);
    fitColumnsToContent(g.api, ['hidden'], width);
    expect(g.current.code).toBe(150);
    expect(g.set).toEqual([]);
  });

  it("fits a formatted column to the text it shows, not to the value stored (an initiative's kind in English was cut)", () => {
    const kinds: Record<string, string> = { rotas: 'Integration Routes (federal programme)', apl: 'Local productive arrangement' };
    const rows = [{ kind: 'rotas' }, { kind: 'apl' }];
    const g = grid({ kind: 150 }, rows, { kind: (value) => kinds[String(value)] ?? '' });
    fitColumnsToContent(g.api, ['kind'], width);
    expect(g.current.kind).toBe(width('Integration Routes (federal programme)') + FIT_CONTENT_CHROME_PX);
  });
});
