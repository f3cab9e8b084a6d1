import { describe, expect, it } from 'vitest';
import { FIT_CONTENT_MAX_PX, fitColumnsToContent, fitContentColumns } from '../../../renderer/src/components/grid/fit-columns';

type Api = Parameters<typeof fitColumnsToContent>[0];

/** A grid whose columns have widths, where autosizing sets each column to what its drawn cells measure. */
function grid(widths: Record<string, number>, measured: Record<string, number>) {
  const current = { ...widths };
  const set: { key: string; newWidth: number }[] = [];
  const api = {
    getColumn: (id: string) => (id in current ? { getActualWidth: () => current[id] } : null),
    autoSizeColumns: (ids: string[]) => {
      for (const id of ids) current[id] = measured[id] ?? current[id] ?? 0;
    },
    setColumnWidths: (list: { key: string; newWidth: number }[]) => {
      for (const w of list) current[w.key] = w.newWidth;
      set.push(...list);
    },
  } as unknown as Api;
  return { api, current, set };
}

describe('key columns fitted to their values', () => {
  it('picks the columns whose meta asks for it, by column id', () => {
    expect(
      fitContentColumns([
        { field: 'code', context: { kind: 'text', fitContent: true } },
        { field: 'name', context: { kind: 'text' } },
        { colId: 'key', field: 'other', context: { fitContent: true } },
      ]),
    ).toEqual(['code', 'key']);
  });

  it('widens a code column to its longest code (DI-GOVERNADOR-VALADARES was cut at 200 px)', () => {
    const g = grid({ code: 150, name: 260 }, { code: 236 });
    fitColumnsToContent(g.api, ['code']);
    expect(g.current).toEqual({ code: 236, name: 260 });
  });

  it('never narrows a column below the width its owner gave it', () => {
    const g = grid({ code: 150 }, { code: 64 });
    fitColumnsToContent(g.api, ['code']);
    expect(g.current.code).toBe(150);
  });

  it('stops at the cap: a longer value reads whole in its tooltip', () => {
    const g = grid({ code: 150 }, { code: 900 });
    fitColumnsToContent(g.api, ['code']);
    expect(g.current.code).toBe(FIT_CONTENT_MAX_PX);
  });

  it('leaves a grid without such columns, or without the column shown, alone', () => {
    const g = grid({ code: 150 }, { code: 300 });
    fitColumnsToContent(g.api, []);
    fitColumnsToContent(g.api, ['hidden']);
    expect(g.current.code).toBe(150);
    expect(g.set).toEqual([]);
  });
});
