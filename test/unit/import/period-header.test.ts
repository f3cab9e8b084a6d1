import { describe, expect, it } from 'vitest';
import { parsePeriodHeader } from '../../../shared/import/values/period-header';

/** Known answers: the month, quarter or year an agency header names, in Portuguese, English and Spanish. */
const KEYS: readonly [string, string][] = [
  // Portuguese
  ['jan/2025', '2025-01'],
  ['fev/25', '2025-02'],
  ['Março 2025', '2025-03'],
  ['março de 2025', '2025-03'],
  ['ABR-25', '2025-04'],
  ['set/2024', '2024-09'],
  ['out.2024', '2024-10'],
  ['dezembro 2025', '2025-12'],
  ['1º trimestre 2025', '2025-Q1'],
  ['2º tri/2025', '2025-Q2'],
  ['T3/2025', '2025-Q3'],
  ['Meta 2026', '2026'],
  // English
  ['Jan 25', '2025-01'],
  ['February 2025', '2025-02'],
  ['Sept 2025', '2025-09'],
  ['Oct-24', '2024-10'],
  ['Q4 2025', '2025-Q4'],
  ['2025-Q2', '2025-Q2'],
  // Spanish
  ['enero 2025', '2025-01'],
  ['ene/25', '2025-01'],
  ['agosto de 2025', '2025-08'],
  ['dic-2025', '2025-12'],
  ['setiembre 2025', '2025-09'],
  // Numeric forms
  ['01/2025', '2025-01'],
  ['1/2025', '2025-01'],
  ['2025-01', '2025-01'],
  ['2025/11', '2025-11'],
  ['2025-03-01', '2025-03'],
  ['31/03/2025', '2025-03'],
  ['2025', '2025'],
  // A group label of a two-row header before the period
  ['Avanço físico (%) jan/2025', '2025-01'],
  ['Valor medido (R$) 02/2025', '2025-02'],
];

describe('parsePeriodHeader', () => {
  it.each(KEYS)('%s → %s', (header, key) => {
    expect(parsePeriodHeader(header)?.key).toBe(key);
  });

  it('gives the first and last day of the period and the group label', () => {
    expect(parsePeriodHeader('fev/2024')).toEqual({ kind: 'month', key: '2024-02', start: '2024-02-01', end: '2024-02-29', label: '' });
    expect(parsePeriodHeader('2º trimestre 2025')).toMatchObject({ kind: 'quarter', start: '2025-04-01', end: '2025-06-30' });
    expect(parsePeriodHeader('2025')).toMatchObject({ kind: 'year', start: '2025-01-01', end: '2025-12-31' });
    expect(parsePeriodHeader('Avanço físico (%) jan/2025')?.label).toBe('avanco fisico');
  });

  it.each(['Total', 'Obra', 'Código da obra', '13/2025', 'jan', 'Lote 3 2025', '', 'mês 13 2025', '1850'])(
    '"%s" is not a period',
    (header) => {
      expect(parsePeriodHeader(header)).toBeNull();
    },
  );
});
