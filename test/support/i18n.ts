import i18next from 'i18next';
import { resources } from '../../renderer/src/i18n/resources';

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
