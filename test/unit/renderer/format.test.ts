import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCurrencyBRL,
  formatDateTime,
  formatFileSize,
  formatInteger,
  formatNumber,
  formatWithUnit,
  groupedDecimalProps,
  isIsoDate,
  notADate,
  numericDate,
  parseShortDate,
  shortDate,
} from '../../../renderer/src/i18n/format';
import { formatSavedAt } from '../../../renderer/src/i18n/format-saved-at';
import type { TFunction } from 'i18next';

describe('file sizes', () => {
  it('whole kilobytes below a megabyte, megabytes with one decimal above, in each language', () => {
    expect(formatFileSize(0, 'pt-BR')).toBe('1 KB');
    expect(formatFileSize(1_179_648 / 1.5, 'en')).toBe('768 KB');
    // The demo workspace: 8,732,672 bytes, shown "8.528 KB" before.
    expect(formatFileSize(8_732_672, 'pt-BR')).toBe('8,3 MB');
    expect(formatFileSize(8_732_672, 'en')).toBe('8.3 MB');
    expect(formatFileSize(24_285_184, 'es')).toBe('23,2 MB');
  });
});

describe('number formatting per locale', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatInteger(4_814_874, 'pt-BR')).toBe('4.814.874');
    expect(formatInteger(4_814_874, 'en')).toBe('4,814,874');
    expect(formatInteger(4_814_874, 'es')).toBe('4.814.874');
    // Four digits too, as Chile and Colombia write them (CLDR's "es" left them bare: "4542" under "18.313").
    expect(formatInteger(4_542, 'es')).toBe('4.542');
    expect(formatNumber(-1_003, 'es')).toBe('-1.003');
    expect(formatInteger(4_542, 'pt-BR')).toBe('4.542');
    expect(formatInteger(4_542, 'en')).toBe('4,542');
  });

  it("types amounts in the inputs with the language's own separators, as the figures beside them show", () => {
    // Written as the formatted figures are: an English amount typed with "." groups would read as decimals.
    expect(groupedDecimalProps('en')).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
    expect(groupedDecimalProps('pt-BR')).toEqual({ thousandSeparator: '.', decimalSeparator: ',' });
    expect(groupedDecimalProps('es')).toEqual({ thousandSeparator: '.', decimalSeparator: ',' });
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const { thousandSeparator, decimalSeparator } = groupedDecimalProps(locale);
      expect(formatInteger(20_000_000, locale)).toBe(['20', '000', '000'].join(thousandSeparator));
      expect(new Intl.NumberFormat(locale).format(0.5)).toBe(`0${decimalSeparator}5`);
    }
  });

  it('writes currency as R$ and keeps other units after the number', () => {
    expect(formatWithUnit(1234.56, 'R$', 'pt-BR').replace(/\s/g, ' ')).toBe('R$ 1.234,56');
    // In every language: Spanish writes the ISO code ("1.234,56 BRL") unless asked for the symbol, and
    // after the number unless put before it (Spain's rule; Brazil and Spanish America write it first).
    expect(formatCurrencyBRL(800_000, 'es').replace(/\s/g, ' ')).toBe('R$ 800.000,00');
    expect(formatCurrencyBRL(-1234.5, 'es').replace(/\s/g, ' ')).toBe('R$ -1.234,50');
    expect(formatCurrencyBRL(800_000, 'en')).toBe('R$800,000.00');
    expect(formatWithUnit(19841, 'empregos', 'pt-BR')).toBe('19.841 empregos');
    expect(formatWithUnit(12.345, 'hab./km²', 'en')).toBe('12.35 hab./km²');
    expect(formatWithUnit(null, 'empregos', 'pt-BR', 'sem dado')).toBe('sem dado');
  });

  it('shortens axis labels', () => {
    expect(formatCompact(1_500_000, 'en')).toBe('1.5M');
    expect(formatCompact(18_900, 'pt-BR').replace(/\s/g, ' ')).toBe('18,9 mil');
  });
});

describe('dates typed in the UI language (DateField)', () => {
  it('shows a date the way each language writes it, four-digit year', () => {
    expect(numericDate('2025-06-30', 'pt-BR')).toBe('30/06/2025');
    expect(numericDate('2025-06-30', 'es')).toBe('30/06/2025');
    expect(numericDate('2025-06-30', 'en')).toBe('06/30/2025');
    expect(numericDate('not a date', 'pt-BR')).toBe('not a date');
  });

  it('writes dates elsewhere (grids, summaries, chart axes) the same way, never a two-digit year', () => {
    expect(shortDate('2024-10-01', 'pt-BR')).toBe('01/10/2024');
    expect(shortDate('2024-10-01', 'es')).toBe('01/10/2024');
    expect(shortDate('2024-10-01', 'en')).toBe('10/01/2024');
    expect(shortDate(null, 'es')).toBe('–');
    expect(shortDate('2025-0', 'en')).toBe('2025-0');
    expect(shortDate('2025-02-31', 'pt-BR')).toBe('2025-02-31');
  });

  it('reads day/month in pt-BR and es, month/day in en, and ISO in any', () => {
    expect(parseShortDate('02/07/2025', 'pt-BR')).toBe('2025-07-02');
    expect(parseShortDate('2/7/25', 'es')).toBe('2025-07-02');
    expect(parseShortDate('07/02/2025', 'en')).toBe('2025-07-02');
    expect(parseShortDate('2025-07-02', 'pt-BR')).toBe('2025-07-02');
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseShortDate('31/02/2025', 'pt-BR')).toBeNull();
    expect(parseShortDate('02/31/2025', 'en')).toBeNull();
    expect(parseShortDate('2025-13-01', 'pt-BR')).toBeNull();
    expect(parseShortDate('amanhã', 'pt-BR')).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    // A date field's answer: a date, nothing, or the text as typed (no date: Save stays off).
    expect(notADate('2025-06-30')).toBe(false);
    expect(notADate('')).toBe(false);
    expect(notADate('31/02/2025')).toBe(true);
  });
});

describe('formatSavedAt', () => {
  const t = ((key: string, options: Record<string, string>) => `${key}|${JSON.stringify(options)}`) as unknown as TFunction;

  it('shows only the time on the same day and the date otherwise', () => {
    const now = new Date(2025, 4, 10, 15, 0);
    expect(formatSavedAt(t, new Date(2025, 4, 10, 14, 5).toISOString(), 'pt-BR', now)).toBe('workspace.savedAtTime|{"time":"14:05"}');
    expect(formatSavedAt(t, new Date(2025, 4, 9, 14, 5).toISOString(), 'pt-BR', now)).toBe(
      'workspace.savedAtDate|{"date":"09/05/2025, 14:05"}',
    );
    expect(formatSavedAt(t, new Date(2025, 4, 9, 14, 5).toISOString(), 'es', now)).toBe(
      'workspace.savedAtDate|{"date":"09/05/2025, 14:05"}',
    );
  });

  it('writes moments with the year in full in every language', () => {
    const moment = new Date(2025, 4, 9, 14, 5);
    expect(formatDateTime(moment, 'pt-BR')).toBe('09/05/2025, 14:05');
    expect(formatDateTime(moment, 'es')).toBe('09/05/2025, 14:05');
    expect(formatDateTime(moment, 'en').replace(/\s/g, ' ')).toBe('05/09/2025, 02:05 PM');
    // A stored text that is no moment is shown as it is, not thrown on.
    expect(formatDateTime('ontem à tarde', 'pt-BR')).toBe('ontem à tarde');
    expect(formatDateTime(new Date(Number.NaN), 'pt-BR')).toBe('–');
    expect(formatSavedAt(((key: string) => key) as unknown as TFunction, 'garbage', 'pt-BR')).toBe('workspace.savedAtDate');
  });
});
