import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { suggestMapping } from '../../../shared/import/mapping/suggest';
import { CsvSource } from '../../../shared/import/read/csv-source';
import { periodGroups, withGroupRole, withoutGroup } from '../../../renderer/src/features/importer/period-groups';

const layoutOf = (text: string) => detectLayout(CsvSource.open(new TextEncoder().encode(text), 'agencia.csv'), 'agencia');
const roles = (mapping: ReturnType<typeof suggestMapping>) =>
  mapping.columns.map((c) => [
    c.column,
    c.role.role === 'period-value' ? `period:${c.role.field}` : 'field' in c.role ? c.role.field : c.role.role,
  ]);

describe('wizard suggestion of period columns (one column per month, quarter or year)', () => {
  it('a works sheet with month columns is a measurements import; a column that is not a period stays out', () => {
    const layout = layoutOf('Obra;Descrição;jan/2025;fev/2025;mar/2025;Total\nOB-1;Pavimentação;5;8;10;23\n');
    const mapping = suggestMapping(layout);
    expect(mapping.target).toBe('measurements');
    expect(roles(mapping)).toEqual([
      [0, 'workCode'],
      [2, 'period:physicalProgress'],
      [3, 'period:physicalProgress'],
      [4, 'period:physicalProgress'],
    ]);
  });

  it('money by month (numbers above 100, no group label) is the disbursed amount', () => {
    const mapping = suggestMapping(layoutOf('Obra;01/2025;02/2025\nOB-1;150000;320000\n'));
    expect(roles(mapping)).toEqual([
      [0, 'workCode'],
      [1, 'period:disbursed'],
      [2, 'period:disbursed'],
    ]);
  });

  it('a target table with Meta and Realizado by year is a programme-targets import, each block its field', () => {
    const mapping = suggestMapping(
      layoutOf('Programa;Indicador;Meta 2025;Meta 2026;Realizado 2025;Realizado 2026\nP;renda;1100;1200;1050;\n'),
    );
    expect(mapping.target).toBe('programme-targets');
    expect(roles(mapping)).toEqual([
      [0, 'programme'],
      [1, 'indicator'],
      [2, 'period:target'],
      [3, 'period:target'],
      [4, 'period:actual'],
      [5, 'period:actual'],
    ]);
  });

  it('two blocks without group labels split where the months come again; the mapping step shows each as a group and edits it at once', () => {
    const layout = layoutOf('Obra;jan/2025;fev/2025;jan/2025;fev/2025\nOB-1;5;8;50000;80000\n');
    const mapping = suggestMapping(layout);
    const groups = periodGroups(mapping, layout);
    expect(groups.map((g) => [g.field, g.columns.map((c) => c.letter).join(''), g.periods.join(' ')])).toEqual([
      ['physicalProgress', 'BC', '2025-01 2025-02'],
      ['disbursed', 'DE', '2025-01 2025-02'],
    ]);
    const [physical, paid] = groups;
    if (!physical || !paid) throw new Error('two groups expected');
    const perMonth = withGroupRole(mapping, paid, { perPeriod: true });
    expect(perMonth.columns.find((c) => c.column === 4)?.role).toEqual({ role: 'period-value', field: 'disbursed', perPeriod: true });
    expect(withoutGroup(perMonth, physical).columns.map((c) => c.column)).toEqual([0, 3, 4]);
  });
});
