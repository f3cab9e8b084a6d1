import i18next, { type TFunction } from 'i18next';
import { resources } from '../../renderer/src/i18n/resources';
import { completePlurals } from '../../renderer/src/i18n/plural-forms';

/** i18next with the app's resources in all three languages, as the renderer loads them. */
export async function initAppI18n(): Promise<typeof i18next> {
  await i18next.init({
    resources,
    lng: 'pt-BR',
    fallbackLng: 'pt-BR',
    ns: Object.keys(resources['pt-BR']),
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/**
 * A separate i18next with the screens' texts in all three languages, plural forms completed as the
 * app completes them: for tests that compare a workbook's words with the screen's.
 */
export async function screenTexts(): Promise<ReturnType<typeof i18next.createInstance>> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { 'pt-BR': completePlurals(resources['pt-BR']), en: completePlurals(resources.en), es: completePlurals(resources.es) },
    lng: 'pt-BR',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** The prioritization area's texts in each language, for tests that check a message in all three. */
export async function prioritizationTexts(): Promise<Record<'pt-BR' | 'en' | 'es', TFunction<'prioritization'>>> {
  const i18n = await initAppI18n();
  return {
    'pt-BR': i18n.getFixedT('pt-BR', 'prioritization'),
    en: i18n.getFixedT('en', 'prioritization'),
    es: i18n.getFixedT('es', 'prioritization'),
  };
}
