/** The UI languages: the engine's list (shared/domain/locales.ts), pt-BR first. */
export { DEFAULT_LOCALE, LOCALES, isLocale, labelKey, systemLocale, type Locale } from '../../../shared/domain/locales';
