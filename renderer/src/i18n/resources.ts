import en from './locales/en.json';
import es from './locales/es.json';
import ptBR from './locales/pt-BR.json';

/** The UI texts of every language, bundled: the app works offline from the first start. */
export const resources = {
  'pt-BR': { translation: ptBR },
  en: { translation: en },
  es: { translation: es },
} as const;
