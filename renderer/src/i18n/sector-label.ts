import { sectorNameIn } from '../../../shared/domain/ibge-sectors';
import { labelKey, type Locale } from './locales';

/**
 * A sector's name in the UI language. The data carries Portuguese names only: the IBGE sectors'
 * (when `ibge`, the codes being theirs) and "não classificado" are translated; CNAE names stay as
 * IBGE publishes them.
 */
export function sectorLabel(locale: Locale, code: string, dataName: string, ibge = true): string {
  return sectorNameIn(labelKey(locale), code, dataName, ibge);
}
