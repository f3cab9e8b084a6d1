import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const LOCALE_STORAGE_KEY = 'arranjo.locale';

/** The language the planner chose last (the default when none, or when storage is disabled). */
export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // localStorage can be disabled by policy; the default language still works.
    return DEFAULT_LOCALE;
  }
}
