import type { GridApi } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../../renderer/src/components/grid/grid-export';
import { formatNumber } from '../../../renderer/src/i18n/format';
import territories from '../../../renderer/src/features/territories/locales/pt-BR.json';

/** The grid's filters as its xlsx export's notes say them: AG Grid's model, in the UI language. */
describe("a grid's filters in the export's notes", () => {
  const api = {
    getFilterModel: () => ({
      area: {
        filterType: 'number',
        operator: 'OR',
        conditions: [
          { type: 'lessThan', filter: 10.5 },
          { type: 'greaterThan', filter: 1250.25 },
        ],
      },
      name: { filterType: 'text', type: 'contains', filter: 'Betim' },
    }),
    getColumn: (id: string) => ({ id }),
    getDisplayNameForColumn: (c: { id: string }) => (c.id === 'area' ? 'Área (ha)' : 'Nome'),
  } as unknown as GridApi<unknown>;

  it('says types, "and"/"or" and numbers in pt-BR (it wrote "OR" and 1250.25)', () => {
    const words = territories.grid;
    const said = describeFilters(api, {
      type: (type) => words.filterTypes[type as keyof typeof words.filterTypes] ?? type,
      operator: (operator) => words.filterOperators[operator as keyof typeof words.filterOperators] ?? operator,
      number: (n) => formatNumber(n, 'pt-BR', 6),
    });
    expect(said).toBe('Área (ha): menor que "10,5" ou maior que "1.250,25"; Nome: contém "Betim"');
  });
});
