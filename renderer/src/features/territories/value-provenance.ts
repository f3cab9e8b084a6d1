import type { TFunction } from 'i18next';
import type { IndicatorValueInfo } from '../../../../shared/features/territories/types';
import { ENTERED_BY_USER } from '../../../../shared/text/entered-by-user';
import { formatDateTime } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * A value's source as the grid says it: a value the planner entered stores "Informado pelo usuário
 * (2025-03-05)" (indicator-service.ts), said in the UI language here (its date is its provenance's).
 */
export function sourceText(v: IndicatorValueInfo, locale: Locale): string {
  return v.provenance.kind === 'user' ? ENTERED_BY_USER[locale] : v.source;
}

export function provenanceText(v: IndicatorValueInfo, t: TFunction<'territories'>, locale: Locale): string {
  const p = v.provenance;
  const date = p.at ? formatDateTime(p.at, locale) : '';
  if (p.kind === 'import') {
    return t('provenance.import', {
      file: p.file ?? '?',
      row: p.row ?? '–',
      batch: p.batchId ?? '–',
      date,
      sheet: p.sheet ? ` (${p.sheet})` : '',
    });
  }
  if (p.kind === 'user') return t('provenance.user', { date });
  return t('provenance.unknown');
}
