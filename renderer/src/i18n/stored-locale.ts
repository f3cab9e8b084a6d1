import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const LOCALE_STORAGE_KEY = 'arranjo.locale';

/**
 * The first of the system's languages (most preferred first: navigator.languages) that the UI has:
 * any Portuguese is pt-BR, any English en, any Spanish es (a CEPAL planner in Santiago gets Spanish);
 * none of them, the default.
 */
export function systemLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'pt') return 'pt-BR';
    if (primary === 'en' || primary === 'es') return primary;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language to start in: the one the planner chose last; before any choice (a first start, or
 * storage disabled by policy), the system's, when the UI has it.
 */
export function initialLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // localStorage can be disabled by policy: the system's language still applies.
  }
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return systemLocale(languages);
}
