import type { FormatterModule } from 'i18next';
import { numberFormat } from './format';
import { isLocale } from './locales';

/**
 * i18next's formatter for the UI: a text's `{{count}}` in the language's digits ("484.409 linhas",
 * "484,409 rows"); the grid's row count, the issues' tabs and every counted sentence read "484409"
 * before. Only `count`, the number a plural form is chosen by: another number a text names (a year,
 * a row of a file) is written as given, and a text wanting one grouped formats it itself.
 * Texts here use no format specifiers (`{{x, number}}`), so i18next's own formatter is not needed.
 */
export const countFormat: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  // Any other value goes back as it came (i18next's type says string; it makes text of it after).
  format: (value: unknown, _format, lng, options) =>
    options?.interpolationkey === 'count' && typeof value === 'number' && Number.isFinite(value) && isLocale(lng)
      ? numberFormat(lng).format(value)
      : (value as string),
  add: () => undefined,
  addCached: () => undefined,
};
