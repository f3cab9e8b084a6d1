import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { countFormat } from './count-format';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { loadTexts } from './load-texts';
import { LOCALE_STORAGE_KEY, initialLocale } from './stored-locale';

/**
 * Loads the texts of the language to start in (the planner's last choice, else the system's:
 * initialLocale; that language only, another is loaded when chosen) and starts i18next with them.
 * The UI is drawn once this resolved.
 */
export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLocale();
  const texts = await loadTexts(lng);
  await i18next
    .use(initReactI18next)
    .use(countFormat)
    .init({
      resources: { [lng]: texts },
      ns: Object.keys(texts),
      defaultNS: 'translation',
      lng,
      fallbackLng: DEFAULT_LOCALE,
      // React escapes already; double escaping would show "&amp;" in labels.
      // Every interpolation through countFormat: a {{count}} in the language's digits.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  if (!i18next.hasResourceBundle(locale, 'translation')) {
    const texts = await loadTexts(locale);
    for (const [ns, bundle] of Object.entries(texts)) i18next.addResourceBundle(locale, ns, bundle);
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
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
