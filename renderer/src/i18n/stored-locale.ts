import { isLocale, systemLocale, type Locale } from './locales';

export const LOCALE_STORAGE_KEY = 'arranjo.locale';

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
