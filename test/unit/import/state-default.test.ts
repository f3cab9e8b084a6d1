import { describe, expect, it } from 'vitest';
import type { ImportLayout, ImportMapping } from '../../../shared/import/api';
import { importMappingSchema } from '../../../shared/import/mapping/mapping-schema';
import { proposeNameState, stateOfFileName } from '../../../shared/import/territory/state-default';

const layout = (kind: 'text' | 'code'): ImportLayout =>
  ({ columns: [{ index: 0, letter: 'A', header: 'Município', kind, samples: [] }] }) as unknown as ImportLayout;
const mapping = (extra: object = {}): ImportMapping =>
  importMappingSchema.parse({ target: 'employment', columns: [{ column: 0, role: { role: 'territory' } }], ...extra });

describe('the state proposed for municipalities given by name only (issue 13)', () => {
  it('reads a state from the file name: an upper-case abbreviation alone, or a full name', () => {
    expect(stateOfFileName('VAF_MG_2021_ilustrativo.xlsx')).toBe('MG');
    expect(stateOfFileName('vaf minas gerais 2021.csv')).toBe('MG');
    expect(stateOfFileName('dados_Mato_Grosso_do_Sul.xlsx')).toBe('MS');
    // Lower-case "es", "pa", "to" are words, not states.
    expect(stateOfFileName('dados es pa to.xlsx')).toBeNull();
    expect(stateOfFileName('VAF_2021.xlsx')).toBeNull();
  });

  it('proposes the file name state, else the focus, only for names with no state column nor state chosen', () => {
    expect(proposeNameState(mapping(), layout('text'), 'VAF_SP.xlsx', 'MG')).toEqual({ state: 'SP', origin: 'file-name' });
    expect(proposeNameState(mapping(), layout('text'), 'VAF.xlsx', 'MG')).toEqual({ state: 'MG', origin: 'focus' });
    expect(proposeNameState(mapping(), layout('code'), 'VAF_SP.xlsx', 'MG')).toBeNull();
    expect(proposeNameState(mapping({ state: 'RJ' }), layout('text'), 'VAF_SP.xlsx', 'MG')).toBeNull();
    const withStateColumn = mapping({
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'state' } },
      ],
    });
    expect(proposeNameState(withStateColumn, layout('text'), 'VAF_SP.xlsx', 'MG')).toBeNull();
  });
});
