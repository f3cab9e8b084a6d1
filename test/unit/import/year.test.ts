import { describe, expect, it } from 'vitest';
import { parseYear, yearInHeader } from '../../../shared/import/values/year';

describe('years', () => {
  it('reads numbers, text and dates, and nothing else', () => {
    expect(parseYear(2019)).toEqual({ kind: 'year', year: 2019 });
    expect(parseYear('2020')).toEqual({ kind: 'year', year: 2020 });
    expect(parseYear(' 2021.0 ')).toEqual({ kind: 'year', year: 2021 });
    expect(parseYear('Ano 2010')).toEqual({ kind: 'year', year: 2010 });
    expect(parseYear(new Date(Date.UTC(2022, 5, 1)))).toEqual({ kind: 'year', year: 2022 });
    expect(parseYear('dois mil').kind).toBe('invalid');
    expect(parseYear(2019.5).kind).toBe('invalid');
    expect(parseYear(1850).kind).toBe('invalid');
    expect(parseYear('').kind).toBe('empty');
  });

  it('finds years in headers', () => {
    expect(yearInHeader('POP22')).toBe(2022);
    expect(yearInHeader('POP2010')).toBe(2010);
    expect(yearInHeader('2019')).toBe(2019);
    expect(yearInHeader('jobs_2020')).toBe(2020);
    expect(yearInHeader('COD. MUNIC')).toBeNull();
  });
});
