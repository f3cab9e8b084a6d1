import { CR_THRESHOLD } from '../../../../shared/analysis/mcda/ahp';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * The consistency ratio as shown beside its verdict: three decimals, more when three would round it
 * onto the threshold it was judged against (a CR of 0.1003 read "0,100" under "acima de 0,10", and
 * 0.09996 "0,100" as consistent).
 */
export function crText(cr: number, locale: Locale): string {
  let digits = 3;
  while (digits < 6 && cr !== CR_THRESHOLD && Number(cr.toFixed(digits)) === CR_THRESHOLD) digits++;
  return formatNumber(cr, locale, digits);
}
