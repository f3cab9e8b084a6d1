import coreEn from './locales/en.json';
import coreEs from './locales/es.json';
import corePt from './locales/pt-BR.json';
import territoriesEn from '../features/territories/locales/en.json';
import territoriesEs from '../features/territories/locales/es.json';
import territoriesPt from '../features/territories/locales/pt-BR.json';
import attractionEn from '../features/attraction/locales/en.json';
import attractionEs from '../features/attraction/locales/es.json';
import attractionPt from '../features/attraction/locales/pt-BR.json';
import economyEn from '../features/economy/locales/en.json';
import economyEs from '../features/economy/locales/es.json';
import economyPt from '../features/economy/locales/pt-BR.json';
import importerEn from '../features/importer/locales/en.json';
import importerEs from '../features/importer/locales/es.json';
import importerPt from '../features/importer/locales/pt-BR.json';
import initiativesEn from '../features/initiatives/locales/en.json';
import initiativesEs from '../features/initiatives/locales/es.json';
import initiativesPt from '../features/initiatives/locales/pt-BR.json';
import prioritizationEn from '../features/prioritization/locales/en.json';
import prioritizationEs from '../features/prioritization/locales/es.json';
import prioritizationPt from '../features/prioritization/locales/pt-BR.json';
import worksEn from '../features/works/locales/en.json';
import worksEs from '../features/works/locales/es.json';
import worksPt from '../features/works/locales/pt-BR.json';
import programmesEn from '../features/programmes/locales/en.json';
import programmesEs from '../features/programmes/locales/es.json';
import programmesPt from '../features/programmes/locales/pt-BR.json';

/**
 * The UI texts, one namespace per feature (each feature keeps its own locale files, so features
 * can grow without touching each other's texts), every language bundled: offline from the start.
 */
export const namespaces = {
  translation: { 'pt-BR': corePt, en: coreEn, es: coreEs },
  territories: { 'pt-BR': territoriesPt, en: territoriesEn, es: territoriesEs },
  attraction: { 'pt-BR': attractionPt, en: attractionEn, es: attractionEs },
  economy: { 'pt-BR': economyPt, en: economyEn, es: economyEs },
  importer: { 'pt-BR': importerPt, en: importerEn, es: importerEs },
  initiatives: { 'pt-BR': initiativesPt, en: initiativesEn, es: initiativesEs },
  prioritization: { 'pt-BR': prioritizationPt, en: prioritizationEn, es: prioritizationEs },
  works: { 'pt-BR': worksPt, en: worksEn, es: worksEs },
  programmes: { 'pt-BR': programmesPt, en: programmesEn, es: programmesEs },
} as const;

type Namespace = keyof typeof namespaces;
type Language = 'pt-BR' | 'en' | 'es';

export const resources = Object.fromEntries(
  (['pt-BR', 'en', 'es'] as const).map((lng: Language) => [
    lng,
    Object.fromEntries((Object.keys(namespaces) as Namespace[]).map((ns) => [ns, namespaces[ns][lng]])),
  ]),
) as Record<Language, { [N in Namespace]: (typeof namespaces)[N]['pt-BR'] }>;
