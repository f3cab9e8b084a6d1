import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/locales';

/** Files named in a source line before "and N more": a chart's footer stays one line. */
const MAX_FILES = 3;

/**
 * The source line of the diagnosis' charts, map and PNGs: the files the shown values were imported
 * from (a RAIS export, a tax agency's value-added workbook…) and the years. It never names a
 * provider the data did not come from; without a recorded file it says only that the data was
 * imported into the workspace.
 */
export function sourceLine(
  sources: readonly { year: number; file: string }[],
  years: readonly (number | null)[],
  t: TFunction<'economy'>,
  locale: Locale,
): string {
  const yearText = years.filter((y): y is number => y !== null).join(', ');
  const files = [...new Set(sources.map((s) => s.file))];
  if (files.length === 0) return t('sourceNone', { years: yearText });
  const shown = files.slice(0, MAX_FILES);
  const more = files.length - shown.length;
  // "a, b and c"; with more to come "a, b, c and 2 more files".
  const list = more > 0 ? shown.join(', ') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(shown);
  const text = more > 0 ? t('sourceMore', { files: list, count: more }) : list;
  return t('source', { files: text, count: files.length, years: yearText });
}
