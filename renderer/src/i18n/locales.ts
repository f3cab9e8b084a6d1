import type { Locale } from '../../../shared/domain/locales';

/** The UI languages: the engine's list (shared/domain/locales.ts), pt-BR first. */
export { DEFAULT_LOCALE, LOCALES, isLocale, systemLocale, type Locale } from '../../../shared/domain/locales';

/** The key of a trilingual label object ({pt, en, es}) as the engine stores them. */
export function labelKey(locale: Locale): 'pt' | 'en' | 'es' {
  return locale === 'pt-BR' ? 'pt' : locale;
}
