import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { resources } from './resources';

const STORAGE_KEY = 'arranjo.locale';


function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // localStorage can be disabled by policy; the default language still works.
    return DEFAULT_LOCALE;
  }
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    ns: Object.keys(resources['pt-BR']),
    defaultNS: 'translation',
    lng: storedLocale(),
    fallbackLng: DEFAULT_LOCALE,
    // React escapes already; double escaping would show "&amp;" in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted: the choice still applies to this session.
  }
}

/** The current UI language, typed, plus `t`. */
export function useLocale(): { locale: Locale; t: TFunction<'translation'> } {
  const { t, i18n } = useTranslation('translation');
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return { locale, t };
}
