import { describe, expect, it } from 'vitest';
import { MISSING_REASON_TEXT } from '../../../shared/analysis/economy/types';
import {
  formatAmount,
  formatCount,
  formatPercent,
  formatRatio,
  formatSignedAmount,
  formatSignedCount,
  reasonCode,
  slug,
  workbookFileName,
} from '../../../renderer/src/features/economy/economy-format';
import { LQ_CLASSES, lqClass, lqClassLabel } from '../../../renderer/src/features/economy/lq-classes';

describe('economy number formats', () => {
  it('shows location quotients with two decimals in the UI language', () => {
    expect(formatRatio(2.374663093783789, 'pt-BR')).toBe('2,37');
    expect(formatRatio(2.374663093783789, 'en')).toBe('2.37');
    expect(formatRatio(1, 'es')).toBe('1,00');
    expect(formatRatio(0.2675, 'pt-BR', 3)).toBe('0,268');
  });

  it('returns null — never "NaN" or "∞" — for missing or non-finite values', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatRatio(value, 'pt-BR')).toBeNull();
      expect(formatCount(value, 'pt-BR')).toBeNull();
      expect(formatSignedCount(value, 'pt-BR')).toBeNull();
      expect(formatPercent(value, 'pt-BR')).toBeNull();
    }
  });

  it('signs shift-share effects and never shows "-0"', () => {
    expect(formatSignedCount(718.9, 'pt-BR')).toBe('+719');
    expect(formatSignedCount(-1002.6, 'pt-BR')).toBe('-1.003');
    expect(formatSignedCount(-0.4, 'pt-BR')).toBe('0');
    expect(formatSignedCount(-0, 'en')).toBe('0');
  });

  it('formats growth as a signed percentage', () => {
    expect(formatPercent(0.0298, 'pt-BR', { signed: true })).toMatch(/^\+3,0\s?%$/);
    expect(formatPercent(-0.407, 'en', { signed: true })).toBe('-40.7%');
    expect(formatCount(106_740, 'pt-BR')).toBe('106.740');
  });

  it('maps the engine’s English reasons back to their codes', () => {
    expect(reasonCode({ reasonCode: 'territory-has-no-jobs', reason: 'whatever' })).toBe('territory-has-no-jobs');
    expect(reasonCode({ reason: MISSING_REASON_TEXT['no-jobs-at-start'] })).toBe('no-jobs-at-start');
    expect(reasonCode({ reason: 'something new' })).toBeNull();
    expect(reasonCode({ reason: null })).toBeNull();
  });

  it('names the workbook after the territory, without accents', () => {
    expect(workbookFileName('diagnostico', 'Betim', 2020)).toBe('diagnostico-betim-2020.xlsx');
    expect(workbookFileName('diagnosis', 'MG', 2020)).toBe('diagnosis-mg-2020.xlsx');
    expect(slug('São João del-Rei')).toBe('sao-joao-del-rei');
    expect(slug('!!!')).toBe('territorio');
  });
});

describe('LQ classes', () => {
  it('puts 1 in the first specialized class and the bounds in the right classes', () => {
    expect(lqClass(1)?.min).toBe(1);
    expect(lqClass(0.999)?.min).toBe(0.5);
    expect(lqClass(0)?.min).toBe(0);
    expect(lqClass(5)?.max).toBeNull();
    expect(lqClass(250)?.max).toBeNull();
  });

  it('has no class for an empty or impossible value', () => {
    expect(lqClass(null)).toBeNull();
    expect(lqClass(Number.NaN)).toBeNull();
    expect(lqClass(Number.POSITIVE_INFINITY)).toBeNull();
    expect(lqClass(-1)).toBeNull();
  });

  it('labels the classes for the legend', () => {
    const labels = LQ_CLASSES.map((c) => lqClassLabel(c, (v) => String(v).replace('.', ',')));
    expect(labels).toEqual(['< 0,5', '0,5 – 1', '1 – 1,5', '1,5 – 2', '2 – 5', '≥ 5']);
  });
});

describe('measure amounts (issue 13): value added and payroll in reais, jobs as counts', () => {
  it('formats in the locale currency, signed changes too', () => {
    expect(formatAmount(1234567.4, 'value_added', 'pt-BR')).toMatch(/^R\$\s1\.234\.567$/);
    expect(formatAmount(1234567.4, 'payroll', 'en')).toBe('R$1,234,567');
    expect(formatAmount(1234567, 'jobs', 'pt-BR')).toBe('1.234.567');
    expect(formatAmount(null, 'value_added', 'pt-BR')).toBeNull();
    expect(formatSignedAmount(-719.4, 'value_added', 'pt-BR')).toMatch(/^-R\$\s719$/);
    expect(formatSignedAmount(0.3, 'value_added', 'pt-BR')).toMatch(/^R\$\s0$/);
    expect(formatSignedAmount(719, 'jobs', 'pt-BR')).toBe('+719');
  });
});
